import {
  formatDate,
  formatMeetingWhen,
  type DateFormat,
  type DateStyle,
} from '../../../../shared/dateTime';

/** A calendar date (YYYY-MM-DD) the user's way, for exports. */
export function formatDay(date: string, style: DateStyle | DateFormat): string {
  return formatDate(date, style);
}

/** When a meeting starts, in its own time zone: "Tuesday, May 12, 2026, 10:00", the user's way. */
export function formatWhen(start: string, timeZone: string, style: DateStyle | DateFormat): string {
  return formatMeetingWhen(start, timeZone, style);
}
