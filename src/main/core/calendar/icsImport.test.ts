import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { IANAZone } from 'luxon';
import { seriesOccurrences } from '../../../shared/recurrence';
import { AppError } from '../errors';
import { listIcsSeries, parseIcsSeries } from './icsImport';
import { WINDOWS_ZONES } from './windowsZones';

const NOW = Date.UTC(2026, 2, 1);
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseIcsSeries(fixture(name), { now: NOW });

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the import to fail');
}

describe('parseIcsSeries — files as Google Calendar writes them', () => {
  it('reads a biweekly Berlin series with skipped, moved and cancelled meetings and its pop-up reminder', () => {
    const d = read('google-biweekly-berlin.ics');
    expect(d).toMatchObject({
      title: 'Alex / Dana 1:1',
      cadence: 'biweekly',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      weekday: 1,
      startDate: '2026-03-03',
      time: '10:00',
      durationMinutes: 45,
      timeZone: 'Europe/Berlin',
      reminderLeadMinutes: [10],
      people: ['Alex Moreau', 'Dana Ruiz'],
      warnings: [],
    });
    expect(d.exceptions).toEqual({
      '2026-03-31T08:00:00.000Z': { kind: 'skip' },
      '2026-05-26T08:00:00.000Z': { kind: 'skip' },
      '2026-05-12T08:00:00.000Z': { kind: 'skip' },
      '2026-04-28T08:00:00.000Z': { kind: 'move', start: '2026-04-29T12:30:00.000Z' },
    });
    // The exception keys are the series' own occurrence keys, so the meetings line up.
    const occ = seriesOccurrences(d, '2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z');
    expect(occ.filter((o) => o.status === 'skipped').map((o) => o.key)).toEqual([
      '2026-03-31T08:00:00.000Z',
      '2026-05-12T08:00:00.000Z',
      '2026-05-26T08:00:00.000Z',
    ]);
    expect(occ.find((o) => o.moved)?.start).toBe('2026-04-29T12:30:00.000Z');
  });

  it('places UTC times in the calendar’s zone and moves the weekday when the local day differs', () => {
    const d = read('google-utc-sydney.ics');
    expect(d).toMatchObject({
      timeZone: 'Australia/Sydney',
      startDate: '2026-03-26',
      time: '10:00',
      weekday: 3,
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      cadence: 'weekly',
    });
    expect(d.warnings.join(' ')).toMatch(/UTC/);
  });

  it('picks the ongoing series among several events and says so', () => {
    const d = read('several-events.ics');
    expect(d.title).toBe('Weekly with Casey');
    expect(d.warnings).toContain(
      'The file holds 2 repeating events; “Weekly with Casey” was imported.',
    );
    const all = listIcsSeries(fixture('several-events.ics'), { now: NOW });
    expect(all.map((x) => x.title)).toEqual(['Weekly with Casey', 'Old weekly with Robin']);
    expect(all[1].warnings.join(' ')).toMatch(/ended/);
    expect(
      parseIcsSeries(fixture('several-events.ics'), { now: NOW, uid: 'old-series@google.com' })
        .title,
    ).toBe('Old weekly with Robin');
  });
});

describe('parseIcsSeries — times without a zone', () => {
  it('reads floating times in the given default zone and matches a date-only EXDATE to that day’s meeting', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example//Handmade//EN',
      'BEGIN:VEVENT',
      'UID:floating@example.com',
      'DTSTAMP:20260301T000000Z',
      'DTSTART:20260303T083000',
      'DURATION:PT25M',
      'RRULE:FREQ=WEEKLY',
      'EXDATE;VALUE=DATE:20260317',
      'SUMMARY:Coffee with Lee',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const d = parseIcsSeries(text, { now: NOW, defaultTimeZone: 'America/Chicago' });
    expect(d).toMatchObject({
      timeZone: 'America/Chicago',
      time: '08:30',
      weekday: 1,
      durationMinutes: 25,
      cadence: 'weekly',
    });
    expect(d.exceptions).toEqual({ '2026-03-17T13:30:00.000Z': { kind: 'skip' } });
  });
});

