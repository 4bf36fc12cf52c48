import { describe, it, expect } from 'vitest';
import type { Series } from '../../../shared/domain/meeting';
import { createFakeTime, type FakeTime } from '../platform/fakeTime';
import type { NotificationRequest } from '../platform/types';
import {
  createReminderScheduler,
  describeReminder,
  type ReminderSchedulerDeps,
  type SchedulerInput,
} from './scheduler';
import { testSeries, utc } from './testSupport';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

interface Harness {
  time: FakeTime;
  shown: (NotificationRequest & { at: string })[];
  state: {
    series: Series[];
    locked: boolean;
    detailsWhileLocked: boolean;
    loadFails: boolean;
    keepInTouch: SchedulerInput['keepInTouch'];
  };
  scheduler: ReturnType<typeof createReminderScheduler>;
  persisted: string[][];
}

function harness(
  start: number,
  over: Partial<ReminderSchedulerDeps> & { series?: Series[] } = {},
): Harness {
  const time = createFakeTime(start);
  const shown: Harness['shown'] = [];
  const persisted: string[][] = [];
  const state: Harness['state'] = {
    series: over.series ?? [testSeries()],
    locked: false,
    detailsWhileLocked: false,
    loadFails: false,
    keepInTouch: null,
  };
  const scheduler = createReminderScheduler({
    clock: time.clock,
    timers: time.timers,
    notifier: { show: (n) => shown.push({ ...n, at: new Date(time.now()).toISOString() }) },
    load: async () => {
      if (state.loadFails) throw new Error('locked');
      return { series: state.series, leadMinutesDefault: [15], keepInTouch: state.keepInTouch };
    },
    describe: (r, locked) =>
      describeReminder(r, {
        now: time.now(),
        locked,
        detailsWhileLocked: state.detailsWhileLocked,
        facts: { leaderName: 'Dana', agendaItems: 4, openActions: 2 },
      }),
    isLocked: () => state.locked,
    onFired: (ids) => persisted.push(ids),
    ...over,
  });
  return { time, shown, state, scheduler, persisted };
}

const iso = (ms: number): string => new Date(ms).toISOString();

