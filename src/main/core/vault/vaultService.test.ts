import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FakeTime } from './testing/fakeTime';
import {
  PASSPHRASE,
  codeOf,
  eventsNamed,
  makeUnlockedVault,
  makeVault,
  notesDef,
} from './testing/harness';

describe('vault lifecycle', () => {
  it('starts with no vault, and creating one leaves it unlocked with a recovery code in 6 groups', async () => {
    const t = await makeVault();
    expect((await t.status()).state).toBe('none');
    const { recoveryCode } = await t.vault.handlers.create({ passphrase: PASSPHRASE });
    expect(recoveryCode).toMatch(/^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/);
    expect((await t.status()).state).toBe('unlocked');
    expect(await codeOf(t.vault.handlers.create({ passphrase: PASSPHRASE }))).toBe('vault-exists');
    await t.vault.dispose();
  });

  it('keeps content encrypted on disk: no plaintext of an entry appears in any file', async () => {
    const t = await makeUnlockedVault();
    const h = await t.vault.store().open(notesDef, '2026');
    h.change((d) => d.notes.push({ id: 'a', text: 'My boss never reads the agenda' }));
    await t.vault.store().flush();
    for (const name of await readdir(t.dir)) {
      const text = (await readFile(join(t.dir, name))).toString('latin1');
      expect(text).not.toContain('never reads the agenda');
    }
    await t.vault.dispose();
  });

  it('locks on request: data key and documents are dropped, the locked event fires, data survives', async () => {
    const t = await makeUnlockedVault();
    const h = await t.vault.store().open(notesDef);
    h.change((d) => d.notes.push({ id: 'a', text: 'kept' }));
    let lockedSeen = 0;
    t.vault.onLock(() => lockedSeen++);
    const status = await t.vault.handlers.lock(undefined);
    expect(status.state).toBe('locked');
    expect(lockedSeen).toBe(1);
    expect(eventsNamed(t, 'locked')).toEqual([{ reason: 'user' }]);
    expect(() => t.vault.store()).toThrow(/locked/);
    expect(() => h.data).toThrow(/locked/);
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect((await t.vault.store().open(notesDef)).data.notes).toEqual([{ id: 'a', text: 'kept' }]);
    await t.vault.dispose();
  });

  it('unlocks with the recovery code typed in lower case, with spaces instead of dashes', async () => {
    const t = await makeUnlockedVault();
    await t.vault.lock('user');
    const typed = t.recoveryCode.toLowerCase().replace(/-/g, ' ');
    const s = await t.vault.handlers.unlock({ method: 'recovery', secret: typed });
    expect(s.state).toBe('unlocked');
    await t.vault.dispose();
  });

  it('says clearly when the passphrase is wrong, then makes the user wait longer after each further failure', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    await t.vault.lock('user');
    const wrong = () => t.vault.handlers.unlock({ method: 'passphrase', secret: 'not it at all' });
    await expect(wrong()).rejects.toMatchObject({
      code: 'wrong-passphrase',
      message: expect.stringContaining('not right'),
    });
    expect(await codeOf(wrong())).toBe('wrong-passphrase');
    await expect(wrong()).rejects.toMatchObject({
      code: 'wrong-passphrase',
      details: { retryAfterSeconds: 5 },
    });
    expect((await t.status()).retryAfterSeconds).toBe(5);
    // Even the right passphrase waits for the countdown.
    await expect(
      t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: 'throttled',
      details: { retryAfterSeconds: 5 },
    });
    await time.advance(5000);
    await expect(wrong()).rejects.toMatchObject({ details: { retryAfterSeconds: 10 } });
    await time.advance(10_000);
    expect(
      (await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE })).state,
    ).toBe('unlocked');
    await t.vault.lock('user');
    // Success reset the counter: the next mistake is free again.
    await expect(wrong()).rejects.toMatchObject({ details: undefined });
    await t.vault.dispose();
  });

  it('changes the passphrase by re-encrypting the data; the old passphrase and recovery code stop working', async () => {
    const t = await makeUnlockedVault();
    const h = await t.vault.store().open(notesDef);
    h.change((d) => d.notes.push({ id: 'n', text: 'still here' }));
    await t.vault.store().flush();
    const before = await readFile(join(t.dir, 'notes.upw'));
    expect(
      await codeOf(
        t.vault.handlers.changePassphrase({ current: 'wrong passphrase', next: 'a brand new one' }),
      ),
    ).toBe('wrong-passphrase');
    const { recoveryCode } = await t.vault.handlers.changePassphrase({
      current: PASSPHRASE,
      next: 'a brand new one',
    });
    expect((await readFile(join(t.dir, 'notes.upw'))).equals(before)).toBe(false);
    await t.vault.lock('user');
    expect(
      await codeOf(t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE })),
    ).toBe('wrong-passphrase');
    await t.vault.handlers.unlock({ method: 'passphrase', secret: 'a brand new one' });
    expect((await t.vault.store().open(notesDef)).data.notes[0].text).toBe('still here');
    await t.vault.lock('user');
    // The recovery code is wrapped around the new key as a new code.
    expect(
      await codeOf(t.vault.handlers.unlock({ method: 'recovery', secret: t.recoveryCode })),
    ).toBe('wrong-passphrase');
    expect(
      (await t.vault.handlers.unlock({ method: 'recovery', secret: recoveryCode })).state,
    ).toBe('unlocked');
    await t.vault.dispose();
  });

  it('regenerates the recovery code: the new one unlocks, the old one no longer does', async () => {
    const t = await makeUnlockedVault();
    const { recoveryCode } = await t.vault.handlers.regenerateRecoveryCode({
      passphrase: PASSPHRASE,
    });
    expect(recoveryCode).not.toBe(t.recoveryCode);
    await t.vault.lock('user');
    expect(
      await codeOf(t.vault.handlers.unlock({ method: 'recovery', secret: t.recoveryCode })),
    ).toBe('wrong-passphrase');
    expect(
      (await t.vault.handlers.unlock({ method: 'recovery', secret: recoveryCode })).state,
    ).toBe('unlocked');
    await t.vault.dispose();
  });

  it('locks by itself after the idle minutes, and activity (typing) pushes that back', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    await t.settings.update({ autoLockMinutes: 5 });
    await time.advance(4 * 60_000);
    t.vault.activity();
    await time.advance(4 * 60_000);
    expect(t.vault.isUnlocked()).toBe(true);
    await time.advance(60_000 + 1);
    expect(t.vault.isUnlocked()).toBe(false);
    await vi.waitFor(() => expect(eventsNamed(t, 'locked')).toEqual([{ reason: 'idle' }]));
    await t.vault.dispose();
  });

  it('follows a changed auto-lock setting at once', async () => {
    const time = new FakeTime();
    const t = await makeUnlockedVault({ time });
    await t.settings.update({ autoLockMinutes: 30 });
    await time.advance(6 * 60_000);
    expect(t.vault.isUnlocked()).toBe(true);
    await t.settings.update({ autoLockMinutes: 5 });
    await time.advance(1);
    await t.vault.handlers.status(undefined);
    expect(t.vault.isUnlocked()).toBe(false);
    await t.vault.dispose();
  });

  it('saves a recovery kit where the user chooses, or nothing when they cancel', async () => {
    const dataDir = (await makeVault()).deps.dataDir;
    const target = join(dataDir, 'kit.docx');
    let answer: string | null = null;
    const t = await makeUnlockedVault({ shell: { chooseSavePath: async () => answer } });
    expect(await t.vault.handlers.saveRecoveryKit({ recoveryCode: t.recoveryCode })).toEqual({
      path: null,
    });
    answer = target;
    expect(await t.vault.handlers.saveRecoveryKit({ recoveryCode: t.recoveryCode })).toEqual({
      path: target,
    });
    const docx = await readFile(target);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(await codeOf(t.vault.handlers.saveRecoveryKit({ recoveryCode: 'nonsense' }))).toBe(
      'invalid-input',
    );
    await t.vault.dispose();
  });
});

describe('key derivation cost', () => {
  it('is raised for a secret when a newer version unlocks a vault stored at a lower cost', async () => {
    const t = await makeUnlockedVault();
    await t.vault.dispose();
    const keys = async (): Promise<{ passphrase: { logN: number }; recovery: { logN: number } }> =>
      JSON.parse(await readFile(join(t.dir, 'keys.json'), 'utf8')) as {
        passphrase: { logN: number };
        recovery: { logN: number };
      };
    expect((await keys()).passphrase.logN).toBe(10);
    const newer = await makeVault({ dataDir: t.deps.dataDir, scryptLogN: 11 });
    await newer.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    await vi.waitFor(async () => expect((await keys()).passphrase.logN).toBe(11));
    expect((await keys()).recovery.logN).toBe(10);
    await newer.vault.lock('user');
    expect(
      (await newer.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE })).state,
    ).toBe('unlocked');
    await newer.vault.lock('user');
    expect(
      (await newer.vault.handlers.unlock({ method: 'recovery', secret: t.recoveryCode })).state,
    ).toBe('unlocked');
    await newer.vault.dispose();
  });
});
