import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { call, isoDay, seedLeader, seedMeeting } from './fixtures/seed';
import { MeetingsPage } from './pages/meetings';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

/**
 * The meeting screen's tools: a prep assistant that knows the agenda, every item's tools
 * within reach of the keyboard, the series as a calendar file, carry-over that a reopen or a
 * restore takes back, a drop preview while dragging, and each leader's keep-in-touch nudge.
 */

interface Item {
  id: string;
  text: string;
  sectionId: string;
}
interface View {
  meeting: { id: string; agenda: Item[]; status: string };
  next: { meetingId: string | null } | null;
}

/** Opens a meeting's agenda by its address, as a link or a reminder would. */
async function openMeeting(page: Page, meetingId: string): Promise<void> {
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meetingId);
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
}

const get = (page: Page, id: string): Promise<View> => call<View>(page, 'meetings', 'get', { id });

/** A 1:1 a week ago with three items, held, and the next one holding its carried copies. */
async function heldWithCarry(page: Page): Promise<{ held: string; next: View; dana: string }> {
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  const { meetingId } = await seedMeeting(page, dana, {
    firstDay: -7,
    items: [
      ['Updates', 'Roadmap review'],
      ['Updates', 'Team offsite'],
      ['Asks & decisions', 'Conference budget'],
    ],
  });
  const closed = await call<View>(page, 'meetings', 'close', { id: meetingId });
  const nextId = closed.next?.meetingId ?? '';
  return { held: meetingId, next: await get(page, nextId), dana };
}

test('the prep assistant repeats nothing already on the meeting, and speaks of a first 1:1 as a first', async ({
  app,
}) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  // A first 1:1: nothing was held yet.
  const sam = await seedLeader(page, { name: 'Sam Lee', goal: 'Grow the platform team' });
  await call(page, 'journal', 'create', {
    date: isoDay(0),
    title: 'Closed the biggest deal of the year',
    tags: ['win'],
    leaderId: sam,
  });
  const first = await seedMeeting(page, sam, {
    firstDay: 2,
    items: [['Updates', 'grow the platform team']],
  });
  await openMeeting(page, first.meetingId);
  const win = meetings.suggestion('Closed the biggest deal of the year');
  await expect(win).toContainText('before your first 1:1 with Sam Lee');
  await expect(page.locator('.meetings-suggestions')).not.toContainText('last 1:1');
  // The goal is already on the agenda in other words: not proposed.
  await expect(meetings.suggestion(/Grow the platform team/)).toHaveCount(0);

  // An action item of the last 1:1, due by the next one, sits under Follow-ups.
  const dana = await seedLeader(page, { name: 'Dana Reyes', goal: 'Cut churn by half' });
  const last = await seedMeeting(page, dana, { firstDay: -7 });
  await call(page, 'actions', 'create', {
    text: 'Send the risk register',
    owner: { kind: 'me' },
    due: isoDay(0),
    leaderId: dana,
    meetingId: last.meetingId,
  });
  const closed = await call<View>(page, 'meetings', 'close', { id: last.meetingId });
  const next = await call<View>(page, 'meetings', 'open', {
    seriesId: last.seriesId,
    key: `${isoDay(0)}T09:00:00.000Z`,
  });
  expect(closed.meeting.status).toBe('held');
  await openMeeting(page, next.meeting.id);
  await expect(
    page.getByRole('list', { name: 'Open action items from earlier 1:1s' }),
  ).toContainText('Send the risk register');
  // The assistant has spoken (the goal), and says nothing of the item already listed.
  await expect(meetings.suggestion('Progress toward: Cut churn by half')).toBeVisible();
  await expect(page.locator('.card.meetings-prep')).not.toContainText('Send the risk register');
});

test('keyboard only: tab to an agenda item, open its “…” menu and defer it; Escape returns to the button', async ({
  app,
}) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  const dana = await seedLeader(page, { name: 'Dana Reyes' });
  const { meetingId } = await seedMeeting(page, dana, {
    firstDay: 2,
    items: [
      ['Updates', 'Roadmap review'],
      ['Updates', 'Team offsite'],
    ],
  });
  await openMeeting(page, meetingId);
  const row = meetings.item('Team offsite');
  const menuButton = page.getByRole('button', { name: 'More for “Team offsite”' });
  // The "…" button is always there, not only on hover.
  await expect(menuButton).toBeVisible();
  await expect(menuButton).toHaveAttribute('aria-haspopup', 'menu');

  // Start from the previous item's text and move with Tab alone.
  await meetings.item('Roadmap review').getByRole('textbox', { name: 'Agenda item' }).focus();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    if (await menuButton.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(menuButton).toBeFocused();
  // The focused item shows its tools.
  const deferTool = row.getByRole('button', { name: 'Defer “Team offsite” to the next 1:1' });
  await expect
    .poll(() =>
      deferTool.evaluate((el) =>
        el.parentElement ? getComputedStyle(el.parentElement).opacity : '',
      ),
    )
    .toBe('1');

  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Mark discussed' })).toBeFocused();
  await expectAccessible(page, 'agenda item menu');
  await shot(page, 'agenda-item-menu-light');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Defer to the next 1:1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(row).toHaveClass(/is-deferred/);
  await expect(row).toContainText('Deferred');
  await expect(menuButton).toBeFocused();
  await expect
    .poll(async () => (await get(page, meetingId)).meeting.agenda.map((i) => i.text))
    .toContain('Team offsite');
  const saved = await call<{ meeting: { agenda: { text: string; status: string }[] } }>(
    page,
    'meetings',
    'get',
    { id: meetingId },
  );
  expect(saved.meeting.agenda.find((i) => i.text === 'Team offsite')?.status).toBe('deferred');
  await switchTheme(page, 'dark');
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expectAccessible(page, 'agenda item menu (dark)');
  await shot(page, 'agenda-item-menu-dark');
  await page.keyboard.press('Escape');
});

