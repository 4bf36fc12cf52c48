import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';

// Each scenario starts in a copy of the worker's fixture vault, unlocked, unless it is about first run.
test.use({ vault: 'unlocked' });

const AREAS = [
  { nav: 'Dashboard', heading: 'Dashboard' },
  { nav: '1:1s', heading: '1:1s' },
  { nav: 'Action items', heading: 'Action items' },
  { nav: 'Leaders', heading: 'Leaders' },
  { nav: 'Journal', heading: 'Journal' },
  { nav: 'Goodwill', heading: 'Goodwill' },
  { nav: 'Settings', heading: 'Settings' },
];

test.describe('first run', () => {
  test.use({ vault: 'first-run' });

  test('first run screen is accessible in light and dark', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Create your private vault' })).toBeVisible();
    await expectAccessible(page, 'first run');
    await shot(page, 'first-run-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectAccessible(page, 'first run (dark)');
    await shot(page, 'first-run-dark');
  });
});

// One scenario per theme, so each stays short on a busy machine.
for (const theme of ['light', 'dark'] as const) {
  test(`every screen is reachable, says what it is for, and passes an accessibility audit (${theme})`, async ({
    app,
  }) => {
    const { page } = app;
    await switchTheme(page, theme);
    for (const area of AREAS) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: area.nav, exact: true })
        .click();
      await expect(
        page.getByRole('heading', { level: 1, name: area.heading, exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: area.nav, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expectAccessible(page, `${area.heading} (${theme})`);
      await shot(page, `${area.nav.replace(/\W+/g, '').toLowerCase() || 'one-on-ones'}-${theme}`);
    }
  });
}

test('the command palette reaches screens and actions by keyboard', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox', { name: 'Command' });
  await expect(input).toBeFocused();
  await expectAccessible(page, 'command palette');
  await input.fill('go to journal');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await input.fill('lock now');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
});

test('keyboard: skip link, landmarks, and Ctrl+L locks', async ({ app }) => {
  const { page } = app;
  // The new screen takes focus at its heading; from the top of the page, Tab reaches the skip link first.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await page.evaluate(() => {
    const top = document.createElement('span');
    top.id = 'page-top';
    top.tabIndex = -1;
    document.body.prepend(top);
    top.focus();
  });
  await page.keyboard.press('Tab');
  await page.evaluate(() => document.getElementById('page-top')?.remove());
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
});

test('the page cannot open windows, navigate away, run injected handlers or reach the network', async ({
  app,
}) => {
  const { page } = app;
  app.allowPageErrors(/Content Security Policy|Refused to|Failed to fetch/);
  const url = page.url();
  const result = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const div = document.createElement('div');
    div.innerHTML = '<img src="data:," onerror="window.injected = true">';
    document.body.append(div);
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    const fetched = await fetch('https://example.com/collect').then(
      () => true,
      () => false,
    );
    await new Promise((r) => setTimeout(r, 200));
    return {
      injected: w.injected === true,
      fetched,
      hasNode: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
    };
  });
  expect(result).toEqual({ injected: false, fetched: false, hasNode: false });
  const api = await page.evaluate(() => Object.keys(window.api).sort());
  expect(api).toContain('vault');
  expect(api).not.toContain('invoke');
  if (app.mode === 'electron') {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
  }
  expect(app.blockedRequests.filter((u) => !u.startsWith('https://example.com/'))).toEqual([]);
  app.blockedRequests.length = 0;
});
