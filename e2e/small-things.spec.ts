import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { seedLeader } from './fixtures/seed';
import { JournalPage } from './pages/journal';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

test('mood steps are named where they are picked and shown; an @mention fills an empty About', async ({
  app,
}) => {
  const { page } = app;
  await seedLeader(page, { name: 'Dana Reyes' });
  const journal = new JournalPage(page);
  await journal.open();
  await journal.newEntry();

  const moods = page.getByRole('group', { name: 'Mood' });
  for (const word of ['Rough', 'Low', 'Steady', 'Good', 'Great'])
    await expect(moods.getByText(word, { exact: true })).toBeVisible();
  await journal.setMood(4);

  const about = page.getByLabel('About');
  await expect(about).toHaveText('No one in particular');
  await journal.body.click();
  await page.keyboard.type('Walked through the plan with @Dan');
  await page
    .getByRole('listbox', { name: 'Mention' })
    .getByRole('option', { name: /Dana Reyes/ })
    .click();
  await expect(about).toHaveText('Dana Reyes');
  await journal.saved();
  await expectAccessible(page, 'journal entry with mood words');
  await shot(page, 'journal-mood-light');
  await switchTheme(page, 'dark');
  await shot(page, 'journal-mood-dark');

  // The list names the mood in words too.
  const row = journal.entries.getByRole('listitem').first();
  await expect(row).toContainText('Good');
  await expect(row.locator('.journal-mood-tag')).toHaveText(/Mood\s*Good/);
});

test('notices sit below the page, never over a control, and do not repeat; a disabled primary button reads in the dark', async ({
  app,
}) => {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Action items', exact: true })
    .click();
  await page.getByRole('button', { name: 'New action item' }).click();
  const form = page.getByRole('form', { name: 'Add action item' });
  const text = form.getByLabel('Action item');
  const add = form.getByRole('button', { name: 'Add action item' });
  for (const n of [1, 2, 3, 4]) {
    await text.fill(`Send the draft number ${n}`);
    await add.click();
    await expect(page.getByRole('listitem').filter({ hasText: `draft number ${n}` })).toBeVisible();
  }
  // The same notice four times shows once (at most three different ones show at a time).
  const toasts = page.locator('.toasts .toast');
  await expect(toasts).toHaveCount(1);
  // The page ends where the notices begin: nothing of it lies under them.
  const region = await page.locator('.toasts').boundingBox();
  const root = await page.locator('#root').boundingBox();
  expect(region && root).toBeTruthy();
  expect((root?.y ?? 0) + (root?.height ?? 0)).toBeLessThanOrEqual((region?.y ?? 0) + 1);
  await shot(page, 'toasts-light');

  // Empty text: the primary button is disabled, and its words still read in the dark theme.
  await text.fill('');
  await expect(add).toBeDisabled();
  await switchTheme(page, 'dark');
  await shot(page, 'toasts-dark');
  const ratio = await add.evaluate((el) => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]): number => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(el);
    const fg = lum(rgb(style.color));
    const bg = lum(rgb(style.backgroundColor));
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
  await expect(add).toHaveCSS('opacity', '1');
  await shot(page, 'disabled-primary-dark');
  await expectAccessible(page, 'action items in the dark with a disabled primary button');
});
