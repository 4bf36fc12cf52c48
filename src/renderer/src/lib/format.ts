import {
  formatDate as sharedFormatDate,
  formatDateTime as sharedFormatDateTime,
  localTimeZone,
  type DateFormat,
  type DateStyle,
} from '../../../shared/dateTime';

/**
 * How this window writes dates and times: the user's settings, kept here by the
 * settings provider so every formatter of the screens (hooks or not) follows them.
 */
let display: DateStyle = { dateFormat: 'system', timeFormat: 'system' };

/** Called by the settings provider whenever the settings change. */
export function setDisplayStyle(style: DateStyle): void {
  display = { dateFormat: style.dateFormat, timeFormat: style.timeFormat ?? 'system' };
}

/** The style screens write dates and times in. */
export function displayStyle(): DateStyle {
  return display;
}

/** Formats a YYYY-MM-DD date the way the user chose in Settings. */
export function formatDate(iso: string, format?: DateFormat): string {
  return sharedFormatDate(iso, format ? { ...display, dateFormat: format } : display);
}

/** Formats an instant as local date and time, the user's way. */
export function formatDateTime(iso: string, format?: DateFormat): string {
  const zone = localTimeZone();
  return sharedFormatDateTime(iso, zone, format ? { ...display, dateFormat: format } : display);
}
