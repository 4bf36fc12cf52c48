import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type VaultFs, nodeVaultFs } from './vaultFs';
import { type LockEnv, acquireWriterLock, lockFileName, otherComputers } from './writerLock';

const DEAD = 99;

function env(pid: number): LockEnv {
  return {
    pid,
    host: 'desk',
    now: () => Date.now(),
    bootTime: () => 0,
    isAlive: (p) => p !== DEAD,
  };
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'upward-lock-'));
}

async function staleLock(dir: string): Promise<void> {
  await writeFile(
    join(dir, lockFileName('desk')),
    JSON.stringify({ pid: DEAD, host: 'desk', startedAt: 1, token: 'old' }),
  );
}

describe('the writer lock on one computer', () => {
  it('a process delayed between judging a lock stale and taking it over never removes the fresh lock of another', async () => {
    const dir = await tempDir();
    await staleLock(dir);
    const path = join(dir, lockFileName('desk'));
    let pause: (() => void) | null = null;
    let paused: (() => void) | null = null;
    const reached = new Promise<void>((r) => (paused = r));
    let reads = 0;
    const slow: VaultFs = {
      ...nodeVaultFs,
      async readFile(p) {
        const bytes = await nodeVaultFs.readFile(p);
        if (p === path && reads++ === 0) {
          // The first process has read the stale lock; it waits here while the second takes over.
          paused?.();
          await new Promise<void>((r) => (pause = r));
        }
        return bytes;
      },
    };
    const first = acquireWriterLock(slow, dir, env(101));
    await reached;
    const second = await acquireWriterLock(nodeVaultFs, dir, env(102));
    const secondLock = await readFile(path, 'utf8');
    (pause as (() => void) | null)?.();
    await expect(first).rejects.toMatchObject({ code: 'busy' });
    // The second still holds the lock, untouched.
    expect(await readFile(path, 'utf8')).toBe(secondLock);
    expect(JSON.parse(secondLock)).toMatchObject({ pid: 102 });
    await second.release();
  });

  it('8 processes × 200 rounds, with crashed holders left behind: never two writers at once', async () => {
    const out = await mkdtemp(join(tmpdir(), 'upward-lock-child-'));
    await build({
      entryPoints: [join(import.meta.dirname, 'testing', 'lockChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: join(out, 'lockChild.mjs'),
      logLevel: 'silent',
    });
    const dir = await tempDir();
    const runs = Array.from({ length: 8 }, (_, i) => {
      return new Promise<{ held: number; busy: number }>((resolve, reject) => {
        const child = spawn(process.execPath, [join(out, 'lockChild.mjs'), dir, '200', String(i)]);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('exit', (code) =>
          code === 0
            ? resolve(JSON.parse(stdout) as { held: number; busy: number })
            : reject(new Error(`lock child ${i} failed: ${stderr}`)),
        );
      });
    });
    const results = await Promise.all(runs);
    // Every attempt either held the lock alone (the marker proved it) or was told “busy”.
    expect(results.reduce((n, r) => n + r.held + r.busy, 0)).toBe(8 * 200);
    expect(results.reduce((n, r) => n + r.held, 0)).toBeGreaterThan(8);
  }, 60_000);

  it('a lock path that is a folder, or a folder that cannot be written, gets a clear message', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, lockFileName('desk')));
    await expect(acquireWriterLock(nodeVaultFs, dir, env(101))).rejects.toMatchObject({
      code: 'no-permission',
      message: expect.stringMatching(/is a folder.*Remove or rename that folder/),
    });
    const denied: VaultFs = {
      ...nodeVaultFs,
      writeDurable: () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })),
      stat: () => Promise.resolve(null),
    };
    await expect(acquireWriterLock(denied, await tempDir(), env(101))).rejects.toMatchObject({
      code: 'no-permission',
      message: expect.stringMatching(/lock file.*permissions/),
    });
    const unreadable: VaultFs = {
      ...nodeVaultFs,
      link: () => Promise.reject(Object.assign(new Error('exists'), { code: 'EEXIST' })),
      readFile: () => Promise.reject(Object.assign(new Error('io'), { code: 'EIO' })),
    };
    await expect(acquireWriterLock(unreadable, await tempDir(), env(101))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/could not take the vault’s lock/),
    });
  });

  it('each computer has its own lock file; another computer’s is reported, never taken', async () => {
    const dir = await tempDir();
    const laptop = await acquireWriterLock(nodeVaultFs, dir, { ...env(5), host: 'laptop' });
    const desk = await acquireWriterLock(nodeVaultFs, dir, env(6));
    expect(await otherComputers(nodeVaultFs, dir, env(6))).toEqual([
      { computer: 'laptop', since: expect.any(String) },
    ]);
    await desk.release();
    await laptop.release();
    expect(await otherComputers(nodeVaultFs, dir, env(6))).toEqual([]);
  });
});
