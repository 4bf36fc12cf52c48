import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeyFile, unwrapDataKey } from './keyFile';
import { RESCUE_FILE, openRescue } from './rescue';
import {
  PASSPHRASE,
  codeOf,
  makeUnlockedVault,
  makeVault,
  notesDef,
  type TestVault,
  addNote,
  noteTexts,
} from './testing/harness';

const NEXT = 'a passphrase nobody had before';

async function unlock(t: TestVault, secret = PASSPHRASE): Promise<void> {
  await t.vault.handlers.unlock({ method: 'passphrase', secret });
}

/**
 * A vault with note “a” on disk whose notes file is then replaced by bytes Upward cannot
 * read while it is open, and note “b” added after: “b” is held. Returns the good file.
 */
async function heldVault(): Promise<{ t: TestVault; good: Buffer }> {
  const t = await makeUnlockedVault();
  t.vault.knowShards([notesDef as never]);
  await addNote(t, 'a');
  const path = join(t.dir, 'notes.upw');
  const good = await readFile(path);
  await writeFile(path, Buffer.alloc(good.length, 0x41));
  await t.vault.syncWithDisk();
  expect((await t.status()).problem).toMatchObject({ code: 'corrupt', file: 'notes.upw' });
  await addNote(t, 'b');
  return { t, good };
}

/** The entries of the rescue file, opened with the key the passphrase unwraps now. */
async function rescueOnDisk(t: TestVault, secret = PASSPHRASE): Promise<unknown[] | null> {
  const keyFile = parseKeyFile(await readFile(join(t.dir, 'keys.json')));
  const key = await unwrapDataKey(keyFile, 'passphrase', secret);
  if (!key) throw new Error('the passphrase does not open the key file');
  return openRescue(key, keyFile.vaultId, await readFile(join(t.dir, RESCUE_FILE)));
}

