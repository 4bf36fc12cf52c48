import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  describeRrule,
  describeZoneConsequence,
  isOccurrenceStart,
  nextOccurrence,
  normalizeRrule,
  presetRrule,
  seriesOccurrences,
  utcToZoned,
  validateRrule,
  zonedToUtcMs,
  type SeriesSchedule,
  type ZoneConsequence,
} from './recurrence';

function series(
  over: Partial<SeriesSchedule> & { weekday?: number } = {},
): SeriesSchedule & { weekday: number } {
  return {
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    startDate: '2026-01-05',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: 30,
    exceptions: {},
    weekday: 0,
    ...over,
  };
}

const starts = (s: SeriesSchedule, from: string, to: string): string[] =>
  seriesOccurrences(s, from, to).map((o) => o.start);
const localTimes = (s: SeriesSchedule, from: string, to: string): string[] =>
  seriesOccurrences(s, from, to).map((o) =>
    DateTime.fromISO(o.start, { zone: s.timeZone }).toFormat('ccc yyyy-MM-dd HH:mm'),
  );

describe('presetRrule', () => {
  it('builds weekly and every-two-weeks rules on the chosen weekday', () => {
    expect(presetRrule('weekly', 1)).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(presetRrule('biweekly', 4)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR');
  });

  it('makes a monthly series keep the weekday’s place in the month of the first meeting', () => {
    expect(presetRrule('monthly', 1, '2026-03-10')).toBe('FREQ=MONTHLY;BYDAY=2TU');
    // 2026-03-09 is a Monday: the first Tuesday from then is the 10th, still the second Tuesday.
    expect(presetRrule('monthly', 1, '2026-03-09')).toBe('FREQ=MONTHLY;BYDAY=2TU');
    // A fifth Tuesday does not exist in most months, so it means the last one.
    expect(presetRrule('monthly', 1, '2026-03-31')).toBe('FREQ=MONTHLY;BYDAY=-1TU');
    expect(presetRrule('monthly', 0)).toBe('FREQ=MONTHLY;BYDAY=1MO');
  });

  it('produces rules that pass validation and stay canonical', () => {
    for (const c of ['weekly', 'biweekly', 'monthly'] as const) {
      for (let wd = 0; wd < 7; wd++) {
        const rule = presetRrule(c, wd, '2026-05-20');
        expect(validateRrule(rule)).toEqual({ ok: true });
        expect(normalizeRrule(rule)).toBe(rule);
      }
    }
  });
});

describe('seriesOccurrences across daylight-saving changes', () => {
  it('keeps a weekly 10:00 Berlin 1:1 at 10:00 Berlin on both sides of each change', () => {
    const s = series({ startDate: '2026-03-16' });
    expect(starts(s, '2026-03-16T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ]);
    expect(starts(s, '2026-10-19T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([
      '2026-10-19T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-11-02T09:00:00.000Z',
    ]);
  });

  it('keeps a New York 1:1 at its local time through March and November', () => {
    const s = series({
      timeZone: 'America/New_York',
      rrule: presetRrule('weekly', 3),
      startDate: '2026-03-05',
      time: '09:30',
    });
    expect(starts(s, '2026-03-01T00:00:00Z', '2026-03-13T00:00:00Z')).toEqual([
      '2026-03-05T14:30:00.000Z',
      '2026-03-12T13:30:00.000Z',
    ]);
    expect(starts(s, '2026-10-28T00:00:00Z', '2026-11-07T00:00:00Z')).toEqual([
      '2026-10-29T13:30:00.000Z',
      '2026-11-05T14:30:00.000Z',
    ]);
  });

  it('handles the southern hemisphere, where clocks go back in April (Sydney and Santiago)', () => {
    const sydney = series({
      timeZone: 'Australia/Sydney',
      rrule: presetRrule('weekly', 3),
      startDate: '2026-03-26',
    });
    expect(starts(sydney, '2026-03-20T00:00:00Z', '2026-04-10T00:00:00Z')).toEqual([
      '2026-03-25T23:00:00.000Z',
      '2026-04-01T23:00:00.000Z',
      '2026-04-09T00:00:00.000Z',
    ]);
    expect(localTimes(sydney, '2026-09-20T00:00:00Z', '2026-10-10T00:00:00Z')).toEqual([
      'Thu 2026-09-24 10:00',
      'Thu 2026-10-01 10:00',
      'Thu 2026-10-08 10:00',
    ]);
    const santiago = series({
      timeZone: 'America/Santiago',
      rrule: presetRrule('biweekly', 0),
      startDate: '2026-03-30',
    });
    expect(starts(santiago, '2026-03-29T00:00:00Z', '2026-04-20T00:00:00Z')).toEqual([
      '2026-03-30T13:00:00.000Z',
      '2026-04-13T14:00:00.000Z',
    ]);
    expect(
      localTimes(santiago, '2026-08-20T00:00:00Z', '2026-09-30T00:00:00Z').every((t) =>
        t.endsWith('10:00'),
      ),
    ).toBe(true);
  });

  it('moves a meeting set inside the skipped hour forward and takes the first of a repeated hour', () => {
    const gap = series({ rrule: 'FREQ=DAILY', startDate: '2026-03-28', time: '02:30' });
    expect(starts(gap, '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 03:30 summer time: the hour 02:00–03:00 does not exist that day
      '2026-03-30T00:30:00.000Z',
    ]);
    const repeat = series({
      rrule: 'FREQ=DAILY',
      startDate: '2026-10-25',
      time: '02:30',
      exceptions: {},
    });
    expect(starts(repeat, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')).toEqual([
      '2026-10-25T00:30:00.000Z',
    ]);
  });

  it('keeps wall-clock time and weekday for any zone, weekday and time over two years', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Sydney',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Europe/London',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 4, max: 22 }),
        fc.constantFrom(0, 15, 30, 45),
        (zone, wd, h, m) => {
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const s = series({
            timeZone: zone,
            rrule: presetRrule('weekly', wd),
            startDate: '2026-01-01',
            time,
          });
          const occ = seriesOccurrences(s, '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
          expect(occ.length).toBeGreaterThanOrEqual(103);
          for (const o of occ) {
            const local = utcToZoned(Date.parse(o.start), zone);
            expect(local.time).toBe(time);
            expect(local.weekday).toBe(wd);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('seriesOccurrences with exceptions', () => {
  const base = series({
    rrule: presetRrule('biweekly', 1),
    startDate: '2026-03-03',
    time: '10:00',
  });

  it('marks a skipped meeting and shows a moved one at its new time, keyed by the original start', () => {
    const s = {
      ...base,
      exceptions: {
        '2026-03-17T09:00:00.000Z': { kind: 'skip' as const },
        '2026-03-31T08:00:00.000Z': { kind: 'move' as const, start: '2026-04-01T12:00:00.000Z' },
      },
    };
    const occ = seriesOccurrences(s, '2026-03-01T00:00:00Z', '2026-04-20T00:00:00Z');
    expect(occ.map((o) => [o.key, o.start, o.status, o.moved])).toEqual([
      ['2026-03-03T09:00:00.000Z', '2026-03-03T09:00:00.000Z', 'scheduled', false],
      ['2026-03-17T09:00:00.000Z', '2026-03-17T09:00:00.000Z', 'skipped', false],
      ['2026-03-31T08:00:00.000Z', '2026-04-01T12:00:00.000Z', 'scheduled', true],
      ['2026-04-14T08:00:00.000Z', '2026-04-14T08:00:00.000Z', 'scheduled', false],
    ]);
    expect(occ[2].end).toBe('2026-04-01T12:30:00.000Z');
  });

  it('finds a meeting moved into the window from outside it, and drops one moved out of it', () => {
    const s = {
      ...base,
      exceptions: {
        '2026-03-03T09:00:00.000Z': { kind: 'move' as const, start: '2026-03-05T09:00:00.000Z' },
        '2026-03-17T09:00:00.000Z': { kind: 'move' as const, start: '2026-03-25T09:00:00Z' },
      },
    };
    expect(
      seriesOccurrences(s, '2026-03-04T00:00:00Z', '2026-03-10T00:00:00Z').map((o) => o.key),
    ).toEqual(['2026-03-03T09:00:00.000Z']);
    expect(seriesOccurrences(s, '2026-03-16T00:00:00Z', '2026-03-20T00:00:00Z')).toEqual([]);
  });

  it('accepts exception keys written with an offset instead of Z, and ignores keys that are not meetings', () => {
    const s = {
      ...base,
      exceptions: {
        '2026-03-03T10:00:00+01:00': { kind: 'skip' as const },
        '2026-03-04T09:00:00.000Z': { kind: 'move' as const, start: '2026-03-05T09:00:00.000Z' },
      },
    };
    expect(
      seriesOccurrences(s, '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z').map((o) => o.status),
    ).toEqual(['skipped']);
    expect(isOccurrenceStart(s, '2026-03-17T09:00:00Z')).toBe(true);
    expect(isOccurrenceStart(s, '2026-03-10T09:00:00Z')).toBe(false);
  });

  it('ends at COUNT and UNTIL, and yields nothing for an invalid rule or zone', () => {
    expect(
      seriesOccurrences(
        { ...base, rrule: 'FREQ=WEEKLY;COUNT=3' },
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
      ),
    ).toHaveLength(3);
    // UNTIL in UTC at 09:00 includes the 10:00 Berlin meeting that day; a bare date includes the whole day.
    expect(
      starts(
        { ...base, rrule: 'FREQ=WEEKLY;UNTIL=20260317T090000Z' },
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
      ),
    ).toHaveLength(3);
    expect(
      starts(
        { ...base, rrule: 'FREQ=WEEKLY;UNTIL=20260316' },
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
      ),
    ).toHaveLength(2);
    expect(
      seriesOccurrences(
        { ...base, rrule: 'FREQ=SOMETIMES' },
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
      ),
    ).toEqual([]);
    expect(
      seriesOccurrences(
        { ...base, timeZone: 'Mars/Olympus' },
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
      ),
    ).toEqual([]);
  });

  it('follows a monthly "second Tuesday" rule written either way', () => {
    const a = starts(
      { ...base, rrule: 'FREQ=MONTHLY;BYDAY=2TU', startDate: '2026-01-13' },
      '2026-01-01T00:00:00Z',
      '2026-05-01T00:00:00Z',
    );
    const b = starts(
      { ...base, rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2', startDate: '2026-01-13' },
      '2026-01-01T00:00:00Z',
      '2026-05-01T00:00:00Z',
    );
    expect(a).toEqual([
      '2026-01-13T09:00:00.000Z',
      '2026-02-10T09:00:00.000Z',
      '2026-03-10T09:00:00.000Z',
      '2026-04-14T08:00:00.000Z',
    ]);
    expect(b).toEqual(a);
  });
});

describe('nextOccurrence', () => {
  it('returns the next meeting that is not skipped, strictly after the instant', () => {
    const s = series({
      startDate: '2026-03-02',
      exceptions: { '2026-03-09T09:00:00.000Z': { kind: 'skip' } },
    });
    expect(nextOccurrence(s, '2026-03-02T09:00:00.000Z')?.start).toBe('2026-03-16T09:00:00.000Z');
    expect(nextOccurrence(s, '2026-02-01T00:00:00Z')?.start).toBe('2026-03-02T09:00:00.000Z');
  });

  it('finds a far-away yearly meeting and returns null once a series has ended', () => {
    expect(
      nextOccurrence(
        series({ rrule: 'FREQ=YEARLY', startDate: '2026-03-02' }),
        '2026-03-03T00:00:00Z',
      )?.start,
    ).toBe('2027-03-02T09:00:00.000Z');
    expect(
      nextOccurrence(
        series({ rrule: 'FREQ=WEEKLY;COUNT=2', startDate: '2026-03-02' }),
        '2026-03-10T00:00:00Z',
      ),
    ).toBeNull();
  });
});

describe('validateRrule', () => {
  it('accepts common calendar rules', () => {
    for (const r of [
      'FREQ=WEEKLY;BYDAY=TU',
      'RRULE:FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=TU',
      'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
      'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=WEEKLY;UNTIL=20271231T235959Z',
    ]) {
      expect(validateRrule(r)).toEqual({ ok: true });
    }
  });

  it('explains what is wrong with a bad rule', () => {
    const msg = (r: string): string => {
      const v = validateRrule(r);
      return v.ok ? '' : v.message;
    };
    expect(msg('')).toMatch(/empty/);
    expect(msg('BYDAY=TU')).toMatch(/needs a frequency/);
    expect(msg('FREQ=HOURLY')).toMatch(/more often than once a day/);
    expect(msg('FREQ=FORTNIGHTLY')).toMatch(/“FORTNIGHTLY” is not a repeat frequency/);
    expect(msg('FREQ=WEEKLY;BYDAY=TUE')).toMatch(/BYDAY/);
    expect(msg('FREQ=WEEKLY;INTERVAL=0')).toMatch(/INTERVAL/);
    expect(msg('FREQ=WEEKLY;BYHOUR=9')).toMatch(/time of day comes from the series/);
    expect(msg('FREQ=WEEKLY;COUNT=3;UNTIL=20270101')).toMatch(/not both/);
    expect(msg('FREQ=WEEKLY;BYDAY=2TU')).toMatch(/only works with monthly or yearly/);
    expect(msg('FREQ=WEEKLY;COLOR=RED')).toMatch(/does not know: “COLOR”/);
    expect(msg('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30')).toMatch(/never produces a date/);
    expect(msg('FREQ=WEEKLY;UNTIL=tomorrow')).toMatch(/UNTIL/);
  });
});

describe('describeZoneConsequence', () => {
  const c: ZoneConsequence = {
    utcTime: '09:00',
    zone: 'Europe/Berlin',
    zoneTimes: ['10:00', '11:00'],
    zoneTime: '10:00',
    differ: 31,
    of: 52,
    shift: 'earlier',
  };
  it('says what following the zone changes, with times the user’s way', () => {
    expect(describeZoneConsequence(c)).toBe(
      'As the file says, the meeting stays at 09:00 UTC, which is 10:00 or 11:00 in Europe/Berlin as its clocks change. Kept in Europe/Berlin, it is always at 10:00 there, so 31 of the next 52 meetings start an hour earlier than in the file.',
    );
    const twelve = { dateFormat: 'iso', timeFormat: '12h', locale: 'en-US' } as const;
    expect(describeZoneConsequence(c, twelve)).toBe(
      'As the file says, the meeting stays at 9:00 AM UTC, which is 10:00 AM or 11:00 AM in Europe/Berlin as its clocks change. Kept in Europe/Berlin, it is always at 10:00 AM there, so 31 of the next 52 meetings start an hour earlier than in the file.',
    );
    expect(
      describeZoneConsequence(
        { ...c, zone: 'Asia/Tokyo', zoneTimes: ['18:00'], zoneTime: '18:00', differ: 0 },
        { ...twelve, timeFormat: '24h' },
      ),
    ).toBe('The same moments either way: 09:00 UTC is 18:00 in Asia/Tokyo all year.');
  });
});

describe('describeRrule', () => {
  const s = { weekday: 1, startDate: '2026-03-10', time: '10:00', timeZone: 'Europe/Berlin' };
  it('writes the time the way the user chose: 12 or 24 hours', () => {
    const evening = { ...s, time: '23:45', rrule: presetRrule('weekly', 1) };
    const style = { dateFormat: 'iso', locale: 'en-US' } as const;
    expect(describeRrule(evening, { ...style, timeFormat: '12h' })).toBe(
      'Every week on Tuesday at 11:45 PM (Europe/Berlin)',
    );
    expect(describeRrule(evening, { ...style, timeFormat: '24h' })).toBe(
      'Every week on Tuesday at 23:45 (Europe/Berlin)',
    );
  });
  it('says the schedule in plain words', () => {
    expect(describeRrule({ ...s, rrule: presetRrule('biweekly', 1) })).toBe(
      'Every 2 weeks on Tuesday at 10:00 (Europe/Berlin)',
    );
    expect(describeRrule({ ...s, rrule: presetRrule('weekly', 1) })).toBe(
      'Every week on Tuesday at 10:00 (Europe/Berlin)',
    );
    expect(describeRrule({ ...s, rrule: presetRrule('monthly', 1, s.startDate) })).toBe(
      'Every month on the second Tuesday at 10:00 (Europe/Berlin)',
    );
    expect(describeRrule({ ...s, rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1;COUNT=6' })).toBe(
      'Every month on the last Tuesday at 10:00 (Europe/Berlin), 6 times',
    );
    expect(describeRrule({ ...s, rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR' })).toBe(
      'Every weekday at 10:00 (Europe/Berlin)',
    );
    expect(describeRrule({ ...s, rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20271231' })).toBe(
      'Every week on Monday and Thursday at 10:00 (Europe/Berlin), until 31 December 2027',
    );
    expect(describeRrule({ ...s, rrule: 'FREQ=MONTHLY;INTERVAL=3' })).toBe(
      'Every 3 months on day 10 at 10:00 (Europe/Berlin)',
    );
    expect(describeRrule({ ...s, rrule: 'nonsense' })).toBe(
      'On a schedule Upward cannot read, at 10:00 (Europe/Berlin)',
    );
  });
});

describe('zone conversions', () => {
  it('turns a wall-clock time into the instant and back', () => {
    const ms = zonedToUtcMs('2026-07-01', '09:15', 'America/New_York');
    expect(new Date(ms).toISOString()).toBe('2026-07-01T13:15:00.000Z');
    expect(utcToZoned(ms, 'Asia/Tokyo')).toEqual({ date: '2026-07-01', time: '22:15', weekday: 2 });
  });
});
