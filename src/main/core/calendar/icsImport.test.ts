import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { IANAZone } from 'luxon';
import { describeZoneConsequence, seriesOccurrences } from '../../../shared/recurrence';
import { AppError } from '../errors';
import { listIcsSeries, parseIcsSeries, readIcs } from './icsImport';
import { decodeCalendarBytes } from './icsEncoding';
import { WINDOWS_DISPLAY_NAMES, WINDOWS_ZONES } from './windowsZones';

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

  it('keeps a series written in UTC at the file’s instants and offers the calendar’s zone with its consequence', () => {
    const d = read('google-utc-sydney.ics');
    expect(d).toMatchObject({
      timeZone: 'UTC',
      startDate: '2026-03-25',
      time: '23:00',
      rrule: 'FREQ=WEEKLY;BYDAY=WE',
    });
    expect(d.zoneChoice?.zone).toBe('Australia/Sydney');
    expect(d.zoneChoice?.draft).toMatchObject({
      timeZone: 'Australia/Sydney',
      startDate: '2026-03-26',
      time: '10:00',
      weekday: 3,
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
    });
    const c = d.zoneChoice?.consequence;
    expect(c).toMatchObject({ zoneTimes: ['09:00', '10:00'], zone: 'Australia/Sydney', of: 52 });
    expect(c?.differ).toBeGreaterThan(0);
    expect(c && describeZoneConsequence(c)).toMatch(/09:00 or 10:00 in Australia\/Sydney/);
    expect(c && describeZoneConsequence(c)).toMatch(/of the next 52 meetings start an hour later/);
  });

  it('picks the ongoing series among several events and says so', () => {
    const d = read('several-events.ics');
    expect(d.title).toBe('Weekly with Casey');
    expect(d.warnings).toContain(
      'The file holds 2 repeating events; “Weekly with Casey” was imported.',
    );
    const all = listIcsSeries(fixture('several-events.ics'), { now: NOW });
    expect(all.map((x) => x.title)).toEqual(['Weekly with Casey', 'Old weekly with Robin']);
    expect(all.map((x) => x.ended)).toEqual([false, true]);
    // Ended is a flag the picker shows once, not also one of the things to know.
    expect(all[1].warnings.join(' ')).not.toMatch(/ended|no meetings after/i);
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
    ['truncated.ics', /ends in the middle of the event “Weekly with Dana”/],
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

const calendar = (...lines: string[]): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Upward tests//EN',
    ...lines,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
const event = (...lines: string[]): string[] => [
  'BEGIN:VEVENT',
  'UID:case@example.org',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Weekly with Lee',
  ...lines,
  'END:VEVENT',
];

describe('readIcs — every Windows zone', () => {
  it('knows every Windows zone id CLDR maps and every display name Windows writes', () => {
    for (const [id, zone] of Object.entries(WINDOWS_ZONES)) {
      const d = parseIcsSeries(
        calendar(...event(`DTSTART;TZID="${id}":20260302T100000`, 'RRULE:FREQ=WEEKLY')),
        { now: NOW },
      );
      // A TZID that is already an IANA name ("UTC") is kept as written.
      expect(d.timeZone, id).toBe(id === 'UTC' ? 'UTC' : zone);
    }
    const names: [string, string][] = [
      ['(UTC-05:00) Eastern Time (US & Canada)', 'Eastern Standard Time'],
      ['(UTC-06:00) Central Time (US & Canada)', 'Central Standard Time'],
      ['(UTC-07:00) Mountain Time (US & Canada)', 'Mountain Standard Time'],
      ['(UTC-08:00) Pacific Time (US & Canada)', 'Pacific Standard Time'],
      ['(UTC-03:00) Brasilia', 'E. South America Standard Time'],
      ['(UTC-03:00) City of Buenos Aires', 'Argentina Standard Time'],
      ['(UTC-04:00) Santiago', 'Pacific SA Standard Time'],
      ['(UTC-05:00) Bogota, Lima, Quito, Rio Branco', 'SA Pacific Standard Time'],
      ['(UTC-04:00) Caracas', 'Venezuela Standard Time'],
      ['(UTC-03:00) Montevideo', 'Montevideo Standard Time'],
      ['(UTC-04:00) Asuncion', 'Paraguay Standard Time'],
      ['(UTC-10:00) Aleutian Islands', 'Aleutian Standard Time'],
      ['(GMT-05:00) Eastern Time (US & Canada)', 'Eastern Standard Time'],
      ['(UTC+00:00) Dublin, Edinburgh, Lisbon, London', 'GMT Standard Time'],
      ['(UTC+09:00) Osaka, Sapporo, Tokyo', 'Tokyo Standard Time'],
    ];
    // Every display name in the table resolves to its id's zone.
    for (const [name, id] of Object.entries(WINDOWS_DISPLAY_NAMES))
      names.push([`(UTC+00:00) ${name}`, id]);
    for (const [name, id] of names) {
      const d = parseIcsSeries(
        calendar(...event(`DTSTART;TZID="${name}":20260302T100000`, 'RRULE:FREQ=WEEKLY')),
        { now: NOW },
      );
      expect(d.timeZone, name).toBe(WINDOWS_ZONES[id]);
    }
  });

  it('reads fixed-offset names as a zone without clock changes and says so', () => {
    for (const [name, zone] of [
      ['(GMT +01:00)', 'Etc/GMT-1'],
      ['GMT-0500', 'Etc/GMT+5'],
      ['UTC+05:30', 'Asia/Calcutta'],
    ]) {
      const d = parseIcsSeries(
        calendar(...event(`DTSTART;TZID="${name}":20260302T100000`, 'RRULE:FREQ=WEEKLY')),
        { now: NOW },
      );
      // India's zone under either of its names.
      expect(d.timeZone.replace('Kolkata', 'Calcutta'), name).toBe(zone);
      expect(d.warnings.join(' ')).toMatch(/fixed offset|same clock changes/);
    }
  });

  it('names every unknown zone in one sentence and keeps the series it can read', () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++)
      lines.push(
        'BEGIN:VEVENT',
        `UID:z${i}@example.org`,
        `DTSTART;TZID=Custom zone ${i}:20260302T100000`,
        'RRULE:FREQ=WEEKLY',
        'END:VEVENT',
      );
    const r = readIcs(
      calendar(
        ...lines,
        ...event('DTSTART;TZID=Europe/Paris:20260302T100000', 'RRULE:FREQ=WEEKLY'),
      ),
      {
        now: NOW,
      },
    );
    expect(r.series.map((s) => s.timeZone)).toEqual(['Europe/Paris']);
    expect(r.skipped).toEqual([
      expect.stringMatching(
        /^300 series use time zones Upward does not recognise \(“Custom zone 0”, .* and 295 more\); they were left out\.$/,
      ),
    ]);
  });
});

