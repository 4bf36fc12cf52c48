import { join } from 'node:path';
import { z } from 'zod';
import { vaultFileNames } from './backups';
import type { ScryptParams } from './crypto';
import { KEY_FILE, type KeyFile, createKeyFile, serialiseKeyFile } from './keyFile';
import { DERIVED_DIR } from './derivedFiles';
import { RESCUE_FILE, resealRescue } from './rescue';
import { decodeShard, encodeShard } from './shardFormat';
import { SHARD_EXT } from './vaultFiles';
import { type VaultFs, readIfExists, writeAtomic } from './vaultFs';
import { readUtf8 } from './utf8';

/**
 * Key rotation: every file of the vault re-encrypted under a fresh data key, so an old
 * key file (from a backup, an exported copy, a sync client's history) with an old
 * secret opens nothing written today.
 *
 * Crash-safe in three steps:
 * 1. every new file is written (and synced) into `.rekey/` beside the vault's files;
 *    nothing of the vault changes, a crash here leaves the old vault, and the folder
 *    is removed at the next start;
 * 2. `.rekey/commit.json`, listing the files, is written atomically: from this moment
 *    the new key is the vault's key;
 * 3. each file is renamed over the old one (shards first, the key file last) and the
 *    folder removed. A crash during 3 is completed at the next start, before the key
 *    file is read, so the vault opens with the new secrets.
 */
export const ROTATION_DIR = '.rekey';
const COMMIT = 'commit.json';
const Commit = z.object({ files: z.array(z.string().regex(/^[A-Za-z0-9._-]+$/)) });

/** What a rotation is given: the vault's current key and the secrets the new key is wrapped under. */
export interface RotationInput {
  fs: VaultFs;
  dir: string;
  keyFile: KeyFile;
  key: Uint8Array;
  passphrase: string;
  recoveryCode: string;
  params: ScryptParams;
  now: string;
  /** Called after each file is re-encrypted: `done` of `total`. */
  onProgress?(done: number, total: number): void;
}

/** Re-encrypts the whole vault under a fresh data key; returns the new key file and key. */
export async function rotateDataKey(
  input: RotationInput,
): Promise<{ keyFile: KeyFile; key: Buffer }> {
  const { fs, dir } = input;
  const staging = join(dir, ROTATION_DIR);
  await fs.rm(staging);
  await fs.mkdir(staging);
  const { keyFile, dataKey } = await createKeyFile({
    vaultId: input.keyFile.vaultId,
    passphrase: input.passphrase,
    recoveryCode: input.recoveryCode,
    params: input.params,
    now: input.now,
    createdAt: input.keyFile.createdAt,
  });
  try {
    const shards = (await vaultFileNames(fs, dir)).filter((n) => n !== KEY_FILE);
    const total = shards.length + 1;
    input.onProgress?.(0, total);
    for (const [i, file] of shards.entries()) {
      const name = file.slice(0, -SHARD_EXT.length);
      const old = await fs.readFile(join(dir, file));
      const { header, plaintext } = decodeShard(
        input.key,
        old,
        { vaultId: input.keyFile.vaultId, name },
        file,
      );
      try {
        const { bytes } = encodeShard(
          dataKey,
          {
            vaultId: header.vault,
            name: header.shard,
            kind: header.kind,
            part: header.part,
            schema: header.schema,
            clock: header.clock,
            v: header.v,
          },
          plaintext,
        );
        await fs.writeDurable(join(staging, file), bytes);
      } finally {
        plaintext.fill(0);
      }
      input.onProgress?.(i + 1, total);
    }
    // Changes kept in the rescue file move to the new key with the rest (one that cannot be
    // opened stays as it is: it was never readable with this key).
    const extra: string[] = [];
    const rescue = await readIfExists(fs, join(dir, RESCUE_FILE));
    const resealed = rescue && resealRescue(rescue, input.keyFile.vaultId, input.key, dataKey);
    if (resealed) {
      await fs.writeDurable(join(staging, RESCUE_FILE), resealed);
      extra.push(RESCUE_FILE);
    }
    await fs.writeDurable(join(staging, KEY_FILE), serialiseKeyFile(keyFile));
    await fs.fsyncDir(staging);
    // The commit point.
    await writeAtomic(
      fs,
      join(staging, COMMIT),
      JSON.stringify({ files: [...shards, ...extra, KEY_FILE] }),
    );
  } catch (err) {
    dataKey.fill(0);
    await fs.rm(staging).catch(() => undefined);
    throw err;
  }
  try {
    await finishRotation(fs, dir);
  } catch (err) {
    throw new RotationCommitted(keyFile, dataKey, err);
  }
  input.onProgress?.(1, 1);
  return { keyFile, key: dataKey };
}

/**
 * The rotation was committed (the new key is the vault's key) but moving its files into
 * place failed; the next unlock completes it. Carries the new key file and key.
 */
export class RotationCommitted extends Error {
  constructor(
    readonly keyFile: KeyFile,
    readonly key: Buffer,
    readonly failure: unknown,
  ) {
    super('The key rotation was committed but not completed.');
    this.name = 'RotationCommitted';
  }
}

/**
 * Completes or discards a rotation a crash interrupted: with its commit file, the files
 * still waiting are moved into place; without it, the unfinished copies are removed.
 * Runs before the key file is read. Returns true when a rotation was completed.
 */
export async function finishRotation(fs: VaultFs, dir: string): Promise<boolean> {
  const staging = join(dir, ROTATION_DIR);
  if (!(await fs.stat(staging))) return false;
  const commitBytes = await readIfExists(fs, join(staging, COMMIT));
  const commit = commitBytes ? parseCommit(commitBytes) : null;
  if (!commit) {
    await fs.rm(staging);
    return false;
  }
  // Shards first and the key file last, each an atomic rename; one already moved is skipped.
  const order = [
    ...commit.files.filter((f) => f !== KEY_FILE),
    ...commit.files.filter((f) => f === KEY_FILE),
  ];
  for (const file of order)
    if (await fs.stat(join(staging, file))) await fs.rename(join(staging, file), join(dir, file));
  // What each computer derived from the shards (a search index) is still under the old
  // key: removed, and rebuilt under the new one.
  await fs.rm(join(dir, DERIVED_DIR));
  await fs.fsyncDir(dir);
  await fs.rm(staging);
  return true;
}

function parseCommit(bytes: Uint8Array): z.infer<typeof Commit> | null {
  try {
    const parsed = Commit.safeParse(JSON.parse(readUtf8(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
