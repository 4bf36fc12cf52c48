import { readFile, readdir, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir } from './backups';
import { FakeTime } from './testing/fakeTime';
import {
  PASSPHRASE,
  codeOf,
  makeUnlockedVault,
  notesDef,
  type TestVault,
  addNote,
} from './testing/harness';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    if (name === 'keys.json' || name.endsWith('.upw'))
      out[name] = (await readFile(join(dir, name))).toString('base64');
  return out;
}

/** A vault with one note in a backup and a second note made after it. */
async function vaultWithBackup(): Promise<{ t: TestVault; id: string; backup: string }> {
  const time = new FakeTime();
  const t = await makeUnlockedVault({ time });
  await addNote(t, 'in the backup');
  await time.advance(60_000);
  const { id } = await t.vault.handlers.backupNow(undefined);
  await addNote(t, 'made after');
  await time.advance(60_000);
  return { t, id, backup: join(backupsDir(t.dir), id) };
}

const damages: [string, (backup: string) => Promise<void>, string][] = [
  ['a shard cut short', (b) => truncate(join(b, 'notes.upw'), 40), 'notes.upw'],
  [
    'a flipped byte inside a shard',
    async (b) => {
      const bytes = await readFile(join(b, 'notes.upw'));
      bytes[bytes.length - 40] ^= 0xff;
      await writeFile(join(b, 'notes.upw'), bytes);
    },
    'notes.upw',
  ],
  ['a missing shard the manifest lists', (b) => unlink(join(b, 'notes.upw')), 'notes.upw'],
  ['a damaged key file', (b) => writeFile(join(b, 'keys.json'), '{"format":'), 'keys.json'],
  ['a missing manifest', (b) => unlink(join(b, 'manifest.upw')), 'manifest.upw'],
];

describe('restoring a backup checks all of it first', () => {
  it.each(damages)(
    'refuses a backup with %s, names the file, and leaves the vault as it was',
    async (_what, damage, file) => {
      const { t, id, backup } = await vaultWithBackup();
      await damage(backup);
      const before = await snapshot(t.dir);
      const err = await Promise.resolve(
        t.vault.handlers.restoreBackup({ id, method: 'passphrase', secret: PASSPHRASE }),
      ).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(err?.message).toContain(`“${file}”`);
      expect(err?.message).toMatch(/This backup cannot be restored.*Your vault was not changed/);
      // Still open, with both notes, and not one byte of it changed.
      expect(t.vault.isUnlocked()).toBe(true);
      expect((await t.vault.store().open(notesDef)).data.notes.map((n) => n.text)).toEqual([
        'in the backup',
        'made after',
      ]);
      expect(await snapshot(t.dir)).toEqual(before);
      await t.vault.lock('user');
      await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
      expect(t.vault.isUnlocked()).toBe(true);
      await t.vault.dispose();
    },
  );

  it('refuses a wrong passphrase for the backup and changes nothing', async () => {
    const { t, id } = await vaultWithBackup();
    const before = await snapshot(t.dir);
    expect(
      await codeOf(
        t.vault.handlers.restoreBackup({ id, method: 'passphrase', secret: 'not the passphrase' }),
      ),
    ).toBe('wrong-passphrase');
    expect(await snapshot(t.dir)).toEqual(before);
    expect(t.vault.isUnlocked()).toBe(true);
    await t.vault.dispose();
  });

  it('restores a whole backup and opens it', async () => {
    const { t, id } = await vaultWithBackup();
    const s = await t.vault.handlers.restoreBackup({
      id,
      method: 'passphrase',
      secret: PASSPHRASE,
    });
    expect(s.state).toBe('unlocked');
    expect((await t.vault.store().open(notesDef)).data.notes.map((n) => n.text)).toEqual([
      'in the backup',
    ]);
    await t.vault.dispose();
  });
});
