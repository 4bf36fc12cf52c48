import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expectAccessible, shot } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { unlock } from './fixtures/vault';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

test('an encrypted copy is exported, a wrong passphrase imports nothing, the right one brings it back', async ({
  app,
}) => {
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'In the copy' }));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export encrypted copy…' }).click();
  await expect(page.getByText(/Encrypted copy saved to/)).toBeVisible();
  const [copy] = (await readdir(app.exportsDir)).filter((f) => f.endsWith('.upward'));
  expect(copy).toBeTruthy();

  await page.evaluate(() => window.api.leaders.create({ name: 'Only here' }));
  const dialog = page.getByRole('dialog', { name: 'Import an encrypted copy' });
  await page.getByRole('button', { name: 'Import encrypted copy…' }).click();
  await expectAccessible(page, 'import dialog');
  await shot(page, 'import-copy-light');
  await app.answerOpen(join(app.exportsDir, copy));
  await dialog.getByLabel('Passphrase of the copy').fill('not the passphrase');
  await dialog.getByRole('button', { name: 'Choose file and import…' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/passphrase/i);
  // Nothing changed: the vault is still open with what was added after the export.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Only here').first()).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Import encrypted copy…' }).click();
  await app.answerOpen(join(app.exportsDir, copy));
  await dialog.getByLabel('Passphrase of the copy').fill('correct horse battery staple');
  await dialog.getByRole('button', { name: 'Choose file and import…' }).click();
  // The copy replaces the vault and opens at once: its passphrase was just given.
  await expect(page.getByText(/Vault imported/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('In the copy').first()).toBeVisible();
  await expect(page.getByText('Only here')).toHaveCount(0);
});

test('the vault moves to another folder and keeps working there', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'Moved along' }));
  const target = join(app.dataDir, 'synced');
  await page.getByRole('link', { name: 'Settings' }).click();
  await app.answerFolder(target);
  await page.getByRole('button', { name: 'Move vault…' }).click();
  await expect(page.getByText(/Vault moved to/)).toBeVisible();
  await expect(page.getByTestId('vault-location')).toContainText('synced');
  await app.restart();
  await unlock(page);
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Moved along').first()).toBeVisible();
  expect(
    (await readdir(join(app.dataDir, 'vault')).catch(() => [])).filter((f) => f.endsWith('.upw')),
  ).toEqual([]);
});
