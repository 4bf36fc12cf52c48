import type { Settings } from '../../../../shared/domain/settings';

const LONG = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD) in the user's chosen format, for exports. */
export function formatDay(date: string, format: Settings['dateFormat']): string {
  const [y, m, d] = date.split('-');
  if (format === 'iso') return date;
  if (format === 'dmy') return `${d}/${m}/${y}`;
  if (format === 'mdy') return `${m}/${d}/${y}`;
  return LONG.format(new Date(`${date}T12:00:00Z`));
}

/** When a meeting starts, in its own time zone: "Tuesday 12 May 2026, 10:00". */
export function formatWhen(
  start: string,
  timeZone: string,
  format: Settings['dateFormat'],
): string {
  const at = new Date(start);
  const part = (opts: Intl.DateTimeFormatOptions): string =>
    new Intl.DateTimeFormat('en-GB', { timeZone, ...opts }).format(at);
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  return `${part({ weekday: 'long' })} ${formatDay(day, format)}, ${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
}
