/**
 * The one way Upward writes dates and times: every screen, export, follow-up,
 * notification and the tray call these, with the user's settings. `system` follows
 * the computer's locale (the runtime's default locale, or the one given).
 */

/** How calendar dates are written. */
export const DATE_FORMATS = ['system', 'long', 'iso', 'dmy', 'mdy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** How times of day are written. */
export const TIME_FORMATS = ['system', '24h', '12h'] as const;
export type TimeFormat = (typeof TIME_FORMATS)[number];

/** The user's choices, as the settings hold them; `locale` overrides the computer's. */
export interface DateStyle {
  dateFormat: DateFormat;
  timeFormat?: TimeFormat;
  locale?: string;
}

/** A style from a bare date format (the time follows the computer). */
export function styleOf(style: DateStyle | DateFormat): DateStyle {
  return typeof style === 'string' ? { dateFormat: style } : style;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter: building one costs far more than using it. */
function fmt(locale: string | undefined, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, opts);
    formatters.set(key, f);
  }
  return f;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Noon UTC of a calendar date: the same day in every zone it is formatted in. */
const noon = (date: string): Date => new Date(`${date.slice(0, 10)}T12:00:00Z`);

/** A calendar date (YYYY-MM-DD) the user's way: "Dec 7, 2026", "7 December 2026", "2026-12-07"… */
export function formatDate(date: string, style: DateStyle | DateFormat): string {
  const s = styleOf(style);
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  switch (s.dateFormat) {
    case 'iso':
      return `${y}-${pad(m)}-${pad(d)}`;
    case 'dmy':
      return `${pad(d)}/${pad(m)}/${y}`;
    case 'mdy':
      return `${pad(m)}/${pad(d)}/${y}`;
    case 'long':
      // Written out, day first, the same on every computer: "7 December 2026".
      return fmt('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(noon(date));
    default:
      return fmt(s.locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(noon(date));
  }
}

/** The weekday of a calendar date, in the user's locale: "Monday" (or "Mon"). */
export function formatWeekday(
  date: string,
  style: DateStyle | DateFormat,
  width: 'long' | 'short' = 'long',
): string {
  return fmt(styleOf(style).locale, { weekday: width, timeZone: 'UTC' }).format(noon(date));
}

/** A calendar date with its weekday: "Monday, Dec 7, 2026". */
export function formatDateWithWeekday(date: string, style: DateStyle | DateFormat): string {
  return `${formatWeekday(date, style)}, ${formatDate(date, style)}`;
}

/** The calendar date of an instant in a time zone, YYYY-MM-DD. */
export function dateInZone(instant: string | number, timeZone: string): string {
  const parts = fmt('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The time of day of an instant in a time zone, the user's way: "14:30" or "2:30 PM". */
export function formatTime(
  instant: string | number,
  timeZone: string | undefined,
  style: DateStyle | DateFormat,
): string {
  const s = styleOf(style);
  const cycle: Intl.DateTimeFormatOptions =
    s.timeFormat === '24h' ? { hourCycle: 'h23' } : s.timeFormat === '12h' ? { hour12: true } : {};
  return fmt(s.locale, {
    timeZone,
    hour: s.timeFormat === '24h' ? '2-digit' : 'numeric',
    minute: '2-digit',
    ...cycle,
  }).format(new Date(instant));
}

/** A wall-clock time (HH:mm, as series store it) the user's way: "14:30" or "2:30 PM". */
export function formatWallClock(time: string, style: DateStyle | DateFormat): string {
  const [h, m] = time.split(':').map(Number);
  if (!Number.isInteger(h) || !Number.isInteger(m)) return time;
  return formatTime(Date.UTC(2000, 0, 1, h, m), 'UTC', style);
}

/** Date and time of an instant in a time zone: "Dec 7, 2026, 14:30". */
export function formatDateTime(
  instant: string | number,
  timeZone: string,
  style: DateStyle | DateFormat,
): string {
  return `${formatDate(dateInZone(instant, timeZone), style)}, ${formatTime(instant, timeZone, style)}`;
}

/** When a meeting takes place, in a time zone: "Monday, Dec 7, 2026, 14:30". */
export function formatMeetingWhen(
  start: string,
  timeZone: string,
  style: DateStyle | DateFormat,
): string {
  const day = dateInZone(start, timeZone);
  return `${formatDateWithWeekday(day, style)}, ${formatTime(start, timeZone, style)}`;
}

/** The computer's own time zone (IANA name). */
export function localTimeZone(): string {
  return fmt(undefined, {}).resolvedOptions().timeZone;
}

/** The locale words are written in for a style: `long` is the same on every computer. */
const wordsLocale = (s: DateStyle): string | undefined =>
  s.dateFormat === 'long' ? 'en-GB' : s.locale;

/** The name of a month (1–12) in the user's locale: "December" (or "Dec"). */
export function formatMonthName(
  month: number,
  style: DateStyle | DateFormat,
  width: 'long' | 'short' = 'long',
): string {
  return fmt(wordsLocale(styleOf(style)), { month: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 15, 12)),
  );
}

/** A month as a heading, the user's way: "December 2026", or "2026-12" with ISO dates. */
export function formatMonthYear(
  date: string,
  style: DateStyle | DateFormat,
  width: 'long' | 'short' = 'long',
): string {
  const s = styleOf(style);
  const month = date.slice(0, 7);
  if (s.dateFormat === 'iso') return month;
  return fmt(wordsLocale(s), { month: width, year: 'numeric', timeZone: 'UTC' }).format(
    noon(`${month}-01`),
  );
}

/** A calendar date without its year, the user's way: "Dec 7", "7 December", "12-07", "07/12". */
export function formatDayMonth(date: string, style: DateStyle | DateFormat): string {
  const s = styleOf(style);
  const [, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!m || !d) return date;
  switch (s.dateFormat) {
    case 'iso':
      return `${pad(m)}-${pad(d)}`;
    case 'dmy':
      return `${pad(d)}/${pad(m)}`;
    case 'mdy':
      return `${pad(m)}/${pad(d)}`;
    case 'long':
      return fmt('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noon(date));
    default:
      return fmt(s.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(noon(date));
  }
}

/** The parts of a date block (a calendar tile): short weekday, day number and short month. */
export function dateTileParts(
  date: string,
  style: DateStyle | DateFormat,
): { weekday: string; day: string; month: string } {
  const [, m, d] = date.slice(0, 10).split('-').map(Number);
  return {
    weekday: formatWeekday(date, style, 'short'),
    day: String(d),
    month: formatMonthName(m, style, 'short'),
  };
}

/** The wall-clock time of an instant in a time zone as HH:mm, for storing and comparing. */
export function wallClockInZone(instant: string | number, timeZone: string): string {
  return fmt('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}

/** An instant in the computer's own zone: "Dec 7, 2026, 14:30" (with the weekday when asked). */
export function formatInstant(
  instant: string | number,
  style: DateStyle | DateFormat,
  opts: { weekday?: boolean; timeZone?: string } = {},
): string {
  const zone = opts.timeZone ?? localTimeZone();
  return opts.weekday
    ? formatMeetingWhen(new Date(instant).toISOString(), zone, style)
    : formatDateTime(instant, zone, style);
}
