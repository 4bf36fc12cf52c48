/**
 * A small calendar in the shapes exports use most (zoned weekly series with skipped dates, a
 * moved meeting, alarms, organiser and attendees), read once by a calendar worker while the
 * user is still choosing a file, so the real read runs on warmed-up code.
 */
export function warmUpCalendar(now: number, count = 120): string {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'UTC'];
  const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const day = 86_400_000;
  const local = (ms: number): string =>
    new Date(ms)
      .toISOString()
      .replace(/[-:]|\.\d{3}/g, '')
      .replace(/Z$/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Upward//Warm-up//EN'];
  const first = Math.floor(now / day) * day - 400 * day + 9 * 3_600_000;
  for (let i = 0; i < count; i++) {
    const zone = zones[i % zones.length];
    const start = first + i * day;
    const weekday = days[(new Date(start).getUTCDay() + 6) % 7];
    lines.push(
      'BEGIN:VEVENT',
      `UID:warm-${i}@upward.invalid`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART;TZID=${zone}:${local(start)}`,
      `DTEND;TZID=${zone}:${local(start + 1_800_000)}`,
      `RRULE:FREQ=${i % 5 === 4 ? 'MONTHLY;BYDAY=2TU' : `WEEKLY;BYDAY=${weekday}`}`,
      `EXDATE;TZID=${zone}:${local(start + 14 * day)},${local(start + 28 * day)}`,
      `SUMMARY:Series ${i}`,
      `ORGANIZER;CN=Organiser ${i}:mailto:o${i}@upward.invalid`,
      `ATTENDEE;CN="Attendee, ${i}";ROLE=REQ-PARTICIPANT:mailto:a${i}@upward.invalid`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15M',
      'DESCRIPTION:Reminder',
      'END:VALARM',
      'END:VEVENT',
      'BEGIN:VEVENT',
      `UID:warm-${i}@upward.invalid`,
      'DTSTAMP:20260101T000000Z',
      `RECURRENCE-ID;TZID=${zone}:${local(start + 7 * day)}`,
      `DTSTART;TZID=${zone}:${local(start + 7 * day + 3_600_000)}`,
      `DTEND;TZID=${zone}:${local(start + 7 * day + 5_400_000)}`,
      'SEQUENCE:1',
      `SUMMARY:Series ${i} (moved)`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