describe('readIcs — skipped dates and changed meetings', () => {
  it('matches an EXDATE by its instant: one at another time of day leaves that day’s meeting alone', () => {
    const d = parseIcsSeries(
      calendar(
        ...event(
          'DTSTART;TZID=Europe/Berlin:20260302T100000',
          'RRULE:FREQ=WEEKLY',
          'EXDATE;TZID=Europe/Berlin:20260309T150000',
          'EXDATE:20260316T090000Z',
        ),
      ),
      { now: NOW },
    );
    expect(d.exceptions).toEqual({ '2026-03-16T09:00:00.000Z': { kind: 'skip' } });
    expect(d.warnings.join(' ')).toMatch(
      /One skipped date matches no meeting.*9 March 2026 at 15:00/,
    );
  });

  it('takes the highest SEQUENCE of a moved meeting and reports an override that matches no meeting', () => {
    const d = read('sequence-overrides.ics');
    expect(d.exceptions).toEqual({
      '2026-03-17T14:00:00.000Z': { kind: 'move', start: '2026-03-18T15:00:00.000Z' },
      '2026-04-07T14:00:00.000Z': { kind: 'skip' },
    });
    expect(d.warnings).toContain(
      'One changed meeting belongs to no meeting of the series (original time 25 March 2026 at 10:00) and was not imported.',
    );
  });

  it('reports changes to meetings of no event in the file, but not changes to a single event', () => {
    const change = (uid: string, day: string): string[] => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTAMP:20260101T000000Z',
      `RECURRENCE-ID;TZID=Europe/Berlin:${day}T100000`,
      `DTSTART;TZID=Europe/Berlin:${day}T110000`,
      'END:VEVENT',
    ];
    const r = readIcs(
      calendar(
        ...event('DTSTART;TZID=Europe/Berlin:20260302T100000', 'RRULE:FREQ=WEEKLY'),
        'BEGIN:VEVENT',
        'UID:single@example.org',
        'DTSTAMP:20260101T000000Z',
        'DTSTART;TZID=Europe/Berlin:20260305T100000',
        'END:VEVENT',
        ...change('single@example.org', '20260305'),
        ...change('gone-1@example.org', '20260306'),
        ...change('gone-2@example.org', '20260307'),
      ),
      { now: NOW },
    );
    expect(r.series).toHaveLength(1);
    expect(r.singleEvents).toBe(1);
    expect(r.skipped).toEqual([
      '2 changes to single meetings belong to no series in the file and were left out.',
    ]);
  });

  it('stays linear: a daily series of ten years with 2,000 EXDATEs reads in one expansion', () => {
    const ex: string[] = [];
    for (let i = 0; i < 2000; i++)
      ex.push(
        `EXDATE:${new Date(Date.UTC(2016, 0, 1, 9) + i * 86_400_000).toISOString().replace(/[-:]|\.\d{3}/g, '')}`,
      );
    const d = parseIcsSeries(
      calendar(...event('DTSTART:20160101T090000Z', 'RRULE:FREQ=DAILY', ...ex)),
      { now: NOW },
    );
    expect(Object.keys(d.exceptions)).toHaveLength(2000);
  });
});

