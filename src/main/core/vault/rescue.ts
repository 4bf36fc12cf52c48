import { join } from 'node:path';
import { z } from 'zod';
import { IV_BYTES, seal, unseal } from './crypto';
import { SyncMeta } from './recordMerge';
import { fileStamp } from './vaultFiles';
import { type VaultFs, readIfExists, writeAtomic } from './vaultFs';
import { readUtf8 } from './utf8';

/**
 * The rescue file: changes Upward could not write because their file on disk was replaced
 * by one it cannot read (damaged, changed outside Upward). Such a file is never overwritten,
 * so the changes are kept here instead, sealed under the vault's data key like the shards,
 * until the user applies them (once the file is put right) or discards them.
 *
 *   "UPWR" | IV (12 bytes) | AES-256-GCM(JSON) with tag
 *
 * The AAD binds it to its vault. It is not a shard: unlock's checks, backups, the manifest
 * and the sync merge leave it alone; a key rotation re-seals it under the new key.
 */
export const RESCUE_FILE = 'unsaved-changes.rescue';
const MAGIC = Buffer.from('UPWR', 'ascii');

/** What the user reads when the rescue file cannot be opened with the vault's key. */
export const UNREADABLE_RESCUE = `The rescue file of unsaved changes (“${RESCUE_FILE}” in the vault folder) cannot be opened with this vault's key: it is damaged, or it was kept before a backup made under an older passphrase was restored. Nothing in it was applied and it is left as it is; discard it if you do not need it.`;

/** One shard's held version: its data and record meta as they were in memory. */
export const RescueEntry = z.object({
  name: z.string().max(120),
  kind: z.string().max(60),
  part: z.string().max(60).nullable(),
  /** Schema version of `data`. */
  schema: z.number().int().min(0),
  data: z.unknown(),
  sync: SyncMeta,
  /** When it was kept (ISO). */
  at: z.string(),
});
export type RescueEntry = z.infer<typeof RescueEntry>;

const RescueBody = z.object({ v: z.literal(1), entries: z.array(RescueEntry) });

const aad = (vaultId: string): Buffer => Buffer.from(`upward/rescue/v1/${vaultId}`, 'utf8');

/** What was found in the vault folder: nothing, the entries, or a file that cannot be opened. */
export type RescueRead =
  { state: 'none' } | { state: 'ok'; entries: RescueEntry[] } | { state: 'unreadable' };

/** Seals the rescue entries under the data key. */
export function sealRescue(key: Uint8Array, vaultId: string, entries: RescueEntry[]): Buffer {
  const plaintext = Buffer.from(JSON.stringify({ v: 1, entries }), 'utf8');
  try {
    const { iv, sealed } = seal(key, plaintext, aad(vaultId));
    return Buffer.concat([MAGIC, iv, sealed]);
  } finally {
    plaintext.fill(0);
  }
}

/** Opens rescue bytes; null when they are not a rescue file of this vault under this key. */
export function openRescue(
  key: Uint8Array,
  vaultId: string,
  bytes: Uint8Array,
): RescueEntry[] | null {
  const b = Buffer.from(bytes);
  if (b.length < MAGIC.length + IV_BYTES || !b.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const iv = b.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const plaintext = unseal(key, iv, b.subarray(MAGIC.length + IV_BYTES), aad(vaultId));
  if (!plaintext) return null;
  try {
    const parsed = RescueBody.safeParse(JSON.parse(readUtf8(plaintext)));
    return parsed.success ? parsed.data.entries : null;
  } catch {
    return null;
  } finally {
    plaintext.fill(0);
  }
}

/** Reads the rescue file of a vault folder. */
export async function readRescue(
  fs: VaultFs,
  dir: string,
  key: Uint8Array,
  vaultId: string,
): Promise<RescueRead> {
  const bytes = await readIfExists(fs, join(dir, RESCUE_FILE));
  if (!bytes) return { state: 'none' };
  const entries = openRescue(key, vaultId, bytes);
  return entries ? { state: 'ok', entries } : { state: 'unreadable' };
}

/** Writes the rescue file atomically (durable before it replaces the previous one). */
export async function writeRescue(
  fs: VaultFs,
  dir: string,
  key: Uint8Array,
  vaultId: string,
  entries: RescueEntry[],
): Promise<void> {
  await writeAtomic(fs, join(dir, RESCUE_FILE), sealRescue(key, vaultId, entries));
}

/** Removes the rescue file (its changes were applied or discarded). */
export async function removeRescue(fs: VaultFs, dir: string): Promise<void> {
  await fs.unlink(join(dir, RESCUE_FILE)).catch(() => undefined);
  await fs.fsyncDir(dir).catch(() => undefined);
}

/**
 * Moves a rescue file that cannot be opened aside (never deleted): a new rescue file is
 * about to be written in its place. Returns the name it now has.
 */
export async function setAsideUnreadable(fs: VaultFs, dir: string, now: number): Promise<string> {
  const aside = `unsaved-changes-${fileStamp(now)}.rescue-unreadable`;
  await fs.rename(join(dir, RESCUE_FILE), join(dir, aside));
  await fs.fsyncDir(dir);
  return aside;
}

/** Re-seals a rescue file under another key (a key rotation, a restore); false when unreadable. */
export function resealRescue(
  bytes: Uint8Array,
  vaultId: string,
  from: Uint8Array,
  to: Uint8Array,
): Buffer | null {
  const entries = openRescue(from, vaultId, bytes);
  return entries ? sealRescue(to, vaultId, entries) : null;
}
