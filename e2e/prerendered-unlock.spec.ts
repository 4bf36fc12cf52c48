import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { APP_CODE } from './fixtures/appFiles';
import { shot } from './fixtures/audit';
import { PASSPHRASE } from './fixtures/vault';

// Starts in the fixture's vault; each test restarts the app, which then finds it locked.
test.use({ vault: 'unlocked' });

/** Holds back the app's code until `release` is called; `asked` says whether the page asked. */
async function holdBackApp(page: Page): Promise<{ release: () => void; asked: () => boolean }> {
  let release: () => void = () => undefined;
  let asked = false;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_CODE, async (route: Route) => {
    asked = true;
    await gate;
    await route.fallback();
  });
  return { release, asked: () => asked };
}

/** Whether the passphrase field in the page is the app's own (React's) rather than the prerendered one. */
const fieldIsTheApps = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const field = document.querySelector('input[type="password"]');
    return Boolean(field && Object.keys(field).some((k) => k.startsWith('__react')));
  });

test('a locked vault’s unlock screen is drawn before the app’s code arrives; what is typed and Enter carry over', async ({
  app,
}) => {
  test.skip(app.mode === 'electron', 'holds back files the Chromium mode serves');
  const { page } = app;
  await app.bridge!.core().handlers.settings.update({ theme: 'dark' });
  const held = await holdBackApp(page);
  await app.restart();

  // Drawn without the app: the screen, its field focused, in the theme the settings say.
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const field = page.getByLabel('Passphrase', { exact: true });
  await expect(field).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveTitle('Unlock — Upward');
  const unlock = page.getByRole('button', { name: 'Unlock' });
  await expect(unlock).toBeDisabled();
  // The page was told this in its address, for this load only.
  expect(await page.evaluate(() => location.search)).toBe('');
  // The app's code was asked for once the screen was shown, and has not arrived.
  await expect.poll(held.asked).toBe(true);
  expect(await fieldIsTheApps(page)).toBe(false);
  await shot(page, 'unlock-prerendered-dark');

  // The user types and presses Enter before the app is there.
  await page.keyboard.type(PASSPHRASE);
  await expect(unlock).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  expect(page.url()).not.toContain('?');

  // The app arrives, takes the screen over and unlocks with what was typed.
  held.release();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('typing goes on in the same field when the app takes the screen over', async ({ app }) => {
  test.skip(app.mode === 'electron', 'holds back files the Chromium mode serves');
  const { page } = app;
  const held = await holdBackApp(page);
  await app.restart();
  const field = page.getByLabel('Passphrase', { exact: true });
  await expect(field).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const half = Math.floor(PASSPHRASE.length / 2);
  await page.keyboard.type(PASSPHRASE.slice(0, half));
  await shot(page, 'unlock-prerendered-light');

  held.release();
  await expect.poll(() => fieldIsTheApps(page)).toBe(true);
  // The app's field holds what was typed, has the focus, and the caret where it was.
  await expect(field).toHaveValue(PASSPHRASE.slice(0, half));
  await expect(field).toBeFocused();
  await page.keyboard.type(PASSPHRASE.slice(half));
  await expect(field).toHaveValue(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a page opened without main’s word draws its first screen from main’s answers, as before', async ({
  app,
}) => {
  const { page } = app;
  await app.restart();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  // A reload is not told anything (the address's hint was for the first load): the app asks.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  expect(await fieldIsTheApps(page)).toBe(true);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
