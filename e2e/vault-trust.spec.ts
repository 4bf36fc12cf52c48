import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestCore, createTestShell } from './bridge/testCore';
import { openScreen } from './a11y/checks';
import { call, seedVault } from './a11y/seed';
import { docxText } from '../src/main/core/export/testing/docxXml';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { PASSPHRASE, unlock } from './fixtures/vault';
import {
  AGENDA_SECTIONS,
  FOLLOW_UP_SECTIONS,
  PROFILE_SECTIONS,
  type ExportSection,
} from '../src/shared/domain/exportSections';
import { parseKeyFile, unwrapDataKey } from '../src/main/core/vault/keyFile';
import { decodeShard } from '../src/main/core/vault/shardFormat';

// Each scenario starts in a copy of the worker's fixture vault, unlocked, unless it is about first run.
test.use({ vault: 'unlocked' });

const NEW_PASSPHRASE = 'a completely different passphrase';

/** The vault files an (old) key file and passphrase still decrypt. */
async function filesOpenedBy(dir: string, keys: Buffer, passphrase: string): Promise<string[]> {
  const keyFile = parseKeyFile(keys);
  const key = await unwrapDataKey(keyFile, 'passphrase', passphrase);
  if (!key) throw new Error('that key file does not open with that passphrase');
  const opened: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.upw'))) {
    try {
      const name = file.slice(0, -'.upw'.length);
      decodeShard(key, await readFile(join(dir, file)), { vaultId: keyFile.vaultId, name }, file);
      opened.push(file);
    } catch {
      // Sealed under another key.
    }
  }
  return opened;
}

/** Flips one byte near the end of a file (inside its sealed body). */
async function damage(path: string): Promise<void> {
  const bytes = await readFile(path);
  bytes[bytes.length - 40] ^= 0xff;
  await writeFile(path, bytes);
}

async function vaultFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    if (name === 'keys.json' || name.endsWith('.upw'))
      out[name] = (await readFile(join(dir, name))).toString('base64');
  return out;
}

test('a damaged backup is refused before anything is replaced; the vault stays open as it was', async ({
  app,
}) => {
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'Before the backup' }));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup made')).toBeVisible();
  await page.evaluate(() => window.api.leaders.create({ name: 'After the backup' }));

  const vaultDir = join(app.dataDir, 'vault');
  const backupsDir = join(app.dataDir, 'vault-backups');
  const [newest] = (await readdir(backupsDir)).sort().reverse();
  const shard = (await readdir(join(backupsDir, newest))).find(
    (f) => f.endsWith('.upw') && f.startsWith('leaders'),
  );
  expect(shard).toBeTruthy();
  await damage(join(backupsDir, newest, shard!));
  await page.evaluate(() => window.api.vault.whenSaved());
  const before = await vaultFiles(vaultDir);

  await page
    .getByRole('button', { name: /^Restore backup of/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.getByLabel('Passphrase the vault had when this backup was made').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Restore backup', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('This backup cannot be restored');
  await expect(dialog.getByRole('alert')).toContainText(shard!);
  await expect(dialog.getByRole('alert')).toContainText('Your vault was not changed');
  await expectAccessible(page, 'restore refused');
  await shot(page, 'restore-refused-light');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await vaultFiles(vaultDir)).toEqual(before);
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('After the backup').first()).toBeVisible();
});

test('a new passphrase re-encrypts the vault: the old key file and passphrase open nothing, older backups can be deleted', async ({
  app,
}) => {
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'Written before' }));
  await page.evaluate(() => window.api.vault.whenSaved());
  const vaultDir = join(app.dataDir, 'vault');
  const oldKeys = await readFile(join(vaultDir, 'keys.json'));

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup made')).toBeVisible();
  await switchTheme(page, 'dark');
  await page.getByRole('button', { name: 'Change passphrase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change passphrase' });
  await dialog.getByLabel('Current passphrase').fill(PASSPHRASE);
  await dialog.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await dialog.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(dialog.getByText(/Passphrase changed/)).toBeVisible();
  await expect(dialog.getByTestId('new-recovery-code')).toHaveText(/\S{10,}/);
  await expect(dialog.getByText(/made before this change/)).toBeVisible();
  await expectAccessible(page, 'passphrase changed');
  await shot(page, 'passphrase-changed-dark');
  await dialog.getByRole('button', { name: /^Delete \d+ older backups?$/ }).click();
  await expect(page.getByText(/older backups? deleted/)).toBeVisible();
  await expect(dialog.getByText(/made before this change/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Done' }).click();
  // Only the backup made under the new key is left.
  await expect(page.getByRole('button', { name: /^Restore backup of/ })).toHaveCount(1);

  // Written after the change, then checked on disk with the old key file and the old passphrase.
  await page.evaluate(() => window.api.leaders.create({ name: 'Written after' }));
  await page.evaluate(() => window.api.vault.whenSaved());
  expect(await filesOpenedBy(vaultDir, oldKeys, PASSPHRASE)).toEqual([]);

  await page.keyboard.press('Control+L');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').first()).toContainText(/passphrase/i);
  await unlock(page, NEW_PASSPHRASE);
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Written before').first()).toBeVisible();
  await expect(page.getByText('Written after').first()).toBeVisible();
});

