import { join } from 'node:path';
import { AppError } from '../errors';
import { vaultFileNames } from './backups';
import { type Manifest, manifestDef } from './diskStore';
import { decodeShardVersion } from './encryptedAdapter';
import { FileProblem } from './fileProblem';
import { KEY_FILE, type KeyFile, type UnlockMethod, parseKeyFile, unwrapDataKey } from './keyFile';
import { decodeShard } from './shardFormat';
import { SHARD_EXT } from './vaultFiles';
import { copyOf } from './verify';
import type { VaultFs } from './vaultFs';
import { readUtf8 } from './utf8';

const UNCHANGED = 'Your vault was not changed. Choose another backup.';

function damaged(code: FileProblem['code'] | 'corrupt', file: string, reason: string): AppError {
  return new AppError(
    code,
    `This backup cannot be restored: its file “${file}” ${reason}. ${UNCHANGED}`,
    { file, reason },
  );
}

/**
 * Checks a whole copy of a vault (a backup) before it replaces anything: the key file
 * opens with `secret`, every shard file decrypts and authenticates under that key and
 * holds JSON, and every shard the manifest lists is there. Returns the key file and the
 * data key; throws an AppError naming the first bad file otherwise (nothing is changed).
 */
export async function checkVaultCopy(
  fs: VaultFs,
  dir: string,
  method: UnlockMethod,
  secret: string,
): Promise<{ keyFile: KeyFile; key: Buffer } | 'wrong-secret'> {
  const names = await vaultFileNames(fs, dir);
  if (!names.includes(KEY_FILE)) throw damaged('corrupt', KEY_FILE, 'is missing');
  let keyFile: KeyFile;
  try {
    keyFile = parseKeyFile(await fs.readFile(join(dir, KEY_FILE)));
  } catch (err) {
    if (err instanceof FileProblem)
      throw damaged(err.code, KEY_FILE, `failed the check (${err.reason})`);
    throw err;
  }
  const key = await unwrapDataKey(keyFile, method, secret);
  if (!key) return 'wrong-secret';
  try {
    const present = new Set<string>();
    let manifest: Manifest | null = null;
    for (const file of names.filter((n) => n !== KEY_FILE)) {
      const name = file.slice(0, -SHARD_EXT.length);
      const bytes = await fs.readFile(join(dir, file));
      try {
        if (name === manifestDef.kind) {
          // The manifest is read as the vault reads it (format 2 wraps it with its sync data).
          manifest = decodeShardVersion(key, keyFile.vaultId, name, file, bytes, manifestDef).data;
        } else {
          const { plaintext } = decodeShard(key, bytes, { vaultId: keyFile.vaultId, name }, file);
          try {
            JSON.parse(readUtf8(plaintext));
          } finally {
            plaintext.fill(0);
          }
        }
      } catch (err) {
        // A sync client's conflict copy named like a shard ("leaders-PC.upw"): merged at unlock.
        if (
          err instanceof FileProblem &&
          err.code === 'wrong-vault' &&
          copyOf(bytes, file, keyFile.vaultId)
        )
          continue;
        if (err instanceof FileProblem)
          throw damaged(err.code, file, `failed the check (${err.reason})`);
        if (err instanceof SyntaxError)
          throw damaged('corrupt', file, 'does not hold readable data');
        throw err;
      }
      present.add(name);
    }
    if (!manifest) throw damaged('corrupt', `manifest${SHARD_EXT}`, 'is missing');
    for (const s of manifest.shards)
      if (!present.has(s.name)) throw damaged('corrupt', s.name + SHARD_EXT, 'is missing');
    return { keyFile, key };
  } catch (err) {
    key.fill(0);
    throw err;
  }
}
