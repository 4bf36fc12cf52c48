import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { expectAccessible } from './fixtures/audit';
import { seedLeader } from './fixtures/seed';
import { chooseOption } from './fixtures/select';
import { dateField } from './fixtures/dateField';
import { setTime, timeField } from './fixtures/timeField';
import { MeetingsPage } from './pages/meetings';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

const ICS_FIXTURE = resolve(
  import.meta.dirname,
  '../src/main/core/calendar/fixtures/google-biweekly-berlin.ics',
);

/** Screenshots of the open dialog in both themes (the theme is set on the page, the dialog stays open). */
async function shots(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await expectAccessible(page, `${name} (${theme})`, 'dialog[open]');
    await page.screenshot({ path: `test-results/shots/${name}-${theme}.png` });
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
}

/** A vault with one leader, and the time format chosen in Settings. */
async function startWith(page: Page, clock: RegExp): Promise<MeetingsPage> {
  await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings', exact: true })
    .click();
  await chooseOption(page.getByLabel('Time format'), clock);
  await expect(page.getByLabel('Time format')).toHaveText(clock);
  const meetings = new MeetingsPage(page);
  await meetings.open();
  return meetings;
}

test('with the 12-hour clock the series and move dialogs type AM/PM and the 1:1s screen and import picker write 12-hour times', async ({
  app,
}) => {
  const { page } = app;
  const meetings = await startWith(page, /^12-hour clock/);

  // The series dialog: hour, minute and AM/PM, starting at the default 10:00 AM.
  await page.getByRole('button', { name: 'New series' }).click();
  const seriesDialog = page.getByRole('dialog', { name: 'New 1:1 series' });
  const seriesTime = timeField(seriesDialog, 'Time');
  await expect(seriesTime.getByRole('spinbutton')).toHaveCount(3);
  await expect(seriesTime.locator('[data-type="hour"]')).toHaveText('10');
  await expect(seriesTime.locator('[data-type="dayPeriod"]')).toHaveText('AM');

  // A time left without its minutes is not created: the field says what is missing.
  const minute = seriesTime.locator('[data-type="minute"]');
  await minute.focus();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(minute).toHaveAttribute('data-placeholder', 'true');
  await seriesDialog.getByRole('button', { name: 'Create series' }).click();
  await expect(seriesDialog.getByRole('alert')).toHaveText(/Enter the time the 1:1s start/);
  await expect(minute).toHaveAttribute('aria-invalid', 'true');
  await shots(page, 'series-dialog-12h-invalid');

  await setTime(seriesDialog, 'Time', '14:30');
  await expect(seriesDialog.getByRole('alert')).toBeHidden();
  await expect(seriesTime.locator('[data-type="hour"]')).toHaveText('2');
  await shots(page, 'series-dialog-12h');
  await seriesDialog.getByRole('button', { name: 'Create series' }).click();
  await expect(seriesDialog).toBeHidden();

  // The 1:1s screen writes the schedule and the meetings in 12-hour time.
  await expect(page.locator('.meetings-series-meta').filter({ hasText: /^Every week/ })).toHaveText(
    /at 2:30\sPM \(/,
  );
  await expect(meetings.upcoming().first()).toContainText(/2:30\sPM – 3:00\sPM/);

  // The move dialog: the same field, the occurrence's time already in it; Enter moves.
  // The second 1:1 is a week or more away, so 9:15 AM on its day is still ahead at any hour
  // the test runs (the first may be today, after 9:15).
  await page
    .getByRole('button', { name: /^Move the 1:1 of/ })
    .nth(1)
    .click();
  const moveDialog = page.getByRole('dialog', { name: 'Move this 1:1' });
  const moveTime = timeField(moveDialog, /^Time \(/);
  await expect(moveTime.locator('[data-type="hour"]')).toHaveText('2');
  await expect(moveTime.locator('[data-type="dayPeriod"]')).toHaveText('PM');
  await setTime(moveDialog, /^Time \(/, '09:15');
  await shots(page, 'move-dialog-12h');
  await moveTime.locator('[data-type="minute"]').focus();
  await page.keyboard.press('Enter');
  await expect(moveDialog).toBeHidden();
  await expect(meetings.upcoming().nth(1)).toContainText(/9:15\sAM – 9:45\sAM/);

  // The import picker writes the file's schedule in 12-hour time too.
  await page.getByRole('button', { name: 'Import .ics' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import 1:1 series' });
  await app.answerOpen(ICS_FIXTURE);
  await importDialog.getByRole('button', { name: 'Choose a calendar file…' }).click();
  await expect(importDialog.getByRole('listitem', { name: 'Alex / Dana 1:1' })).toContainText(
    /Every 2 weeks on Tuesday at 10:00\sAM \(Europe\/Berlin\)/,
  );
  await expect(importDialog.getByRole('listitem', { name: 'Alex / Dana 1:1' })).toContainText(
    /Next: .*\d:\d\d\s[AP]M/,
  );
});

test('with the 24-hour clock the time fields have no AM/PM and keep leading zeros', async ({
  app,
}) => {
  const { page } = app;
  const meetings = await startWith(page, /^24-hour clock/);
  await meetings.createSeries({ leader: 'Dana Reyes', cadence: 'Weekly', time: '08:05' });
  await expect(page.locator('.meetings-series-meta').filter({ hasText: /^Every week/ })).toHaveText(
    /at 08:05 \(/,
  );
  await page
    .getByRole('button', { name: /^Move the 1:1 of/ })
    .first()
    .click();
  const moveDialog = page.getByRole('dialog', { name: 'Move this 1:1' });
  const moveTime = timeField(moveDialog, /^Time \(/);
  await expect(moveTime.getByRole('spinbutton')).toHaveCount(2);
  await expect(moveTime.locator('[data-type="hour"]')).toHaveText('08');

  // A blanked day is an error under the date, in words, and moves nothing.
  const day = dateField(moveDialog, 'Date').locator('[data-type="day"]');
  const dayNumber = (await day.getAttribute('aria-valuenow')) ?? '';
  await day.focus();
  await page.keyboard.press('Backspace');
  await expect(day).toHaveAttribute('data-placeholder', 'true');
  await moveDialog.getByRole('button', { name: 'Move' }).click();
  await expect(dateField(moveDialog, 'Date').locator('..').getByRole('alert')).toHaveText(
    'Choose the day this 1:1 moves to.',
  );
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(moveTime.getByRole('alert')).toHaveCount(0);
  await shots(page, 'move-dialog-blank-day');
  await day.focus();
  await page.keyboard.type(dayNumber.padStart(2, '0'));
  await expect(day).toHaveAttribute('aria-valuenow', dayNumber);

  await setTime(moveDialog, /^Time \(/, '17:40');
  await shots(page, 'move-dialog-24h');
  await moveDialog.getByRole('button', { name: 'Move' }).click();
  await expect(moveDialog).toBeHidden();
  await expect(meetings.upcoming().first()).toContainText('17:40 – 18:10');
});
