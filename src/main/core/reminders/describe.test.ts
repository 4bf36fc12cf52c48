import { describe, it, expect } from 'vitest';
import { describeReminder, formatLead } from './describe';
import type { PlannedNudge, PlannedReminder } from './planner';
import { utc } from './testSupport';

const reminder: PlannedReminder = {
  kind: 'meeting',
  id: 'ser1|2026-03-02T09:00:00.000Z|15',
  fireAt: utc(2026, 3, 2, 8, 45),
  meetingStart: utc(2026, 3, 2, 9),
  seriesId: 'ser1',
  leaderId: 'ldr1',
  occurrenceKey: '2026-03-02T09:00:00.000Z',
  leadMinutes: 15,
};
const facts = { leaderName: 'Dana', agendaItems: 1, openActions: 0 };

describe('describeReminder', () => {
  it('names the leader and counts agenda items and open actions when unlocked', () => {
    expect(
      describeReminder(reminder, {
        now: reminder.fireAt,
        locked: false,
        detailsWhileLocked: false,
        facts: { leaderName: 'Dana', agendaItems: 4, openActions: 2 },
      }),
    ).toEqual({
      title: '1:1 with Dana in 15 min',
      body: '4 agenda items, 2 open actions',
      route: '/meetings?series=ser1&key=2026-03-02T09%3A00%3A00.000Z',
    });
    expect(
      describeReminder(reminder, {
        now: reminder.fireAt,
        locked: false,
        detailsWhileLocked: false,
        facts,
      }).body,
    ).toBe('1 agenda item, 0 open actions');
  });

  it('keeps the leader and the agenda out of a notification while locked, unless allowed', () => {
    const locked = describeReminder(reminder, {
      now: reminder.fireAt,
      locked: true,
      detailsWhileLocked: false,
      facts,
    });
    expect(locked.title).toBe('1:1 in 15 min');
    expect(`${locked.title} ${locked.body}`).not.toMatch(/Dana|agenda item|action/);
    expect(
      describeReminder(reminder, {
        now: reminder.fireAt,
        locked: true,
        detailsWhileLocked: true,
        facts,
      }).title,
    ).toBe('1:1 with Dana in 15 min');
  });

  it('counts the time left from now, so a late reminder tells the truth', () => {
    expect(
      describeReminder(reminder, {
        now: utc(2026, 3, 2, 8, 56),
        locked: false,
        detailsWhileLocked: false,
        facts,
      }).title,
    ).toBe('1:1 with Dana in 4 min');
    expect(
      describeReminder(reminder, {
        now: utc(2026, 3, 2, 9),
        locked: false,
        detailsWhileLocked: false,
        facts,
      }).title,
    ).toBe('1:1 with Dana starts now');
  });

  it('words the keep-in-touch nudge and opens the leader', () => {
    const nudge: PlannedNudge = {
      kind: 'keep-in-touch',
      id: 'keep|ldr1|x',
      fireAt: 0,
      leaderId: 'ldr1',
      weeksSince: 3,
    };
    expect(
      describeReminder(nudge, { now: 0, locked: false, detailsWhileLocked: false, facts }),
    ).toEqual({
      title: 'Time to catch up with Dana',
      body: 'No 1:1 with Dana in 3 weeks.',
      route: '/leaders/ldr1',
    });
    expect(
      describeReminder(nudge, { now: 0, locked: true, detailsWhileLocked: false, facts }).title,
    ).toBe('Time to catch up with a leader');
  });
});

describe('formatLead', () => {
  it('says lead times the way people do', () => {
    expect([5, 60, 90, 1440, 2880].map(formatLead)).toEqual([
      '5 min',
      '1 h',
      '1 h 30 min',
      '1 day',
      '2 days',
    ]);
  });
});
