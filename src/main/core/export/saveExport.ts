import type { ShellServices } from '../platform/types';
import { writeFileAtomic } from '../vault/atomicWrite';

/** The kinds of file Upward exports, with the name the save dialog shows for each. */
const KINDS = {
  docx: { name: 'Word document', extensions: ['docx'] },
  ics: { name: 'Calendar file', extensions: ['ics'] },
  txt: { name: 'Text file', extensions: ['txt'] },
  zip: { name: 'Zip archive', extensions: ['zip'] },
} as const;

/** What to save and how the save dialog presents it. */
export interface SaveExportOptions {
  /** The dialog's title, e.g. "Save the agenda". */
  title: string;
  /** The suggested file name; the extension is added when missing. */
  defaultName: string;
  bytes: Uint8Array;
  extension?: keyof typeof KINDS;
}

/** Makes a suggested file name safe on every platform and gives it the right extension. */
export function safeFileName(name: string, extension: string): string {
  const printable = Array.from(name, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const cleaned = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  const base = cleaned || 'Upward export';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/**
 * Asks where to save an export and writes it there atomically, so a crash never
 * leaves half a file. The path is null when the user cancels the dialog.
 */
export async function saveExport(
  shell: ShellServices,
  opts: SaveExportOptions,
): Promise<{ path: string | null }> {
  const extension = opts.extension ?? 'docx';
  const kind = KINDS[extension];
  const chosen = await shell.chooseSavePath({
    title: opts.title,
    defaultName: safeFileName(opts.defaultName, extension),
    filters: [{ name: kind.name, extensions: [...kind.extensions] }],
  });
  if (chosen === null) return { path: null };
  const path = /\.[^./\\]+$/.test(chosen) ? chosen : `${chosen}.${extension}`;
  await writeFileAtomic(path, opts.bytes);
  rememberExport(path);
  return { path };
}

// The files exported in this run: the only ones the window may ask to show or open.
const exported = new Set<string>();
const EXPORTS_REMEMBERED = 200;

function rememberExport(path: string): void {
  exported.delete(path);
  exported.add(path);
  if (exported.size > EXPORTS_REMEMBERED) exported.delete(exported.values().next().value ?? '');
}

/** Whether the app exported a file to `path` in this run (so the window may show or open it). */
export function wasExported(path: string): boolean {
  return exported.has(path);
}
