import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ShardDef } from './store';
import { PASSPHRASE, type TestVault, makeUnlockedVault, notesDef } from './testing/harness';

/** A vault with one notes shard and one journal shard on disk, locked. */
async function lockedVault(): Promise<TestVault> {
  const t = await makeUnlockedVault();
  (await t.vault.store().open(notesDef)).change((d) =>
    d.notes.push({ id: 'n', text: 'a private note' }),
  );
  (await t.vault.store().open({ ...notesDef, kind: 'journal' })).change((d) =>
    d.notes.push({ id: 'j', text: 'entry' }),
  );
  await t.vault.lock('user');
  return t;
}

/** Every file of the folder with its bytes, to prove nothing was written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    out[name] = (await readFile(join(dir, name))).toString('base64');
  return out;
}

/** Replaces one ASCII run in a file with another of the same length. */
async function editHeader(file: string, from: string, to: string): Promise<void> {
  const bytes = await readFile(file);
  const at = bytes.indexOf(from);
  expect(at).toBeGreaterThan(0);
  Buffer.from(to).copy(bytes, at);
  await writeFile(file, bytes);
}

const cases: {
  what: string;
  code: string;
  words: RegExp;
  damage(t: TestVault, other: TestVault): Promise<void>;
}[] = [
  {
    what: 'a corrupted file',
    code: 'corrupt',
    words: /notes\.upw.*damaged.*contents/,
    async damage(t) {
      const file = join(t.dir, 'notes.upw');
      const bytes = await readFile(file);
      bytes[bytes.length - 60] ^= 0xff;
      await writeFile(file, bytes);
    },
  },
  {
    what: 'a file whose header was edited',
    code: 'tampered',
    words: /notes\.upw.*changed outside Upward/,
    damage: (t) => editHeader(join(t.dir, 'notes.upw'), '"schema":1', '"schema":0'),
  },
  {
    what: 'a shard swapped in from another vault',
    code: 'wrong-vault',
    words: /notes\.upw.*another vault/,
    damage: (t, other) => copyFile(join(other.dir, 'notes.upw'), join(t.dir, 'notes.upw')),
  },
  {
    what: 'a shard renamed over another',
    code: 'wrong-vault',
    words: /notes\.upw.*holds “journal”.*renamed/,
    damage: (t) => copyFile(join(t.dir, 'journal.upw'), join(t.dir, 'notes.upw')),
  },
  {
    what: 'a file from a newer version of Upward',
    code: 'future-version',
    words: /notes\.upw.*newer version of Upward.*Update Upward/,
    damage: (t) => editHeader(join(t.dir, 'notes.upw'), '"v":2', '"v":3'),
  },
  {
    what: 'a damaged key file',
    code: 'corrupt',
    words: /keys\.json.*damaged/,
    damage: (t) => editHeader(join(t.dir, 'keys.json'), '"vaultId"', '"vau!tId"'),
  },
  {
    what: 'a key file from a newer version',
    code: 'future-version',
    words: /keys\.json.*newer version/,
    damage: (t) => editHeader(join(t.dir, 'keys.json'), '"version": 1', '"version": 9'),
  },
];

describe('a vault file that cannot be read', () => {
  for (const c of cases) {
    it(`${c.what}: unlock fails with “${c.code}”, names the file, and nothing is overwritten`, async () => {
      const other = await lockedVault();
      const t = await lockedVault();
      await c.damage(t, other);
      const before = await snapshot(t.dir);
      await expect(
        t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE }),
      ).rejects.toMatchObject({
        code: c.code,
        message: expect.stringMatching(c.words),
      });
      const s = await t.status();
      expect(s.state).toBe('locked');
      expect(s.problem).toMatchObject({
        code: c.code,
        file: c.words.source.startsWith('keys') ? 'keys.json' : 'notes.upw',
      });
      expect(t.vault.isUnlocked()).toBe(false);
      // Trying again changes nothing either; backups can still be listed while locked.
      await expect(
        t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE }),
      ).rejects.toMatchObject({ code: c.code });
      expect(await snapshot(t.dir)).toEqual(before);
      expect((await t.vault.handlers.listBackups(undefined)).length).toBeGreaterThan(0);
      await t.vault.dispose();
      await other.vault.dispose();
    });
  }

  it('a shard saved with a newer schema than this version knows stays untouched when opened', async () => {
    const v2: ShardDef<{ notes: unknown[]; extra: string }> = {
      kind: 'notes',
      version: 2,
      schema: z.object({ notes: z.array(z.unknown()), extra: z.string() }),
      init: () => ({ notes: [], extra: 'x' }),
      migrations: { 1: (d) => ({ ...(d as object), extra: '' }) },
    };
    const t = await makeUnlockedVault();
    (await t.vault.store().open(v2)).change((d) => (d.extra = 'from the future'));
    await t.vault.lock('user');
    const before = await snapshot(t.dir);
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    await expect(t.vault.store().open(notesDef)).rejects.toMatchObject({
      code: 'future-version',
      message: expect.stringMatching(/notes\.upw.*schema version 2/),
    });
    expect((await t.status()).problem).toMatchObject({ code: 'future-version', file: 'notes.upw' });
    await t.vault.lock('user');
    expect(await snapshot(t.dir)).toEqual(before);
    await t.vault.dispose();
  });

  it('a restored backup fixes a damaged vault', async () => {
    const t = await lockedVault();
    const [backup] = await t.vault.handlers.listBackups(undefined);
    const file = join(t.dir, 'notes.upw');
    const bytes = await readFile(file);
    bytes[bytes.length - 60] ^= 0xff;
    await writeFile(file, bytes);
    await expect(
      t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'corrupt' });
    const s = await t.vault.handlers.restoreBackup({
      id: backup.id,
      method: 'passphrase',
      secret: PASSPHRASE,
    });
    expect(s.problem).toBeNull();
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    // The backup was made at the first unlock, before the note existed: the vault opens to that state.
    expect((await t.vault.store().open(notesDef)).data.notes).toEqual([]);
    await t.vault.dispose();
  });
});
