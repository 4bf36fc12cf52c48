import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { seedLeader, seedMeeting } from './fixtures/seed';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

test('a 1:1 a week ahead is held only after the user confirms it took place; every screen then agrees it was held', async ({
  app,
}) => {
  const { page } = app;
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  const { meetingId } = await seedMeeting(page, dana, {
    firstDay: 7,
    items: [['Updates', 'Roadmap review']],
  });
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meetingId);
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();

  // Closing asks first; keeping it planned changes nothing.
  await page.getByRole('button', { name: 'Close 1:1' }).click();
  const ask = page.getByRole('dialog', { name: 'Hold this 1:1 before its time?' });
  await expect(ask).toContainText('It has not started yet.');
  await expectAccessible(page, 'hold early dialog');
  await shot(page, 'hold-early-light');
  await switchTheme(page, 'dark');
  await shot(page, 'hold-early-dark');
  await switchTheme(page, 'light');
  await ask.getByRole('button', { name: 'Keep it planned' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText('Held', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Close 1:1' })).toBeVisible();

  // Confirmed: held, and the follow-up thanks for today's time.
  await page.getByRole('button', { name: 'Close 1:1' }).click();
  await ask.getByRole('button', { name: 'It took place: mark it held' }).click();
  const followUp = page.getByRole('dialog', { name: 'Follow-up message' });
  await expect(followUp.getByLabel('Follow-up text')).toContainText('Thanks for your time today');
  await followUp.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('Held', { exact: true })).toBeVisible();

  // The dashboard's 1:1 health counts it held, and nothing as not recorded.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard', exact: true })
    .click();
  const row = page.locator('.dash-health-table tbody tr', { hasText: 'Dana Reyes' });
  await expect(row.locator('td').nth(1)).toHaveText('1');
  await expect(row).not.toContainText('not recorded');
});