describe('readIcs — one bad line is not a bad file', () => {
  it('skips broken lines and events, imports the rest and lists what was left out in words', () => {
    const r = readIcs(fixture('malformed-lines.ics'), { now: NOW });
    expect(r.series.map((s) => s.title)).toEqual(['Lunch 1:1 with Pat', 'Monthly with Sam']);
    expect(r.skipped).toEqual([
      'Line 22 (“END:VTODO”) closes a block that was never opened; it was ignored.',
      'In the event “Lunch 1:1 with Pat”, line 12 (X-BROKEN-LINE-WITHOUT-A-COLON) and line 13 (ATTENDEE) could not be read and were left out.',
      '“Broken start” has no valid start time. It was left out.',
    ]);
  });
});

describe('readIcs — encodings', () => {
  const text = fixture('google-biweekly-berlin.ics');
  const utf16 = (littleEndian: boolean): Uint8Array => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + i * 2] = littleEndian ? c & 0xff : c >> 8;
      out[3 + i * 2] = littleEndian ? c >> 8 : c & 0xff;
    }
    return out;
  };
  it('reads UTF-16 LE and BE with a byte-order mark, and UTF-8 with one', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [utf16(true), utf16(false), bom]) {
      expect(parseIcsSeries(decodeCalendarBytes(bytes).text, { now: NOW }).title).toBe(
        'Alex / Dana 1:1',
      );
    }
  });
});

describe('readIcs — warnings for what one rule cannot hold', () => {
  it('warns about far dates, a COUNT near the limit and an interval in the hundreds', () => {
    const far = parseIcsSeries(
      calendar(
        ...event('DTSTART;TZID=Europe/Berlin:18900106T100000', 'RRULE:FREQ=WEEKLY;COUNT=9000'),
      ),
      { now: NOW },
    );
    expect(far.warnings.join(' ')).toMatch(/starts on 6 January 1890 at 10:00, unusually far/);
    expect(far.warnings.join(' ')).toMatch(/repeat 9,000 times/);
    const sparse = parseIcsSeries(
      calendar(
        ...event('DTSTART;TZID=Europe/Berlin:20260302T100000', 'RRULE:FREQ=WEEKLY;INTERVAL=200'),
      ),
      { now: NOW },
    );
    expect(sparse.warnings.join(' ')).toMatch(/only every 200 weeks/);
  });

  it('names the extra dates and the second rule’s dates it leaves out', () => {
    const d = parseIcsSeries(
      calendar(
        ...event(
          'DTSTART;TZID=Europe/Berlin:20260302T100000',
          'RRULE:FREQ=WEEKLY;BYDAY=MO',
          'RRULE:FREQ=MONTHLY;BYDAY=1FR;COUNT=2',
          'RDATE;TZID=Europe/Berlin:20260312T100000,20260319T100000',
        ),
      ),
      { now: NOW },
    );
    expect(d.warnings).toContain(
      'Extra dates the calendar adds to the series were not imported: 12 March 2026 at 10:00, 19 March 2026 at 10:00.',
    );
    expect(d.warnings).toContain(
      'The event has 2 repeat rules; only the first was imported. Left out in the coming year: 6 March 2026 at 10:00, 3 April 2026 at 10:00.',
    );
  });

  it('writes the dates and times in its warnings the user’s way', () => {
    const source = calendar(
      ...event(
        'DTSTART;TZID=Europe/Berlin:20260302T140000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO',
        'RDATE;TZID=Europe/Berlin:20260312T140000',
        'EXDATE;TZID=Europe/Berlin:20260309T150000',
      ),
    );
    const us = parseIcsSeries(source, {
      now: NOW,
      style: { dateFormat: 'mdy', timeFormat: '12h', locale: 'en-US' },
    });
    expect(us.warnings.join(' ')).toMatch(/03\/12\/2026 at 2:00\sPM/);
    expect(us.warnings.join(' ')).toMatch(/03\/09\/2026 at 3:00\sPM/);
    const iso = parseIcsSeries(source, {
      now: NOW,
      style: { dateFormat: 'iso', timeFormat: '24h' },
    });
    expect(iso.warnings.join(' ')).toContain('2026-03-12 at 14:00');
    expect(iso.warnings.join(' ')).not.toMatch(/PM/);
  });
});
