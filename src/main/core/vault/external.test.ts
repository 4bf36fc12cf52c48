import { cp, copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FakeTime } from './testing/fakeTime';
import {
  PASSPHRASE,
  eventsNamed,
  makeUnlockedVault,
  makeVault,
  notesDef,
  type TestVault,
} from './testing/harness';
import { systemLockEnv } from './writerLock';

/**
 * A copy of the vault folder opened by a second instance, as on another computer that
 * syncs the same folder; `write` saves a note there and returns the changed file.
 */
async function otherComputer(
  t: TestVault,
): Promise<{ write(text: string): Promise<string>; close(): Promise<void> }> {
  const dir = join(await mkdtemp(join(tmpdir(), 'upward-sync-')), 'vault');
  await cp(t.dir, dir, { recursive: true, filter: (src) => !src.endsWith('.lock') });
  const other = await makeVault({ lockEnv: { ...systemLockEnv, host: 'other-laptop' } });
  await other.settings.setVaultDir(dir);
  await other.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
  return {
    async write(text) {
      (await other.vault.store().open(notesDef)).change((d) => d.notes.push({ id: text, text }));
      await other.vault.store().flush();
      return join(dir, 'notes.upw');
    },
    close: () => other.vault.dispose(),
  };
}

describe('vault files changed by another program (a sync client)', () => {
  it('reloads a shard with no change of ours waiting, and tells the UI', async () => {
    const t = await makeUnlockedVault();
    const h = await t.vault.store().open(notesDef);
    h.change((d) => d.notes.push({ id: 'mine', text: 'mine' }));
    await t.vault.store().flush();
    const other = await otherComputer(t);
    const theirs = await other.write('theirs');
    await copyFile(theirs, join(t.dir, 'notes.upw'));
    // The folder watcher notices on its own.
    await vi.waitFor(() => expect(h.data.notes.map((n) => n.text)).toEqual(['mine', 'theirs']));
    expect(eventsNamed(t, 'dataChanged')).toContainEqual({ area: 'notes' });
    await other.close();
    await t.vault.dispose();
  });

  it('with a change of ours waiting: merges theirs and ours record by record, loses neither', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    const h = await t.vault.store().open(notesDef);
    h.change((d) => d.notes.push({ id: 'base', text: 'base' }));
    await t.vault.store().flush();
    const other = await otherComputer(t);
    const theirsFile = await other.write('theirs');
    h.change((d) => d.notes.push({ id: 'ours', text: 'ours' }));
    await copyFile(theirsFile, join(t.dir, 'notes.upw'));
    await t.vault.syncWithDisk();
    expect(h.data.notes.map((n) => n.text).sort()).toEqual(['base', 'ours', 'theirs']);
    await t.vault.store().flush();
    expect((await t.status()).conflicts).toBe(0);
    expect(eventsNamed(t, 'dataChanged')).toContainEqual({ area: 'notes' });
    await t.vault.lock('user');
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect((await t.vault.store().open(notesDef)).data.notes.map((n) => n.text).sort()).toEqual([
      'base',
      'ours',
      'theirs',
    ]);
    expect(await readdir(t.dir)).not.toContain('conflicts');
    await other.close();
    await t.vault.dispose();
  });

  it('a shard replaced by an unreadable file is reported and never overwritten; our changes stay in memory', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    const h = await t.vault.store().open(notesDef);
    h.change((d) => d.notes.push({ id: 'a', text: 'a' }));
    await t.vault.store().flush();
    const other = await makeUnlockedVault();
    (await other.vault.store().open(notesDef)).change((d) => d.notes.push({ id: 'x', text: 'x' }));
    await other.vault.store().flush();
    await copyFile(join(other.dir, 'notes.upw'), join(t.dir, 'notes.upw'));
    const foreign = await readFile(join(t.dir, 'notes.upw'));
    await t.vault.syncWithDisk();
    expect((await t.status()).problem).toMatchObject({ code: 'wrong-vault', file: 'notes.upw' });
    h.change((d) => d.notes.push({ id: 'b', text: 'b' }));
    await t.vault.store().flush();
    expect(h.data.notes.map((n) => n.text)).toEqual(['a', 'b']);
    expect((await readFile(join(t.dir, 'notes.upw'))).equals(foreign)).toBe(true);
    const status = await t.status();
    expect(status.pendingWriteError).toMatch(
      /changes to “notes\.upw” cannot be saved to their file.*kept in an encrypted rescue file/,
    );
    expect(eventsNamed(t, 'writeStatus').at(-1)).toEqual({ message: status.pendingWriteError });
    await other.vault.dispose();
    await t.vault.dispose();
  });
});
