import { describe, it, expect } from 'vitest';
import ICAL from 'ical.js';
import type { Series } from '../../../shared/domain/meeting';
import { seriesOccurrences } from '../../../shared/recurrence';
import { meetingToIcs, parseIcsSeries, seriesToIcs } from './ics';

type Component = InstanceType<typeof ICAL.Component>;
const NOW = Date.UTC(2026, 2, 1);

function makeSeries(over: Partial<Series> = {}): Series {
  return {
    id: 'ser_7Hq2',
    leaderId: 'ldr_1',
    title: '',
    cadence: 'biweekly',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    weekday: 1,
    startDate: '2026-03-09',
    time: '10:00',
    durationMinutes: 30,
    timeZone: 'Europe/Berlin',
    reminderLeadMinutes: [15, 60],
    templateId: null,
    exceptions: {},
    active: true,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    ...over,
  };
}

function parse(text: string): Component {
  return new ICAL.Component(ICAL.parse(text));
}

/** Expands the file the way a calendar program would (ical.js, with the file's own VTIMEZONE). */
function calendarStarts(text: string, untilMs: number): string[] {
  const cal = parse(text);
  const vtz = cal.getFirstSubcomponent('vtimezone');
  if (!vtz) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const master = events.find((e) => !e.isRecurrenceException());
  if (!master) throw new Error('no master event');
  for (const e of events.filter((x) => x.isRecurrenceException())) master.relateException(e);
  const out: string[] = [];
  const it = master.iterator();
  for (let next = it.next(); next && next.toUnixTime() * 1000 < untilMs; next = it.next()) {
    out.push(
      new Date(master.getOccurrenceDetails(next).startDate.toUnixTime() * 1000).toISOString(),
    );
  }
  ICAL.TimezoneService.reset();
  return out.sort();
}

