import { strFromU8, unzipSync, type Unzipped } from 'fflate/browser';
import { z } from 'zod';
import { AppError } from '../errors';
import { MigrationError, runMigrations } from '../vault/migrate';
import type { VaultStore } from '../vault/store';
import { OPEN_EXPORT_FORMAT, OPEN_EXPORT_MANIFEST, OPEN_EXPORT_VERSION } from './openExport';
import { RECORD_KINDS, countUserRecords, readAllRecords, type KindRecords } from './vaultRecords';

/** The most a zip may unpack to; far beyond any honest vault, short of filling the memory. */
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** A part name as the vault writes it: a year or a month. */
const PART = /^\d{4}(-\d{2})?$/;

const Manifest = z.object({
  format: z.string(),
  version: z.number().int().min(1),
});

const KindFile = z.object({
  kind: z.string(),
  schemaVersion: z.number().int().min(1),
  parts: z
    .array(z.object({ part: z.string().regex(PART).nullable(), data: z.unknown() }))
    .max(10_000),
});

function bad(message: string): AppError {
  return new AppError('bad-file', message);
}

/** Unpacks a zip, refusing one that is not a zip or that would unpack to an absurd size. */
export function unzipOrRefuse(bytes: Uint8Array, what: string): Unzipped {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) throw new Error('too large');
        return true;
      },
    });
  } catch {
    throw bad(
      `This file is not ${what} Upward can read: it is not a zip archive, or it is damaged or cut short. Nothing was imported.`,
    );
  }
}

function readJson(files: Unzipped, name: string): unknown {
  const bytes = files[name];
  if (!bytes) {
    throw bad(`The export is incomplete: "${name}" is missing from it. Nothing was imported.`);
  }
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    throw bad(`The export is damaged: "${name}" is not valid JSON. Nothing was imported.`);
  }
}

function firstIssue(err: z.ZodError): string {
  const issue = err.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return `${issue?.message ?? 'unexpected data'}${where}`;
}

/**
 * Reads and checks a whole open export. Every record is validated against the current
 * schemas (after bringing older ones up to date) before anything is written.
 */
export function readOpenExport(bytes: Uint8Array): KindRecords[] {
  const files = unzipOrRefuse(bytes, 'an open export');
  if (!files[OPEN_EXPORT_MANIFEST]) {
    throw bad(
      'This zip is not an Upward open export: it has no upward-export.json. Nothing was imported.',
    );
  }
  const manifest = Manifest.safeParse(readJson(files, OPEN_EXPORT_MANIFEST));
  if (!manifest.success || manifest.data.format !== OPEN_EXPORT_FORMAT) {
    throw bad('This zip is not an Upward open export. Nothing was imported.');
  }
  if (manifest.data.version > OPEN_EXPORT_VERSION) {
    throw new AppError(
      'future-version',
      `This export was made by a newer version of Upward (format ${manifest.data.version}; this version reads up to ${OPEN_EXPORT_VERSION}). Update Upward, then import it again. Nothing was imported.`,
    );
  }
  return RECORD_KINDS.map(({ file, def, parted }) => {
    const name = `data/${file}.json`;
    const parsed = KindFile.safeParse(readJson(files, name));
    if (!parsed.success || parsed.data.kind !== def.kind) {
      throw bad(
        `The export is damaged: "${name}" does not hold ${file} records. Nothing was imported.`,
      );
    }
    if (!parted && (parsed.data.parts.length !== 1 || parsed.data.parts[0].part !== null)) {
      throw bad(`The export is damaged: "${name}" is laid out wrongly. Nothing was imported.`);
    }
    if (parted && parsed.data.parts.some((p) => p.part === null)) {
      throw bad(
        `The export is damaged: "${name}" has records outside any period. Nothing was imported.`,
      );
    }
    const parts = parsed.data.parts.map(({ part, data }) => {
      let current: unknown;
      try {
        current = runMigrations(def, parsed.data.schemaVersion, data);
      } catch (err) {
        if (err instanceof MigrationError && parsed.data.schemaVersion > def.version) {
          throw new AppError(
            'future-version',
            `This export was made by a newer version of Upward: "${name}" uses a newer layout. Update Upward, then import it again. Nothing was imported.`,
          );
        }
        throw bad(`The export's "${name}" cannot be read (${String(err)}). Nothing was imported.`);
      }
      const valid = def.schema.safeParse(current);
      if (!valid.success) {
        throw bad(
          `The export's "${name}" holds a record Upward cannot accept (${firstIssue(valid.error)}). Nothing was imported.`,
        );
      }
      return { part, data: valid.data };
    });
    return { file, kind: def.kind, schemaVersion: def.version, parts };
  });
}

/** Writes checked records into an empty vault: all of them, or (when the vault is not empty) none. */
export async function writeIntoEmptyVault(
  store: VaultStore,
  records: KindRecords[],
): Promise<void> {
  if (countUserRecords(await readAllRecords(store)) > 0) {
    throw new AppError(
      'conflict',
      'This vault already holds records. An open export is brought into a new, empty vault, so that nothing here is mixed up or replaced. Nothing was imported.',
    );
  }
  for (const kind of records) {
    const def = RECORD_KINDS.find((k) => k.file === kind.file)?.def;
    if (!def) continue;
    for (const { part, data } of kind.parts) {
      const handle = await store.open(def, part ?? undefined);
      handle.change((current) => {
        const target = current as Record<string, unknown>;
        for (const key of Object.keys(target)) delete target[key];
        Object.assign(target, structuredClone(data));
      });
    }
  }
  await store.flush();
}
