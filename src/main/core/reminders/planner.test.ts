import { describe, it, expect } from 'vitest';
import {
  dueNow,
  meetingKey,
  planKeepInTouch,
  planReminders,
  pruneFired,
  type MeetingState,
  type PlanInput,
} from './planner';
import { testSeries, utc } from './testSupport';

const DAY = 86_400_000;
const plan = (over: Partial<PlanInput> & Pick<PlanInput, 'now'>) =>
  planReminders({
    series: [testSeries()],
    horizonMs: DAY,
    leadMinutesDefault: [15],
    fired: new Set(),
    ...over,
  });
const times = (list: { fireAt: number }[]): string[] =>
  list.map((r) => new Date(r.fireAt).toISOString());

describe('planReminders', () => {
  it('plans one reminder per lead time per meeting, soonest first, with ids that stay the same', () => {
    const input = {
      series: [testSeries({ reminderLeadMinutes: [15, 60] })],
      now: utc(2026, 3, 2, 7),
    };
    const first = plan(input);
    expect(times(first)).toEqual(['2026-03-02T08:00:00.000Z', '2026-03-02T08:45:00.000Z']);
    expect(first.map((r) => r.id)).toEqual([
      'ser1|2026-03-02T09:00:00.000Z|60',
      'ser1|2026-03-02T09:00:00.000Z|15',
    ]);
    expect(first[0]).toMatchObject({
      kind: 'meeting',
      seriesId: 'ser1',
      leaderId: 'ldr1',
      occurrenceKey: '2026-03-02T09:00:00.000Z',
      meetingStart: utc(2026, 3, 2, 9),
      leadMinutes: 60,
    });
    expect(plan(input)).toEqual(first);
  });

  it('uses the lead times from the settings for a series that has none of its own', () => {
    expect(
      plan({
        series: [testSeries({ reminderLeadMinutes: [] })],
        leadMinutesDefault: [5],
        now: utc(2026, 3, 2, 7),
      }).map((r) => r.leadMinutes),
    ).toEqual([5]);
  });

  it('never plans a reminder that was already shown', () => {
    const fired = new Set(['ser1|2026-03-02T09:00:00.000Z|15']);
    expect(plan({ now: utc(2026, 3, 2, 7), fired })).toEqual([]);
  });

  it('keeps the local time across a daylight-saving change', () => {
    // Friday before the change to summer time: Monday's 10:00 Berlin is 08:00 UTC, reminder 07:45 UTC.
    expect(times(plan({ now: utc(2026, 3, 27, 12), horizonMs: 4 * DAY }))).toEqual([
      '2026-03-30T07:45:00.000Z',
    ]);
  });

  it('plans nothing for a skipped meeting and reminds of a moved one at its new time', () => {
    const series = testSeries({
      exceptions: {
        '2026-03-02T09:00:00.000Z': { kind: 'skip' },
        '2026-03-09T09:00:00.000Z': { kind: 'move', start: '2026-03-10T13:00:00.000Z' },
      },
    });
    const list = plan({ series: [series], now: utc(2026, 3, 1), horizonMs: 12 * DAY });
    expect(times(list)).toEqual(['2026-03-10T12:45:00.000Z']);
    expect(list[0].id).toBe('ser1|2026-03-09T09:00:00.000Z>2026-03-10T13:00:00.000Z|15');
  });

  it('follows meetings already opened: none once held or skipped, the new time once moved', () => {
    const meetingsByKey = new Map<string, MeetingState>([
      [meetingKey('ser1', '2026-03-02T09:00:00Z'), { status: 'held' }],
      [meetingKey('ser1', '2026-03-09T09:00:00.000Z'), { status: 'skipped' }],
      [
        meetingKey('ser1', '2026-03-16T09:00:00.000Z'),
        { status: 'scheduled', start: '2026-03-16T15:00:00.000Z' },
      ],
    ]);
    expect(times(plan({ now: utc(2026, 3, 1), horizonMs: 23 * DAY, meetingsByKey }))).toEqual([
      '2026-03-16T14:45:00.000Z',
      '2026-03-23T08:45:00.000Z',
    ]);
  });

  it('after a sleep, keeps only the latest missed reminder, and only if the meeting has not started', () => {
    const series = [testSeries({ reminderLeadMinutes: [60, 15] })];
    const woke = plan({ series, now: utc(2026, 3, 2, 8, 50) });
    expect(woke.map((r) => r.leadMinutes)).toEqual([15]);
    expect(
      plan({ series, now: utc(2026, 3, 2, 9, 5) }).filter(
        (r) => r.occurrenceKey === '2026-03-02T09:00:00.000Z',
      ),
    ).toEqual([]);
    // Once the latest has fired, the earlier one does not come back.
    expect(plan({ series, now: utc(2026, 3, 2, 8, 55), fired: new Set([woke[0].id]) })).toEqual([]);
  });

  it('still shows a reminder at the start time (lead 0) when its timer runs a moment late', () => {
    const series = [testSeries({ reminderLeadMinutes: [0] })];
    expect(plan({ series, now: utc(2026, 3, 2, 9, 0, 2) }).map((r) => r.leadMinutes)).toEqual([0]);
    expect(plan({ series, now: utc(2026, 3, 2, 9, 2) })).toEqual([]);
  });

  it('plans nothing for an ended (inactive) series and nothing past the horizon', () => {
    expect(plan({ series: [testSeries({ active: false })], now: utc(2026, 3, 2, 7) })).toEqual([]);
    expect(plan({ now: utc(2026, 3, 2, 7), horizonMs: 60 * 60_000 })).toEqual([]);
  });
});

