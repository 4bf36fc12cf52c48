import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectAccessible, shot } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { createVault, PASSPHRASE } from './fixtures/vault';

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
  await createVault(page);
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
