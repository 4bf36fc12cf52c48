import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { createVault } from './fixtures/vault';
import { call, isoDay, seedLeader, seedMeeting } from './fixtures/seed';

test('the date and time format chosen in Settings is used by the meeting screen, the follow-up and the palette', async ({
  app,
}) => {
  const { page } = app;
  await createVault(page);
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  const { meetingId } = await seedMeeting(page, dana, {
    firstDay: -1,
    items: [['Updates', 'Roadmap review']],
  });
  const due = isoDay(5);
  await call(page, 'actions', 'create', {
    text: 'Send the hiring plan',
    owner: { kind: 'me' },
    due,
    leaderId: dana,
    meetingId,
  });
  const [y, m, d] = due.split('-');
  const meetingDay = isoDay(-1);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings', exact: true })
    .click();
  await page.getByLabel('Date format').selectOption('iso');
  await page.getByLabel('Time format').selectOption('24h');
  await expect(page.getByLabel('Time format')).toHaveValue('24h');
  await expectAccessible(page, 'settings with date formats');
  await shot(page, 'settings-dates-light');
  await switchTheme(page, 'dark');
  await shot(page, 'settings-dates-dark');
  await switchTheme(page, 'light');

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meetingId);
  await expect(page.locator('.meetings-head .subtitle')).toContainText(`, ${meetingDay}`);
  await expect(page.locator('.meetings-head .subtitle')).toContainText('09:00 – 09:30');
  await page.getByRole('button', { name: 'Follow-up' }).click();
  const text = page.getByRole('dialog', { name: 'Follow-up message' }).getByLabel('Follow-up text');
  await expect(text).toContainText(`Send the hiring plan (Me, by ${due})`);
  await expect(text).toContainText(`${meetingDay}, 09:00`);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+K');
  await page.getByRole('combobox', { name: 'Command' }).fill('roadmap');
  await expect(page.locator('.palette-hit-date').first()).toHaveText(meetingDay);
  await page.keyboard.press('Escape');

  // Day first, 12-hour clock.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings', exact: true })
    .click();
  await page.getByLabel('Date format').selectOption('dmy');
  await page.getByLabel('Time format').selectOption('12h');
  await expect(page.getByLabel('Time format')).toHaveValue('12h');
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meetingId);
  await expect(page.locator('.meetings-head .subtitle')).toContainText(/9:00\s?AM/);
  await page.getByRole('button', { name: 'Follow-up' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Follow-up message' }).getByLabel('Follow-up text'),
  ).toContainText(`by ${d}/${m}/${y}`);
});
