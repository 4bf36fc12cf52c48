import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { call, docxWords, isoDay, seedLeader, seedMeeting } from './fixtures/seed';
import { chooseOption } from './fixtures/select';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

/** The settings' names of the date formats the tests choose. */
const FORMAT_NAMES = {
  long: 'Day and month written out',
  iso: 'Year first',
  dmy: 'Day first',
  mdy: 'Month first',
} as const;

test('the date and time format chosen in Settings is used by the meeting screen, the follow-up and the palette', async ({
  app,
}) => {
  const { page } = app;
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
  await chooseOption(page.getByLabel('Date format'), /^Year first/);
  await chooseOption(page.getByLabel('Time format'), /^24-hour clock/);
  await expect(page.getByLabel('Time format')).toHaveText(/^24-hour clock/);
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
  await chooseOption(page.getByLabel('Date format'), /^Day first/);
  await chooseOption(page.getByLabel('Time format'), /^12-hour clock/);
  await expect(page.getByLabel('Time format')).toHaveText(/^12-hour clock/);
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meetingId);
  await expect(page.locator('.meetings-head .subtitle')).toContainText(/9:00\s?AM/);
  await page.getByRole('button', { name: 'Follow-up' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Follow-up message' }).getByLabel('Follow-up text'),
  ).toContainText(`by ${d}/${m}/${y}`);
});

test('the date format reaches the journal, the leader profile, the goodwill axis and an exported profile', async ({
  app,
}) => {
  const { page } = app;
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  await call(page, 'leaders', 'update', { id: dana, patch: { since: '2024-02-01' } });
  await call(page, 'journal', 'create', { title: 'Planning talk', date: '2026-03-10', tags: [] });
  await call(page, 'goodwill', 'add', {
    leaderId: dana,
    date: isoDay(0),
    kind: 'deposit',
    points: 2,
    categoryId: 'dep-early',
    note: '',
    meetingId: null,
    journalEntryId: null,
  });
  const nav = page.getByRole('navigation', { name: 'Main' });
  const setFormat = async (format: keyof typeof FORMAT_NAMES): Promise<void> => {
    await nav.getByRole('link', { name: 'Settings', exact: true }).click();
    const name = new RegExp(`^${FORMAT_NAMES[format]}`);
    await chooseOption(page.getByLabel('Date format'), name);
    await expect(page.getByLabel('Date format')).toHaveText(name);
  };

  await setFormat('iso');
  await nav.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(page.locator('.journal-month').first()).toHaveText('2026-03');
  await nav.getByRole('link', { name: 'Leaders', exact: true }).click();
  await page.getByRole('link', { name: /Dana Reyes/ }).click();
  await expect(page.getByText('since 2024-02-01')).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `#/goodwill/${id}`), dana);
  const ticks = page.locator(
    '.goodwill-chart .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
  );
  await expect.poll(async () => (await ticks.allTextContents()).length).toBeGreaterThan(3);
  for (const t of await ticks.allTextContents()) expect(t).toMatch(/^\d{4}-\d{2}$/);

  // An export writes dates the same way.
  await page.evaluate((id) => (window.location.hash = `#/leaders/${id}`), dana);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Export .docx' }).click();
  const file = join(app.exportsDir, 'Dana Reyes - profile.docx');
  await expect
    .poll(() =>
      stat(file).then(
        () => true,
        () => false,
      ),
    )
    .toBe(true);
  const words = await docxWords(file);
  expect(words).toContain('2024-02-01');
  expect(words).toContain(`Exported from Upward on ${isoDay(0)}`);

  // Written out in words: the same places follow.
  await setFormat('long');
  await nav.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(page.locator('.journal-month').first()).toHaveText('March 2026');
  await page.evaluate((id) => (window.location.hash = `#/leaders/${id}`), dana);
  await expect(page.getByText('since 1 February 2024')).toBeVisible();
});
