import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8 } from 'fflate/browser';
import { AppError } from '../errors';
import type { Handlers } from '../ipc/dispatch';
import { saveExport } from '../export/saveExport';
import type { ServiceContext } from '../services/context';
import { journalShard, periodOf } from '../services/journal/journalShard';
import {
  ImportRefused,
  parseDayOne,
  parseMarkdownNotes,
  toJournalEntry,
  type IncomingJournal,
  type MarkdownFile,
} from './journalImport';
import { buildOpenExport } from './openExport';
import { readOpenExport, unzipOrRefuse, writeIntoEmptyVault } from './openImport';
import { readAllRecords } from './vaultRecords';

/** The largest file an import reads: far past any real export, short of exhausting memory. */
const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
/** How many Markdown files one folder import reads at most. */
const MAX_NOTES = 20_000;
const MARKDOWN = /\.(md|markdown|mdown)$/i;

async function readChosenFile(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.size > MAX_IMPORT_BYTES) {
    throw new AppError('bad-file', 'This file is too large to be an export Upward can read.');
  }
  return readFile(path);
}

/** Every Markdown file below a folder (hidden folders skipped), with its text and date. */
async function markdownFilesIn(root: string): Promise<MarkdownFile[]> {
  const out: MarkdownFile[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 8) return;
    const items = await readdir(dir, { withFileTypes: true });
    items.sort((a, b) => a.name.localeCompare(b.name));
    for (const item of items) {
      if (item.name.startsWith('.') || out.length >= MAX_NOTES) continue;
      const path = join(dir, item.name);
      if (item.isDirectory()) await walk(path, depth + 1);
      else if (item.isFile() && MARKDOWN.test(item.name)) {
        const info = await stat(path);
        if (info.size > 5 * 1024 * 1024) continue;
        out.push({
          name: path.slice(root.length + 1),
          text: await readFile(path, 'utf8'),
          modified: info.mtime,
        });
      }
    }
  };
  await walk(root, 0);
  return out;
}

/** The "your data" channels: open export and import, and journals from other apps. */
export function createOpenDataService(
  ctx: ServiceContext,
  deps: { reload: () => void; authorName: () => string },
): { handlers: Handlers['data'] } {
  /** Writes incoming entries into their months, all checked before the first is written. */
  async function addEntries(incoming: IncomingJournal): Promise<number> {
    const entries = incoming.entries.map((e) => toJournalEntry(e, ctx.newId()));
    const byPart = new Map<string, typeof entries>();
    for (const e of entries) {
      const part = periodOf(e.date);
      byPart.set(part, [...(byPart.get(part) ?? []), e]);
    }
    const store = ctx.store();
    for (const [part, list] of byPart) {
      (await store.open(journalShard, part)).change((data) => {
        data.entries.push(...list);
      });
    }
    await store.flush();
    deps.reload();
    ctx.changed('journal');
    return entries.length;
  }

  const refused = (err: unknown): never => {
    if (err instanceof ImportRefused) throw new AppError('bad-file', err.message);
    throw err;
  };

  const handlers: Handlers['data'] = {
    exportOpen: async () => {
      const records = await readAllRecords(ctx.store());
      const bytes = buildOpenExport(records, {
        exportedAt: ctx.nowIso(),
        appVersion: ctx.deps.appVersion,
        me: deps.authorName(),
      });
      const { path } = await saveExport(ctx.deps.shell, {
        title: 'Save an open (unencrypted) copy of everything',
        defaultName: `Upward open export ${ctx.today()}`,
        bytes,
        extension: 'zip',
      });
      const counts: Record<string, number> = {};
      for (const kind of records) {
        counts[kind.file] = kind.parts.length;
      }
      return { path, counts };
    },
    importOpen: async () => {
      const path = await ctx.deps.shell.chooseOpenPath({
        title: 'Import an Upward open export',
        filters: [{ name: 'Upward open export', extensions: ['zip'] }],
      });
      if (!path) return { chosen: false, imported: 0, leftOut: [] };
      const records = readOpenExport(await readChosenFile(path));
      await writeIntoEmptyVault(ctx.store(), records);
      deps.reload();
      ctx.changed('*');
      let imported = 0;
      for (const kind of records) {
        for (const { data } of kind.parts) {
          for (const value of Object.values(data as Record<string, unknown>)) {
            if (Array.isArray(value) && kind.file !== 'goodwill' && kind.file !== 'series') {
              imported += value.length;
            }
          }
        }
      }
      return { chosen: true, imported, leftOut: [] };
    },
    importDayOne: async () => {
      const path = await ctx.deps.shell.chooseOpenPath({
        title: 'Import a Day One export',
        filters: [{ name: 'Day One JSON export', extensions: ['zip', 'json'] }],
      });
      if (!path) return { chosen: false, imported: 0, leftOut: [] };
      const bytes = await readChosenFile(path);
      const sources: { name: string; text: string }[] = [];
      if (/\.json$/i.test(path))
        sources.push({ name: path.replace(/^.*[\\/]/, ''), text: strFromU8(bytes) });
      else {
        const files = unzipOrRefuse(bytes, 'a Day One export');
        for (const [name, content] of Object.entries(files)) {
          if (/\.json$/i.test(name) && !name.includes('/'))
            sources.push({ name, text: strFromU8(content) });
        }
        if (!sources.length) {
          throw new AppError(
            'bad-file',
            'This zip holds no Day One journal (.json). In Day One, choose Export → JSON and import the .zip it makes. Nothing was imported.',
          );
        }
      }
      const all: IncomingJournal = { entries: [], leftOut: [] };
      for (const source of sources) {
        let json: unknown;
        try {
          json = JSON.parse(source.text.replace(/^\uFEFF/, ''));
        } catch {
          throw new AppError(
            'bad-file',
            `"${source.name}" is not valid JSON. Nothing was imported.`,
          );
        }
        const one = (() => {
          try {
            return parseDayOne(json, source.name);
          } catch (err) {
            return refused(err);
          }
        })();
        all.entries.push(...one.entries);
        all.leftOut.push(...one.leftOut);
      }
      return { chosen: true, imported: await addEntries(all), leftOut: all.leftOut };
    },
    importMarkdownFolder: async () => {
      const folder = await ctx.deps.shell.chooseFolder({
        title: 'Choose the folder of Markdown notes',
      });
      if (!folder) return { chosen: false, imported: 0, leftOut: [] };
      const files = await markdownFilesIn(folder);
      if (!files.length) {
        throw new AppError(
          'bad-file',
          'This folder holds no Markdown notes (.md files), in it or in its subfolders. Choose the folder that holds your notes. Nothing was imported.',
        );
      }
      const notes = parseMarkdownNotes(files);
      return { chosen: true, imported: await addEntries(notes), leftOut: notes.leftOut };
    },
  };
  return { handlers };
}
