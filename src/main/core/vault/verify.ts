import { decodeShard } from './shardFormat';
import { SHARD_EXT, type VaultFiles } from './vaultFiles';

/** A shard file found in the vault folder, as its authenticated header describes it. */
export interface FoundShard {
  name: string;
  kind: string;
  part: string | null;
  schema: number;
}

const SHARD_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*\.upw$/;

/** True for names of shard files (not temp files, lock files or other things in the folder). */
export function isShardFile(name: string): boolean {
  return SHARD_FILE.test(name);
}

/**
 * Checks every shard file of the vault with the data key before anything is loaded or
 * written: decryption authenticates each file, so a damaged, cut, changed, swapped or
 * newer file is found at unlock, named, and left untouched. Parsing (the costly part)
 * waits until a shard is opened. Throws a FileProblem for the first bad file.
 */
export async function verifyShards(
  files: VaultFiles,
  key: Uint8Array,
  vaultId: string,
): Promise<FoundShard[]> {
  const names = (await files.fs.readdir(files.dir)).filter(isShardFile).sort();
  const found: FoundShard[] = [];
  for (const file of names) {
    const name = file.slice(0, -SHARD_EXT.length);
    const bytes = await files.read(name);
    if (!bytes) continue;
    const { header, plaintext } = decodeShard(key, bytes, { vaultId, name }, file);
    plaintext.fill(0);
    found.push({ name, kind: header.kind, part: header.part, schema: header.schema });
  }
  return found;
}