describe('dueNow', () => {
  it('shows only the latest due reminder per meeting and none for a meeting under way', () => {
    const series = [testSeries({ reminderLeadMinutes: [60, 15] })];
    const planned = plan({ series, now: utc(2026, 3, 2, 7) });
    expect(
      dueNow(planned, utc(2026, 3, 2, 8, 50)).map((r) =>
        r.kind === 'meeting' ? r.leadMinutes : null,
      ),
    ).toEqual([15]);
    expect(dueNow(planned, utc(2026, 3, 2, 9, 10))).toEqual([]);
  });
});

describe('planKeepInTouch', () => {
  const leaders = [{ id: 'ldr1', since: '2026-01-01T00:00:00.000Z' }];
  const base = { leaders, weeks: 3, horizonMs: DAY, fired: new Set<string>() };

  it('follows each leader’s own choice: off means no nudge, their weeks replace the general ones', () => {
    const lastHeld = new Map([
      ['ldr1', '2026-03-02T09:00:00.000Z'],
      ['ldr2', '2026-03-02T09:00:00.000Z'],
      ['ldr3', '2026-03-02T09:00:00.000Z'],
    ]);
    const own = [
      { id: 'ldr1', since: leaders[0].since, keepInTouch: { on: false, weeks: null } },
      { id: 'ldr2', since: leaders[0].since, keepInTouch: { on: true, weeks: 1 } },
      { id: 'ldr3', since: leaders[0].since, keepInTouch: { on: true, weeks: null } },
    ];
    const at = (now: number) =>
      planKeepInTouch({ ...base, leaders: own, lastHeld, now }).map((n) => n.id);
    // Ten days on: only the leader with a one-week choice is due.
    expect(at(utc(2026, 3, 12))).toEqual(['keep|ldr2|2026-03-09T09:00:00.000Z']);
    // Four weeks on: the general three weeks apply to the third; the first is never nudged.
    const later = at(utc(2026, 3, 30));
    expect(later).toContain('keep|ldr3|2026-03-23T09:00:00.000Z');
    expect(later).toContain('keep|ldr2|2026-03-30T09:00:00.000Z');
    expect(later.filter((id) => id.includes('ldr1'))).toEqual([]);
  });

  it('nudges once when no 1:1 was held for the chosen number of weeks, then once per further period', () => {
    const lastHeld = new Map([['ldr1', '2026-03-02T09:00:00.000Z']]);
    expect(planKeepInTouch({ ...base, lastHeld, now: utc(2026, 3, 20) })).toEqual([]);
    const due = planKeepInTouch({ ...base, lastHeld, now: utc(2026, 3, 24) });
    expect(due).toEqual([
      {
        kind: 'keep-in-touch',
        id: 'keep|ldr1|2026-03-23T09:00:00.000Z',
        fireAt: utc(2026, 3, 23, 9),
        leaderId: 'ldr1',
        weeksSince: 3,
      },
    ]);
    expect(
      planKeepInTouch({ ...base, lastHeld, now: utc(2026, 4, 1), fired: new Set([due[0].id]) }),
    ).toEqual([]);
    expect(
      planKeepInTouch({
        ...base,
        lastHeld,
        now: utc(2026, 4, 14),
        fired: new Set([due[0].id]),
      }).map((n) => n.weeksSince),
    ).toEqual([6]);
  });

  it('plans the coming nudge ahead so a timer can be armed for it', () => {
    const lastHeld = new Map([['ldr1', '2026-03-02T09:00:00.000Z']]);
    expect(times(planKeepInTouch({ ...base, lastHeld, now: utc(2026, 3, 22, 12) }))).toEqual([
      '2026-03-23T09:00:00.000Z',
    ]);
  });

  it('restarts the count after a held meeting, counts from when a leader was added, and skips archived leaders', () => {
    expect(
      planKeepInTouch({
        ...base,
        lastHeld: new Map([['ldr1', '2026-03-20T09:00:00.000Z']]),
        now: utc(2026, 3, 24),
      }),
    ).toEqual([]);
    expect(
      planKeepInTouch({ ...base, lastHeld: new Map(), now: utc(2026, 1, 23) }).map(
        (n) => n.weeksSince,
      ),
    ).toEqual([3]);
    expect(
      planKeepInTouch({
        ...base,
        leaders: [{ ...leaders[0], archived: true }],
        lastHeld: new Map(),
        now: utc(2026, 6, 1),
      }),
    ).toEqual([]);
  });
});

describe('pruneFired', () => {
  it('forgets ids that can never fire again and keeps the rest', () => {
    const ids = [
      'ser1|2026-03-02T09:00:00.000Z|15',
      'ser1|2026-02-02T09:00:00.000Z>2026-03-09T09:00:00.000Z|15',
      'ser1|2026-02-02T09:00:00.000Z|15',
      'keep|ldr1|2026-01-05T09:00:00.000Z',
      'keep|ldr1|2024-01-05T09:00:00.000Z',
    ];
    expect(pruneFired(ids, utc(2026, 3, 2, 12))).toEqual(ids.slice(0, 2).concat(ids[3]));
  });
});
