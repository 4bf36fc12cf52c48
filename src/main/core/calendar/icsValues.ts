import type ICAL from 'ical.js';
import { utcToZoned, zonedToUtcMs } from '../../../shared/recurrence';

type Property = InstanceType<typeof ICAL.Property>;

/** A DATE or DATE-TIME value of a calendar property, before any zone is applied. */
export interface RawTime {
  /** YYYY-MM-DD as written. */
  date: string;
  /** HH:mm:ss as written; null for an all-day DATE value. */
  time: string | null;
  /** Written with a trailing Z. */
  utc: boolean;
  /** The TZID parameter, if any. */
  tzid: string | null;
}

/** A time placed in a zone: its instant and its wall-clock date and time there. */
export interface PlacedTime {
  ms: number;
  date: string;
  time: string;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether YYYY-MM-DD names a real day (29 February only in leap years). */
function validDate(date: string): boolean {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/** The values of a DATE / DATE-TIME property (EXDATE may hold several); null if one is not a real date or time. */
export function readTimes(prop: Property | readonly unknown[]): RawTime[] | null {
  // A Property or its jCal (name, parameters, type, values…): the same values either way.
  const json = Array.isArray(prop) ? prop : ((prop as Property).toJSON() as unknown[]);
  const params = json[1] as Record<string, unknown> | undefined;
  const tzidParam = params?.tzid;
  const tzid = typeof tzidParam === 'string' && tzidParam !== '' ? tzidParam : null;
  const out: RawTime[] = [];
  for (const v of json.slice(3)) {
    const m =
      typeof v === 'string'
        ? /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z?))?$/.exec(v)
        : null;
    if (!m || !validDate(m[1])) return null;
    if (m[2] !== undefined && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 60))
      return null;
    out.push({
      date: m[1],
      time: m[2] === undefined ? null : `${m[2]}:${m[3]}:${m[4]}`,
      utc: m[5] === 'Z',
      tzid: m[5] === 'Z' ? null : tzid,
    });
  }
  return out;
}

/** The instant of a timed value in the zone it names (UTC or TZID), or in `floatingZone` when it names none. */
export function instantOf(
  raw: RawTime & { time: string },
  zoneOf: (tzid: string) => string | null,
  floatingZone: string,
): number | null {
  if (raw.utc) {
    const [h, mi, s] = raw.time.split(':').map(Number);
    const [y, mo, d] = raw.date.split('-').map(Number);
    return Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59));
  }
  const zone = raw.tzid === null ? floatingZone : zoneOf(raw.tzid);
  if (zone === null) return null;
  return zonedToUtcMs(raw.date, raw.time.slice(0, 5), zone) + Number(raw.time.slice(6, 8)) * 1000;
}

/** Places a timed value in the zone it names (UTC or TZID), or in `floatingZone` when it names none. */
export function placeTime(
  raw: RawTime & { time: string },
  zoneOf: (tzid: string) => string | null,
  floatingZone: string,
  inZone: string,
): PlacedTime | null {
  const ms = instantOf(raw, zoneOf, floatingZone);
  if (ms === null) return null;
  const local = utcToZoned(ms, inZone);
  return { ms, date: local.date, time: local.time };
}
