import { join, resolve } from 'node:path';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import type { Page } from '@playwright/test';
import { call, docxWords, isoDay, seedLeader, seedMeeting } from './fixtures/seed';
import { MeetingsPage } from './pages/meetings';
import { chooseOption } from './fixtures/select';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

const ICS_FIXTURE = resolve(
  import.meta.dirname,
  '../src/main/core/calendar/fixtures/google-biweekly-berlin.ics',
);

/** A screenshot from the top of the screen (`shot` waits for the theme's transitions to settle). */
async function topShot(page: Page, name: string): Promise<void> {
  await page.locator('#main').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, name);
}

/** Opens a meeting's agenda by its address, as a link or a reminder would. */
async function openMeeting(page: Page, meetingId: string): Promise<void> {
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meetingId);
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
}

test('a biweekly series is created through the dialog; its edit and template dialogs are accessible', async ({
  app,
}) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });

  await meetings.open();
  await expect(page.getByRole('heading', { name: 'No 1:1s scheduled yet' })).toBeVisible();
  await meetings.createSeries({ leader: 'Dana Reyes', cadence: 'Every 2 weeks', time: '23:45' });
  await expect(page.locator('.meetings-series-meta').first()).toContainText('Every 2 weeks on');
  await expect(meetings.upcoming()).not.toHaveCount(0);
  await expectAccessible(page, '1:1s schedule');
  await page.getByRole('button', { name: 'Edit 1:1 with Dana Reyes' }).click();
  const seriesDialog = page.getByRole('dialog', { name: 'Edit series' });
  await expect(seriesDialog.getByLabel('Time zone')).not.toHaveValue('');
  await expectAccessible(page, 'series dialog');
  await shot(page, 'series-dialog-light');
  await seriesDialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Templates' }).click();
  const templates = page.getByRole('dialog', { name: 'Agenda templates' });
  await expect(templates.getByLabel('Section 1')).toHaveValue('Follow-ups');
  await expectAccessible(page, 'templates dialog');
  await shot(page, 'templates-dialog-light');
  await templates.press('Escape');
});

