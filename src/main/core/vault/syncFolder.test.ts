import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVaultCopy } from './backupCheck';
import { FakeTime } from './testing/fakeTime';
import { nodeVaultFs } from './vaultFs';
import {
  PASSPHRASE,
  type TestVault,
  makeUnlockedVault,
  makeVault,
  notesDef,
} from './testing/harness';
import { CLIENT_NAMING } from './testing/syncCopier';
import { systemLockEnv } from './writerLock';

/** Two computers, each with its own copy of the vault folder (the sync client is the test). */
async function twoComputers(): Promise<{ laptop: TestVault; desktop: TestVault; dirB: string }> {
  const time = new FakeTime();
  const laptop = await makeUnlockedVault({
    time,
    lockEnv: { ...systemLockEnv, host: 'laptop', now: () => time.now() },
  });
  (await laptop.vault.store().open(notesDef, '2026')).change((d) =>
    d.notes.push({ id: 'a', text: 'first' }),
  );
  await laptop.vault.store().flush();
  const dirB = join(await mkdtemp(join(tmpdir(), 'upward-desk-')), 'vault');
  await cp(laptop.dir, dirB, { recursive: true, filter: (src) => !src.endsWith('.lock') });
  const desktop = await makeVault({
    time,
    lockEnv: { ...systemLockEnv, host: 'desktop', now: () => time.now() },
  });
  await desktop.settings.setVaultDir(dirB);
  await desktop.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
  return { laptop, desktop, dirB };
}

async function notes(t: TestVault): Promise<string[]> {
  return (await t.vault.store().open(notesDef, '2026')).data.notes.map((n) => n.text).sort();
}