describe('held changes are never dropped', () => {
  it('writes held changes to an encrypted rescue file as soon as they are held', async () => {
    const { t } = await heldVault();
    const raw = await readFile(join(t.dir, RESCUE_FILE));
    expect(raw.toString('latin1')).not.toContain('"b"');
    const entries = (await rescueOnDisk(t)) as { name: string; data: { notes: unknown[] } }[];
    expect(entries.map((e) => e.name)).toEqual(['notes']);
    expect(entries[0].data.notes).toContainEqual({ id: 'b', text: 'b' });
    expect((await t.status()).pendingWriteError).toMatch(/kept in an encrypted rescue file/);
    await t.vault.dispose();
  });

  it('the file put right during the session: the held changes are written to it and the rescue file goes', async () => {
    const { t, good } = await heldVault();
    await writeFile(join(t.dir, 'notes.upw'), good);
    await t.vault.syncWithDisk();
    await t.vault.store().flush();
    expect(await readdir(t.dir)).not.toContain(RESCUE_FILE);
    expect((await t.status()).pendingWriteError).toBeNull();
    await t.vault.lock('user');
    expect((await t.status()).rescue).toBeNull();
    await unlock(t);
    expect(await noteTexts(t)).toEqual(['a', 'b']);
    await t.vault.dispose();
  });

  it('survives the lock: the locked vault says so; applied after the file is put back', async () => {
    const { t, good } = await heldVault();
    await t.vault.lock('user');
    const locked = await t.status();
    expect(locked.state).toBe('locked');
    expect(locked.rescue).toMatchObject({ canApply: false });
    expect(locked.rescue?.message).toMatch(/rescue file/);

    await writeFile(join(t.dir, 'notes.upw'), good);
    await unlock(t);
    const open = await t.status();
    expect(open.rescue).toMatchObject({ files: ['notes.upw'], canApply: true });
    expect(await noteTexts(t)).toEqual(['a']);
    const result = await t.vault.handlers.applyRescue(undefined);
    expect(result).toEqual({ applied: ['notes.upw'], kept: [] });
    expect(await noteTexts(t)).toEqual(['a', 'b']);
    expect(await readdir(t.dir)).not.toContain(RESCUE_FILE);
    expect((await t.status()).rescue).toBeNull();
    // On disk: a new session sees both notes.
    await t.vault.lock('user');
    await unlock(t);
    expect(await noteTexts(t)).toEqual(['a', 'b']);
    await t.vault.dispose();
  });

  it('survives a restart of the app', async () => {
    const { t, good } = await heldVault();
    await t.vault.dispose();
    await writeFile(join(t.dir, 'notes.upw'), good);
    const again = await makeVault({ dataDir: t.deps.dataDir });
    again.vault.knowShards([notesDef as never]);
    await unlock(again);
    expect((await again.status()).rescue).toMatchObject({ files: ['notes.upw'], canApply: true });
    await again.vault.handlers.applyRescue(undefined);
    expect(await noteTexts(again)).toEqual(['a', 'b']);
    await again.vault.dispose();
  });

  it('discard drops the kept changes and the rescue file', async () => {
    const { t, good } = await heldVault();
    await t.vault.lock('user');
    await writeFile(join(t.dir, 'notes.upw'), good);
    await unlock(t);
    expect(await t.vault.handlers.discardRescue(undefined)).toEqual({ discarded: true });
    expect(await readdir(t.dir)).not.toContain(RESCUE_FILE);
    expect((await t.status()).rescue).toBeNull();
    expect(await noteTexts(t)).toEqual(['a']);
    await t.vault.dispose();
  });

  it('apply while the file still cannot be read keeps holding the changes and says why', async () => {
    const { t, good } = await heldVault();
    await t.vault.lock('user');
    await writeFile(join(t.dir, 'notes.upw'), good);
    await unlock(t);
    await noteTexts(t);
    // Damaged again before the user applies.
    await writeFile(join(t.dir, 'notes.upw'), Buffer.alloc(good.length, 0x42));
    await t.vault.syncWithDisk();
    const result = await t.vault.handlers.applyRescue(undefined);
    expect(result.applied).toEqual([]);
    expect(result.kept).toEqual([
      { file: 'notes.upw', message: expect.stringMatching(/still cannot be read/) },
    ]);
    expect((await t.status()).rescue).toMatchObject({ files: ['notes.upw'], canApply: true });
    const entries = (await rescueOnDisk(t)) as { data: { notes: unknown[] } }[];
    expect(entries.some((e) => e.data.notes.some((n) => (n as { id: string }).id === 'b'))).toBe(
      true,
    );
    await t.vault.dispose();
  });

  it('a rescue file that does not open with the key is reported, never applied nor lost', async () => {
    const { t, good } = await heldVault();
    await t.vault.lock('user');
    await writeFile(join(t.dir, 'notes.upw'), good);
    const path = join(t.dir, RESCUE_FILE);
    const garbled = await readFile(path);
    garbled[garbled.length - 5] ^= 0xff;
    await writeFile(path, garbled);
    await unlock(t);
    const status = await t.status();
    expect(status.rescue).toMatchObject({ canApply: false });
    expect(status.rescue?.message).toMatch(/cannot be opened with this vault's key/);
    expect(await codeOf(t.vault.handlers.applyRescue(undefined))).toBe('corrupt');
    expect((await readFile(path)).equals(garbled)).toBe(true);
    expect(await noteTexts(t)).toEqual(['a']);

    // New held changes never overwrite it: it is moved aside first.
    await writeFile(join(t.dir, 'notes.upw'), Buffer.alloc(good.length, 0x43));
    await t.vault.syncWithDisk();
    await addNote(t, 'c');
    const aside = (await readdir(t.dir)).find((f) => f.endsWith('.rescue-unreadable'));
    expect(aside).toBeTruthy();
    expect((await readFile(join(t.dir, aside!))).equals(garbled)).toBe(true);
    expect(await rescueOnDisk(t)).toHaveLength(1);
    await t.vault.dispose();
  });

  it('a passphrase change re-seals the rescue file under the new key', async () => {
    const { t, good } = await heldVault();
    await t.vault.lock('user');
    await writeFile(join(t.dir, 'notes.upw'), good);
    await unlock(t);
    const oldKeys = await readFile(join(t.dir, 'keys.json'));
    await t.vault.handlers.changePassphrase({ current: PASSPHRASE, next: NEXT });
    const oldKeyFile = parseKeyFile(oldKeys);
    const oldKey = await unwrapDataKey(oldKeyFile, 'passphrase', PASSPHRASE);
    const bytes = await readFile(join(t.dir, RESCUE_FILE));
    expect(openRescue(oldKey!, oldKeyFile.vaultId, bytes)).toBeNull();
    expect(await rescueOnDisk(t, NEXT)).toHaveLength(1);
    expect((await t.status()).rescue).toMatchObject({ canApply: true });
    await t.vault.handlers.applyRescue(undefined);
    expect(await noteTexts(t)).toEqual(['a', 'b']);
    await t.vault.dispose();
  });

  it('restoring a backup while changes are held keeps them, under the backup’s key, ready to apply', async () => {
    const t = await makeUnlockedVault();
    t.vault.knowShards([notesDef as never]);
    await addNote(t, 'a');
    const backup = await t.vault.handlers.backupNow(undefined);
    await t.vault.handlers.changePassphrase({ current: PASSPHRASE, next: NEXT });
    expect(await noteTexts(t)).toEqual(['a']);
    const path = join(t.dir, 'notes.upw');
    await writeFile(path, Buffer.alloc((await readFile(path)).length, 0x41));
    await t.vault.syncWithDisk();
    await addNote(t, 'b');
    await t.vault.handlers.restoreBackup({
      id: backup.id,
      method: 'passphrase',
      secret: PASSPHRASE,
    });
    expect((await t.status()).rescue).toMatchObject({ files: ['notes.upw'], canApply: true });
    await t.vault.handlers.applyRescue(undefined);
    expect(await noteTexts(t)).toEqual(['a', 'b']);
    await t.vault.dispose();
  });
});
