import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeyFile, unwrapDataKey } from './keyFile';
import { ROTATION_DIR } from './keyRotation';
import { decodeShard } from './shardFormat';
import { createFaultyFs } from './testing/faultyFs';
import {
  PASSPHRASE,
  codeOf,
  eventsNamed,
  makeUnlockedVault,
  makeVault,
  addNote,
  noteTexts,
} from './testing/harness';

const NEXT = 'a passphrase nobody had before';

/** Files of the vault that the old key (from an old key file and the old passphrase) still decrypts. */
async function openedByOldKey(dir: string, oldKeys: Buffer): Promise<string[]> {
  const keyFile = parseKeyFile(oldKeys);
  const key = await unwrapDataKey(keyFile, 'passphrase', PASSPHRASE);
  if (!key) throw new Error('the old key file no longer opens with the old passphrase');
  const opened: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.upw'))) {
    try {
      decodeShard(
        key,
        await readFile(join(dir, file)),
        { vaultId: keyFile.vaultId, name: file.slice(0, -4) },
        file,
      );
      opened.push(file);
    } catch {
      // Not decryptable with the old key: what a rotation promises.
    }
  }
  return opened;
}

describe('a new passphrase locks out the old one', () => {
  it('an old key file with the old passphrase opens nothing of the vault after a change, entries written later included', async () => {
    const t = await makeUnlockedVault();
    await addNote(t, 'before the change');
    const oldKeys = await readFile(join(t.dir, 'keys.json'));
    expect(await openedByOldKey(t.dir, oldKeys)).toContain('notes.upw');

    await t.vault.handlers.changePassphrase({ current: PASSPHRASE, next: NEXT });
    await addNote(t, 'after the change');
    expect(await openedByOldKey(t.dir, oldKeys)).toEqual([]);
    // Putting the old key file back does not help either.
    await t.vault.lock('user');
    await writeFile(join(t.dir, 'keys.json'), oldKeys);
    await expect(
      t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: 'tampered',
    });
    await t.vault.dispose();
  });

  it('a new recovery code re-encrypts everything too, and the vault opens with the new secrets', async () => {
    const t = await makeUnlockedVault();
    await addNote(t, 'kept');
    const oldKeys = await readFile(join(t.dir, 'keys.json'));
    const { recoveryCode } = await t.vault.handlers.regenerateRecoveryCode({
      passphrase: PASSPHRASE,
    });
    expect(await openedByOldKey(t.dir, oldKeys)).toEqual([]);
    await t.vault.lock('user');
    expect(
      await codeOf(t.vault.handlers.unlock({ method: 'recovery', secret: t.recoveryCode })),
    ).toBe('wrong-passphrase');
    await t.vault.handlers.unlock({ method: 'recovery', secret: recoveryCode });
    expect(await noteTexts(t)).toEqual(['kept']);
    await t.vault.dispose();
  });

  it('reports progress file by file, ending with everything done', async () => {
    const t = await makeUnlockedVault();
    await addNote(t, 'one');
    await t.vault.handlers.changePassphrase({ current: PASSPHRASE, next: NEXT });
    const progress = eventsNamed(t, 'rekeyProgress') as { done: number; total: number }[];
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[0].done).toBe(0);
    expect(progress.at(-1)).toEqual({ done: 1, total: 1 });
    expect(eventsNamed(t, 'locked')).toEqual([]);
    await t.vault.dispose();
  });

  it('a rotation that fails before its commit leaves the old vault, open, with nothing lost', async () => {
    const faulty = createFaultyFs();
    const t = await makeUnlockedVault({ fs: faulty.fs });
    await addNote(t, 'safe');
    faulty.inject({
      op: 'writeDurable',
      code: 'ENOSPC',
      match: (p) => p.includes(ROTATION_DIR) && p.endsWith('keys.json'),
      times: 1,
    });
    expect(
      await codeOf(t.vault.handlers.changePassphrase({ current: PASSPHRASE, next: NEXT })),
    ).toBe('disk-full');
    expect(t.vault.isUnlocked()).toBe(true);
    expect(await noteTexts(t)).toEqual(['safe']);
    expect(await readdir(t.dir)).not.toContain(ROTATION_DIR);
    await t.vault.lock('user');
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await noteTexts(t)).toEqual(['safe']);
    await t.vault.dispose();
  });

  it('a rotation stopped after its commit is completed at the next unlock: the new passphrase opens it', async () => {
    const faulty = createFaultyFs();
    const t = await makeUnlockedVault({ fs: faulty.fs });
    await addNote(t, 'carried over');
    // The first rename into the vault folder succeeds, the next fails: half the files moved.
    let renames = 0;
    faulty.inject({
      op: 'rename',
      code: 'EIO',
      match: (p) => p.includes(`${ROTATION_DIR}/`) && !p.endsWith('.tmp') && ++renames > 1,
    });
    await codeOf(t.vault.handlers.changePassphrase({ current: PASSPHRASE, next: NEXT }));
    // What a crash at that moment leaves on disk, opened by a fresh start.
    const copy = join(t.deps.dataDir, '..', `${t.deps.dataDir.split('/').pop()}-copy`);
    await mkdir(copy, { recursive: true });
    await cp(t.dir, join(copy, 'vault'), {
      recursive: true,
      filter: (src) => !src.endsWith('.upward.lock'),
    });
    await t.vault.dispose();
    const again = await makeVault({ dataDir: copy });
    expect(await readdir(again.dir)).toContain(ROTATION_DIR);
    await again.vault.handlers.unlock({ method: 'passphrase', secret: NEXT });
    expect(await noteTexts(again)).toEqual(['carried over']);
    expect(await readdir(again.dir)).not.toContain(ROTATION_DIR);
    await again.vault.dispose();
  });
});
