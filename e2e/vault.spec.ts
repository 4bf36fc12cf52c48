import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expectAccessible, shot } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { nameStep, PASSPHRASE, unlock } from './fixtures/vault';

// Each scenario starts in a copy of the worker's fixture vault, unlocked, unless it is about first run.
test.use({ vault: 'unlocked' });

const NEW_PASSPHRASE = 'a completely different passphrase';

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '');
}

test.describe('first run', () => {
  test.use({ vault: 'first-run' });

  test('first run, recovery kit, lock, wrong passphrase, recovery code, new passphrase, restart: data is there', async ({
    app,
  }) => {
    const { page } = app;
    // First run with a strength meter; the code is shown once and can be saved as a kit.
    await page.getByLabel('Passphrase', { exact: true }).fill('abc');
    await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await expect(page.getByText(/Strong|Very strong/)).toBeVisible();
    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    const code = ((await page.getByTestId('recovery-code').textContent()) ?? '').trim();
    await expectAccessible(page, 'recovery code');
    await shot(page, 'recovery-code-light');
    await page.getByRole('button', { name: 'Save recovery kit (.docx)' }).click();
    await expect(page.getByText(/Recovery kit saved to/)).toBeVisible();
    const kits = (await readdir(app.exportsDir)).filter((f) => f.endsWith('.docx'));
    expect(kits).toHaveLength(1);
    expect(await docxText(join(app.exportsDir, kits[0]))).toContain(code);
    await expect(page.getByRole('button', { name: 'Open Upward' })).toBeDisabled();
    await page.getByLabel('I have stored my recovery code safely').check();
    await page.getByRole('button', { name: 'Open Upward' }).click();
    await nameStep(page);

    // Some data to find again.
    await page.evaluate(() =>
      window.api.leaders.create({ name: 'Dana Whitfield', role: 'VP Engineering' }),
    );

    // Lock; the vault's text is gone from the page.
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await expect(page.getByText('Dana Whitfield')).toHaveCount(0);
    await expectAccessible(page, 'unlock');
    await shot(page, 'unlock-light');

    // Wrong passphrase: a clear message; after three, a countdown.
    for (let i = 0; i < 3; i++) {
      await page.getByLabel('Passphrase', { exact: true }).fill(`wrong guess ${i}`);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByRole('alert')).toContainText(/passphrase/i);
    }
    await expect(page.getByRole('timer')).toContainText(/try again in \d+ second/);
    await shot(page, 'unlock-throttled-light');

    // The recovery code opens it once the wait is over.
    await page.getByRole('button', { name: 'Use recovery code' }).click();
    await page.getByLabel('Recovery code').fill(code.toLowerCase());
    await expect(page.getByRole('timer')).toHaveCount(0, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

    // Change the passphrase from Settings.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Change passphrase…' }).click();
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
    await expect(page.getByText('Passphrase changed')).toBeVisible();

    // Restart: the old passphrase no longer works, the new one does, and the data is there.
    await app.restart();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText(/passphrase/i);
    await unlock(page, NEW_PASSPHRASE);
    await page.getByRole('link', { name: 'Leaders' }).click();
    await expect(page.getByText('Dana Whitfield').first()).toBeVisible();
  });
});

test('a backup can be restored from Settings', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'Before the backup' }));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup made')).toBeVisible();
  await page.evaluate(() => window.api.leaders.create({ name: 'After the backup' }));
  await page.evaluate(() => window.api.vault.status());
  const restore = page.getByRole('button', { name: /^Restore backup of/ });
  await expect(restore.first()).toBeVisible();
  await restore.first().click();
  await page.getByLabel('Passphrase the vault had when this backup was made').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore backup', exact: true }).click();
  await expect(page.getByText(/^Backup restored\./)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Before the backup').first()).toBeVisible();
  await expect(page.getByText('After the backup')).toHaveCount(0);
});

test('a damaged vault file is named, never overwritten, and a backup brings the vault back', async ({
  app,
}) => {
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'Kept safe' }));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup made')).toBeVisible();
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();

  const vaultDir = join(app.dataDir, 'vault');
  const shard = (await readdir(vaultDir)).find(
    (f) => f.endsWith('.upw') && !f.startsWith('manifest'),
  );
  expect(shard).toBeTruthy();
  const bytes = await readFile(join(vaultDir, shard!));
  bytes[bytes.length - 40] ^= 0xff;
  await writeFile(join(vaultDir, shard!), bytes);

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').first()).toContainText(shard!.replace(/\.upw$/, ''));
  expect(Buffer.compare(await readFile(join(vaultDir, shard!)), bytes)).toBe(0);
  await shot(page, 'unlock-damaged-light');
  await expectAccessible(page, 'unlock with a damaged file');

  await page
    .getByRole('button', { name: /^Restore backup of/ })
    .first()
    .click();
  await page.getByLabel('Passphrase the vault had when this backup was made').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore backup', exact: true }).click();
  await expect(page.getByText(/^Backup restored\./)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Kept safe').first()).toBeVisible();
});