test('the next 1:1 prepared with the assistant, reordered by keyboard, marked, and exported without then with private notes', async ({
  app,
}) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  const dana = await seedLeader(page, {
    name: 'Dana Reyes',
    role: 'VP Engineering',
    goal: 'Cut churn by half',
  });
  await call(page, 'journal', 'create', {
    date: isoDay(0),
    title: 'Shipped the new search',
    tags: ['win'],
    leaderId: dana,
  });
  await seedMeeting(page, dana, { firstDay: 1 });

  await meetings.open();
  await meetings.prepareNext();
  const goal = meetings.suggestion('Progress toward: Cut churn by half');
  await expect(goal).toContainText('Dana Reyes named “Cut churn by half” among their goals');
  const win = meetings.suggestion('Shipped the new search');
  await expect(win).toContainText('You logged “Shipped the new search”');
  await goal.getByRole('button', { name: /^Add to agenda/ }).click();
  await expect(meetings.item('Progress toward: Cut churn by half')).toContainText('From prep');
  await win.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(win).toHaveCount(0);

  await meetings.addItem('Updates', 'Roadmap review');
  await meetings.addItem('Asks & decisions', 'Conference budget');
  await meetings.addItem('Updates', 'Team offsite');
  await page.getByRole('textbox', { name: 'Private prep notes' }).click();
  await page.keyboard.type('PRIVATE-PREP Dana seems stretched this month');

  // Reorder by keyboard: Alt+Up moves "Team offsite" above "Roadmap review", and says so.
  await meetings.item('Team offsite').locator('.meetings-handle').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => meetings.itemsIn('Updates'))
    .toEqual(['Progress toward: Cut churn by half', 'Team offsite', 'Roadmap review']);
  await expect(
    page.getByText('Moved “Team offsite” to position 2 of 3 in Updates.'),
  ).toBeAttached();

  await meetings.markDiscussed('Roadmap review');
  await meetings.decide('Conference budget', 'Approved up to 2,000');
  await meetings.markDiscussed('Conference budget');
  await meetings.defer('Team offsite');
  await meetings.addAction({ text: 'Send the hiring plan', owner: 'Me', due: isoDay(0) });
  await meetings.addAction({ text: 'Approve the conference budget', owner: 'Dana Reyes' });
  await expectAccessible(page, 'meeting agenda');
  await topShot(page, 'meeting-light');
  await switchTheme(page, 'dark');
  await topShot(page, 'meeting-dark');
  await expectAccessible(page, 'meeting agenda (dark)');
  await switchTheme(page, 'light');

  const agendaPath = join(app.exportsDir, 'agenda.docx');
  await app.answerSave(agendaPath);
  await page.getByRole('button', { name: 'Export agenda' }).click();
  await page
    .getByRole('dialog', { name: 'Export the agenda' })
    .getByRole('button', { name: 'Export .docx' })
    .click();
  // The notice says where the file went, with one click to the folder or the file.
  const notice = page.getByRole('status').filter({ hasText: `Saved to ${agendaPath}` });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Show in folder' }).click();
  await notice.getByRole('button', { name: 'Open' }).click();
  if (app.bridge) {
    await expect.poll(() => app.bridge?.shell.shownInFolder).toEqual([agendaPath]);
    await expect.poll(() => app.bridge?.shell.openedFiles).toEqual([agendaPath]);
  }
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toBeHidden();
  const agenda = await docxWords(agendaPath);
  expect(agenda).toContain('Asks & decisions');
  expect(agenda).toContain('Conference budget');
  expect(agenda).toContain('Decision: Approved up to 2,000');
  expect(agenda).toContain('Send the hiring plan');
  expect(agenda).not.toContain('PRIVATE-PREP');
  // Nothing tells the reader that private notes exist.
  expect(agenda).not.toMatch(/private|left out|suggested in prep/i);
  const privatePath = join(app.exportsDir, 'agenda-private.docx');
  await app.answerSave(privatePath);
  await page.getByRole('button', { name: 'Export agenda' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the agenda' });
  await expect(exportDialog.getByLabel(/^Prep notes/)).not.toBeChecked();
  await expect(exportDialog.getByLabel(/^Agenda items and decisions/)).toBeChecked();
  await exportDialog.getByLabel(/^Prep notes/).check();
  await expect(exportDialog.getByText('Keep it to yourself', { exact: false })).toBeVisible();
  await exportDialog.getByRole('button', { name: 'Export .docx' }).click();
  await expect(page.getByText(`Saved to ${privatePath}`)).toBeVisible();
  expect(await docxWords(privatePath)).toContain('PRIVATE-PREP Dana seems stretched this month');
});