test.describe('a vault another computer made', () => {
  test.use({ vault: 'first-run' });

  test('open an existing vault as a second computer: another run made it, this one finds it inside the synced folder', async ({
    app,
  }) => {
    const { page } = app;
    // Another computer's run: its own data folder and settings file, its vault in a synced folder.
    const synced = await mkdtemp(join(tmpdir(), 'upward-synced-'));
    const otherData = await mkdtemp(join(tmpdir(), 'upward-other-computer-'));
    const otherVault = join(synced, 'Upward vault');
    await writeFile(
      join(otherData, 'settings.json'),
      JSON.stringify({ settings: {}, vaultDir: otherVault }),
    );
    const other = await createTestCore({
      dataDir: otherData,
      testShell: createTestShell(otherData),
      emit: () => undefined,
    });
    const made = await other.dispatch('vault:create', { passphrase: PASSPHRASE });
    expect(made.ok).toBe(true);
    await other.dispatch('leaders:create', { name: 'Met on the other computer' });
    await other.dispose();

    // This computer: a first run, which offers the vault already here.
    await expect(page.getByRole('heading', { name: 'Create your private vault' })).toBeVisible();
    await app.answerFolder(synced);
    await page
      .getByRole('button', { name: /Already have a vault on this computer.*Open it/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await unlock(page);
    await page.getByRole('link', { name: 'Leaders' }).click();
    await expect(page.getByText('Met on the other computer').first()).toBeVisible();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByTestId('vault-location')).toHaveText(otherVault);
  });
});

test('a damaged settings file does not hide a vault in a custom folder: the app says so and opens it again', async ({
  app,
}) => {
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'Still mine' }));
  const custom = join(await mkdtemp(join(tmpdir(), 'upward-custom-')), 'Private');
  await mkdir(custom);
  await page.getByRole('link', { name: 'Settings' }).click();
  await app.answerFolder(custom);
  await page.getByRole('button', { name: 'Move vault…' }).click();
  await expect(page.getByTestId('vault-location')).toHaveText(custom);

  await writeFile(join(app.dataDir, 'settings.json'), '{"settings": {"theme": ');
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Looking for your vault?' })).toBeVisible();
  await expect(page.getByText(/could not read its settings file/)).toBeVisible();
  await expectAccessible(page, 'first run after a lost settings file');
  await shot(page, 'settings-lost-light');
  await app.answerFolder(custom);
  await page
    .getByRole('button', { name: 'Open a vault that is already on this computer…' })
    .click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await unlock(page);
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Still mine').first()).toBeVisible();
});

/**
 * Replaces the leaders file, while the app runs, with bytes Upward cannot read, waits until
 * the app has noticed, and returns the good bytes so the test can put them back.
 */
async function damageLeadersWhileOpen(page: Page, vaultDir: string): Promise<Buffer> {
  await page.evaluate(() => window.api.vault.whenSaved());
  const path = join(vaultDir, 'leaders.upw');
  const good = await readFile(path);
  await writeFile(path, Buffer.alloc(good.length, 0x41));
  await expect
    .poll(async () => {
      const r = await page.evaluate(() => window.api.vault.status());
      return r.ok ? r.value.problem?.file : null;
    })
    .toBe('leaders.upw');
  return good;
}

/** Edits a file that cannot be written, locks, puts the file back and unlocks: the kept changes are offered. */
async function keepChangesThroughALock(
  app: { page: Page; dataDir: string },
  name: string,
): Promise<void> {
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'Saved before the damage' }));
  const vaultDir = join(app.dataDir, 'vault');
  const good = await damageLeadersWhileOpen(page, vaultDir);
  await page.evaluate((n) => window.api.leaders.create({ name: n }), name);
  await expect(page.getByText(/kept in an encrypted rescue file/).first()).toBeVisible();
  expect(await readdir(vaultDir)).toContain('unsaved-changes.rescue');

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByTestId('rescue-locked')).toContainText('kept in an encrypted rescue file');
  await expectAccessible(page, 'locked with kept changes');
  await shot(page, 'rescue-locked-light');

  // The user puts the right file back (as the message tells them), then unlocks.
  await writeFile(join(vaultDir, 'leaders.upw'), good);
  await unlock(page);
  await expect(page.getByTestId('rescue-notice')).toContainText('leaders.upw');
}

