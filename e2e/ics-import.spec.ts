import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { createVault } from './fixtures/vault';
import { MeetingsPage } from './pages/meetings';
import type { Api } from '../src/shared/ipc/api';
import { readIcs } from '../src/main/core/calendar/icsImport';
import { readFileSync } from 'node:fs';
import { seriesOccurrences } from '../src/shared/recurrence';
import { chooseOption } from './fixtures/select';

const OUTLOOK_FILE = resolve(
  import.meta.dirname,
  '../src/main/core/calendar/fixtures/outlook-365-multi-series.ics',
);

test('a multi-series Outlook file imported through the picker: one series linked to a leader, its next dates on the 1:1s screen', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const meetings = new MeetingsPage(page);
  await createVault(page);
  await page.evaluate(async () => {
    const { api } = globalThis as unknown as { api: Api };
    for (const name of ['Dana Reyes', 'Robin Hale']) {
      const r = await api.leaders.create({ name, role: 'Director' });
      if (!r.ok) throw new Error(r.error.message);
    }
  });

  await meetings.open();
  await page.getByRole('button', { name: 'Import .ics' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import 1:1 series' });
  await app.answerOpen(OUTLOOK_FILE);
  await dialog.getByRole('button', { name: 'Choose a calendar file…' }).click();

  // The picker lists every series of the file with who, when and what is next.
  const list = dialog.getByRole('list', { name: 'Series in the file' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(dialog).toContainText('1 single event (not imported)');
  const robin = list.getByRole('listitem', { name: 'Monthly skip-level with Robin' });
  // The time is written the computer's way here (12- or 24-hour; time-format.spec.ts sets it).
  await expect(robin).toContainText(
    /Every month on the second Tuesday at 10:00(\sAM)? \(America\/New_York\)/,
  );
  await expect(robin).toContainText('Organiser: Robin Hale.');
  await expect(robin).toContainText('With: Sam Keller.');
  await expect(list.getByRole('listitem', { name: 'Old project sync' })).toContainText('Ended');
  await expectAccessible(page, 'calendar import picker');
  await shot(page, 'ics-picker-light');
  await switchTheme(page, 'dark');
  await shot(page, 'ics-picker-dark');
  await switchTheme(page, 'light');

  // Each row says its place in the list (only the rows in view are drawn).
  await expect(robin).toHaveAttribute('aria-setsize', '3');

  // Tick one series from the keyboard and link it to its leader.
  const tick = robin.getByRole('checkbox', { name: 'Monthly skip-level with Robin' });
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await chooseOption(robin.getByLabel('Leader for “Monthly skip-level with Robin”'), 'Robin Hale');
  await dialog.getByRole('button', { name: 'Import 1 series' }).click();
  await expect(dialog).toBeHidden();

  // The 1:1s screen shows the series and its next meetings at the right moments.
  await expect(
    page.locator('.meetings-series-title', { hasText: 'Monthly skip-level with Robin' }),
  ).toBeVisible();
  await expect(page.locator('.meetings-series-meta', { hasText: 'with Robin Hale' })).toBeVisible();
  const [draft] = readIcs(readFileSync(OUTLOOK_FILE, 'utf8'), { now: Date.now() }).series.filter(
    (s) => s.title === 'Monthly skip-level with Robin',
  );
  const now = new Date().toISOString();
  const expected = seriesOccurrences(
    draft,
    now,
    new Date(Date.now() + 60 * 86_400_000).toISOString(),
  ).map((o) => o.start);
  expect(expected.length).toBeGreaterThan(0);
  const shown = await page.evaluate(async () => {
    const { api } = globalThis as unknown as { api: Api };
    const r = await api.meetings.upcoming({ days: 60 });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.filter((o) => o.title === 'Monthly skip-level with Robin').map((o) => o.start);
  });
  expect(shown).toEqual(expected);
  const rows = meetings.upcoming().filter({ hasText: 'Monthly skip-level with Robin' });
  await expect(rows).toHaveCount(expected.length);
  const firstDay = await page.evaluate((iso) => {
    const parts = new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    }).formatToParts(new Date(iso));
    const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('weekday')} ${get('day')} ${get('month')}`;
  }, expected[0]);
  await expect(rows.first()).toContainText(firstDay);

  // Importing the same file again offers to update the series, not to add a second one.
  await page.getByRole('button', { name: 'Import .ics' }).click();
  await app.answerOpen(OUTLOOK_FILE);
  await dialog.getByRole('button', { name: 'Choose a calendar file…' }).click();
  await expect(list.getByRole('listitem', { name: 'Monthly skip-level with Robin' })).toContainText(
    'Already in Upward with Robin Hale; importing updates it.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.locator('.meetings-series-title', { hasText: 'Monthly skip-level' }),
  ).toHaveCount(1);
});

/** A calendar of `n` weekly series, as a shared team calendar can hold. */
function manySeries(n: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Upward e2e//Many series//EN'];
  const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
  for (let i = 0; i < n; i++)
    lines.push(
      'BEGIN:VEVENT',
      `UID:many-${i}@e2e.invalid`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART;TZID=Europe/Berlin:202601${String(5 + (i % 5)).padStart(2, '0')}T${String(8 + (i % 9)).padStart(2, '0')}0000`,
      'DURATION:PT30M',
      `RRULE:FREQ=WEEKLY;BYDAY=${days[i % 5]}`,
      `SUMMARY:Team sync ${i + 1}`,
      `ORGANIZER;CN=Organiser ${i % 12}:mailto:o${i % 12}@e2e.invalid`,
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

test('a file with hundreds of series: only the rows in view are drawn, found by name and ticked from the keyboard', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  const meetings = new MeetingsPage(page);
  await createVault(page);
  await page.evaluate(async () => {
    const { api } = globalThis as unknown as { api: Api };
    const r = await api.leaders.create({ name: 'Dana Reyes', role: 'Director' });
    if (!r.ok) throw new Error(r.error.message);
  });
  const file = join(await mkdtemp(join(tmpdir(), 'upward-ics-')), 'team.ics');
  await writeFile(file, manySeries(300));

  await meetings.open();
  await page.getByRole('button', { name: 'Import .ics' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import 1:1 series' });
  await app.answerOpen(file);
  await dialog.getByRole('button', { name: 'Choose a calendar file…' }).click();
  await expect(dialog).toContainText('holds 300 repeating series');
  const list = dialog.getByRole('list', { name: 'Series in the file' });
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '300');
  const drawn = await list.getByRole('listitem').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(30);
  await expectAccessible(page, 'calendar import picker with 300 series');

  // Tabbing past the drawn rows brings the next ones into view.
  await list.getByRole('checkbox', { name: 'Team sync 1', exact: true }).focus();
  for (let i = 0; i < drawn + 2; i++) await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('type', 'checkbox');
  await expect(focused).toBeInViewport();

  await dialog.getByRole('searchbox', { name: 'Find a series' }).fill('sync 250');
  await expect(dialog).toContainText('1 of 300 series match.');
  const row = list.getByRole('listitem', { name: 'Team sync 250' });
  await row.getByRole('checkbox', { name: 'Team sync 250' }).focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('button', { name: 'Import 1 series' })).toBeEnabled();
  await shot(page, 'ics-picker-many-light');
  await switchTheme(page, 'dark');
  await shot(page, 'ics-picker-many-dark');
  await switchTheme(page, 'light');
  await dialog.getByRole('button', { name: 'Import 1 series' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.meetings-series-title', { hasText: 'Team sync 250' })).toBeVisible();
});