test('closing a 1:1 opens the follow-up, carries what was not discussed to the next one, and its actions follow', async ({
  app,
}) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  // The name and role first run asks for, which sign the follow-up.
  await call(page, 'settings', 'update', { userName: 'Alex Kim', userRole: 'Engineering Manager' });
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  const { meetingId, sections } = await seedMeeting(page, dana, {
    firstDay: -7,
    items: [
      ['Updates', 'Roadmap review'],
      ['Updates', 'Team offsite'],
      ['Asks & decisions', 'Conference budget'],
    ],
  });
  const view = await call<{ meeting: { agenda: { id: string; text: string }[] } }>(
    page,
    'meetings',
    'get',
    { id: meetingId },
  );
  const itemId = (text: string): string =>
    view.meeting.agenda.find((i) => i.text === text)?.id ?? '';
  for (const text of ['Roadmap review', 'Conference budget'])
    await call(page, 'meetings', 'agendaSetStatus', {
      meetingId,
      itemId: itemId(text),
      status: 'discussed',
    });
  await call(page, 'meetings', 'agendaUpdate', {
    meetingId,
    itemId: itemId('Conference budget'),
    decision: 'Approved up to 2,000',
  });
  await call(page, 'actions', 'create', {
    text: 'Send the hiring plan',
    owner: { kind: 'me' },
    due: isoDay(0),
    leaderId: dana,
    meetingId,
  });
  await call(page, 'actions', 'create', {
    text: 'Approve the conference budget',
    owner: { kind: 'leader' },
    leaderId: dana,
    meetingId,
  });
  expect(sections['Updates']).toBeTruthy();

  await openMeeting(page, meetingId);
  await page.getByRole('button', { name: 'Close 1:1' }).click();
  await expect(page.getByText(/1:1 closed\. 1 item carried over/)).toBeVisible();
  const followUp = page.getByRole('dialog', { name: 'Follow-up message' });
  const text = followUp.getByLabel('Follow-up text');
  await expect(text).toContainText('Conference budget: Approved up to 2,000');
  await expect(text).toContainText('What we discussed');
  await expect(text).toContainText('Send the hiring plan (Alex Kim, by');
  await expect(text).toContainText('Alex Kim\nEngineering Manager');
  await expect(text).toContainText('Approve the conference budget (Dana Reyes, no date set)');
  await expectAccessible(page, 'follow-up dialog');
  await shot(page, 'follow-up-light');
  await followUp.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText('Follow-up copied.', { exact: false })).toBeVisible();
  if (app.bridge) expect(app.bridge.shell.clipboard.at(-1)).toContain('What we discussed');
  await followUp.getByRole('button', { name: 'Open in mail app' }).click();
  await expect(followUp.getByText('Opened in your mail app', { exact: false })).toBeVisible();
  if (app.bridge)
    expect(app.bridge.shell.opened.at(-1)).toMatch(/^mailto:\?subject=Follow-up.*&body=Hi%20Dana/);
  const followUpPath = join(app.exportsDir, 'follow-up.docx');
  await app.answerSave(followUpPath);
  await followUp.getByRole('button', { name: 'Save .docx' }).click();
  await expect(followUp.getByText(`Saved to ${followUpPath}`)).toBeVisible();
  await expect(followUp.getByRole('button', { name: 'Show in folder' })).toBeVisible();
  const followUpDoc = await docxWords(followUpPath);
  expect(followUpDoc).toContain('What we discussed');
  expect(followUpDoc).toContain('Engineering Manager');
  expect(followUpDoc).toContain('Conference budget: Approved up to 2,000');
  expect(followUpDoc).toContain('Approve the conference budget');
  await followUp.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('Held', { exact: true })).toBeVisible();

  // The next meeting has what was not discussed, and the open action items.
  await page
    .getByRole('complementary', { name: 'Preparation' })
    .getByRole('button', { name: /^(Prepare|Open)$/ })
    .click();
  await expect(page.getByRole('button', { name: 'Close 1:1' })).toBeVisible();
  expect(await meetings.itemsIn('Updates')).toEqual(['Team offsite']);
  await expect(meetings.item('Team offsite')).toContainText('Carried over');
  expect(await meetings.itemsIn('Asks & decisions')).toEqual([]);
  await expect(
    page.getByRole('list', { name: 'Open action items from earlier 1:1s' }),
  ).toContainText('Send the hiring plan');
  await expectAccessible(page, 'next meeting with carried items');
  await topShot(page, 'meeting-next-light');

  // Completing it from the global list updates every view.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Action items', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Done: Send the hiring plan' }).check();
  await expect(page.getByRole('checkbox', { name: 'Done: Send the hiring plan' })).toHaveCount(0);
  await expectAccessible(page, 'action items');
  await topShot(page, 'actions-light');
});

test('a series is imported from a calendar file', async ({ app }) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  await seedMeeting(page, dana, { firstDay: 1 });

  await meetings.open();
  await page.getByRole('button', { name: 'Import .ics' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import 1:1 series' });
  await app.answerOpen(ICS_FIXTURE);
  await importDialog.getByRole('button', { name: 'Choose a calendar file…' }).click();
  await chooseOption(importDialog.getByLabel('Leader for “Alex / Dana 1:1”'), 'Dana Reyes');
  await importDialog.getByRole('button', { name: 'Import 1 series' }).click();
  await expect(page.getByText(/^Imported 1 series from google-biweekly-berlin\.ics/)).toBeVisible();
  if (await importDialog.isVisible())
    await importDialog.getByRole('button', { name: 'Done' }).click();
  await expect(
    page.locator('.meetings-series-title', { hasText: 'Alex / Dana 1:1' }),
  ).toBeVisible();
  await expectAccessible(page, '1:1s with two series');
  await topShot(page, 'meetings-light');
  await switchTheme(page, 'dark');
  await topShot(page, 'meetings-dark');
});
