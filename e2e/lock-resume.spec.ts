import { expect, test } from './fixtures/app';
import { JournalPage } from './pages/journal';
import { unlock } from './fixtures/vault';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

test('locking in the middle of a sentence keeps it, and unlocking returns to the same entry', async ({
  app,
}) => {
  const { page } = app;
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

test.describe('auto-lock on a fake clock', () => {
  test.use({ fakeTime: true });

  test('typing keeps the vault open; a minute of nothing locks it', async ({ app }) => {
    const why = 'needs the Chromium bridge, whose core runs on a clock the test drives';
    test.skip(!app.bridge?.time, why);
    const time = app.bridge!.time!;
    const { page } = app;
    const state = async (): Promise<string> => {
      // Lets a lock that a timer started finish before looking.
      await page.waitForTimeout(300);
      return page.evaluate(async () => {
        const r = await window.api.vault.status();
        return r.ok ? r.value.state : 'error';
      });
    };
    await page.evaluate(() => window.api.settings.update({ autoLockMinutes: 1 }));
    const journal = new JournalPage(page);
    await journal.open();
    await journal.newEntry();
    await journal.body.click();
    // The page reports activity at most every 20 s of its own time: let that pass.
    await page.clock.install();
    await page.clock.fastForward(25_000);
    await time.tick(50_000);
    await page.keyboard.type('Still here');
    await time.tick(55_000);
    // 105 s since unlocking, 55 s since the last keystroke.
    expect(await state()).toBe('unlocked');
    await time.tick(10_000);
    await expect.poll(state).toBe('locked');
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  });
});