describe('a vault in a synced folder', () => {
  for (const client of Object.keys(CLIENT_NAMING)) {
    it(`merges a ${client} conflict copy at unlock, then removes it; never a stranger or damage`, async () => {
      const { laptop, desktop, dirB } = await twoComputers();
      (await desktop.vault.store().open(notesDef, '2026')).change((d) =>
        d.notes.push({ id: 'b', text: 'from the desktop' }),
      );
      await desktop.vault.store().flush();
      await laptop.vault.lock('user');
      const name = (CLIENT_NAMING[client] as (b: string, n: number, c: string) => string)(
        'notes-2026',
        0,
        'DESKTOP',
      );
      await copyFile(join(dirB, 'notes-2026.upw'), join(laptop.dir, name));
      const s = await laptop.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
      expect(s.problem).toBeNull();
      expect(await notes(laptop)).toEqual(['first', 'from the desktop']);
      await laptop.vault.store().flush();
      expect(await readdir(laptop.dir)).not.toContain(name);
      await laptop.vault.dispose();
      await desktop.vault.dispose();
    });
  }

  it('a manifest naming a file not here yet: waiting, read-only, no backup offered; merged when it arrives', async () => {
    const { laptop, desktop, dirB } = await twoComputers();
    (await desktop.vault.store().open(notesDef, '2027')).change((d) =>
      d.notes.push({ id: 'n', text: 'new year' }),
    );
    await desktop.vault.store().flush();
    await laptop.vault.lock('user');
    // The manifest arrives first.
    await copyFile(join(dirB, 'manifest.upw'), join(laptop.dir, 'manifest.upw'));
    const s = await laptop.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(s.state).toBe('unlocked');
    expect(s.problem).toBeNull();
    expect(s.waiting).toEqual([
      expect.objectContaining({
        file: 'notes-2027.upw',
        reason: 'missing',
        message: expect.stringMatching(/Waiting for “notes-2027\.upw” to finish syncing/),
      }),
    ]);
    const h = await laptop.vault.store().open(notesDef, '2027');
    expect(h.data.notes).toEqual([]);
    expect(() => h.change((d) => d.notes.push({ id: 'x', text: 'typed into the void' }))).toThrow(
      /finish syncing/,
    );
    await copyFile(join(dirB, 'notes-2027.upw'), join(laptop.dir, 'notes-2027.upw'));
    await laptop.vault.syncWithDisk();
    expect(h.data.notes.map((n) => n.text)).toEqual(['new year']);
    expect((await laptop.status()).waiting).toEqual([]);
    h.change((d) => d.notes.push({ id: 'y', text: 'now writable' }));
    await laptop.vault.dispose();
    await desktop.vault.dispose();
  });

  it('a file cut short (still being copied) is waiting, not damage; the whole file is merged', async () => {
    const { laptop, desktop, dirB } = await twoComputers();
    (await desktop.vault.store().open(notesDef, '2026')).change((d) =>
      d.notes.push({ id: 'b', text: 'from the desktop' }),
    );
    await desktop.vault.store().flush();
    await laptop.vault.lock('user');
    const full = await readFile(join(dirB, 'notes-2026.upw'));
    await writeFile(join(laptop.dir, 'notes-2026.upw'), full.subarray(0, full.length >> 1));
    const s = await laptop.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(s.problem).toBeNull();
    expect(s.waiting).toEqual([
      expect.objectContaining({ file: 'notes-2026.upw', reason: 'incomplete' }),
    ]);
    await writeFile(join(laptop.dir, 'notes-2026.upw'), full);
    await laptop.vault.syncWithDisk();
    expect(await notes(laptop)).toEqual(['first', 'from the desktop']);
    expect((await laptop.status()).waiting).toEqual([]);
    await laptop.vault.dispose();
    await desktop.vault.dispose();
  });

  it('an older copy of a file put back while closed is reported like damage, with the backups', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time, lockEnv: { ...systemLockEnv, host: 'laptop' } });
    const h = await t.vault.store().open(notesDef, '2026');
    h.change((d) => d.notes.push({ id: 'a', text: 'one' }));
    await t.vault.store().flush();
    const old = await readFile(join(t.dir, 'notes-2026.upw'));
    h.change((d) => d.notes.push({ id: 'b', text: 'two' }));
    await t.vault.store().flush();
    await t.vault.lock('user');
    await writeFile(join(t.dir, 'notes-2026.upw'), old);
    await expect(
      t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: 'rolled-back',
      message: expect.stringMatching(/notes-2026\.upw.*older copy.*Restore a recent backup/),
    });
    expect((await t.status()).problem).toMatchObject({
      code: 'rolled-back',
      file: 'notes-2026.upw',
    });
    await t.vault.dispose();
  });

  it('a version from another computer that has not seen our last save is merged, not refused', async () => {
    const { laptop, desktop, dirB } = await twoComputers();
    (await laptop.vault.store().open(notesDef, '2026')).change((d) =>
      d.notes.push({ id: 'l', text: 'laptop' }),
    );
    await laptop.vault.store().flush();
    (await desktop.vault.store().open(notesDef, '2026')).change((d) =>
      d.notes.push({ id: 'd', text: 'desktop' }),
    );
    await desktop.vault.store().flush();
    await laptop.vault.lock('user');
    // The sync client replaced the laptop's file with the desktop's (no conflict copy).
    await copyFile(join(dirB, 'notes-2026.upw'), join(laptop.dir, 'notes-2026.upw'));
    const s = await laptop.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(s.problem).toBeNull();
    expect(await notes(laptop)).toEqual(['desktop', 'first']);
    await laptop.vault.dispose();
    await desktop.vault.dispose();
  });

  it('the same record changed on both: both kept, the user chooses, both computers accept the choice', async () => {
    const { laptop, desktop, dirB } = await twoComputers();
    (await laptop.vault.store().open(notesDef, '2026')).change(
      (d) => (d.notes[0] = { id: 'a', text: 'laptop words' }),
    );
    (await desktop.vault.store().open(notesDef, '2026')).change(
      (d) => (d.notes[0] = { id: 'a', text: 'desktop words' }),
    );
    await laptop.vault.store().flush();
    await desktop.vault.store().flush();
    await copyFile(join(dirB, 'notes-2026.upw'), join(laptop.dir, 'notes-2026 (1).upw'));
    await laptop.vault.syncWithDisk();
    await laptop.vault.store().flush();
    const [c] = await laptop.vault.conflicts();
    expect(c?.conflicts[0]?.versions.map((v) => (v.value as { text: string }).text).sort()).toEqual(
      ['desktop words', 'laptop words'],
    );
    expect((await laptop.status()).conflicts).toBe(1);
    const pick = c?.conflicts[0]?.versions.find(
      (v) => (v.value as { text: string }).text === 'desktop words',
    );
    expect(await laptop.vault.resolveConflict('notes-2026', 'notes/a', pick?.h ?? '')).toBe(true);
    expect(await notes(laptop)).toEqual(['desktop words']);
    expect((await laptop.status()).conflicts).toBe(0);
    // The desktop receives the choice and takes it.
    for (const f of ['notes-2026.upw', 'manifest.upw'])
      await copyFile(join(laptop.dir, f), join(dirB, f));
    await desktop.vault.syncWithDisk();
    expect(await notes(desktop)).toEqual(['desktop words']);
    expect(await desktop.vault.conflicts()).toEqual([]);
    await laptop.vault.dispose();
    await desktop.vault.dispose();
  });

  it('a backup that caught a conflict copy named like a shard still passes the restore check', async () => {
    const { laptop, desktop, dirB } = await twoComputers();
    await laptop.vault.lock('user');
    const copy = join(await mkdtemp(join(tmpdir(), 'upward-backup-')), 'b');
    await cp(laptop.dir, copy, { recursive: true });
    await copyFile(join(dirB, 'notes-2026.upw'), join(copy, 'notes-2026-DESKTOP.upw'));
    const ok = await checkVaultCopy(nodeVaultFs, copy, 'passphrase', PASSPHRASE);
    expect(ok).not.toBe('wrong-secret');
    await laptop.vault.dispose();
    await desktop.vault.dispose();
  });

  it('ignores the derived/ folder and files that are not the vault’s', async () => {
    const t = await makeUnlockedVault();
    await t.vault.lock('user');
    await mkdir(join(t.dir, 'derived'));
    await writeFile(join(t.dir, 'derived', 'search-index.upw'), 'per-computer, rebuilt at will');
    await writeFile(join(t.dir, 'holiday photo (1).upw'), 'not ours');
    const s = await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(s.problem).toBeNull();
    expect(s.waiting).toEqual([]);
    await t.vault.store().flush();
    expect(await readdir(join(t.dir, 'derived'))).toEqual(['search-index.upw']);
    await rm(join(t.dir, 'derived'), { recursive: true });
    await t.vault.dispose();
  });
});
