import {
  dateInZone as sharedDateInZone,
  formatDate,
  formatMeetingWhen as sharedMeetingWhen,
  type DateFormat,
  type DateStyle,
  wallClockInZone,
} from '../../../../shared/dateTime';

/** Date formatting for exports and messages, following the user's date-format setting. */

/** A calendar date (YYYY-MM-DD) the user's way (the one shared formatter). */
export function formatDay(date: string, style: DateStyle | DateFormat): string {
  return formatDate(date, style);
}

/** The calendar date of an instant in a time zone, YYYY-MM-DD. */
export const dateInZone = sharedDateInZone;

/** The wall-clock time of an instant in a time zone, HH:mm. */
export const timeInZone = wallClockInZone;

/** When a meeting takes place, in its own time zone: "Tuesday, May 12, 2026, 10:00", the user's way. */
export const formatMeetingWhen = sharedMeetingWhen;
