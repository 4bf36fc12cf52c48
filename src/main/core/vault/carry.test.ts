import { mkdtemp, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PASSPHRASE,
  codeOf,
  makeUnlockedVault,
  makeVault,
  notesDef,
  type TestVault,
} from './testing/harness';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'upward-carry-'));
}

async function addNote(t: TestVault, text: string): Promise<void> {
  (await t.vault.store().open(notesDef)).change((d) => d.notes.push({ id: text, text }));
}

async function notes(t: TestVault): Promise<string[]> {
  return (await t.vault.store().open(notesDef)).data.notes.map((n) => n.text);
}

/** A vault with one note, exported to a file. */
async function exported(): Promise<{ source: TestVault & { recoveryCode: string }; file: string }> {
  const file = join(await tempDir(), 'carry.upward');
  const source = await makeUnlockedVault({ shell: { chooseSavePath: async () => file } });
  await addNote(source, 'travels with me');
  expect(await source.vault.handlers.exportArchive(undefined)).toEqual({ path: file });
  return { source, file };
}

describe('export and import', () => {
  it('carries the whole vault in one file to another computer, opened with the passphrase or recovery code', async () => {
    const { source, file } = await exported();
    expect((await readFile(file)).toString('latin1')).not.toContain('travels with me');
    for (const [method, secret] of [
      ['passphrase', PASSPHRASE],
      ['recovery', source.recoveryCode],
    ] as const) {
      const target = await makeVault({ shell: { chooseOpenPath: async () => file } });
      expect((await target.status()).state).toBe('none');
      const s = await target.vault.handlers.importArchive({ method, secret });
      expect(s.state).toBe('unlocked');
      expect(await notes(target)).toEqual(['travels with me']);
      await target.vault.dispose();
    }
    await source.vault.dispose();
  });

  it('a copy the user opened Upward with is imported without asking for a file, once', async () => {
    const { source, file } = await exported();
    const target = await makeVault({
      shell: { chooseOpenPath: async () => Promise.reject(new Error('asked for a file')) },
    });
    expect(await target.vault.handlers.openedArchive(undefined)).toBeNull();
    target.vault.openArchiveFile(file);
    expect(await target.vault.handlers.openedArchive(undefined)).toEqual({ name: 'carry.upward' });
    const s = await target.vault.handlers.importArchive({
      method: 'passphrase',
      secret: PASSPHRASE,
      opened: true,
    });
    expect(s.state).toBe('unlocked');
    expect(await notes(target)).toEqual(['travels with me']);
    expect(await target.vault.handlers.openedArchive(undefined)).toBeNull();
    expect(
      await codeOf(
        target.vault.handlers.importArchive({
          method: 'passphrase',
          secret: PASSPHRASE,
          opened: true,
        }),
      ),
    ).toBe('not-found');
    await target.vault.dispose();
    await source.vault.dispose();
  });

  it('exporting needs the vault unlocked, and cancelling the dialog writes nothing', async () => {
    const t = await makeUnlockedVault();
    expect(await t.vault.handlers.exportArchive(undefined)).toEqual({ path: null });
    await t.vault.lock('user');
    expect(await codeOf(t.vault.handlers.exportArchive(undefined))).toBe('locked');
    await t.vault.dispose();
  });

  const bad = [
    {
      what: 'a wrong passphrase',
      code: 'wrong-passphrase',
      spoil: async (_f: string) => undefined,
      secret: 'not the passphrase',
    },
    {
      what: 'a damaged file',
      code: 'tampered',
      secret: PASSPHRASE,
      async spoil(f: string) {
        const bytes = await readFile(f);
        bytes[bytes.length - 100] ^= 1;
        await writeFile(f, bytes);
      },
    },
    {
      what: 'a cut file',
      code: 'bad-file',
      secret: PASSPHRASE,
      spoil: async (f: string) => truncate(f, 200),
    },
    {
      what: 'a file that is not an export',
      code: 'bad-file',
      secret: PASSPHRASE,
      spoil: (f: string) => writeFile(f, 'hello'),
    },
  ];
  for (const b of bad) {
    it(`${b.what}: a clear error and nothing half-imported`, async () => {
      const { source, file } = await exported();
      await b.spoil(file);
      const target = await makeVault({ shell: { chooseOpenPath: async () => file } });
      await expect(
        target.vault.handlers.importArchive({ method: 'passphrase', secret: b.secret }),
      ).rejects.toMatchObject({
        code: b.code,
        message: expect.stringMatching(/\S+\./),
      });
      expect((await target.status()).state).toBe('none');
      expect(await readdir(target.dir).catch(() => [])).toEqual([]);
      await source.vault.dispose();
    });
  }

  it('importing over an existing vault backs it up first, so nothing is lost', async () => {
    const { source, file } = await exported();
    const target = await makeUnlockedVault({ shell: { chooseOpenPath: async () => file } });
    await addNote(target, 'what was here before');
    await target.vault.handlers.importArchive({ method: 'passphrase', secret: PASSPHRASE });
    expect(await notes(target)).toEqual(['travels with me']);
    const [newest] = await target.vault.handlers.listBackups(undefined);
    await target.vault.handlers.restoreBackup({
      id: newest.id,
      method: 'passphrase',
      secret: PASSPHRASE,
    });
    await target.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await notes(target)).toEqual(['what was here before']);
    await target.vault.dispose();
    await source.vault.dispose();
  });
});

describe('moving the vault', () => {
  it('moves the encrypted files to an empty folder, switches to it and removes the old ones', async () => {
    const dest = await tempDir();
    const t = await makeUnlockedVault({ shell: { chooseFolder: async () => dest } });
    await addNote(t, 'moved');
    const old = t.dir;
    expect(await t.vault.handlers.move(undefined)).toEqual({ location: dest });
    expect(t.settings.vaultDir()).toBe(dest);
    expect((await t.status()).location).toBe(dest);
    expect(await readdir(dest)).toEqual(
      expect.arrayContaining(['keys.json', 'manifest.upw', 'notes.upw']),
    );
    expect(await readdir(old).catch(() => 'gone')).toBe('gone');
    // Later changes land in the new folder, and it unlocks from there.
    await addNote(t, 'after the move');
    await t.vault.lock('user');
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await notes(t)).toEqual(['moved', 'after the move']);
    await t.vault.dispose();
  });

  it('into a folder that holds other files, makes its own folder there', async () => {
    const dest = await tempDir();
    await writeFile(join(dest, 'someone-else.txt'), 'hi');
    const t = await makeUnlockedVault({ shell: { chooseFolder: async () => dest } });
    await t.vault.lock('user');
    const { location } = await t.vault.handlers.move(undefined);
    expect(location).toBe(join(dest, 'Upward vault'));
    expect(await readdir(dest)).toEqual(['Upward vault', 'someone-else.txt']);
    expect(
      (await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE })).location,
    ).toBe(location);
    await t.vault.dispose();
  });

  it('does nothing when cancelled, and refuses a folder inside the vault itself', async () => {
    let answer: string | null = null;
    const t = await makeUnlockedVault({ shell: { chooseFolder: async () => answer } });
    expect(await t.vault.handlers.move(undefined)).toEqual({ location: null });
    answer = join(t.dir, 'inside');
    expect(await codeOf(t.vault.handlers.move(undefined))).toBe('invalid-input');
    expect(t.settings.vaultDir()).toBe(t.dir);
    await t.vault.dispose();
  });
});