/** How many listeners for `type` the page has on its document and window (through the DevTools protocol). */
async function pageListeners(page: Page, type: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let count = 0;
  for (const expression of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) continue;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    count += listeners.filter((l) => l.type === type).length;
  }
  await cdp.detach();
  return count;
}

test('agenda items’ menus listen to the page’s keys only once approached, so typing in a long 1:1 stays light', async ({
  app,
}) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  const dana = await seedLeader(page, { name: 'Dana Reyes' });
  const few = await seedMeeting(page, dana, {
    firstDay: 2,
    items: [['Updates', 'Roadmap review']],
  });
  await openMeeting(page, few.meetingId);
  const base = await pageListeners(page, 'keydown');
  const items: [string, string][] = Array.from({ length: 30 }, (_, i) => [
    'Updates',
    `Topic ${i + 1}`,
  ]);
  const many = await seedMeeting(page, dana, { firstDay: 9, items });
  await openMeeting(page, many.meetingId);
  await expect(meetings.item('Topic 30')).toBeVisible();
  // Thirty more items, no more key listeners on the page.
  expect(await pageListeners(page, 'keydown')).toBe(base);

  // A menu approached with the pointer works as before: it opens at the first press.
  const menuButton = page.getByRole('button', { name: 'More for “Topic 7”' });
  await menuButton.click();
  await expect(page.getByRole('menuitem', { name: 'Mark discussed' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(menuButton).toBeFocused();
  // Pressed at once without hovering first (touch, a screen reader): it opens too.
  const other = page.getByRole('button', { name: 'More for “Topic 12”' });
  await other.dispatchEvent('click');
  await expect(page.getByRole('menuitem', { name: 'Mark discussed' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
});

test('“Export .ics” on the meeting screen saves the series as a calendar file', async ({ app }) => {
  const { page } = app;
  const dana = await seedLeader(page, { name: 'Dana Reyes' });
  const { meetingId } = await seedMeeting(page, dana, { firstDay: 2 });
  await openMeeting(page, meetingId);
  const button = page.getByRole('button', { name: 'Export .ics' });
  await expect(button).toBeVisible();
  await expect(button).toHaveText('Export .ics');
  const path = join(app.exportsDir, 'dana.ics');
  await app.answerSave(path);
  await button.click();
  await expect(page.getByText(`Saved to ${path}`)).toBeVisible();
  const ics = await readFile(path, 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toMatch(/RRULE:FREQ=WEEKLY/);
  await page.locator('#main').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, 'meeting-tools-light');
  await switchTheme(page, 'dark');
  await expectAccessible(page, 'meeting screen with its tools (dark)');
  await shot(page, 'meeting-tools-dark');
});

test('reopening a held 1:1 takes its carried items back from the next one, except one changed there', async ({
  app,
}) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  const { held, next } = await heldWithCarry(page);
  const nextId = next.meeting.id;
  expect(next.meeting.agenda.map((i) => i.text).sort()).toEqual([
    'Conference budget',
    'Roadmap review',
    'Team offsite',
  ]);
  // One copy changed in the next 1:1, through its screen.
  await openMeeting(page, nextId);
  await meetings.markDiscussed('Team offsite');

  await openMeeting(page, held);
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(
    page.getByText(
      '1:1 reopened. 2 items taken back from the next 1:1. 1 item stays in the next 1:1 because you changed it there.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close 1:1' })).toBeVisible();
  await shot(page, 'meeting-reopened-light');
  await openMeeting(page, nextId);
  await expect.poll(() => meetings.itemsIn('Updates')).toEqual(['Team offsite']);
  expect(await meetings.itemsIn('Asks & decisions')).toEqual([]);
});

test('restoring a skipped 1:1 takes its carried items back from the next one; two changed there stay, and the user is told', async ({
  app,
}) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  const dana = await seedLeader(page, { name: 'Dana Reyes' });
  const { seriesId, meetingId } = await seedMeeting(page, dana, {
    firstDay: 1,
    items: [
      ['Updates', 'Roadmap review'],
      ['Updates', 'Team offsite'],
      ['Asks & decisions', 'Conference budget'],
    ],
  });
  await call(page, 'meetings', 'skipOccurrence', {
    seriesId,
    key: `${isoDay(1)}T09:00:00.000Z`,
  });
  const next = await call<View>(page, 'meetings', 'open', {
    seriesId,
    key: `${isoDay(8)}T09:00:00.000Z`,
  });
  const id = (text: string): string => next.meeting.agenda.find((i) => i.text === text)?.id ?? '';
  // Two copies changed in the next 1:1: one edited, one moved.
  await call(page, 'meetings', 'agendaUpdate', {
    meetingId: next.meeting.id,
    itemId: id('Roadmap review'),
    text: 'Roadmap review, with the new dates',
  });
  await call(page, 'meetings', 'agendaMove', {
    meetingId: next.meeting.id,
    itemId: id('Conference budget'),
    sectionId: next.meeting.agenda.find((i) => i.text === 'Roadmap review')?.sectionId,
    index: 0,
  });

  await meetings.open();
  const skipped = meetings.upcoming().filter({ hasText: 'Skipped' });
  await expect(skipped).toHaveCount(1);
  await skipped.getByRole('button', { name: 'Restore' }).click();
  await expect(
    page.getByText(
      '1:1 restored. 1 item taken back from the next 1:1. 2 items stay in the next 1:1 because you changed them there.',
    ),
  ).toBeVisible();
  expect((await get(page, meetingId)).meeting.status).toBe('scheduled');
  await openMeeting(page, next.meeting.id);
  await expect
    .poll(() => meetings.itemsIn('Updates'))
    .toEqual(['Conference budget', 'Roadmap review, with the new dates']);
});

test('dragging an agenda item into another section shows where it will land', async ({ app }) => {
  const { page } = app;
  const meetings = new MeetingsPage(page);
  const dana = await seedLeader(page, { name: 'Dana Reyes' });
  const { meetingId } = await seedMeeting(page, dana, {
    firstDay: 2,
    items: [
      ['Updates', 'Roadmap review'],
      ['Updates', 'Team offsite'],
      ['Asks & decisions', 'Conference budget'],
    ],
  });
  await openMeeting(page, meetingId);
  const handle = meetings.item('Team offsite').locator('.meetings-handle');
  const target = meetings.item('Conference budget');
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the agenda is not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 4 });
  await page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 12 });
  const preview = meetings.section('Asks & decisions').locator('.meetings-drop-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Team offsite');
  await expect(page.locator('.meetings-drag-overlay')).toContainText('Team offsite');
  await shot(page, 'agenda-drop-preview-light');
  await page.mouse.up();
  await expect(preview).toHaveCount(0);
  await expect
    .poll(() => meetings.itemsIn('Asks & decisions'))
    .toEqual(expect.arrayContaining(['Team offsite', 'Conference budget']));
  expect(await meetings.itemsIn('Updates')).toEqual(['Roadmap review']);
});

