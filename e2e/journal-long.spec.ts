import { expect, test } from './fixtures/app';
import { JournalPage } from './pages/journal';

test.use({ vault: 'unlocked' });

/** More entries than the journal's first screen of its list holds (120), over three years. */
const COUNT = 150;

test('a journal longer than its first screen: the list fills in to every entry, and the oldest is reached from the keyboard', async ({
  app,
}) => {
  const { page } = app;
  // Written through the app's own calls, a week apart, oldest first.
  await page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) {
      const date = new Date(Date.UTC(2023, 0, 2) + i * 7 * 86_400_000).toISOString().slice(0, 10);
      await window.api.journal.create({ date, title: `Week ${i + 1}` });
    }
  }, COUNT);
  const journal = new JournalPage(page);
  await journal.open();

  // The newest first, then the older ones: the wait ends and the count is every entry.
  await expect(journal.entries).toHaveAttribute('aria-label', `Entries, ${COUNT}`);
  await expect(page.getByText('Loading older entries…')).toHaveCount(0);
  await expect(page.locator('.journal-count')).toHaveText(String(COUNT));
  await expect(journal.entries.getByRole('link').first()).toContainText(`Week ${COUNT}`);

  // The oldest, beyond the first screen, is in the list.
  await journal.entries.getByRole('link').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toContainText('Week 1');
  await expect(page.locator(':focus')).not.toContainText('Week 10');
});
