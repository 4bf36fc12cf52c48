import type { Route } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { shot } from './fixtures/audit';
import { PASSPHRASE } from './fixtures/vault';

/** The code of the unlocked app and its screens: everything the first screen must not wait for. */
const LATER = /\/assets\/(Shell|[A-Za-z]+Screen)-[^/]*\.js$/;

test('the first screen works while the rest of the app is still loading, and the app opens once it has', async ({
  app,
}) => {
  test.skip(app.mode === 'electron', 'holds back files the Chromium mode serves');
  const { page } = app;
  const asked: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(LATER, async (route: Route) => {
    asked.push(new URL(route.request().url()).pathname);
    await gate;
    await route.fallback();
  });
  await page.reload();

  // Nothing behind the first screen has arrived, yet the user can create a vault.
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await expect(page.getByText(/Strong|Very strong/)).toBeVisible();
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByTestId('recovery-code')).toBeVisible();
  // The rest was asked for while the user typed.
  expect(asked.some((p) => /\/Shell-/.test(p))).toBe(true);
  await page.getByLabel('I have stored my recovery code safely').check();
  await page.getByRole('button', { name: 'Open Upward' }).click();
  // First run's last question (the user's name) is part of the first screen too.
  await page.getByRole('button', { name: 'Skip' }).click();

  // The app is still on its way: a labelled wait, not a blank or broken page.
  await expect(page.getByRole('status', { name: 'Opening Upward' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await shot(page, 'opening-app-light');

  release();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
