import { expect, test } from './fixtures/app';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { dateField } from './fixtures/dateField';
import { expectSeparatorsClear } from './fixtures/timeField';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

test('a date is typed with the keyboard alone and picked from the calendar, focus comes back to the field', async ({
  app,
}) => {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Review', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();

  const from = dateField(page, 'From');
  const segments = from.getByRole('spinbutton');
  const first = segments.first();

  // Keyboard only: Tab into the field, type the digits in the order it shows them.
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await first.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'the first segment of "From" is reached with Tab').toBe(true);
  const digits: Record<string, string> = { year: '2026', month: '03', day: '14' };
  for (const seg of await segments.all()) {
    await page.keyboard.type(digits[(await seg.getAttribute('data-type')) ?? ''] ?? '');
    await expectSeparatorsClear(from);
  }
  await first.focus();
  await shot(page, 'date-field-segment-light');
  await expect(from.locator('[data-type="year"]')).toHaveAttribute('aria-valuenow', '2026');
  await expect(from.locator('[data-type="month"]')).toHaveAttribute('aria-valuenow', '3');
  await expect(from.locator('[data-type="day"]')).toHaveAttribute('aria-valuenow', '14');

  // The calendar: Tab to its button, open it, move a day on with the arrows, choose.
  const button = from.getByRole('button');
  for (let i = 0; i < 6; i++) {
    if (await button.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  const calendar = page.getByRole('dialog');
  await expect(calendar).toBeVisible();
  await expect(calendar.getByRole('grid')).toBeVisible();
  // Weeks start on the day Settings gives (Monday unless changed), as in the rest of the app.
  await expect(calendar.locator('thead th').first()).toHaveText('M');
  await expectAccessible(page, 'review with the calendar open');
  await shot(page, 'date-field-calendar-light');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(from.locator('[data-type="day"]')).toHaveAttribute('aria-valuenow', '15');
  await expect(from.locator(':focus')).toHaveCount(1);

  // Escape closes the calendar without changing the date; focus comes back too.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(button).toBeFocused();
  await expect(from.locator('[data-type="day"]')).toHaveAttribute('aria-valuenow', '15');

  // Picking with the pointer works the same, and the dark theme draws it too.
  await switchTheme(page, 'dark');
  await first.focus();
  await expectSeparatorsClear(from);
  await shot(page, 'date-field-segment-dark');
  await button.click();
  await expect(calendar).toBeVisible();
  await shot(page, 'date-field-calendar-dark');
  await expectAccessible(page, 'review with the calendar open, dark');
  await calendar
    .getByRole('button', { name: /(^|\D)20(\D|$)/ })
    .first()
    .click();
  await expect(calendar).toBeHidden();
  await expect(from.locator('[data-type="day"]')).toHaveAttribute('aria-valuenow', '20');
  await expectAccessible(page, 'review after picking a date');
});
