import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { FileProblem } from './fileProblem';
import { MigrationError, runMigrations } from './migrate';
import type { Clock } from './recordClock';
import { RecordTexts, type SyncMeta, SyncMeta as SyncMetaSchema, emptyMeta } from './recordMerge';
import { decodeShard, encodeShard } from './shardFormat';
import type { ShardDef } from './store';
import { SHARD_EXT, type VaultFiles } from './vaultFiles';
import { readUtf8 } from './utf8';

/** What an encrypted shard adapter needs: where its bytes live and the key to seal them. */
export interface ShardTarget {
  files: VaultFiles;
  key: Uint8Array;
  vaultId: string;
  name: string;
  kind: string;
  part: string | null;
}

/**
 * A lowdb adapter for one shard: decrypt, migrate and validate on read; serialise,
 * encrypt under a fresh IV and hand to the atomic writer on write.
 */
export class EncryptedAdapter<T> implements Adapter<T> {
  /** Schema version of the bytes last read (null when the shard did not exist). */
  readVersion: number | null = null;
  /** False when the last write could not reach the disk yet (it is retried). */
  lastWriteOk = true;
  /** The record revisions and open conflicts written with the data (format 2). */
  meta: SyncMeta = emptyMeta();
  /** Each record's JSON text as last written, with its digest (see `stampForWrite`). */
  readonly texts = new RecordTexts();

  constructor(
    private readonly target: ShardTarget,
    private readonly def: ShardDef<T>,
  ) {}

  get file(): string {
    return this.target.name + SHARD_EXT;
  }

  /** Decrypts, migrates and validates; null when the shard has no file yet. */
  async read(): Promise<T | null> {
    const t = this.target;
    const bytes = await t.files.read(t.name);
    if (!bytes) {
      this.readVersion = null;
      this.meta = emptyMeta();
      return null;
    }
    const got = decodeShardVersion(t.key, t.vaultId, t.name, this.file, bytes, this.def);
    this.readVersion = got.schema;
    this.meta = got.meta;
    return got.data;
  }

  /** Encrypts and writes; a failed write is kept and retried by the file layer. */
  async write(data: T): Promise<void> {
    await this.store(this.seal([JSON.stringify(data)]));
  }

  /**
   * Encrypts the data from its JSON text (pieces that joined are `JSON.stringify(data)`,
   * made once by `stampForWrite` from the records' own texts) with the sync meta as it is
   * now: the file holds exactly `JSON.stringify({ data, sync })`. Synchronous, so no text
   * of the shard outlives it.
   */
  seal(dataJson: readonly string[]): Sealed {
    const t = this.target;
    const plaintext = utf8Of(['{"data":', ...dataJson, `,"sync":${JSON.stringify(this.meta)}}`]);
    const sealed = encodeShard(
      t.key,
      {
        vaultId: t.vaultId,
        name: t.name,
        kind: t.kind,
        part: t.part,
        schema: this.def.version,
        clock: this.meta.clock,
      },
      plaintext,
    );
    plaintext.fill(0);
    return sealed;
  }

  /** Writes sealed bytes; a failed write is kept and retried by the file layer. */
  async store(sealed: Sealed): Promise<void> {
    this.lastWriteOk = await this.target.files.write(this.target.name, sealed.bytes, sealed.iv);
  }
}

/** A shard's file, encrypted: its bytes and its version (the IV). */
export interface Sealed {
  bytes: Buffer;
  iv: string;
}

/** The UTF-8 bytes of pieces of text, joined. */
function utf8Of(pieces: readonly string[]): Buffer {
  let length = 0;
  for (const p of pieces) length += Buffer.byteLength(p, 'utf8');
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const p of pieces) at += out.write(p, at, 'utf8');
  return out;
}

/** The body of a format-2 shard: the data and its sync meta. */
const Envelope = z.object({ data: z.unknown(), sync: SyncMetaSchema });

/** One version of a shard, decrypted, migrated and validated. */
export interface ShardVersion<T> {
  data: T;
  meta: SyncMeta;
  schema: number;
  /** The shard's clock as its header records it. */
  clock: Clock;
}

/**
 * Decrypts, migrates and validates one version of a shard (its own file or a conflict
 * copy of it). A format-1 file holds the data alone; it gets an empty sync meta, so its
 * records take their first revision when next written (the format-1 → 2 migration).
 */
export function decodeShardVersion<T>(
  key: Uint8Array,
  vaultId: string,
  name: string,
  file: string,
  bytes: Uint8Array,
  def: ShardDef<T>,
): ShardVersion<T> {
  const { header, plaintext } = decodeShard(key, bytes, { vaultId, name }, file);
  if (header.schema > def.version) {
    throw new FileProblem(
      'future-version',
      file,
      `schema version ${header.schema}; this version reads up to ${def.version}`,
    );
  }
  let raw: unknown;
  let meta = emptyMeta();
  try {
    raw = JSON.parse(readUtf8(plaintext));
  } catch {
    throw new FileProblem('corrupt', file, 'its contents are not readable');
  } finally {
    plaintext.fill(0);
  }
  if (header.v >= 2) {
    const env = Envelope.safeParse(raw);
    if (!env.success)
      throw new FileProblem('corrupt', file, 'its data does not have the expected shape');
    raw = env.data.data;
    meta = env.data.sync;
  }
  let migrated: unknown;
  try {
    migrated = runMigrations(def, header.schema, raw);
  } catch (err) {
    const why =
      err instanceof MigrationError ? err.reason : 'its data could not be updated to this version';
    throw new FileProblem('corrupt', file, why);
  }
  const parsed = def.schema.safeParse(migrated);
  if (!parsed.success)
    throw new FileProblem('corrupt', file, 'its data does not have the expected shape');
  return { data: parsed.data, meta, schema: header.schema, clock: header.clock ?? {} };
}
