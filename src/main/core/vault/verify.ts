import { join } from 'node:path';
import { FileProblem } from './fileProblem';
import type { Clock } from './recordClock';
import { decodeShard, isIncomplete, readShardHeader } from './shardFormat';
import { DERIVED_DIR } from './derivedFiles';
import { copyCandidates } from './syncCopies';
import { CONFLICTS_DIR, SHARD_EXT, type VaultFiles } from './vaultFiles';
import { readIfExists } from './vaultFs';

/** A shard file found in the vault folder, as its authenticated header describes it. */
export interface FoundShard {
  name: string;
  kind: string;
  part: string | null;
  schema: number;
  /** How many writes each computer made to it (empty for format 1). */
  clock: Clock;
}

/** Another version of a shard: a sync client's conflict copy or one of the app's `conflicts/` copies. */
export interface SyncCopy {
  /** Full path. */
  path: string;
  /** The name shown to the user (relative to the vault folder). */
  file: string;
  /** The shard it is a version of (from its authenticated header). */
  shard: string;
}

/** What unlock found in the vault folder. */
export interface VaultScan {
  found: FoundShard[];
  /** Shards whose file is still being copied (cut short): waiting for sync, not damage. */
  incomplete: string[];
  copies: SyncCopy[];
}

const SHARD_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*\.upw$/;

/** True for names of shard files (not temp files, lock files or other things in the folder). */
export function isShardFile(name: string): boolean {
  return SHARD_FILE.test(name);
}

/**
 * Reads the header of a file that may be another version of one of this vault's shards;
 * returns the shard it belongs to, or null when it is not one (or not complete yet).
 */
export function copyOf(bytes: Uint8Array | null, file: string, vaultId: string): string | null {
  if (!bytes) return null;
  const candidates = copyCandidates(file);
  if (!candidates.length) return null;
  try {
    const { header } = readShardHeader(bytes, file);
    return header.vault === vaultId && candidates.includes(header.shard) ? header.shard : null;
  } catch {
    return null;
  }
}

/**
 * Checks every shard file of the vault with the data key before anything is loaded or
 * written: decryption authenticates each file, so a damaged, changed, swapped or newer
 * file is found at unlock, named, and left untouched. A file cut short is still being
 * copied by a sync client (waiting, not damage); conflict copies are collected for
 * merging. The `derived/` folder and files that are not the vault's are ignored.
 * Parsing (the costly part) waits until a shard is opened. Throws a FileProblem for the
 * first bad file.
 */
export async function verifyShards(
  files: VaultFiles,
  key: Uint8Array,
  vaultId: string,
): Promise<VaultScan> {
  const scan: VaultScan = { found: [], incomplete: [], copies: [] };
  const names = (await files.fs.readdir(files.dir)).sort();
  for (const file of names) {
    if (file === DERIVED_DIR || file.startsWith('.') || !file.toLowerCase().endsWith(SHARD_EXT))
      continue;
    const name = file.slice(0, -SHARD_EXT.length);
    if (!isShardFile(file)) {
      const path = files.path(file);
      const shard = copyOf(await readIfExists(files.fs, path), file, vaultId);
      if (shard) scan.copies.push({ path, file, shard });
      continue;
    }
    const bytes = await files.read(name);
    if (!bytes) continue;
    try {
      const { header, plaintext } = decodeShard(key, bytes, { vaultId, name }, file);
      plaintext.fill(0);
      scan.found.push({
        name,
        kind: header.kind,
        part: header.part,
        schema: header.schema,
        clock: header.clock ?? {},
      });
    } catch (err) {
      if (!(err instanceof FileProblem)) throw err;
      if (isIncomplete(err)) {
        scan.incomplete.push(name);
        continue;
      }
      const shard = err.code === 'wrong-vault' ? copyOf(bytes, file, vaultId) : null;
      if (!shard) throw err;
      scan.copies.push({ path: files.path(file), file, shard });
    }
  }
  const conflicts = files.path(CONFLICTS_DIR);
  for (const file of (await files.fs.readdir(conflicts)).sort()) {
    const path = join(conflicts, file);
    const shard = copyOf(await readIfExists(files.fs, path), file, vaultId);
    if (shard) scan.copies.push({ path, file: `${CONFLICTS_DIR}/${file}`, shard });
  }
  return scan;
}
