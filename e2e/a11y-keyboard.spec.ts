import { readdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expectVisibleFocus, focusedName } from './a11y/checks';
import { seedVault } from './a11y/seed';
import { expect, test } from './fixtures/app';
import { PASSPHRASE } from './fixtures/vault';
import { dateField } from './fixtures/dateField';
import { expectAccessible } from './fixtures/audit';

/**
 * The app's core tasks done with the keyboard alone: no click, no programmatic focus. Every
 * control is reached with Tab (or Shift+Tab), and each one reached shows that it has focus.
 */

// The first scenario creates its vault by keyboard; the others start in the fixture vault, unlocked.
test.use({ vault: 'unlocked' });

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reached in `max` steps. */
async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}): Promise<void> {
  await expect(target, 'the control to reach').toHaveCount(1);
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      await expectVisibleFocus(page, 'keyboard task');
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${String(target)} not reached with the keyboard; focus is on ${await focusedName(page)}`,
  );
}

/** Goes to an area through the command palette (Ctrl+K, its name, Enter). */
async function goTo(page: Page, area: string, heading: RegExp): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.keyboard.type(`Go to ${area}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

/** Task 1: creates the vault from the first-run screen. */
async function createVaultByKeyboard(page: Page): Promise<void> {
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, page.getByLabel('Confirm passphrase'));
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  // The recovery code replaces the form: focus is on its heading, read first.
  await expect(page.getByRole('heading', { name: 'Your recovery code' })).toBeFocused();
  await expect(page).toHaveTitle('Your recovery code — Upward');
  await tabTo(page, page.getByLabel('I have stored my recovery code safely'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Open Upward' }));
  await page.keyboard.press('Enter');
  // Then the name, typed where focus lands, and Enter.
  await expect(page.getByLabel('Your name')).toBeFocused();
  await expect(page).toHaveTitle('Your name — Upward');
  await page.keyboard.type('Alex Kim');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await expect(page).toHaveTitle('Dashboard — Upward');
}

test.describe('first run', () => {
  test.use({ vault: 'first-run' });

  test('keyboard only: create the vault, then write and edit a formatted journal entry, from the palette too', async ({
    app,
  }) => {
    const { page } = app;
    await createVaultByKeyboard(page);

    // A new entry from the palette: focus lands where typing is next.
    await page.keyboard.press('Control+K');
    await page.keyboard.type('New journal entry');
    await page.keyboard.press('Enter');
    const title = page.getByRole('textbox', { name: 'Title' });
    const body = page.getByRole('textbox', { name: 'Entry text' });
    // It opens straight into the editor, the caret in its text.
    await expect(page.locator('.rte-content:focus')).toHaveCount(1);
    await tabTo(page, title, { back: true });
    await page.keyboard.type('Quarterly planning');
    await tabTo(page, body);
    await page.keyboard.type('Plain start, ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('bold words');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' and ');
    await page.keyboard.press('Control+I');
    await page.keyboard.type('a slanted end');
    await expect(body.locator('strong')).toHaveText('bold words');
    await expect(body.locator('em')).toHaveText('a slanted end');
    await expect(page.locator('.save-indicator')).toHaveText('Saved');

    // Edit it again after a visit elsewhere: back through the list, with the keyboard.
    await goTo(page, 'Dashboard', /Dashboard/);
    await goTo(page, 'Journal', /Journal/);
    await tabTo(page, page.getByRole('link', { name: /Quarterly planning/ }));
    await page.keyboard.press('Enter');
    // Focus arrives at the start of the text: add words there and make that line a heading.
    await tabTo(page, body);
    await page.keyboard.type('Edited. ');
    await page.keyboard.press('Control+Alt+2');
    await expect(body.locator('h2')).toHaveText(/^Edited\. Plain start, bold words/);
    await expect(page.locator('.save-indicator')).toHaveText('Saved');
  });
});

test('keyboard only: open a meeting, add, reorder and tick agenda items, add an action item, export the agenda', async ({
  app,
}) => {
  const { page } = app;
  await seedVault(page);

  // Open the next meeting from the 1:1s screen.
  await goTo(page, '1:1s', /^1:1s$/);
  await tabTo(page, page.getByRole('button', { name: /^(Prepare|Open the agenda):/ }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Dana Reyes/ })).toBeFocused();

  // Add two items to the second section, by typing and Enter.
  const add = page.getByRole('textbox', { name: /^Add an item to / }).nth(1);
  await tabTo(page, add);
  await page.keyboard.type('Budget for the offsite');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Team rotation');
  await page.keyboard.press('Enter');
  const section = page.locator('.meetings-section').nth(1);
  const texts = (): Promise<string[]> =>
    section
      .getByRole('textbox', { name: 'Agenda item' })
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await expect
    .poll(texts)
    .toEqual([
      'Hiring plan for the third quarter',
      'Feedback on the launch review',
      'Budget for the offsite',
      'Team rotation',
    ]);

  // Reorder: the last item up one place with Alt+↑, from its text.
  await tabTo(page, section.getByRole('textbox', { name: 'Agenda item' }).last(), { back: true });
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(texts)
    .toEqual([
      'Hiring plan for the third quarter',
      'Feedback on the launch review',
      'Team rotation',
      'Budget for the offsite',
    ]);

  // Tick one as discussed.
  const discussed = page.getByRole('checkbox', {
    name: 'Discussed: Hiring plan for the third quarter',
  });
  await tabTo(page, discussed, { back: true });
  await page.keyboard.press('Space');
  await expect(discussed).toBeChecked();

  // An action item with an owner and a due date.
  const form = page.getByRole('form', { name: 'Add action item' });
  await tabTo(page, form.getByRole('textbox', { name: 'Action item' }));
  await page.keyboard.type('Share the rotation plan');
  // The owner's select: Enter opens its list, an arrow moves, Enter chooses, focus comes back.
  const owner = form.getByLabel('Owner');
  await tabTo(page, owner);
  await expect(owner).toHaveText('Me');
  await page.keyboard.press('Enter');
  const list = page.getByRole('listbox');
  await expect(list).toBeVisible();
  await expect(list.getByRole('option', { name: 'Me', exact: true })).toBeFocused();
  // While the list is open the rest of the page is hidden from screen readers and focus cannot
  // leave the list, so the list itself is what is checked.
  await expectAccessible(page, 'an open select', '.select-content');
  await page.keyboard.press('ArrowDown');
  // The arrow has moved off "Me" before Enter chooses (a busy page may take a moment).
  await expect(list.getByRole('option', { name: 'Me', exact: true })).not.toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(owner).toBeFocused();
  await expect(owner).not.toHaveText('Me');
  // Space opens it too; Escape closes it without changing the choice.
  const chosen = await owner.textContent();
  await page.keyboard.press('Space');
  await expect(list).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(owner).toBeFocused();
  await expect(owner).toHaveText(chosen ?? '');
  await expectAccessible(page, 'the action form after choosing an owner');
  await tabTo(page, dateField(form, 'Due').getByRole('spinbutton').first());
  await page.keyboard.type('12312030');
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('list', { name: 'Action items from this 1:1' })
      .getByText('Share the rotation plan'),
  ).toBeVisible();

  // Export the agenda; focus comes back to the button.
  const exportButton = page.getByRole('button', { name: 'Export agenda' });
  await tabTo(page, exportButton, { back: true, max: 120 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export the agenda' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Export .docx' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(exportButton).toBeFocused();
  await expect.poll(async () => (await readdir(app.exportsDir).catch(() => [])).length).toBe(1);
});

test('keyboard only: record a goodwill deposit and reorder a profile list, hearing where the item went', async ({
  app,
}) => {
  const { page } = app;
  const seeded = await seedVault(page);

  // A deposit, from the Goodwill screen.
  await goTo(page, 'Goodwill', /^Goodwill$/);
  const deposit = page.getByRole('button', { name: 'Deposit' }).first();
  await tabTo(page, deposit);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Record a deposit' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByLabel('Note'));
  await page.keyboard.type('Covered the on-call weekend');
  await tabTo(page, dialog.getByRole('button', { name: 'Record deposit' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(deposit).toBeFocused();
  await expect(page.getByText('Covered the on-call weekend')).toBeVisible();

  // Reorder a profile list: the handle picks the item up with Space, arrows move it, Space drops it.
  await page.evaluate((id) => (location.hash = `#/leaders/${id}`), seeded.leaderId);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Reyes' })).toBeFocused();
  const strengths = page.locator('.leaders-list-card').filter({
    has: page.getByRole('heading', { name: 'Strengths', exact: true }),
  });
  const items = (): Promise<string[]> =>
    strengths
      .getByRole('textbox', { name: /^Strengths, item \d+$/ })
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await tabTo(
    page,
    strengths.getByRole('button', { name: 'Move “Sees the whole roadmap at once”', exact: true }),
    {
      max: 120,
    },
  );
  // Everything the drag library's live region says, in order.
  await page.evaluate(() => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    new MutationObserver(() => {
      const region = document.querySelector('[id^="DndLiveRegion"]');
      const text = region?.textContent ?? '';
      if (text && w.__said.at(-1) !== text) w.__said.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const said = (): Promise<string[]> =>
    page.evaluate(() => (window as unknown as { __said: string[] }).__said);
  await page.keyboard.press('Space');
  await expect
    .poll(said)
    .toContain('Picked up “Sees the whole roadmap at once”, at position 1 of 3 in Strengths.');
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(said)
    .toContain('“Sees the whole roadmap at once” would move to position 2 of 3 in Strengths.');
  await page.keyboard.press('Space');
  await expect
    .poll(said)
    .toContain('Dropped “Sees the whole roadmap at once” at position 2 of 3 in Strengths.');
  // Words and positions only: never the library's default texts or its internal ids.
  expect((await said()).join(' ')).not.toMatch(/draggable|droppable/i);
  await expect
    .poll(items)
    .toEqual([
      'Fast, clear decisions in reviews',
      'Sees the whole roadmap at once',
      'Protects the team from churn',
    ]);

  // And with Alt+↓ from an item's text, announced in words too.
  await tabTo(page, strengths.getByRole('textbox', { name: 'Strengths, item 1' }), { back: true });
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(items)
    .toEqual([
      'Sees the whole roadmap at once',
      'Fast, clear decisions in reviews',
      'Protects the team from churn',
    ]);
  await expect(strengths.locator('[aria-live="polite"]')).toHaveText(
    'Moved “Fast, clear decisions in reviews” to position 2 of 3 in Strengths.',
  );
});
