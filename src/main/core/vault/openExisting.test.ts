import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PASSPHRASE,
  codeOf,
  makeUnlockedVault,
  makeVault,
  addNote,
  noteTexts,
} from './testing/harness';

describe('opening a vault that is already on this computer', () => {
  it('a second computer finds the vault inside the synced folder it picks, and keeps it after a restart', async () => {
    const first = await makeUnlockedVault();
    await addNote(first, 'written on the laptop');
    await first.vault.dispose();
    // What a sync client leaves on the second computer: the vault folder inside its own folder.
    const synced = await mkdtemp(join(tmpdir(), 'upward-synced-'));
    await cp(first.dir, join(synced, 'Apps', 'Upward vault'), {
      recursive: true,
      filter: (src) => !src.endsWith('.upward.lock'),
    });

    const second = await makeVault({ shell: { chooseFolder: async () => synced } });
    expect((await second.status()).state).toBe('none');
    const { location } = await second.vault.handlers.openExisting(undefined);
    expect(location).toBe(join(synced, 'Apps', 'Upward vault'));
    expect(await second.status()).toMatchObject({ state: 'locked', location });
    await second.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await noteTexts(second)).toEqual(['written on the laptop']);
    await second.vault.dispose();

    const restarted = await makeVault({ dataDir: second.deps.dataDir });
    expect(await restarted.status()).toMatchObject({ state: 'locked', location });
    await restarted.vault.dispose();
  });

  it('a damaged settings file says so instead of silently offering a new vault, and the vault is found again', async () => {
    const custom = join(await mkdtemp(join(tmpdir(), 'upward-custom-')), 'My vault');
    const t = await makeVault({ shell: { chooseFolder: async () => custom } });
    await t.settings.setVaultDir(custom);
    await t.vault.handlers.create({ passphrase: PASSPHRASE });
    await addNote(t, 'in a custom folder');
    await t.vault.dispose();
    await writeFile(join(t.deps.dataDir, 'settings.json'), '{"settings": {"theme": ');

    const after = await makeVault({
      dataDir: t.deps.dataDir,
      shell: { chooseFolder: async () => custom },
    });
    const status = await after.status();
    expect(status.state).toBe('none');
    expect(status.settingsProblem).toMatch(/could not read its settings file/);
    await after.vault.handlers.openExisting(undefined);
    expect(await after.status()).toMatchObject({
      state: 'locked',
      location: custom,
      settingsProblem: null,
    });
    await after.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await noteTexts(after)).toEqual(['in a custom folder']);
    await after.vault.dispose();
  });

  it('a missing settings file (a first run) is not reported as a problem', async () => {
    const t = await makeVault();
    expect((await t.status()).settingsProblem).toBeNull();
    await t.vault.dispose();
  });

  it('says clearly when the folder holds no vault, or more than one', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'upward-empty-'));
    const none = await makeVault({ shell: { chooseFolder: async () => empty } });
    expect(await codeOf(none.vault.handlers.openExisting(undefined))).toBe('no-vault');
    await none.vault.dispose();

    const two = await mkdtemp(join(tmpdir(), 'upward-two-'));
    for (const name of ['one', 'two']) {
      await mkdir(join(two, name));
      const v = await makeVault();
      await v.settings.setVaultDir(join(two, name));
      await v.vault.handlers.create({ passphrase: PASSPHRASE });
      await v.vault.dispose();
    }
    const both = await makeVault({ shell: { chooseFolder: async () => two } });
    await expect(both.vault.handlers.openExisting(undefined)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/more than one vault/),
    });
    expect((await both.status()).state).toBe('none');
    await both.vault.dispose();
  });

  it('switching from an open vault locks it first and leaves it where it is', async () => {
    const other = await makeUnlockedVault();
    await addNote(other, 'the other one');
    await other.vault.dispose();
    const t = await makeUnlockedVault({ shell: { chooseFolder: async () => other.dir } });
    await addNote(t, 'mine');
    await t.vault.handlers.openExisting(undefined);
    expect(t.vault.isUnlocked()).toBe(false);
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await noteTexts(t)).toEqual(['the other one']);
    await t.vault.dispose();
  });
});