describe('reminder scheduler', () => {
  it('shows the reminder at its lead time, exactly once, with one timer armed at any moment', async () => {
    const h = harness(utc(2026, 3, 2, 7));
    await h.scheduler.replan();
    expect(h.time.pending()).toBe(1);
    expect(h.scheduler.next()?.fireAt).toBe(utc(2026, 3, 2, 8, 45));
    await h.time.tick(3 * HOUR);
    expect(h.shown).toEqual([
      {
        id: 'ser1|2026-03-02T09:00:00.000Z|15',
        title: '1:1 with Dana in 15 min',
        body: '4 agenda items, 2 open actions',
        route: '/meetings?series=ser1&key=2026-03-02T09%3A00%3A00.000Z',
        at: '2026-03-02T08:45:00.000Z',
      },
    ]);
    expect(h.time.pending()).toBe(1);
    expect(h.scheduler.next()?.fireAt).toBe(utc(2026, 3, 9, 8, 45));
  });

  it('fires a reminder missed during sleep once on waking if the meeting has not started', async () => {
    const h = harness(utc(2026, 3, 2, 8, 30));
    await h.scheduler.replan();
    h.time.jump(20 * MIN);
    h.time.resume();
    await h.scheduler.onResume();
    expect(h.shown.map((n) => [n.title, n.at])).toEqual([
      ['1:1 with Dana in 10 min', '2026-03-02T08:50:00.000Z'],
    ]);
    await h.time.tick(2 * HOUR);
    await h.scheduler.onResume();
    expect(h.shown).toHaveLength(1);
  });

  it('stays silent on waking after the meeting has started, and still reminds of the next one', async () => {
    const h = harness(utc(2026, 3, 2, 8, 30));
    await h.scheduler.replan();
    h.time.jump(45 * MIN);
    h.time.resume();
    await h.scheduler.onResume();
    // The timer armed before the sleep fires late; it must not show the stale reminder either.
    await h.time.tick(HOUR);
    expect(h.shown).toEqual([]);
    expect(h.scheduler.next()?.fireAt).toBe(utc(2026, 3, 9, 8, 45));
  });

  it('reminds at the same local time after a daylight-saving change', async () => {
    const h = harness(utc(2026, 3, 27, 12));
    await h.scheduler.replan();
    await h.time.tick(4 * DAY);
    expect(h.shown.map((n) => n.at)).toEqual(['2026-03-30T07:45:00.000Z']);
  });

  it('follows a series edited while its timer is armed', async () => {
    const h = harness(utc(2026, 3, 2, 7));
    await h.scheduler.replan();
    h.state.series = [testSeries({ time: '11:00', reminderLeadMinutes: [10] })];
    await h.scheduler.replan();
    expect(h.time.pending()).toBe(1);
    await h.time.tick(3 * HOUR);
    expect(h.shown.map((n) => n.at)).toEqual(['2026-03-02T09:50:00.000Z']);
  });

  it('drops the reminder of a skipped meeting and moves the one of a moved meeting', async () => {
    const h = harness(utc(2026, 3, 2, 7));
    await h.scheduler.replan();
    h.state.series = [
      testSeries({
        exceptions: {
          '2026-03-02T09:00:00.000Z': { kind: 'skip' },
          '2026-03-09T09:00:00.000Z': { kind: 'move', start: '2026-03-10T13:00:00.000Z' },
        },
      }),
    ];
    await h.scheduler.replan();
    await h.time.tick(9 * DAY);
    expect(h.shown.map((n) => n.at)).toEqual(['2026-03-10T12:45:00.000Z']);
  });

  it('never shows a reminder twice, across re-plans, resumes, zone changes and a restart', async () => {
    const h = harness(utc(2026, 3, 2, 8, 40));
    await h.scheduler.replan();
    await h.time.tick(6 * MIN);
    await Promise.all([
      h.scheduler.replan(),
      h.scheduler.onResume(),
      h.scheduler.onTimeZoneChange(),
      h.scheduler.replan(),
    ]);
    expect(h.shown).toHaveLength(1);
    expect(h.time.pending()).toBe(1);
    // A restart a minute later, given the persisted ids, shows nothing again.
    const again = harness(h.time.now(), { initialFired: h.persisted[h.persisted.length - 1] });
    await again.scheduler.replan();
    expect(again.shown).toEqual([]);
  });

  it('keeps reminders at the same instant when the system time zone changes', async () => {
    const h = harness(utc(2026, 3, 2, 7));
    await h.scheduler.replan();
    await h.time.tick(HOUR);
    await h.scheduler.onTimeZoneChange();
    expect(h.time.pending()).toBe(1);
    expect(h.scheduler.next()?.fireAt).toBe(utc(2026, 3, 2, 8, 45));
    await h.time.tick(HOUR);
    expect(h.shown.map((n) => n.at)).toEqual(['2026-03-02T08:45:00.000Z']);
  });

  it('re-checks at least hourly, so a changed system clock is noticed without a wake-up event', async () => {
    const h = harness(utc(2026, 3, 2, 5), { series: [testSeries({ reminderLeadMinutes: [60] })] });
    await h.scheduler.replan();
    expect(h.time.requestedDelays()).toEqual([HOUR]);
    // The system clock is set 90 minutes ahead: a single 3-hour timer would fire after the meeting began.
    h.time.setWallClock(utc(2026, 3, 2, 6, 30));
    await h.time.tick(2 * HOUR);
    expect(h.shown.map((n) => [n.title, n.at])).toEqual([
      ['1:1 with Dana in 1 h', '2026-03-02T08:00:00.000Z'],
    ]);
  });

  it('splits a wait longer than setTimeout allows into several timers', async () => {
    const monthly = testSeries({ rrule: 'FREQ=MONTHLY;BYDAY=1MO', startDate: '2026-04-01' });
    const h = harness(utc(2026, 3, 2, 12), {
      series: [monthly],
      horizonMs: 60 * DAY,
      maxTimerMs: 2 ** 40,
    });
    await h.scheduler.replan();
    expect(h.scheduler.next()?.fireAt).toBe(utc(2026, 4, 6, 7, 45));
    await h.time.tick(40 * DAY);
    expect(h.time.requestedDelays().every((d) => d <= 2 ** 31 - 1)).toBe(true);
    expect(h.shown.map((n) => n.at)).toEqual(['2026-04-06T07:45:00.000Z']);
  });

  it('says only "1:1 in 15 min" while locked, unless details were allowed', async () => {
    const h = harness(utc(2026, 3, 2, 7));
    h.state.locked = true;
    await h.scheduler.replan();
    await h.time.tick(2 * HOUR);
    expect(h.shown.map((n) => [n.title, n.body])).toEqual([
      ['1:1 in 15 min', 'Unlock Upward to see the agenda.'],
    ]);
    h.state.detailsWhileLocked = true;
    await h.time.tick(7 * DAY);
    expect(h.shown[1].title).toBe('1:1 with Dana in 15 min');
  });

  it('still fires the planned reminder when the vault cannot be read (locked)', async () => {
    const h = harness(utc(2026, 3, 2, 7));
    await h.scheduler.replan();
    h.state.loadFails = true;
    await h.scheduler.replan();
    await h.time.tick(2 * HOUR);
    expect(h.shown.map((n) => n.at)).toEqual(['2026-03-02T08:45:00.000Z']);
  });

  it('nudges once to keep in touch after weeks without a held 1:1', async () => {
    const h = harness(utc(2026, 3, 22, 12), { series: [] });
    h.state.keepInTouch = {
      leaders: [{ id: 'ldr1', since: '2026-01-01T00:00:00.000Z' }],
      lastHeld: new Map([['ldr1', '2026-03-02T09:00:00.000Z']]),
      weeks: 3,
    };
    await h.scheduler.replan();
    await h.time.tick(3 * DAY);
    await h.scheduler.onResume();
    expect(h.shown.map((n) => [n.title, n.at])).toEqual([
      ['Time to catch up with Dana', iso(utc(2026, 3, 23, 9))],
    ]);
  });

  it('shows nothing after dispose', async () => {
    const h = harness(utc(2026, 3, 2, 8));
    await h.scheduler.replan();
    h.scheduler.dispose();
    await h.time.tick(2 * HOUR);
    await h.scheduler.replan();
    expect(h.shown).toEqual([]);
    expect(h.time.pending()).toBe(0);
  });

  it('hands the fired ids over for saving each time one fires', async () => {
    const h = harness(utc(2026, 3, 2, 8));
    await h.scheduler.replan();
    await h.time.tick(HOUR);
    expect(h.persisted).toEqual([['ser1|2026-03-02T09:00:00.000Z|15']]);
    expect(h.scheduler.firedIds()).toEqual(['ser1|2026-03-02T09:00:00.000Z|15']);
  });
});
