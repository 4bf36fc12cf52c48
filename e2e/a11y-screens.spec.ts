import type { Page } from '@playwright/test';
import { expectReflows, openScreen } from './a11y/checks';
import { seedVault, screens } from './a11y/seed';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { createVault, unlock } from './fixtures/vault';

/**
 * Every screen, audited by axe-core (WCAG A/AA and best practices) in the light theme, the dark
 * theme and forced colours; and every screen laid out at 320 px (a 1280 px window at 400% zoom)
 * and at 640 × 420 (200%) with nothing to scroll sideways and no text cut off.
 */

type Mode = 'light' | 'dark' | 'forced colours';

/** Audits half of the screens (the first or the second), so each test stays short. */
async function auditScreens(page: Page, mode: Mode, half: 0 | 1): Promise<void> {
  if (mode === 'forced colours') await page.emulateMedia({ forcedColors: 'active' });
  if (half === 0) {
    await expectAccessible(page, `first run (${mode})`);
    await createVault(page);
  }
  if (mode !== 'forced colours') await switchTheme(page, mode);
  const seeded = await seedVault(page);
  const all = screens(seeded);
  const mine = half === 0 ? all.slice(0, 5) : all.slice(5);
  for (const s of mine) {
    await openScreen(page, s.path, s.heading);
    await expectAccessible(page, `${s.name} (${mode})`);
    if (mode === 'forced colours') await shot(page, `a11y-${s.name}-forced`);
  }
  if (half === 1) {
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await expectAccessible(page, `unlock (${mode})`);
  }
}

for (const half of [0, 1] as const) {
  test.describe(half === 0 ? 'from first run' : 'in the fixture vault', () => {
    // The first half audits the first-run screen too, so it starts there; the second starts unlocked.
    test.use({ vault: half === 0 ? 'first-run' : 'unlocked' });
    for (const mode of ['light', 'dark', 'forced colours'] as const) {
      test(`axe finds nothing serious on screens, ${mode}, part ${half + 1} of 2`, async ({
        app,
      }) => {
        await auditScreens(app.page, mode, half);
      });
    }
  });
}

for (const [width, height] of [
  [320, 640],
  [640, 420],
] as const) {
  test(`every screen reflows at ${width} × ${height}`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await expectReflows(page, `first run at ${width} px`);
    await shot(page, `a11y-first-run-${width}`);
    await createVault(page);
    const seeded = await seedVault(page);
    for (const s of screens(seeded)) {
      await openScreen(page, s.path, s.heading);
      await expectReflows(page, `${s.name} at ${width} px`);
      await shot(page, `a11y-${s.name}-${width}`);
    }
    // The folded sidebar: its menu opens, lists every area, and fits too.
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeVisible();
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expectReflows(page, `the open menu at ${width} px`);
    await shot(page, `a11y-menu-${width}`);
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await expectReflows(page, `unlock at ${width} px`);
    await unlock(page);
  });
}
