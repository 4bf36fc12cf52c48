import { createHash, randomBytes } from 'node:crypto';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';
import type { VaultFs } from './vaultFs';
import { isNotFound, readIfExists } from './vaultFs';
import { readUtf8 } from './utf8';

const LOCK_PREFIX = '.upward.';
const LOCK_SUFFIX = '.lock';

/**
 * The lock file of one computer: `.upward.<computer>.lock`. Each computer has its own, so
 * a sync client never copies one computer's lock over another's.
 */
export function lockFileName(host: string): string {
  const safe = host.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);
  const tag = createHash('sha256').update(host).digest('hex').slice(0, 6);
  return `${LOCK_PREFIX}${safe}-${tag}${LOCK_SUFFIX}`;
}

/** True for the name of any computer's lock file. */
export function isLockFileName(name: string): boolean {
  return name.startsWith(LOCK_PREFIX) && name.endsWith(LOCK_SUFFIX) && name.length > 12;
}

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

/** Another computer that has the vault open (or had it open when it last stopped). */
export interface OtherComputer {
  computer: string;
  since: string;
}

function busyError(info: LockInfo | null): AppError {
  return new AppError(
    'busy',
    'This vault is open in another Upward window on this computer. Close it there first; two copies writing the same vault could lose changes.',
    info ? { host: info.host, pid: info.pid } : undefined,
  );
}

function isStale(info: LockInfo | null, env: LockEnv): boolean {
  // A lock file without readable content cannot be half-written (it is created by
  // linking a complete file), so it is left over from something else: stale.
  if (!info) return true;
  if (info.startedAt < env.bootTime()) return true;
  return !env.isAlive(info.pid);
}

/**
 * Takes this computer's writer lock of a vault: one lock file per computer holding pid,
 * host and start time, created atomically (a complete temp file hard-linked into place,
 * which fails when the file exists). A lock left by a process that no longer runs (or
 * from before the last restart) is taken over by one process at a time: it holds a
 * takeover file (created the same exclusive way), reads the lock again, and removes it
 * only if it is still stale, so a fresh lock that appeared meanwhile is never removed.
 * A live lock gives a clear `busy`
 * error. Other computers' lock files are never touched: across computers the lock is a
 * notice (see `otherComputers`), since their changes merge.
 */
export async function acquireWriterLock(
  fs: VaultFs,
  dir: string,
  env: LockEnv = systemLockEnv,
): Promise<WriterLock> {
  const path = join(dir, lockFileName(env.host));
  const token = randomBytes(12).toString('hex');
  const mine: LockInfo = { pid: env.pid, host: env.host, startedAt: env.now(), token };
  await fs.mkdir(dir);
  await checkLockPath(fs, path);
  const tmp = `${path}.${token}.tmp`;
  try {
    await fs.writeDurable(tmp, JSON.stringify(mine));
  } catch (err) {
    throw lockPathError(err);
  }
  const takeover = `${path}.takeover`;
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await fs.link(tmp, path);
        await fs.fsyncDir(dir);
        return { dir, release: () => releaseLock(fs, path, token) };
      } catch (err) {
        if ((err as { code?: unknown }).code !== 'EEXIST') throw lockPathError(err);
      }
      const info = await readLock(fs, path);
      if (!isStale(info, env)) throw busyError(info);
      // Only the holder of the takeover file may remove a stale lock, and it looks again
      // first: a lock judged stale a moment ago may since have been replaced by a fresh one.
      try {
        await fs.link(tmp, takeover);
      } catch (err) {
        if ((err as { code?: unknown }).code !== 'EEXIST') throw lockPathError(err);
        const other = await readLockOrMissing(fs, takeover);
        // Released a moment ago: try again; never remove a takeover file that may be a new one.
        if (other === 'missing') continue;
        if (!isStale(other, env)) throw busyError(info);
        // Left by a process that stopped in the middle of a takeover.
        await fs.unlink(takeover).catch(() => undefined);
        continue;
      }
      try {
        // Gone already (its holder released it): simply try to create ours again. Removing
        // what is there only when it is present and stale keeps a lock created meanwhile.
        const again = await readLockOrMissing(fs, path);
        // Released meanwhile: a fresh lock may be created any moment, so remove nothing.
        if (again === 'missing') continue;
        if (!isStale(again, env)) throw busyError(again);
        await fs.unlink(path).catch((err: unknown) => {
          if (!isNotFound(err)) throw lockPathError(err);
        });
      } finally {
        await releaseLock(fs, takeover, token);
      }
    }
    throw busyError(await readLock(fs, path));
  } finally {
    await fs.unlink(tmp).catch(() => undefined);
  }
}

/** A lock path that is a folder (or otherwise not a file) is reported in words. */
async function checkLockPath(fs: VaultFs, path: string): Promise<void> {
  let st: Awaited<ReturnType<VaultFs['stat']>>;
  try {
    st = await fs.stat(path);
  } catch (err) {
    throw lockPathError(err);
  }
  if (st?.isDirectory) {
    throw new AppError(
      'no-permission',
      `Upward cannot take the vault's lock: “${path}” is a folder, where Upward keeps a small lock file. Remove or rename that folder, then try again.`,
      { file: path },
    );
  }
}

function lockPathError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown }).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new AppError(
      'no-permission',
      'Upward cannot create or read the vault’s lock file: this folder does not allow it. Check the folder’s permissions, then try again.',
    );
  if (code === 'EISDIR')
    return new AppError(
      'no-permission',
      'Upward cannot take the vault’s lock: its lock file is a folder. Remove or rename that folder, then try again.',
    );
  return new AppError(
    'io',
    'Upward could not take the vault’s lock because the folder could not be read or written. Check that it is reachable, then try again.',
  );
}

/** Like `readLock`, but `'missing'` when the file is not there (it may have just been released). */
async function readLockOrMissing(fs: VaultFs, path: string): Promise<LockInfo | null | 'missing'> {
  let bytes: Uint8Array | null;
  try {
    bytes = await readIfExists(fs, path);
  } catch (err) {
    throw lockPathError(err);
  }
  if (!bytes) return 'missing';
  return parseLock(bytes);
}

function parseLock(bytes: Uint8Array): LockInfo | null {
  try {
    const parsed = LockInfo.safeParse(JSON.parse(readUtf8(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function readLock(fs: VaultFs, path: string): Promise<LockInfo | null> {
  const info = await readLockOrMissing(fs, path);
  return info === 'missing' ? null : info;
}

async function releaseLock(fs: VaultFs, path: string, token: string): Promise<void> {
  const info = await readLock(fs, path).catch(() => null);
  if (info?.token === token) await fs.unlink(path).catch(() => undefined);
}

/**
 * The other computers whose lock file is in the vault folder: the vault is open there too
 * (or Upward stopped there without closing; its own next start clears that). Never blocks.
 */
export async function otherComputers(
  fs: VaultFs,
  dir: string,
  env: LockEnv = systemLockEnv,
): Promise<OtherComputer[]> {
  const own = lockFileName(env.host);
  const out: OtherComputer[] = [];
  for (const name of await fs.readdir(dir)) {
    if (!isLockFileName(name) || name === own) continue;
    const info = await readLock(fs, join(dir, name)).catch(() => null);
    if (!info || info.host === env.host) continue;
    out.push({ computer: info.host, since: new Date(info.startedAt).toISOString() });
  }
  return out.sort((a, b) => (a.computer < b.computer ? -1 : 1));
}
