import {
  dateInZone,
  formatDate,
  formatDateWithWeekday,
  formatTime,
  formatWeekday,
  dateTileParts,
  localTimeZone,
} from '../../../../shared/dateTime';
import { isoUtc, utcToZoned, zonedToUtcMs } from '../../../../shared/recurrence';
import { displayStyle } from '../../lib/format';

/** The user's own time zone. */
export function localZone(): string {
  return localTimeZone();
}

/** "Mon, Mar 16, 2026" for an instant, in a zone, the user's way. */
export function shortDay(iso: string, timeZone: string): string {
  const day = dateInZone(iso, timeZone);
  return `${formatWeekday(day, displayStyle(), 'short')}, ${formatDate(day, displayStyle())}`;
}

/** "Monday, Mar 16, 2026" for an instant, in a zone, the user's way. */
export function longDay(iso: string, timeZone: string): string {
  return formatDateWithWeekday(dateInZone(iso, timeZone), displayStyle());
}

/** "10:00" (or "10:00 AM") for an instant, in a zone, the user's way. */
export function clock(iso: string, timeZone: string): string {
  return formatTime(iso, timeZone, displayStyle());
}

/** A zone's city, in words: "Europe/New_York" → "New York". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** "9:00 – 9:30" in the user's own time, the user's way. */
export function timeRange(start: string, end: string): string {
  const here = localZone();
  return `${clock(start, here)} – ${clock(end, here)}`;
}

/** "10:00 AM in Berlin" when the series' own zone shows another time than the user's; empty otherwise. */
export function zoneNote(start: string, timeZone: string): string {
  const here = localZone();
  return timeZone === here || clock(start, timeZone) === clock(start, here)
    ? ''
    : `${clock(start, timeZone)} in ${zoneCity(timeZone)}`;
}

/** The date block of a calendar row: weekday, day number and month. */
export function dateParts(
  iso: string,
  timeZone: string,
): { weekday: string; day: string; month: string } {
  return dateTileParts(dateInZone(iso, timeZone), displayStyle());
}

/** "in 3 days", "tomorrow", "today" for an instant. */
export function relativeDay(iso: string, now = Date.now()): string {
  const startOf = (ms: number): number => new Date(new Date(ms).toDateString()).getTime();
  const days = Math.round((startOf(Date.parse(iso)) - startOf(now)) / 86_400_000);
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(days, 'day');
}

/** The wall-clock date and time an instant has in a zone (for editing). */
export function toZoned(iso: string, timeZone: string): { date: string; time: string } {
  const z = utcToZoned(Date.parse(iso), timeZone);
  return { date: z.date, time: z.time };
}

/** The instant of a wall-clock date and time in a zone. */
export function fromZoned(date: string, time: string, timeZone: string): string {
  return isoUtc(zonedToUtcMs(date, time, timeZone));
}

/** Every time zone this system knows, for the zone picker. */
export function allTimeZones(): string[] {
  const withValues = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = withValues.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

/** Today's date in the user's zone, YYYY-MM-DD. */
export function todayLocal(): string {
  return utcToZoned(Date.now(), localZone()).date;
}

/** The weekday of a date, 0 = Monday. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/** Weekday names, Monday first. */
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** "15 min", "1 h", "1 day" for a reminder lead time. */
export function leadLabel(minutes: number): string {
  if (minutes === 0) return '0 min';
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}
