import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupsDir } from './backups';
import { FakeTime } from './testing/fakeTime';
import {
  PASSPHRASE,
  codeOf,
  eventsNamed,
  makeUnlockedVault,
  type TestVault,
  addNote,
  noteTexts,
} from './testing/harness';

async function backups(t: TestVault): Promise<string[]> {
  return (await t.vault.handlers.listBackups(undefined)).map((b) => b.id);
}

describe('backups', () => {
  it('are made on unlock at most once an hour, as timestamped copies of the encrypted files', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    await vi.waitFor(async () => expect(await backups(t)).toEqual(['2026-11-26T10-00-00Z']));
    await addNote(t, 'one');
    await t.vault.lock('user');
    await time.advance(30 * 60_000);
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    await t.vault.lock('user');
    expect(await backups(t)).toHaveLength(1);
    await time.advance(31 * 60_000);
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    await vi.waitFor(async () =>
      expect(await backups(t)).toEqual(['2026-11-26T11-01-00Z', '2026-11-26T10-00-00Z']),
    );
    const [newest] = await t.vault.handlers.listBackups(undefined);
    expect(newest).toMatchObject({ createdAt: '2026-11-26T11:01:00.000Z', files: 3 });
    expect(newest.bytes).toBeGreaterThan(0);
    expect(await readdir(join(backupsDir(t.dir), newest.id))).toEqual([
      'keys.json',
      'manifest.upw',
      'notes.upw',
    ]);
    await t.vault.dispose();
  });

  it('keep only as many as the setting says, dropping the oldest', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    await t.settings.update({ backupsKept: 3 });
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      await time.advance(60_000);
      made.push((await t.vault.handlers.backupNow(undefined)).id);
    }
    expect(await backups(t)).toEqual(made.slice(-3).reverse());
    await t.vault.dispose();
  });

  it('are listed while the vault is locked, and an unfinished one (crash while copying) never is', async () => {
    const t = await makeUnlockedVault();
    await t.vault.handlers.backupNow(undefined);
    await t.vault.lock('user');
    await mkdir(join(backupsDir(t.dir), '2030-01-01T00-00-00Z.partial'), { recursive: true });
    await writeFile(join(backupsDir(t.dir), '2030-01-01T00-00-00Z.partial', 'keys.json'), '{}');
    const list = await backups(t);
    expect(list.length).toBeGreaterThan(0);
    expect(list.some((id) => id.startsWith('2030'))).toBe(false);
    await t.vault.dispose();
  });

  it('restore while unlocked: locks first, keeps the current state as a backup, and opens to the old state', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    await addNote(t, 'before');
    await time.advance(60_000);
    const { id } = await t.vault.handlers.backupNow(undefined);
    await addNote(t, 'after');
    await time.advance(60_000);
    const s = await t.vault.handlers.restoreBackup({
      id,
      method: 'passphrase',
      secret: PASSPHRASE,
    });
    // Checked with the passphrase of its time, the backup opens straight away.
    expect(s.state).toBe('unlocked');
    expect(eventsNamed(t, 'locked')).toEqual([{ reason: 'user' }]);
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await noteTexts(t)).toEqual(['before']);
    // The state just replaced was backed up, so the restore can itself be undone.
    const newest = (await backups(t))[0];
    await t.vault.handlers.restoreBackup({ id: newest, method: 'passphrase', secret: PASSPHRASE });
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await noteTexts(t)).toEqual(['before', 'after']);
    await t.vault.dispose();
  });

  it('after a passphrase change, a backup is made under the new key; older ones open only with the old passphrase and can be deleted', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    await t.settings.update({ autoLockMinutes: 240 });
    await addNote(t, 'kept');
    await time.advance(2 * 60 * 60_000);
    const older = (await backups(t))[0];
    await t.vault.handlers.changePassphrase({ current: PASSPHRASE, next: 'the new passphrase' });
    const [newest] = await backups(t);
    expect(newest).toBe('2026-11-26T12-00-00Z');
    expect(
      await codeOf(
        t.vault.handlers.restoreBackup({
          id: older,
          method: 'passphrase',
          secret: 'the new passphrase',
        }),
      ),
    ).toBe('wrong-passphrase');
    await time.advance(60_000);
    expect(await t.vault.handlers.deleteBackups({ ids: [older, '../vault'] })).toEqual({
      deleted: 1,
    });
    expect(await backups(t)).toEqual([newest]);
    await t.vault.handlers.restoreBackup({
      id: newest,
      method: 'passphrase',
      secret: 'the new passphrase',
    });
    expect(await noteTexts(t)).toEqual(['kept']);
    await t.vault.dispose();
  });

  it('only a listed backup can be restored (never a path made up by the caller)', async () => {
    const t = await makeUnlockedVault();
    expect(
      await codeOf(
        t.vault.handlers.restoreBackup({
          id: '../vault',
          method: 'passphrase',
          secret: PASSPHRASE,
        }),
      ),
    ).toBe('not-found');
    expect(
      await codeOf(
        t.vault.handlers.restoreBackup({
          id: '2020-01-01T00-00-00Z',
          method: 'passphrase',
          secret: PASSPHRASE,
        }),
      ),
    ).toBe('not-found');
    expect(t.vault.isUnlocked()).toBe(true);
    await t.vault.dispose();
  });
});
