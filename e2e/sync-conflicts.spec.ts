import { cp, copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leadersShard } from '../src/main/core/services/leaders/leadersShard';
import { createSettingsService } from '../src/main/core/services/settingsService';
import { createTestDeps } from '../src/main/core/testing/testDeps';
import { createVaultService } from '../src/main/core/vault/vaultService';
import { systemLockEnv } from '../src/main/core/vault/writerLock';
import { expectAccessible, shot } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { PASSPHRASE } from './fixtures/vault';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

/**
 * The other computer: its own copy of the synced folder, where the same leader's role is
 * changed at the same time; returns its version of the leaders file.
 */
async function editOnOtherComputer(vaultDir: string, leaderId: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'upward-other-')), 'vault');
  await cp(vaultDir, dir, { recursive: true, filter: (src) => !src.endsWith('.lock') });
  const deps = await createTestDeps();
  const settings = await createSettingsService(deps.dataDir);
  await settings.setVaultDir(dir);
  const vault = createVaultService(deps, settings, {
    lockEnv: { ...systemLockEnv, host: 'home-desktop' },
  });
  await vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
  (await vault.store().open(leadersShard)).change((d) => {
    const l = d.leaders.find((x) => x.id === leaderId);
    if (l) l.role = 'SVP, Product';
  });
  await vault.dispose();
  return join(dir, 'leaders.upw');
}

test('a leader changed on two computers at once: both versions side by side, the user keeps one', async ({
  app,
}) => {
  const { page } = app;
  const created = await page.evaluate(() =>
    window.api.leaders.create({ name: 'Dana Ödegaard', role: 'VP, Product' }),
  );
  if (!created.ok) throw new Error(created.error.message);
  const leader = created.value;
  const vaultDir = join(app.dataDir, 'vault');
  // On disk now (a backup writes every change first).
  await page.evaluate(() => window.api.vault.backupNow());
  const theirs = await editOnOtherComputer(vaultDir, leader.id);
  await page.evaluate(
    (id) => window.api.leaders.update({ id, patch: { role: 'Head of Sales' } }),
    leader.id,
  );
  await page.evaluate(() => window.api.vault.backupNow());
  // The sync client could not tell which is newer: it kept both, in its own naming.
  await copyFile(theirs, join(vaultDir, "leaders (home-desktop's conflicted copy 2026-05-01).upw"));

  await expect(page.getByText(/One change was made on two computers at once/)).toBeVisible();
  await page.getByRole('link', { name: 'Choose which to keep' }).click();
  await expect(page.getByRole('heading', { name: 'Conflicts', level: 1 })).toBeVisible();
  const mine = page.getByRole('article', { name: /Version from (?!home-desktop)/ });
  const other = page.getByRole('article', { name: 'Version from home-desktop' });
  await expect(mine).toContainText('Head of Sales');
  await expect(other).toContainText('SVP, Product');
  await expectAccessible(page, 'conflicts screen');
  await shot(page, 'conflicts-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'conflicts-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await other.getByRole('button', { name: 'Keep this version' }).click();
  await expect(page.getByText('Nothing to choose')).toBeVisible();
  await expect(page.getByText(/changes? (was|were) made on two computers/)).toHaveCount(0);
  const kept = await page.evaluate((id) => window.api.leaders.get({ id }), leader.id);
  expect(kept.ok && kept.value.role).toBe('SVP, Product');
});
