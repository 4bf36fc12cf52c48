import {
  dateInZone,
  formatDate,
  formatTime,
  formatWeekday,
  localTimeZone,
} from '../../../shared/dateTime';
import { displayStyle } from '../lib/format';

/** A meeting named by its series and original start, as reminders link to it. */
export interface OccurrenceRef {
  seriesId: string;
  key: string;
}

/** The meeting a `/meetings?series=…&key=…` route names (a reminder's link), or null for any other route. */
export function occurrenceFromRoute(path: string): OccurrenceRef | null {
  const [base, query = ''] = path.split('?');
  if (base !== '/meetings') return null;
  const params = new URLSearchParams(query);
  const seriesId = params.get('series');
  const key = params.get('key');
  return seriesId && key ? { seriesId, key } : null;
}

/** "Today", "Tomorrow", "Thursday" or "Mon, Mar 16, 2026" and the time, in the user's own zone, the user's way. */
export function whenLocal(iso: string, now = Date.now()): { day: string; time: string } {
  const zone = localTimeZone();
  const style = displayStyle();
  const day = dateInZone(iso, zone);
  const days = Math.round(
    (Date.parse(`${day}T12:00:00Z`) - Date.parse(`${dateInZone(now, zone)}T12:00:00Z`)) /
      86_400_000,
  );
  const time = formatTime(iso, zone, style);
  if (days === 0) return { day: 'Today', time };
  if (days === 1) return { day: 'Tomorrow', time };
  if (days > 1 && days < 7) return { day: formatWeekday(day, style), time };
  return { day: `${formatWeekday(day, style, 'short')}, ${formatDate(day, style)}`, time };
}
