import { SHARD_EXT } from './vaultFiles';

const NAMED: RegExp[] = [
  // Dropbox: "journal-2026 (Robin's conflicted copy 2026-05-01).upw"
  /^(.+?) \([^)]*conflicted copy[^)]*\)$/i,
  // Google Drive: "journal-2026 (1).upw"
  /^(.+?) \(\d+\)$/,
  // iCloud Drive: "journal-2026 2.upw"
  /^(.+?) \d+$/,
  // Syncthing: "journal-2026.sync-conflict-20260501-101500-ABCDEFG.upw"
  /^(.+?)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]+)?$/,
];

/**
 * The shard names a file could be another version of, judged by its name: the naming of
 * the conflict copies sync clients write (Dropbox, Google Drive, iCloud Drive, Syncthing,
 * and OneDrive's "name-COMPUTER"), and the app's own `conflicts/` copies ("name-<time>").
 * The file's authenticated header has the last word: it must name one of these.
 */
export function copyCandidates(file: string): string[] {
  if (!file.toLowerCase().endsWith(SHARD_EXT)) return [];
  const base = file.slice(0, -SHARD_EXT.length);
  const out = new Set<string>();
  for (const re of NAMED) {
    const m = re.exec(base);
    if (m?.[1]) out.add(m[1]);
  }
  // OneDrive adds "-COMPUTER" (which may itself contain dashes); the app adds "-<time>".
  for (let i = base.indexOf('-'); i > 0; i = base.indexOf('-', i + 1)) out.add(base.slice(0, i));
  out.delete(base);
  return [...out];
}
