import { afterEach, describe, expect, it } from 'vitest';
import type { NextOneOnOneInfo, UpcomingReminder } from '../../../../shared/ipc/areas/reminders';
import { addWeeklyOneOnOne, createReminderWorld, min, type ReminderWorld } from './testWorld';

// Monday 9 March 2026, 08:00 UTC; the 1:1 is at 10:00 Berlin (09:00 UTC), its reminder at 08:45 UTC.
const START = '2026-03-09T08:00:00.000Z';
const KEY = '2026-03-09T09:00:00.000Z';

let world: ReminderWorld | null = null;
afterEach(async () => {
  await world?.core.dispose();
  world = null;
});

async function setup(): Promise<ReminderWorld & { leaderId: string; seriesId: string }> {
  world = await createReminderWorld(START);
  return Object.assign(world, await addWeeklyOneOnOne(world));
}

describe('reminder wording', () => {
  it('names the leader and counts agenda items and open actions while unlocked', async () => {
    const w = await setup();
    const meeting = await w.call<{ meeting: { id: string; sections: { id: string }[] } }>(
      'meetings:open',
      { seriesId: w.seriesId, key: KEY },
    );
    const sectionId = meeting.meeting.sections[0].id;
    for (const text of ['Hiring plan', 'Budget for Q3', 'Team offsite']) {
      await w.call('meetings:agendaAdd', { meetingId: meeting.meeting.id, sectionId, text });
    }
    await w.call('actions:create', { text: 'Send the roadmap draft', leaderId: w.leaderId });
    await w.call('actions:create', { text: 'Book the offsite venue', leaderId: w.leaderId });
    await w.pass(min(44));
    expect(w.shown).toEqual([]);
    await w.pass(min(1));
    expect(w.shown).toHaveLength(1);
    expect(w.shown[0]).toMatchObject({
      title: '1:1 with Dana Reyes in 15 min',
      body: expect.stringMatching(/^\d+ agenda items?, 2 open actions$/),
      route: `/meetings?series=${w.seriesId}&key=${encodeURIComponent(KEY)}`,
    });
    expect(w.shown[0].body).toMatch(/^3 agenda items/);
  });

  it('says only "1:1 in 15 min" while locked', async () => {
    const w = await setup();
    await w.lock();
    await w.pass(min(45));
    expect(w.shown.map((n) => [n.title, n.body])).toEqual([
      ['1:1 in 15 min', 'Unlock Upward to see the agenda.'],
    ]);
    expect(JSON.stringify(w.shown)).not.toContain('Dana');
  });

  it('names the leader while locked when the user allowed it', async () => {
    const w = await setup();
    await w.call('settings:update', { detailsWhileLocked: true });
    await w.lock();
    await w.pass(min(45));
    expect(w.shown.map((n) => n.title)).toEqual(['1:1 with Dana Reyes in 15 min']);
  });
});

describe('the schedule kept outside the vault', () => {
  it('holds dates and times but no names or titles unless details while locked are allowed', async () => {
    const w = await setup();
    const file = JSON.parse(await w.scheduleFile()) as {
      series: { id: string; time: string; timeZone: string }[];
    };
    expect(file.series).toEqual([
      expect.objectContaining({
        id: w.seriesId,
        time: '10:00',
        timeZone: 'Europe/Berlin',
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
      }),
    ]);
    const text = await w.scheduleFile();
    expect(text).not.toContain('Dana');
    expect(text).not.toContain('Weekly catch-up');

    await w.call('settings:update', { detailsWhileLocked: true });
    await w.core.reminders.next();
    expect(await w.scheduleFile()).toContain('Dana Reyes');
    expect(await w.scheduleFile()).not.toContain('Weekly catch-up');
  });

  it('drops the names at once when details while locked are turned off, even while locked', async () => {
    const w = await setup();
    await w.call('settings:update', { detailsWhileLocked: true });
    await w.lock();
    expect(await w.scheduleFile()).toContain('Dana Reyes');
    await w.call('settings:update', { detailsWhileLocked: false });
    await w.core.reminders.next();
    expect(await w.scheduleFile()).not.toContain('Dana');
  });

  it('lets reminders fire after a restart, with the vault still locked', async () => {
    const w = await setup();
    await w.restart();
    expect((await w.call<{ state: string }>('vault:status')).state).toBe('locked');
    await w.pass(min(45));
    expect(w.shown.map((n) => n.title)).toEqual(['1:1 in 15 min']);
  });

  it('never shows a reminder twice, even across a restart while its meeting has not started', async () => {
    const w = await setup();
    await w.pass(min(45));
    expect(w.shown).toHaveLength(1);
    await w.restart();
    await w.pass(min(5));
    await w.unlock();
    await w.pass(min(5));
    expect(w.shown).toHaveLength(1);
    expect(JSON.parse(await w.scheduleFile())).toMatchObject({
      fired: [`${w.seriesId}|${KEY}|15`],
    });
  });
});

