import { resolve } from 'node:path';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { createVault } from './fixtures/vault';
import { MeetingsPage } from './pages/meetings';
import type { Api } from '../src/shared/ipc/api';
import { readIcs } from '../src/main/core/calendar/icsImport';
import { readFileSync } from 'node:fs';
import { seriesOccurrences } from '../src/shared/recurrence';

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
  await expect(robin).toContainText(
    'Every month on the second Tuesday at 10:00 (America/New_York)',
  );
  await expect(robin).toContainText('Organiser: Robin Hale.');
  await expect(robin).toContainText('With: Sam Keller.');
  await expect(list.getByRole('listitem', { name: 'Old project sync' })).toContainText('Ended');
  await expectAccessible(page, 'calendar import picker');
  await shot(page, 'ics-picker-light');
  await switchTheme(page, 'dark');
  await shot(page, 'ics-picker-dark');
  await switchTheme(page, 'light');

  // Tick one series and link it to its leader.
  await robin.getByRole('checkbox', { name: 'Monthly skip-level with Robin' }).check();
  await robin
    .getByLabel('Leader for “Monthly skip-level with Robin”')
    .selectOption({ label: 'Robin Hale' });
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
