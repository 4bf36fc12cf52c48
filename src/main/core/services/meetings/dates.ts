import type { Settings } from '../../../../shared/domain/settings';

/** Date formatting for exports and messages, following the user's date-format setting. */

const LONG = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD) in the user's chosen format. */
export function formatDay(date: string, format: Settings['dateFormat']): string {
  const [y, m, d] = date.split('-');
  switch (format) {
    case 'iso':
      return date;
    case 'dmy':
      return `${d}/${m}/${y}`;
    case 'mdy':
      return `${m}/${d}/${y}`;
    default:
      return LONG.format(new Date(`${date}T12:00:00Z`));
  }
}

/** The calendar date of an instant in a time zone, YYYY-MM-DD. */
export function dateInZone(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The wall-clock time of an instant in a time zone, HH:mm. */
export function timeInZone(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** When a meeting takes place, in its own time zone: "Tuesday, 12 May 2026, 10:00". */
export function formatMeetingWhen(
  start: string,
  timeZone: string,
  format: Settings['dateFormat'],
): string {
  const day = dateInZone(start, timeZone);
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long' }).format(
    new Date(start),
  );
  return `${weekday}, ${formatDay(day, format)}, ${timeInZone(start, timeZone)}`;
}
