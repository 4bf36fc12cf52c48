import { readFile, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FakeTime, settle } from './testing/fakeTime';
import { WRITE_OPS, createFaultyFs } from './testing/faultyFs';
import {
  PASSPHRASE,
  codeOf,
  eventsNamed,
  makeUnlockedVault,
  makeVault,
  notesDef,
} from './testing/harness';
import { lockFileName, systemLockEnv } from './writerLock';

const LOCK_FILE = lockFileName(systemLockEnv.host);

/** What another instance finds in the notes shard on disk right now. */
async function notesOnDisk(dataDir: string): Promise<string[]> {
  const reader = await makeVault({ dataDir });
  await reader.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
  const texts = (await reader.vault.store().open(notesDef)).data.notes.map((n) => n.text);
  await reader.vault.dispose();
  return texts;
}

const faults = [
  { code: 'ENOSPC', words: /disk is full/ },
  { code: 'EACCES', words: /not allowed to write/ },
  { code: 'EIO', words: /read or write error/ },
];

describe('a write that fails', () => {
  for (const f of faults) {
    it(`${f.code}: the user is told, the change stays in memory, the file on disk stays good, and it is saved later`, async () => {
      const time = new FakeTime();
      const faulty = createFaultyFs();
      const t = await makeUnlockedVault({ fs: faulty.fs, time });
      const h = await t.vault.store().open(notesDef);
      h.change((d) => d.notes.push({ id: '1', text: 'first' }));
      await t.vault.store().flush();
      const good = await readFile(join(t.dir, 'notes.upw'));
      faulty.inject({ op: 'writeDurable', code: f.code, match: (p) => p.includes('notes.upw') });
      h.change((d) => d.notes.push({ id: '2', text: 'second' }));
      await t.vault.store().flush();

      const status = await t.status();
      expect(status.pendingWriteError).toMatch(f.words);
      expect(eventsNamed(t, 'writeStatus')).toEqual([{ message: status.pendingWriteError }]);
      expect(h.data.notes.map((n) => n.text)).toEqual(['first', 'second']);
      // The half-written temp file was removed; the shard on disk is still the previous version.
      expect((await readdir(t.dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect((await readFile(join(t.dir, 'notes.upw'))).equals(good)).toBe(true);
      faulty.clear();
      await t.vault.dispose();
      expect(await notesOnDisk(t.deps.dataDir)).toEqual(['first', 'second']);
    });
  }

  it('retries with backoff until the disk has room again, then says all is saved', async () => {
    const time = new FakeTime();
    const faulty = createFaultyFs();
    const t = await makeUnlockedVault({ fs: faulty.fs, time });
    const h = await t.vault.store().open(notesDef);
    faulty.inject({ op: 'writeDurable', code: 'ENOSPC', match: (p) => p.includes('notes.upw') });
    h.change((d) => d.notes.push({ id: '1', text: 'kept through a full disk' }));
    await time.advance(250);
    await vi.waitFor(async () =>
      expect((await t.status()).pendingWriteError).toMatch(/disk is full/),
    );
    const attempts = (): number =>
      faulty.calls.filter((c) => c.op === 'writeDurable' && c.path.includes('notes.upw')).length;
    expect(attempts()).toBe(1);
    // A failed attempt is over once its half-written temp file is removed.
    const failureHandled = async (): Promise<void> => {
      await vi.waitFor(() =>
        expect(
          faulty.calls.filter((c) => c.op === 'unlink' && c.path.includes('notes.upw')).length,
        ).toBe(attempts()),
      );
      await settle();
    };
    // Retries after 1 s, then 2 s later: the wait doubles.
    await time.advance(999);
    expect(attempts()).toBe(1);
    await time.advance(1);
    await vi.waitFor(() => expect(attempts()).toBe(2));
    await failureHandled();
    await time.advance(1999);
    expect(attempts()).toBe(2);
    await time.advance(1);
    await vi.waitFor(() => expect(attempts()).toBe(3));
    await failureHandled();
    expect((await t.status()).pendingWriteError).not.toBeNull();
    faulty.clear();
    await time.advance(4000);
    await vi.waitFor(async () => expect((await t.status()).pendingWriteError).toBeNull());
    expect(eventsNamed(t, 'writeStatus').at(-1)).toEqual({ message: null });
    await t.vault.dispose();
    expect(await notesOnDisk(t.deps.dataDir)).toEqual(['kept through a full disk']);
  });

  it('locking while the disk is full keeps only the encrypted change, and writes it once there is room', async () => {
    const time = new FakeTime();
    const faulty = createFaultyFs();
    const t = await makeUnlockedVault({ fs: faulty.fs, time });
    faulty.inject({ op: 'rename', code: 'ENOSPC', match: (p) => p.includes('notes.upw') });
    (await t.vault.store().open(notesDef)).change((d) =>
      d.notes.push({ id: '1', text: 'written after the lock' }),
    );
    await t.vault.lock('idle');
    expect(t.vault.isUnlocked()).toBe(false);
    expect((await t.status()).pendingWriteError).toMatch(/disk is full/);
    faulty.clear();
    await time.advance(1000);
    await vi.waitFor(async () => expect((await t.status()).pendingWriteError).toBeNull());
    await t.vault.dispose();
    expect(await notesOnDisk(t.deps.dataDir)).toEqual(['written after the lock']);
  });
});

describe('a second instance', () => {
  it('gets a clear “busy” error and never writes the vault while the first has it open', async () => {
    const first = await makeUnlockedVault();
    (await first.vault.store().open(notesDef)).change((d) =>
      d.notes.push({ id: '1', text: 'mine' }),
    );
    await first.vault.store().flush();
    const before = await readFile(join(first.dir, 'notes.upw'));
    const faulty = createFaultyFs();
    const second = await makeVault({ dataDir: first.deps.dataDir, fs: faulty.fs });
    await expect(
      second.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: 'busy',
      message: expect.stringMatching(/open in another Upward/),
    });
    expect(await codeOf(second.vault.handlers.create({ passphrase: PASSPHRASE }))).toBe(
      'vault-exists',
    );
    expect(() => second.vault.store()).toThrow(/locked/);
    // Its only writes were its own attempt at the lock, never a vault file.
    const writes = faulty.calls.filter((c) => WRITE_OPS.includes(c.op) && c.op !== 'mkdir');
    expect(writes.every((c) => c.path.includes(`${LOCK_FILE}.`) && c.path.endsWith('.tmp'))).toBe(
      true,
    );
    expect((await readFile(join(first.dir, 'notes.upw'))).equals(before)).toBe(true);
    // Once the first locks, the second may open the vault.
    await first.vault.lock('user');
    expect(
      (await second.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE })).state,
    ).toBe('unlocked');
    expect(
      await codeOf(first.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE })),
    ).toBe('busy');
    await second.vault.dispose();
    await first.vault.dispose();
  });

  it('takes over a lock left by an instance that no longer runs, or from before the last restart', async () => {
    const t = await makeUnlockedVault();
    await t.vault.lock('user');
    const lock = (pid: number, startedAt: number): string =>
      JSON.stringify({ pid, host: hostname(), startedAt, token: 'old' });
    await writeFile(join(t.dir, LOCK_FILE), lock(2 ** 22 + 17, Date.now() - 1000));
    const dead = await makeVault({
      dataDir: t.deps.dataDir,
      lockEnv: { ...systemLockEnv, isAlive: () => false },
    });
    expect(
      (await dead.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE })).state,
    ).toBe('unlocked');
    await dead.vault.dispose();
    await writeFile(join(t.dir, LOCK_FILE), lock(process.pid, systemLockEnv.bootTime() - 60_000));
    expect(
      (await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE })).state,
    ).toBe('unlocked');
    await t.vault.dispose();
  });

  it('in a synced folder, another computer’s lock is a notice, never a block, and is never touched', async () => {
    const t = await makeUnlockedVault();
    await t.vault.lock('user');
    const theirs = join(t.dir, lockFileName('other-laptop'));
    const content = JSON.stringify({
      pid: 1,
      host: 'other-laptop',
      startedAt: Date.parse('2026-05-01T08:00:00Z'),
      token: 'theirs',
    });
    await writeFile(theirs, content);
    const s = await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(s.state).toBe('unlocked');
    expect(s.otherComputers).toEqual([
      { computer: 'other-laptop', since: '2026-05-01T08:00:00.000Z' },
    ]);
    await t.vault.dispose();
    expect(await readFile(theirs, 'utf8')).toBe(content);
  });

  it('never rewrites its lock while open, so a sync client has nothing to upload while nothing changes', async () => {
    const time = new FakeTime();
    const faulty = createFaultyFs();
    const t = await makeUnlockedVault({
      time,
      fs: faulty.fs,
      lockEnv: { ...systemLockEnv, now: () => time.now() },
    });
    await t.settings.update({ autoLockMinutes: 240 });
    await t.vault.store().flush();
    const lockBefore = await readFile(join(t.dir, LOCK_FILE), 'utf8');
    await vi.waitFor(() => expect(t.vault.isUnlocked()).toBe(true));
    // Only the vault folder counts (the backup made at unlock goes to a folder beside it).
    const inVault = (): number =>
      faulty.calls.filter((c) => WRITE_OPS.includes(c.op) && c.path.startsWith(`${t.dir}/`)).length;
    const writesBefore = inVault();
    await time.advance(60 * 60_000);
    expect(inVault()).toBe(writesBefore);
    expect(await readFile(join(t.dir, LOCK_FILE), 'utf8')).toBe(lockBefore);
    await t.vault.dispose();
    await expect(readFile(join(t.dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