describe('seriesToIcs', () => {
  const series = makeSeries({
    exceptions: {
      '2026-03-24T09:00:00.000Z': { kind: 'skip' },
      '2026-04-07T08:00:00.000Z': { kind: 'move', start: '2026-04-08T12:00:00.000Z' },
      '2026-04-09T08:00:00.000Z': { kind: 'skip' }, // not a meeting of this series: left out
    },
  });
  const text = seriesToIcs(series, 'Dana Ruiz', { now: NOW });

  it('writes a calendar that places every meeting where Upward does, across the daylight-saving change', () => {
    const expected = seriesOccurrences(series, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')
      .filter((o) => o.status === 'scheduled')
      .map((o) => o.start)
      .sort();
    expect(calendarStarts(text, Date.UTC(2026, 11, 31))).toEqual(expected);
    expect(expected).toContain('2026-04-08T12:00:00.000Z');
  });

  it('has a time zone definition, the rule, one EXDATE per skipped meeting and an override per moved one', () => {
    const cal = parse(text);
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Berlin',
    );
    const [master, moved] = cal.getAllSubcomponents('vevent');
    expect(String(master.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(master.getFirstProperty('dtstart')?.toICALString()).toBe(
      'DTSTART;TZID=Europe/Berlin:20260310T100000',
    );
    expect(master.getAllProperties('exdate').map((p) => p.toICALString())).toEqual([
      'EXDATE;TZID=Europe/Berlin:20260324T100000',
    ]);
    expect(moved.getFirstProperty('recurrence-id')?.toICALString()).toBe(
      'RECURRENCE-ID;TZID=Europe/Berlin:20260407T100000',
    );
    expect(moved.getFirstProperty('dtstart')?.toICALString()).toBe(
      'DTSTART;TZID=Europe/Berlin:20260408T140000',
    );
  });

  it('adds one alarm per reminder lead time and keeps the same UID on every export', () => {
    const master = parse(text).getFirstSubcomponent('vevent');
    expect(
      master?.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    ).toEqual(['-PT1H', '-PT15M']);
    const again = parse(
      seriesToIcs(series, 'Dana Ruiz', { now: NOW + 86_400_000 }),
    ).getFirstSubcomponent('vevent');
    expect(again?.getFirstPropertyValue('uid')).toBe(master?.getFirstPropertyValue('uid'));
    expect(master?.getFirstPropertyValue('summary')).toBe('1:1 with Dana Ruiz');
  });

  it('writes only the title, times and alarms: nothing else about the meetings leaves the app', () => {
    const names = new Set(
      parse(text)
        .getAllSubcomponents('vevent')
        .flatMap((e) => e.getAllProperties().map((p) => p.name)),
    );
    expect([...names].sort()).toEqual([
      'dtend',
      'dtstamp',
      'dtstart',
      'exdate',
      'recurrence-id',
      'rrule',
      'summary',
      'uid',
    ]);
  });

  it('is a well-formed file: CRLF line ends and no line longer than 75 bytes', () => {
    const long = seriesToIcs(
      makeSeries({
        title:
          'Quarterly planning — Dana Ruiz & the whole leadership team, including the über-long name',
      }),
      'Dana',
      { now: NOW },
    );
    expect(long.endsWith('\r\n')).toBe(true);
    expect(
      long
        .split('\r\n')
        .every(
          (line) => Buffer.byteLength(line.replace(/^ /, ''), 'utf8') <= 75 && !line.includes('\n'),
        ),
    ).toBe(true);
    expect(parse(long).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(
      'Quarterly planning — Dana Ruiz & the whole leadership team, including the über-long name',
    );
  });

  it('turns an UNTIL date into UTC, as calendars require next to a zoned start', () => {
    const until = seriesToIcs(makeSeries({ rrule: 'FREQ=WEEKLY;UNTIL=20260331' }), 'Dana', {
      now: NOW,
    });
    expect(until).toContain('RRULE:FREQ=WEEKLY;UNTIL=20260331T215959Z');
  });

  it('reads back into the same series', () => {
    const d = parseIcsSeries(text, { now: NOW });
    expect(d).toMatchObject({
      cadence: 'biweekly',
      rrule: series.rrule,
      startDate: '2026-03-10',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      reminderLeadMinutes: [60, 15],
    });
    expect(d.exceptions).toEqual({
      '2026-03-24T09:00:00.000Z': { kind: 'skip' },
      '2026-04-07T08:00:00.000Z': { kind: 'move', start: '2026-04-08T12:00:00.000Z' },
    });
  });

  it('keeps a southern-hemisphere series at its local time in the calendar', () => {
    const sydney = makeSeries({
      timeZone: 'Australia/Sydney',
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      startDate: '2026-03-01',
      weekday: 3,
    });
    const expected = seriesOccurrences(sydney, '2026-03-01T00:00:00Z', '2027-03-01T00:00:00Z').map(
      (o) => o.start,
    );
    expect(
      calendarStarts(seriesToIcs(sydney, 'Priya', { now: NOW }), Date.UTC(2027, 2, 1)),
    ).toEqual(expected);
  });
});

describe('meetingToIcs', () => {
  const series = makeSeries({ title: 'Weekly sync' });

  it('writes one meeting at its actual time with a UID stable for that meeting', () => {
    const text = meetingToIcs(
      series,
      { key: '2026-04-07T08:00:00.000Z', start: '2026-04-08T12:00:00.000Z' },
      'Dana',
      { now: NOW },
    );
    const events = parse(text).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0].getFirstProperty('dtstart')?.toICALString()).toBe(
      'DTSTART;TZID=Europe/Berlin:20260408T140000',
    );
    expect(events[0].getFirstProperty('dtend')?.toICALString()).toBe(
      'DTEND;TZID=Europe/Berlin:20260408T143000',
    );
    expect(events[0].hasProperty('rrule')).toBe(false);
    const again = parse(
      meetingToIcs(
        series,
        { key: '2026-04-07T08:00:00.000Z', start: '2026-04-08T12:00:00.000Z' },
        'Dana',
        { now: NOW + 5 },
      ),
    );
    expect(again.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(
      events[0].getFirstPropertyValue('uid'),
    );
  });

  it('marks a skipped meeting as cancelled', () => {
    const text = meetingToIcs(
      series,
      { key: '2026-03-24T09:00:00.000Z', start: '2026-03-24T09:00:00.000Z', status: 'skipped' },
      'Dana',
      { now: NOW },
    );
    expect(parse(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('status')).toBe(
      'CANCELLED',
    );
  });
});