test('a leader’s keep-in-touch nudge is set on their profile and the reminders follow it', async ({
  app,
}) => {
  const { page } = app;
  const dana = await seedLeader(page, { name: 'Dana Reyes' });
  await call(page, 'settings', 'update', { keepInTouchWeeks: 1 });
  const nudges = async (): Promise<number> =>
    (await call<{ kind: string }[]>(page, 'reminders', 'upcoming', { limit: 50 })).filter(
      (r) => r.kind === 'keep-in-touch',
    ).length;
  await expect.poll(nudges).toBe(1);

  await page.evaluate((id) => (window.location.hash = `#/leaders/${id}`), dana);
  const card = page.locator('.leaders-keep');
  await expect(card.getByRole('heading', { name: 'Keep in touch' })).toBeVisible();
  const toggle = card.getByLabel('Nudge me when I have not met Dana Reyes for a while');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect
    .poll(
      async () =>
        (await call<{ keepInTouch: { on: boolean } }>(page, 'leaders', 'get', { id: dana }))
          .keepInTouch.on,
    )
    .toBe(false);
  await expect.poll(nudges).toBe(0);

  await toggle.check();
  const weeks = card.getByLabel('Weeks without a held 1:1 before the nudge');
  await weeks.fill('60');
  await expect(card.getByText('Choose a whole number of weeks from 1 to 52.')).toBeVisible();
  await weeks.fill('4');
  await expect
    .poll(
      async () =>
        (
          await call<{ keepInTouch: { weeks: number | null } }>(page, 'leaders', 'get', {
            id: dana,
          })
        ).keepInTouch,
    )
    .toEqual({ on: true, weeks: 4 });
  // Four weeks is past the reminders' planning window: no nudge comes up yet.
  await expect.poll(nudges).toBe(0);
  await card.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'leader profile with keep in touch');
  await shot(page, 'leader-keep-in-touch-light');
  await switchTheme(page, 'dark');
  await card.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'leader profile with keep in touch (dark)');
  await shot(page, 'leader-keep-in-touch-dark');
});
