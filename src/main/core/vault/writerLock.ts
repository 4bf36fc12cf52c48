import { randomBytes } from 'node:crypto';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';
import type { VaultFs } from './vaultFs';
import { readIfExists, writeAtomic } from './vaultFs';

/** The lock file that makes one running Upward the only writer of a vault. */
export const LOCK_FILE = '.upward.lock';

/** How often a held lock says it is still in use (for other computers sharing a synced folder). */
export const LOCK_BEAT_MS = 5 * 60_000;
/** A lock from another computer that has not said so for this long is left over. */
const OTHER_HOST_STALE_MS = 30 * 60_000;

const LockInfo = z.object({
  pid: z.number().int(),
  host: z.string(),
  startedAt: z.number(),
  /** Last time the holder said it still runs. */
  beatAt: z.number().optional(),
  token: z.string(),
});
type LockInfo = z.infer<typeof LockInfo>;

/** How the lock decides whether its holder still runs; replaced in tests. */
export interface LockEnv {
  pid: number;
  host: string;
  now(): number;
  /** When the machine last started (a lock older than that is stale whatever its pid). */
  bootTime(): number;
  isAlive(pid: number): boolean;
}

/** The real process and machine. */
export const systemLockEnv: LockEnv = {
  pid: process.pid,
  host: hostname(),
  now: () => Date.now(),
  bootTime: () => Date.now() - uptime() * 1000,
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      return (err as { code?: unknown }).code === 'EPERM';
    }
  },
};

/** A held writer lock. */
export interface WriterLock {
  readonly dir: string;
  /** Records that the lock is still in use (call every LOCK_BEAT_MS). */
  beat(): Promise<void>;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

function busyError(info: LockInfo | null, env: LockEnv): AppError {
  const where = info && info.host !== env.host ? ` on the computer “${info.host}”` : '';
  return new AppError(
    'busy',
    `This vault is open in another Upward window or app${where}. Close it there first; two copies writing the same vault could lose changes.`,
    info ? { host: info.host, pid: info.pid } : undefined,
  );
}

function isStale(info: LockInfo | null, env: LockEnv): boolean {
  // A lock file without readable content cannot be half-written (it is created by
  // linking a complete file), so it is left over from something else: stale.
  if (!info) return true;
  // Another computer (a synced folder): its process cannot be checked, only its last sign of life.
  if (info.host !== env.host)
    return env.now() - (info.beatAt ?? info.startedAt) > OTHER_HOST_STALE_MS;
  if (info.startedAt < env.bootTime()) return true;
  return !env.isAlive(info.pid);
}

/**
 * Takes the vault's writer lock: an exclusive lock file holding pid, host and start
 * time, created atomically (a complete temp file hard-linked into place). A lock left
 * by a process that no longer runs is replaced; a live one gives a clear `busy` error.
 */
export async function acquireWriterLock(
  fs: VaultFs,
  dir: string,
  env: LockEnv = systemLockEnv,
): Promise<WriterLock> {
  const path = join(dir, LOCK_FILE);
  const token = randomBytes(12).toString('hex');
  const mine: LockInfo = {
    pid: env.pid,
    host: env.host,
    startedAt: env.now(),
    beatAt: env.now(),
    token,
  };
  const tmp = join(dir, `.${LOCK_FILE}.${token}.tmp`);
  await fs.mkdir(dir);
  await fs.writeDurable(tmp, JSON.stringify(mine));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await fs.link(tmp, path);
        await fs.fsyncDir(dir);
        return {
          dir,
          beat: async () => {
            if ((await readLock(fs, path))?.token === token)
              await writeAtomic(fs, path, JSON.stringify({ ...mine, beatAt: env.now() }));
          },
          release: () => releaseLock(fs, path, token),
        };
      } catch (err) {
        if ((err as { code?: unknown }).code !== 'EEXIST') throw err;
      }
      const info = await readLock(fs, path);
      if (!isStale(info, env)) throw busyError(info, env);
      await fs.unlink(path).catch(() => undefined);
    }
    throw busyError(await readLock(fs, path), env);
  } finally {
    await fs.unlink(tmp).catch(() => undefined);
  }
}

async function readLock(fs: VaultFs, path: string): Promise<LockInfo | null> {
  const bytes = await readIfExists(fs, path);
  if (!bytes) return null;
  try {
    const parsed = LockInfo.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function releaseLock(fs: VaultFs, path: string, token: string): Promise<void> {
  const info = await readLock(fs, path);
  if (info?.token === token) await fs.unlink(path).catch(() => undefined);
}
