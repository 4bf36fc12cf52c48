import { describe, expect, it } from 'vitest';
import { testSeries, utc } from '../../reminders/testSupport';
import { meetingKey } from '../../reminders/planner';
import { nextMeetingAcross } from './nextMeeting';

describe('the next 1:1 across series', () => {
  it('is the soonest meeting to come of any active series', () => {
    const monday = testSeries({ id: 'mon' });
    const wednesday = testSeries({ id: 'wed', rrule: 'FREQ=WEEKLY;BYDAY=WE', weekday: 2 });
    const paused = testSeries({ id: 'off', rrule: 'FREQ=DAILY', active: false });
    const found = nextMeetingAcross([monday, wednesday, paused], utc(2026, 3, 9, 10));
    expect(found?.series.id).toBe('wed');
    expect(found?.occurrence.start).toBe('2026-03-11T09:00:00.000Z');
  });

  it('passes over a skipped meeting and one already held, and follows a moved one', () => {
    const key = '2026-03-09T09:00:00.000Z';
    const skipped = testSeries({ exceptions: { [key]: { kind: 'skip' } } });
    expect(nextMeetingAcross([skipped], utc(2026, 3, 9, 8))?.occurrence.start).toBe(
      '2026-03-16T09:00:00.000Z',
    );
    const held = new Map([[meetingKey('ser1', key), { status: 'held' as const }]]);
    expect(nextMeetingAcross([testSeries()], utc(2026, 3, 9, 8), held)?.occurrence.start).toBe(
      '2026-03-16T09:00:00.000Z',
    );
    const moved = testSeries({
      exceptions: { [key]: { kind: 'move', start: '2026-03-09T14:00:00.000Z' } },
    });
    expect(nextMeetingAcross([moved], utc(2026, 3, 9, 8))?.occurrence.start).toBe(
      '2026-03-09T14:00:00.000Z',
    );
  });

  it('is nothing when every series has ended', () => {
    const ended = testSeries({ rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2' });
    expect(nextMeetingAcross([ended], utc(2026, 6, 1))).toBeNull();
  });
});
