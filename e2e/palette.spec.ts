import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import type { Page } from '@playwright/test';
import { call, isoDay, seedLeader, seedMeeting } from './fixtures/seed';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

/** A vault with one of every kind of content, put in place through the app's API. */
async function seedContent(page: Page): Promise<{ dana: string; meetingId: string }> {
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'CTO', goal: 'Cut churn' });
  await call(page, 'leaders', 'update', {
    id: dana,
    patch: {
      communication: { channel: 'Slack for quick things', cadence: '', detail: '', bestTime: '' },
    },
  });
  const { meetingId } = await seedMeeting(page, dana, {
    firstDay: -3,
    items: [['Updates', 'Roadmap for the billing migration']],
  });
  await call(page, 'actions', 'create', {
    text: 'Send the risk register',
    owner: { kind: 'me' },
    leaderId: dana,
  });
  await call(page, 'journal', 'create', { date: isoDay(-1), title: 'Migration went live' });
  const [category] = await call<{ id: string; kind: string }[]>(page, 'goodwill', 'categories');
  await call(page, 'goodwill', 'add', {
    leaderId: dana,
    date: isoDay(-2),
    kind: category.kind,
    points: 2,
    categoryId: category.id,
    note: 'Covered the migration demo',
  });
  await call(page, 'dashboard', 'createProject', { name: 'Billing migration', update: 'On time' });
  return { dana, meetingId };
}

test('the palette finds leaders, 1:1s, agenda and action items, entries, goodwill and projects, grouped and highlighted', async ({
  app,
}) => {
  const { page } = app;
  const { dana, meetingId } = await seedContent(page);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = page.getByRole('combobox', { name: 'Command' });
  const group = (name: string) => palette.getByRole('group', { name });

  // Nothing typed: Enter does nothing, the vault stays open.
  await page.keyboard.press('Control+K');
  await expect(input).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(palette).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // A name finds the leader and her 1:1s, no unrelated command.
  await input.fill('Dana');
  await expect(group('Leaders').getByRole('option')).toHaveCount(1);
  await expect(group('Leaders').getByRole('option')).toContainText('Dana Reyes');
  await expect(group('Leaders').locator('mark')).toHaveText('Dana');
  await expect(group('1:1s').getByRole('option')).toContainText('1:1 with Dana Reyes');
  await expect(group('Vault')).toHaveCount(0);

  // A profile field, a job title.
  await input.fill('CTO');
  await expect(group('Leaders').getByRole('option')).toContainText('Dana Reyes');
  await input.fill('slack quick');
  await expect(group('Leaders').getByRole('option')).toContainText('Slack for quick things');

  // One word across every kind, grouped in order; a prefix, then a typo.
  await input.fill('migrat');
  for (const name of ['Agenda items', 'Journal entries', 'Goodwill entries', 'Projects'])
    await expect(group(name).getByRole('option')).not.toHaveCount(0);
  const contentKinds = ['Leaders', '1:1s', 'Agenda items', 'Action items', 'Journal entries'];
  contentKinds.push('Goodwill entries', 'Projects');
  await expect
    .poll(async () =>
      (await palette.locator('[cmdk-group-heading]').allTextContents()).filter((h) =>
        contentKinds.includes(h),
      ),
    )
    .toEqual(['Agenda items', 'Journal entries', 'Goodwill entries', 'Projects']);
  await expectAccessible(page, 'palette with results');
  await shot(page, 'palette-results-light');
  await page.keyboard.press('Escape');
  await switchTheme(page, 'dark');
  await page.keyboard.press('Control+K');
  await input.fill('migrat');
  await expect(group('Projects').getByRole('option')).toHaveCount(1);
  await shot(page, 'palette-results-dark');
  await expectAccessible(page, 'palette with results (dark)');
  await input.fill('regster');
  await expect(group('Action items').getByRole('option')).toContainText('Send the risk register');

  // Enter opens the first thing found.
  await input.fill('roadmap billing');
  await expect(group('Agenda items').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${meetingId}$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();

  await page.keyboard.press('Control+K');
  await input.fill('Dana Reyes');
  await expect(group('Leaders').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/leaders/${dana}$`));
  await switchTheme(page, 'light');
});