describe('re-planning', () => {
  it('follows a series edited while a reminder is armed', async () => {
    const w = await setup();
    await w.pass(min(30));
    await w.call('meetings:updateSeries', { id: w.seriesId, time: '11:00' });
    await w.pass(min(20));
    expect(w.shown).toEqual([]);
    await w.pass(min(55));
    expect(w.shown.map((n) => n.title)).toEqual(['1:1 with Dana Reyes in 15 min']);
    expect(w.time.now()).toBe(Date.parse('2026-03-09T09:45:00.000Z'));
  });

  it('forgets a skipped meeting and shows the new time of a moved one', async () => {
    const w = await setup();
    await w.call('meetings:skipOccurrence', { seriesId: w.seriesId, key: KEY });
    await w.pass(min(60));
    expect(w.shown).toEqual([]);
    await w.call('meetings:restoreOccurrence', { seriesId: w.seriesId, key: KEY });
    await w.call('meetings:moveOccurrence', {
      seriesId: w.seriesId,
      key: KEY,
      start: '2026-03-09T11:00:00.000Z',
    });
    await w.pass(min(60 + 44));
    expect(w.shown).toEqual([]);
    await w.pass(min(1));
    expect(w.shown.map((n) => n.title)).toEqual(['1:1 with Dana Reyes in 15 min']);
  });

  it('picks up a leader renamed while unlocked', async () => {
    const w = await setup();
    await w.call('leaders:update', { id: w.leaderId, patch: { name: 'Dana Okafor' } });
    await w.pass(min(45));
    expect(w.shown.map((n) => n.title)).toEqual(['1:1 with Dana Okafor in 15 min']);
  });

  it('fires a reminder missed during sleep once on resume, while its meeting has not started', async () => {
    const w = await setup();
    w.time.jump(min(50));
    w.time.resume();
    await w.core.reminders.onResume();
    expect(w.shown.map((n) => n.title)).toEqual(['1:1 with Dana Reyes in 10 min']);
    await w.core.reminders.onResume();
    await w.pass(min(1));
    expect(w.shown).toHaveLength(1);
  });

  it('notices a sleep the system did not report, from the clock jumping', async () => {
    const w = await setup();
    w.time.jump(min(50));
    w.time.resume();
    await w.pass(min(1));
    expect(w.shown.map((n) => n.title)).toEqual(['1:1 with Dana Reyes in 9 min']);
  });
});

