import type { Page } from '@playwright/test';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { PASSPHRASE, createVault, unlock } from './fixtures/vault';
import { call } from './fixtures/seed';

// The app checks a scripted feed here (no network in either mode); a packaged app has no such hook.

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings', exact: true })
    .click();
  const heading = page.getByRole('heading', { name: 'Updates' });
  await heading.scrollIntoViewIfNeeded();
  await expect(heading).toBeVisible();
}

test('declining the first-run offer leaves update checks off: nothing is ever asked, until turned on in Settings', async ({
  app,
}) => {
  const { page } = app;
  await createVault(page);
  await openSettings(page);
  const toggle = page.getByRole('checkbox', { name: 'Check for updates' });
  await expect(toggle).not.toBeChecked();
  await expect(page.getByText('Update checks are off.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check now' })).toHaveCount(0);
  await app.restart();
  await unlock(page, PASSPHRASE);
  expect(await app.updateFeed.asked()).toEqual({
    created: 0,
    checks: 0,
    downloads: 0,
    installs: 0,
  });

  // Turned on in Settings: one check, at once.
  await openSettings(page);
  await page.getByRole('checkbox', { name: 'Check for updates' }).check();
  await expect(page.getByTestId('update-state')).toContainText('is up to date');
  expect((await app.updateFeed.asked()).checks).toBe(1);

  // A failed check says so, in words.
  await app.updateFeed.answer({ fails: 'net::ERR_INTERNET_DISCONNECTED' });
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(
    page.getByText(
      'Upward could not check for updates: this computer seems to be offline. Try again later.',
    ),
  ).toBeVisible();
  await expectAccessible(page, 'settings with a failed update check');

  // Turned off again: no more checks offered.
  await page.getByRole('checkbox', { name: 'Check for updates' }).uncheck();
  await expect(page.getByText('Update checks are off.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check now' })).toHaveCount(0);
});

test('accepting the first-run offer turns checks on; an available update is downloaded only when the user says yes', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByLabel('I have stored my recovery code safely').check();
  await page.getByRole('button', { name: 'Open Upward' }).click();
  await expect(page.getByRole('heading', { name: 'What should Upward call you?' })).toBeVisible();
  const offer = page.getByRole('group', { name: 'Updates' });
  await expect(offer).toContainText('at most once a day');
  await expect(offer).toContainText('Nothing about you');
  await expect(offer.getByRole('checkbox', { name: /Check for updates/ })).not.toBeChecked();
  await expectAccessible(page, 'first run with the update offer');
  await shot(page, 'updates-first-run-light');
  // No palette before the vault exists: the theme is set through the app's own API.
  await call(page, 'settings', 'update', { theme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, 'updates-first-run-dark');
  await call(page, 'settings', 'update', { theme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect((await app.updateFeed.asked()).checks).toBe(0);

  await app.updateFeed.answer({ newest: '9.9.0' });
  await offer.getByRole('checkbox', { name: /Check for updates/ }).check();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.locator('main#main')).toBeVisible();

  await openSettings(page);
  await expect(page.getByRole('checkbox', { name: 'Check for updates' })).toBeChecked();
  await expect(page.getByTestId('update-state')).toContainText('Update available: Upward 9.9.0');
  await expect(page.getByTestId('update-state')).toContainText('Download it?');
  // Found, not downloaded: that waits for the user.
  expect(await app.updateFeed.asked()).toMatchObject({ checks: 1, downloads: 0, installs: 0 });
  await expectAccessible(page, 'settings with an update available');
  await shot(page, 'updates-available-light');
  await switchTheme(page, 'dark');
  await shot(page, 'updates-available-dark');
  await switchTheme(page, 'light');

  await page.getByRole('button', { name: 'Download update' }).click();
  await expect(page.getByTestId('update-state')).toContainText(
    'Upward 9.9.0 is downloaded and verified. Restart to update.',
  );
  expect(await app.updateFeed.asked()).toMatchObject({ downloads: 1, installs: 0 });
  await shot(page, 'updates-ready-light');
  await page.getByRole('button', { name: 'Restart and update' }).click();
  await expect.poll(async () => (await app.updateFeed.asked()).installs).toBe(1);
});
