import type { Locator } from '@playwright/test';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { call, seedLeader } from './fixtures/seed';
import { JournalPage } from './pages/journal';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

/** True when a field shows all of its text: nothing scrolled out sideways or below. */
async function showsAll(field: Locator): Promise<boolean> {
  return field.evaluate(
    (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
  );
}

const SENTENCE =
  'Slack for quick things, a call for anything that needs a decision, and a short written note before each 1:1';
const METRIC = 'P1 incidents / regressions reported by customers per week';

test('sentences show whole: profile fields grow, metric names wrap, journal rows keep heading and text apart', async ({
  app,
}) => {
  const { page } = app;
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });

  // A long answer in a profile field grows the field instead of hiding its end.
  await page.evaluate((id) => (window.location.hash = `#/leaders/${id}`), dana);
  const channel = page.getByRole('textbox', { name: 'Preferred channel' });
  await channel.fill(SENTENCE);
  await expect(channel).toHaveValue(SENTENCE);
  expect(await showsAll(channel)).toBe(true);
  // Enter does not break the sentence into lines.
  await channel.press('End');
  await channel.press('Enter');
  await expect(channel).toHaveValue(SENTENCE);
  await expectAccessible(page, 'leader profile with a long sentence');
  await channel.scrollIntoViewIfNeeded();
  await shot(page, 'profile-sentence-light');
  await switchTheme(page, 'dark');
  await shot(page, 'profile-sentence-dark');
  await switchTheme(page, 'light');

  // A long metric name wraps in its tile, and its full name is its title and accessible name.
  await call(page, 'dashboard', 'createMetric', {
    name: METRIC,
    leaderId: null,
    value: '3',
    target: '0',
  });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard', exact: true })
    .click();
  const name = page.getByRole('textbox', { name: `Name of the metric ${METRIC}` });
  await expect(name).toHaveValue(METRIC);
  await expect(name).toHaveAttribute('title', METRIC);
  expect(await showsAll(name)).toBe(true);
  await name.scrollIntoViewIfNeeded();
  await shot(page, 'metric-long-name-light');
  await switchTheme(page, 'dark');
  await shot(page, 'metric-long-name-dark');
  await switchTheme(page, 'light');

  // A journal entry without a title: its first block heads the row, the rest is the preview.
  await call(page, 'journal', 'create', {
    date: '2026-03-10',
    title: '',
    body: {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'What happened' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Dana was decisive.' }] },
      ],
    },
  });
  const journal = new JournalPage(page);
  await journal.open();
  const row = journal.entries.getByRole('listitem').first();
  await expect(row.locator('.journal-row-title')).toHaveText(/What happened$/);
  await expect(row.locator('.journal-row-excerpt')).toHaveText(/^,?\s*Dana was decisive\.$/);
  const title = await row.locator('.journal-row-title').boundingBox();
  const excerpt = await row.locator('.journal-row-excerpt').boundingBox();
  expect((title?.y ?? 0) + (title?.height ?? 0)).toBeLessThanOrEqual((excerpt?.y ?? 0) + 1);
  await shot(page, 'journal-rows-light');
});