describe('parseIcsSeries — files as Outlook writes them', () => {
  it('maps the Windows zone name to its IANA zone and reads EXDATE lists and a moved meeting', () => {
    const d = read('outlook-weekly-w-europe.ics');
    expect(d).toMatchObject({
      timeZone: 'Europe/Berlin',
      cadence: 'weekly',
      weekday: 0,
      time: '09:00',
      startDate: '2026-02-16',
      reminderLeadMinutes: [15],
      title: 'Jordan <> Sam weekly',
    });
    expect(d.exceptions).toEqual({
      '2026-04-06T07:00:00.000Z': { kind: 'skip' },
      '2026-05-25T07:00:00.000Z': { kind: 'skip' },
      '2026-03-16T08:00:00.000Z': { kind: 'move', start: '2026-03-17T10:00:00.000Z' },
    });
  });

  it('recognises "second Tuesday" written with BYSETPOS as the monthly preset', () => {
    const d = read('outlook-monthly-eastern.ics');
    expect(d).toMatchObject({
      cadence: 'monthly',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      timeZone: 'America/New_York',
      time: '16:00',
      durationMinutes: 60,
      reminderLeadMinutes: [60, 10],
    });
  });

  it('understands the display-name zones older Outlook writes', () => {
    const d = read('outlook-display-name-zone.ics');
    expect(d).toMatchObject({ time: '10:00', weekday: 3 });
    expect(d.timeZone).toMatch(/^Australia\/(Sydney|Melbourne)$/);
    expect(
      seriesOccurrences(d, '2026-04-01T00:00:00Z', '2026-04-10T00:00:00Z').map((o) => o.start),
    ).toEqual(['2026-04-01T23:00:00.000Z', '2026-04-09T00:00:00.000Z']);
  });

  it('matches an unnamed custom zone by its clock changes and tells the user', () => {
    const d = read('custom-zone-name.ics');
    expect(d.timeZone).toBe('Europe/Berlin');
    expect(d.warnings[0]).toMatch(/“Customized Time Zone” was read as Europe\/Berlin/);
  });

  it('knows a real IANA zone for every Windows zone name in its table', () => {
    for (const zone of Object.values(WINDOWS_ZONES)) expect(IANAZone.isValidZone(zone)).toBe(true);
  });
});

describe('parseIcsSeries — files it refuses, with a message naming the problem', () => {
  const cases: [string, RegExp][] = [
    ['all-day.ics', /“Focus day” is an all-day event, but a 1:1 needs a start time/],
    ['single-event.ics', /“Intro chat with Dana” does not repeat/],
    ['truncated.ics', /damaged/],
    ['hourly.ics', /cannot repeat more often than once a day/],
    ['unknown-zone.ics', /time zone “Olympus Mons Time”/],
    ['contact-card.ics', /not a calendar \(\.ics\) file/],
  ];
  for (const [name, message] of cases) {
    it(`refuses ${name}`, () => {
      const err = failure(() => read(name));
      expect(err.code).toBe('bad-file');
      expect(err.message).toMatch(message);
    });
  }

  it('refuses empty, binary and event-less files', () => {
    expect(failure(() => parseIcsSeries('')).message).toBe('The file is empty.');
    expect(failure(() => parseIcsSeries('BEGIN:VCALENDAR\u0000\u0001')).message).toMatch(
      /not text/,
    );
    expect(
      failure(() => parseIcsSeries('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).message,
    ).toBe('The calendar file contains no events.');
  });

  it('refuses impossible dates and a cancelled series', () => {
    const bad = fixture('single-event.ics').replace(
      'DTSTART;TZID=Europe/Berlin:20260310T100000',
      'DTSTART;TZID=Europe/Berlin:20261310T100000\r\nRRULE:FREQ=WEEKLY',
    );
    expect(failure(() => parseIcsSeries(bad)).message).toMatch(/no valid start time/);
    const cancelled = fixture('google-utc-sydney.ics').replace(
      'STATUS:CONFIRMED',
      'STATUS:CANCELLED',
    );
    expect(failure(() => parseIcsSeries(cancelled)).message).toMatch(/was cancelled/);
  });
});
