import { randomBytes } from 'node:crypto';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';
import type { VaultFs } from './vaultFs';
import { readIfExists } from './vaultFs';

/** The lock file that makes one running Upward the only writer of a vault. */
export const LOCK_FILE = '.upward.lock';

const LockInfo = z.object({
  pid: z.number().int(),
  host: z.string(),
  startedAt: z.number(),
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
  if (info.host !== env.host) return false;
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
  const mine: LockInfo = { pid: env.pid, host: env.host, startedAt: env.now(), token };
  const tmp = join(dir, `.${LOCK_FILE}.${token}.tmp`);
  await fs.mkdir(dir);
  await fs.writeDurable(tmp, JSON.stringify(mine));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await fs.link(tmp, path);
        await fs.fsyncDir(dir);
        return { dir, release: () => releaseLock(fs, path, token) };
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
