import { expect, test } from './fixtures/app';
import { JournalPage } from './pages/journal';
import { createVault, unlock } from './fixtures/vault';

test('locking in the middle of a sentence keeps it, and unlocking returns to the same entry', async ({
  app,
}) => {
  const { page } = app;
  await createVault(page);
  const journal = new JournalPage(page);
  await journal.open();
  await journal.newEntry();
  await journal.setTitle('Half-written thought');
  await journal.body.click();
  await page.keyboard.type('She trusted me with the launch because');
  const route = page.url();
  // Lock immediately, before the autosave's pause has passed.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByText('She trusted me with the launch')).toHaveCount(0);
  await unlock(page);
  expect(page.url()).toBe(route);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Half-written thought');
  await expect(journal.body).toContainText('She trusted me with the launch because');
});