test('changes to a file damaged during a session are kept in a rescue file through the lock and applied after it is put right', async ({
  app,
}) => {
  const { page } = app;
  await keepChangesThroughALock(app, 'Added while the file was damaged');
  await switchTheme(page, 'dark');
  await expectAccessible(page, 'kept changes offered');
  await shot(page, 'rescue-offered-dark');
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Saved before the damage').first()).toBeVisible();
  await expect(page.getByText('Added while the file was damaged')).toHaveCount(0);

  await page.getByRole('button', { name: 'Apply kept changes' }).click();
  await expect(page.getByText(/kept changes to “leaders\.upw” were applied/)).toBeVisible();
  await expect(page.getByTestId('rescue-notice')).toHaveCount(0);
  await expect(page.getByText('Added while the file was damaged').first()).toBeVisible();
  expect(await readdir(join(app.dataDir, 'vault'))).not.toContain('unsaved-changes.rescue');

  // On disk: still there after a restart.
  await app.restart();
  await unlock(page);
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Added while the file was damaged').first()).toBeVisible();
  await expect(page.getByTestId('rescue-notice')).toHaveCount(0);
});

test('kept changes can be discarded, after a confirmation', async ({ app }) => {
  const { page } = app;
  await keepChangesThroughALock(app, 'Not wanted after all');
  await page.getByRole('button', { name: 'Discard kept changes…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard the kept changes?' });
  await expect(dialog).toContainText('deleted for good');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('rescue-notice')).toBeVisible();
  expect(await readdir(join(app.dataDir, 'vault'))).toContain('unsaved-changes.rescue');

  await page.getByRole('button', { name: 'Discard kept changes…' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByText('The kept changes were discarded.')).toBeVisible();
  await expect(page.getByTestId('rescue-notice')).toHaveCount(0);
  expect(await readdir(join(app.dataDir, 'vault'))).not.toContain('unsaved-changes.rescue');
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Saved before the damage').first()).toBeVisible();
  await expect(page.getByText('Not wanted after all')).toHaveCount(0);
});

/** Each part of the document has its checkbox: shareable ones ticked, private ones unticked and labelled so. */
async function expectSectionChoice(
  page: Page,
  dialogName: string | RegExp,
  sections: readonly ExportSection[],
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  const boxes = dialog.locator('fieldset.section-picker').getByRole('checkbox');
  await expect(boxes).toHaveCount(sections.length);
  for (const [i, s] of sections.entries()) {
    const box = boxes.nth(i);
    const label = new RegExp(
      `^${s.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${s.private ? '\\s*private' : ''}`,
    );
    await expect(box).toHaveAccessibleName(label);
    if (s.private) await expect(box).not.toBeChecked();
    else await expect(box).toBeChecked();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('every export dialog lists the parts of its document, private ones unticked and labelled private', async ({
  app,
}) => {
  const { page } = app;
  const seeded = await seedVault(page);
  await openScreen(page, `/leaders/${seeded.leaderId}`, /^Dana Reyes$/);
  await page.getByRole('button', { name: 'Export' }).click();
  await expectSectionChoice(page, /profile/, PROFILE_SECTIONS);
  await openScreen(page, `/meetings/${seeded.meetingId}`, /Dana Reyes/);
  await page.getByRole('button', { name: 'Export agenda' }).click();
  await expectSectionChoice(page, 'Export the agenda', AGENDA_SECTIONS);
  await page.getByRole('button', { name: 'Follow-up' }).click();
  await expectSectionChoice(page, 'Follow-up message', FOLLOW_UP_SECTIONS);

  // Exported as the dialog offers it: the private notes are not in the file, nor a word about them.
  const doc = (text: string) => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  await call(page, 'meetings', 'saveNotes', {
    meetingId: seeded.meetingId,
    prepNotes: doc('PREP-NOTE-MARKER'),
    notes: doc('MEETING-NOTE-MARKER'),
  });
  await page.reload();
  await expect(page.locator('main#main')).toBeVisible();
  const file = join(app.dataDir, 'agenda.docx');
  await app.answerSave(file);
  await page.getByRole('button', { name: 'Export agenda' }).click();
  await page
    .getByRole('dialog', { name: 'Export the agenda' })
    .getByRole('button', { name: 'Export .docx' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
  const text = await docxText(new Uint8Array(await readFile(file)));
  expect(text).toContain('Dana Reyes');
  expect(text).not.toMatch(/NOTE-MARKER|private|left out|suggested in prep/i);
  // Ticked, the prep notes go in: the check above looked at a file that could have held them.
  const ticked = join(app.dataDir, 'agenda-with-prep.docx');
  await app.answerSave(ticked);
  await page.getByRole('button', { name: 'Export agenda' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the agenda' });
  await dialog.getByRole('checkbox', { name: /^Prep notes/ }).check();
  await dialog.getByRole('button', { name: 'Export .docx' }).click();
  await expect
    .poll(async () => (await readdir(app.dataDir)).includes('agenda-with-prep.docx'))
    .toBe(true);
  expect(await docxText(new Uint8Array(await readFile(ticked)))).toContain('PREP-NOTE-MARKER');
});