describe('the next 1:1 and upcoming reminders', () => {
  it('gives the next 1:1 with its time always and the name only while unlocked', async () => {
    const w = await setup();
    const next = await w.call<NextOneOnOneInfo>('reminders:next');
    expect(next).toMatchObject({
      seriesId: w.seriesId,
      start: KEY,
      leaderName: 'Dana Reyes',
      route: expect.stringContaining('/meetings?series='),
    });
    await w.lock();
    expect(await w.call<NextOneOnOneInfo>('reminders:next')).toMatchObject({
      start: KEY,
      leaderName: null,
    });
    await w.pass(min(61));
    expect(await w.call<NextOneOnOneInfo>('reminders:next')).toMatchObject({
      start: '2026-03-16T09:00:00.000Z',
    });
  });

  it('lists upcoming reminders worded as they will be shown', async () => {
    const w = await setup();
    await w.call('meetings:updateSeries', { id: w.seriesId, reminderLeadMinutes: [30, 15] });
    const list = await w.call<UpcomingReminder[]>('reminders:upcoming', { limit: 3 });
    expect(list.map((r) => [r.fireAt, r.title])).toEqual([
      ['2026-03-09T08:30:00.000Z', '1:1 with Dana Reyes in 30 min'],
      ['2026-03-09T08:45:00.000Z', '1:1 with Dana Reyes in 15 min'],
      ['2026-03-16T08:30:00.000Z', '1:1 with Dana Reyes in 30 min'],
    ]);
  });

  it('shows the next 1:1 in the tray, without the name while locked', async () => {
    const w = await setup();
    const labels = async (): Promise<string[]> =>
      (await w.core.reminders.tray()).items.flatMap((i) =>
        i.kind === 'separator' ? [] : [i.label],
      );
    expect((await labels())[0]).toMatch(/^Next 1:1: Dana Reyes, today at \d/);
    expect(await labels()).toEqual([
      expect.any(String),
      'Open Upward',
      'New journal entry',
      'Lock now',
      'Quit Upward',
    ]);
    await w.lock();
    expect((await labels())[0]).toMatch(/^Next 1:1: today at \d/);
    const lock = (await w.core.reminders.tray()).items.find(
      (i) => i.kind === 'action' && i.action === 'lock',
    );
    expect(lock).toMatchObject({ enabled: false });
  });

  it('tells the tray when the vault locks and when a series changes', async () => {
    const w = await setup();
    let updates = 0;
    w.core.reminders.onUpdate(() => updates++);
    await w.lock();
    expect(updates).toBeGreaterThan(0);
    const before = updates;
    await w.unlock();
    await w.call('meetings:updateSeries', { id: w.seriesId, time: '12:00' });
    await w.core.reminders.next();
    expect(updates).toBeGreaterThan(before);
  });
});

describe('keep in touch', () => {
  it('nudges once when no 1:1 was held with a leader for the chosen number of weeks (the vault locked meanwhile)', async () => {
    world = await createReminderWorld(START);
    const w = world;
    await w.call('settings:update', { keepInTouchWeeks: 1 });
    await w.call('leaders:create', { name: 'Sam Lee' });
    await w.pass(7 * 24 * 60 * 60_000 - min(1));
    expect(w.shown).toEqual([]);
    await w.pass(min(2));
    expect(w.shown.map((n) => [n.title, n.route])).toEqual([
      ['Time to catch up with a leader', expect.stringMatching(/^\/leaders\//)],
    ]);
    expect((await w.call<{ state: string }>('vault:status')).state).toBe('locked');
  });

  it('follows the leader’s own setting: no nudge when turned off on their profile, their weeks when set', async () => {
    world = await createReminderWorld(START);
    const w = world;
    await w.call('settings:update', { keepInTouchWeeks: 1 });
    const quiet = await w.call<{ id: string }>('leaders:create', { name: 'Quiet Lee' });
    await w.call('leaders:update', {
      id: quiet.id,
      patch: { keepInTouch: { on: false, weeks: null } },
    });
    const later = await w.call<{ id: string }>('leaders:create', { name: 'Later Kim' });
    await w.call('leaders:update', {
      id: later.id,
      patch: { keepInTouch: { on: true, weeks: 2 } },
    });
    await w.pass(7 * 24 * 60 * 60_000 + min(1));
    expect(w.shown).toEqual([]);
    await w.pass(7 * 24 * 60 * 60_000);
    expect(w.shown.map((n) => n.route)).toEqual([`/leaders/${later.id}`]);
  });
});
