import {
  dateInZone,
  formatDateWithWeekday,
  formatTime,
  localTimeZone,
} from '../../../../shared/dateTime';
import { displayStyle } from '../../lib/format';
/** A number with its sign, using a true minus. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

/** "in 2 days", "tomorrow", "today", "in 3 hours" — how far away a start is. */
export function fromNow(startIso: string, now = Date.now()): string {
  const ms = Date.parse(startIso) - now;
  if (ms < 0) return 'now';
  const hours = ms / 3_600_000;
  if (hours < 1) return `in ${Math.max(1, Math.round(ms / 60_000))} min`;
  const start = new Date(startIso);
  const today = new Date(now);
  const days = Math.round(
    (Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()) -
      Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) /
      86_400_000,
  );
  if (days === 0) return `in ${Math.round(hours)} ${Math.round(hours) === 1 ? 'hour' : 'hours'}`;
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** A start as the reader's local weekday and date, and time, the user's way: "Thursday, Mar 12, 2026", "10:00". */
export function whenLocal(startIso: string): { day: string; time: string } {
  const zone = localTimeZone();
  return {
    day: formatDateWithWeekday(dateInZone(startIso, zone), displayStyle()),
    time: formatTime(startIso, zone, displayStyle()),
  };
}

/** The query part of a route. */
export function routeQuery(path: string): URLSearchParams {
  const i = path.indexOf('?');
  return new URLSearchParams(i >= 0 ? path.slice(i + 1) : '');
}
