import { describe, it, expect } from 'vitest';
import { Meeting, Series, type ActionItem } from '../../../../shared/domain/meeting';
import { presetRrule } from '../../../../shared/recurrence';
import { oneOnOneHealth } from './health';

const T = '2026-01-01T00:00:00.000Z';

/** Weekly on Mondays at 10:00 UTC from 5 January 2026. */
const weekly = (fields: Partial<Series> = {}): Series =>
  Series.parse({
    id: 's1',
    leaderId: 'dana',
    cadence: 'weekly',
    rrule: presetRrule('weekly', 0, '2026-01-05'),
    weekday: 0,
    startDate: '2026-01-05',
    time: '10:00',
    timeZone: 'UTC',
    createdAt: T,
    updatedAt: T,
    ...fields,
  });

const meeting = (key: string, fields: Partial<Meeting> = {}): Meeting =>
  Meeting.parse({
    id: `m-${key}`,
    seriesId: 's1',
    leaderId: 'dana',
    occurrenceKey: key,
    start: key,
    durationMinutes: 30,
    sections: [{ id: 'sec', title: 'Updates' }],
    createdAt: T,
    updatedAt: T,
    ...fields,
  });

const action = (id: string, fields: Partial<ActionItem>): ActionItem => ({
  id,
  text: id,
  owner: { kind: 'me' },
  due: null,
  status: 'open',
  leaderId: 'dana',
  meetingId: null,
  createdAt: T,
  updatedAt: T,
  completedAt: null,
  ...fields,
});

const base = {
  leaders: [{ id: 'dana', name: 'Dana' }],
  from: '2026-01-01',
  today: '2026-03-10',
  now: '2026-03-10T09:00:00.000Z',
};

describe('1:1 health over the quarter', () => {
  it('counts meetings held, skipped, moved, and past ones nobody recorded', () => {
    const series = weekly({
      exceptions: {
        '2026-02-23T10:00:00.000Z': { kind: 'skip' },
        '2026-02-16T10:00:00.000Z': { kind: 'move', start: '2026-02-17T15:00:00.000Z' },
      },
    });
    const meetings = [
      meeting('2026-03-02T10:00:00.000Z', { status: 'held' }),
      meeting('2026-03-09T10:00:00.000Z', { status: 'held' }),
      // Still to come: not judged.
      meeting('2026-03-16T10:00:00.000Z'),
    ];
    const [h] = oneOnOneHealth({ ...base, series: [series], meetings, actions: [] });
    // Ten Mondays from 5 January to 9 March: 2 held, 1 skipped, 7 with nothing recorded (one of them moved).
    expect(h).toMatchObject({ leaderName: 'Dana', held: 2, skipped: 1, moved: 1, unrecorded: 7 });
  });

  it('still counts meetings held in a series that was deleted since, and ignores silence after a series was paused', () => {
    const paused = weekly({ active: false });
    const orphan = meeting('2026-02-02T10:00:00.000Z', { seriesId: 'gone', status: 'held' });
    const [h] = oneOnOneHealth({ ...base, series: [paused], meetings: [orphan], actions: [] });
    expect(h).toMatchObject({ held: 1, unrecorded: 0 });
  });

  it('judges my commitments due in the quarter: kept by their date, done late, or missed', () => {
    const actions = [
      action('kept', {
        due: '2026-02-10',
        status: 'done',
        completedAt: '2026-02-09T12:00:00.000Z',
      }),
      action('late', {
        due: '2026-02-10',
        status: 'done',
        completedAt: '2026-02-20T12:00:00.000Z',
      }),
      action('open-late', { due: '2026-03-01' }),
      action('dropped', { due: '2026-01-15', status: 'dropped' }),
      action('due-today', { due: '2026-03-10' }),
      action('before-quarter', { due: '2025-12-01' }),
      action('theirs', { due: '2026-02-01', owner: { kind: 'leader' } }),
      action('other-leader', { due: '2026-02-01', leaderId: 'sam' }),
    ];
    const [h] = oneOnOneHealth({ ...base, series: [], meetings: [], actions });
    expect(h).toMatchObject({ kept: 1, late: 1, missed: 2 });
  });
});

describe('1:1 health and meetings held early', () => {
  it('counts a future meeting the user chose to hold as held, and nothing as not recorded', () => {
    const series = weekly({
      startDate: '2026-03-09',
      rrule: presetRrule('weekly', 0, '2026-03-09'),
    });
    const early = meeting('2026-03-16T10:00:00.000Z', {
      status: 'held',
      closedAt: '2026-03-10T08:00:00.000Z',
    });
    const heldMonday = meeting('2026-03-09T10:00:00.000Z', { status: 'held' });
    const [h] = oneOnOneHealth({
      ...base,
      series: [series],
      meetings: [heldMonday, early],
      actions: [],
    });
    expect(h).toMatchObject({ held: 2, skipped: 0, unrecorded: 0 });
  });
});
