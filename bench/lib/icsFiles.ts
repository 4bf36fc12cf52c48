/** Generated calendar files for the `ics-import` and `ics-exdates` figures. */

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Tokyo'];
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const stamp = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
const local = (ms: number): string => stamp(ms).replace(/Z$/, '');

function calendar(events: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Upward bench//Generated//EN',
    'X-WR-TIMEZONE:Europe/Berlin',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function repeating(i: number, start: number): string[] {
  const zone = ZONES[i % ZONES.length];
  const first = start + (i % 200) * 86_400_000;
  const lines = [
    'BEGIN:VEVENT',
    `UID:series-${i}@bench.example`,
    `DTSTAMP:${stamp(start)}`,
    `DTSTART;TZID=${zone}:${local(first)}`,
    `DTEND;TZID=${zone}:${local(first + 30 * 60_000)}`,
    `RRULE:FREQ=WEEKLY;${i % 3 === 0 ? 'INTERVAL=2;' : ''}BYDAY=${DAYS[new Date(first).getUTCDay()]}`,
    `SUMMARY:Series ${i}`,
    `ORGANIZER;CN=Organiser ${i % 40}:mailto:o${i % 40}@bench.example`,
    `ATTENDEE;CN=Attendee ${i % 70}:mailto:a${i % 70}@bench.example`,
    `EXDATE;TZID=${zone}:${local(first + 7 * 86_400_000 * 6)},${local(first + 7 * 86_400_000 * 10)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT15M',
    'DESCRIPTION:Reminder',
    'END:VALARM',
    'END:VEVENT',
  ];
  // Every tenth series has a moved meeting, written twice with different SEQUENCE values.
  if (i % 10 === 0)
    for (const seq of [1, 2])
      lines.push(
        'BEGIN:VEVENT',
        `UID:series-${i}@bench.example`,
        `DTSTAMP:${stamp(start)}`,
        `RECURRENCE-ID;TZID=${zone}:${local(first + 7 * 86_400_000 * 4 * (i % 3 === 0 ? 2 : 1))}`,
        `DTSTART;TZID=${zone}:${local(first + 7 * 86_400_000 * 4 + 3_600_000 * seq)}`,
        `DTEND;TZID=${zone}:${local(first + 7 * 86_400_000 * 4 + 3_600_000 * seq + 1_800_000)}`,
        `SEQUENCE:${seq}`,
        `SUMMARY:Series ${i} (moved)`,
        'END:VEVENT',
      );
  return lines;
}

function single(i: number, start: number): string[] {
  const at = start + i * 3 * 3_600_000;
  return [
    'BEGIN:VEVENT',
    `UID:single-${i}@bench.example`,
    `DTSTAMP:${stamp(start)}`,
    `DTSTART:${stamp(at)}`,
    `DTEND:${stamp(at + 3_600_000)}`,
    `SUMMARY:Appointment ${i}`,
    `DESCRIPTION:Notes for appointment ${i}\\, written by hand.`,
    'END:VEVENT',
  ];
}

const START = Date.UTC(2024, 0, 8, 9);

/** A Google-like export: 3,000 single events and 300 repeating ones. */
export function googleLikeFile(): string {
  const events: string[] = [];
  for (let i = 0; i < 3000; i++) events.push(...single(i, START));
  for (let i = 0; i < 300; i++) events.push(...repeating(i, START));
  return calendar(events);
}

/** 5,000 repeating events, as a shared team calendar can hold. */
export function manySeriesFile(): string {
  const events: string[] = [];
  for (let i = 0; i < 5000; i++) events.push(...repeating(i, START));
  return calendar(events);
}

/** A daily series since ten years ago with 2,000 EXDATEs. */
export function tenYearsOfExdates(now: number): string {
  const first = Date.UTC(new Date(now).getUTCFullYear() - 10, 0, 1, 9);
  const ex: string[] = [];
  for (let i = 0; i < 2000; i++)
    ex.push(
      `EXDATE;TZID=Europe/Berlin:${local(first + i * 2 * 86_400_000)}`.replace(
        /T\d{6}$/,
        'T090000',
      ),
    );
  return calendar([
    'BEGIN:VEVENT',
    'UID:daily@bench.example',
    `DTSTAMP:${stamp(first)}`,
    `DTSTART;TZID=Europe/Berlin:${local(first).replace(/T\d{6}$/, 'T090000')}`,
    'DURATION:PT15M',
    'RRULE:FREQ=DAILY',
    ...ex,
    'SUMMARY:Daily check-in',
    'END:VEVENT',
  ]);
}
