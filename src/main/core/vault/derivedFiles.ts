import { join } from 'node:path';
import { IV_BYTES, seal, unseal } from './crypto';
import { SHARD_EXT, type VaultFiles } from './vaultFiles';
import { readIfExists, writeAtomic } from './vaultFs';

/** Folder (inside the vault) holding data each computer derives from the shards for itself. */
export const DERIVED_DIR = 'derived';

/** Folder name used when the shell gives no computer name. */
const FALLBACK_COMPUTER = 'this-computer';

/**
 * A file-name-safe folder name for a computer (from its host name): letters, digits, `-`
 * and `_` only, at most 40 characters, never empty.
 */
export function computerFolderName(hostName: string | undefined): string {
  const safe = (hostName ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return safe || FALLBACK_COMPUTER;
}

/**
 * Data this computer derives from the vault's shards (the journal's search index), kept
 * encrypted under `derived/<computer>/` so it never has to be rebuilt at unlock. It is
 * never merged nor synchronised on purpose: each computer reads only its own folder, and
 * anything missing, unreadable or out of date is rebuilt from the shards.
 */
export interface DerivedFiles {
  /** The decrypted content of a derived file; null when it is absent or cannot be read. */
  read(name: string): Promise<Buffer | null>;
  /** Encrypts and writes a derived file atomically; false when it could not be written. */
  write(name: string, plaintext: Uint8Array): Promise<boolean>;
}

/** Bytes bound to a derived file's seal: it opens only in this vault, under its own name. */
const aad = (vaultId: string, name: string): Buffer =>
  Buffer.from(`upward/derived/v1/${vaultId}/${name}`, 'utf8');

/**
 * Derived files of one computer in the vault folder: `IV | AES-256-GCM(content) | tag` under
 * the vault's data key. Unlike shards they carry no checksum: a damaged one is simply rebuilt.
 */
export function createDerivedFiles(env: {
  files: VaultFiles;
  key: Uint8Array;
  vaultId: string;
  computer: string;
}): DerivedFiles {
  const folder = (): string => env.files.path(join(DERIVED_DIR, computerFolderName(env.computer)));
  return {
    async read(name) {
      try {
        const file = join(folder(), name + SHARD_EXT);
        const bytes = await env.files.queue.run(() => readIfExists(env.files.fs, file));
        if (!bytes || bytes.length <= IV_BYTES) return null;
        return unseal(
          env.key,
          bytes.subarray(0, IV_BYTES),
          bytes.subarray(IV_BYTES),
          aad(env.vaultId, name),
        );
      } catch {
        // Derived data is rebuilt from the shards whatever went wrong with it.
        return null;
      }
    },
    async write(name, plaintext) {
      const { iv, sealed } = seal(env.key, plaintext, aad(env.vaultId, name));
      const bytes = Buffer.concat([iv, sealed]);
      try {
        await env.files.queue.run(async () => {
          const dir = folder();
          await env.files.fs.mkdir(dir);
          await writeAtomic(env.files.fs, join(dir, name + SHARD_EXT), bytes);
        });
        return true;
      } catch {
        return false;
      }
    },
  };
}
