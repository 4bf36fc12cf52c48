import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { PASSPHRASE } from './fixtures/vault';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

test('a double-clicked encrypted copy opens the import for that file, with no file dialog', async ({
  app,
}) => {
  // Opening a file with Upward comes from the operating system; the bridge plays the shell's part.
  test.skip(!app.bridge, 'The operating system opens files only in the packaged app');
  const { page } = app;
  await page.evaluate(() => window.api.leaders.create({ name: 'In the copy' }));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export encrypted copy…' }).click();
  await expect(page.getByText(/Encrypted copy saved to/)).toBeVisible();
  const [copy] = (await readdir(app.exportsDir)).filter((f) => f.endsWith('.upward'));
  await page.evaluate(() => window.api.leaders.create({ name: 'Only here' }));
  await switchTheme(page, 'dark');

  // What the shell does when the user double-clicks the file.
  app.bridge!.core().vault.openArchiveFile(join(app.exportsDir, copy));
  await app.bridge!.emit('archiveOpened', { name: copy });
  const dialog = page.getByRole('dialog', { name: 'Import an encrypted copy' });
  await expect(dialog).toContainText(copy);
  await expectAccessible(page, 'opened copy (dark)');
  await shot(page, 'open-archive-dark');
  // Cancelled, then opened again (the file is still offered until it is imported).
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await switchTheme(page, 'light');
  await app.bridge!.emit('archiveOpened', { name: copy });
  await expect(dialog).toContainText(copy);
  await dialog.getByLabel('Passphrase of the copy').fill(PASSPHRASE);
  await shot(page, 'open-archive-light');
  // No open dialog is answered: a file dialog would cancel the import and this would fail.
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The imported vault is left unlocked, as an import from Settings leaves it.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('In the copy').first()).toBeVisible();
  await expect(page.getByText('Only here')).toHaveCount(0);
  // Imported once: the app no longer offers it.
  expect(await page.evaluate(() => window.api.vault.openedArchive())).toEqual({
    ok: true,
    value: null,
  });
});
