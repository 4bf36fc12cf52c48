import ICAL from 'ical.js';
import { IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** A change of a zone's UTC offset: the instant and the offsets (minutes) before and after. */
export interface ZoneTransition {
  at: number;
  from: number;
  to: number;
}

/** Every offset change of an IANA zone between two instants, found from the system's zone data. */
export function zoneTransitions(zone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const z = IANAZone.create(zone);
  const out: ZoneTransition[] = [];
  for (let t = fromMs; t < toMs; t += DAY) {
    const a = z.offset(t);
    const b = z.offset(t + DAY);
    if (a === b) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (z.offset(mid) === a) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: a, to: b });
  }
  return out;
}

/** The local wall-clock time of a transition as the observance's DTSTART (in the offset before it). */
function localParts(t: ZoneTransition): {
  date: Date;
  month: number;
  weekday: number;
  nth: number;
  last: boolean;
  clock: string;
} {
  const date = new Date(t.at + t.from * MINUTE);
  const day = date.getUTCDate();
  const daysInMonth = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return {
    date,
    month: date.getUTCMonth() + 1,
    weekday: date.getUTCDay(),
    nth: Math.ceil(day / 7),
    last: day + 7 > daysInMonth,
    clock: date.toISOString().slice(11, 19),
  };
}

function icalTime(d: Date): InstanceType<typeof ICAL.Time> {
  return ICAL.Time.fromData({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    isDate: false,
  });
}

function observance(
  kind: 'standard' | 'daylight',
  from: number,
  to: number,
  first: Date,
): InstanceType<typeof ICAL.Component> {
  const c = new ICAL.Component(kind);
  c.addPropertyWithValue('dtstart', icalTime(first));
  c.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(from * 60));
  c.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(to * 60));
  return c;
}

/**
 * The longest run at the end of a list of yearly transitions that follows one rule
 * ("last Sunday of March at 02:00"), as an RRULE; null when the changes are irregular.
 */
function yearlyRule(list: ZoneTransition[]): { start: number; rule: string } | null {
  const parts = list.map(localParts);
  const last = parts[parts.length - 1];
  let start = list.length - 1;
  const end = list[list.length - 1];
  const same = (i: number): boolean =>
    list[i].from === end.from &&
    list[i].to === end.to &&
    parts[i].month === last.month &&
    parts[i].weekday === last.weekday &&
    parts[i].clock === last.clock;
  const fits = (run: ReturnType<typeof localParts>[]): boolean => {
    const days = run.map((p) => p.date.getUTCDate());
    return (
      run.every((p) => p.last) ||
      run.every((p) => p.nth === last.nth) ||
      Math.max(...days) - Math.min(...days) <= 6
    );
  };
  while (start > 0 && same(start - 1) && fits(parts.slice(start - 1))) start--;
  const run = parts.slice(start);
  if (run.length < 2) return null;
  const code = WEEKDAY_CODES[last.weekday];
  const head = `FREQ=YEARLY;BYMONTH=${last.month};BYDAY=`;
  if (run.every((p) => p.last)) return { start, rule: `${head}-1${code}` };
  if (run.every((p) => p.nth === last.nth)) return { start, rule: `${head}${last.nth}${code}` };
  // Rules such as "first Sunday on or after the 2nd" (Chile): the weekday within a seven-day window.
  const days = run.map((p) => p.date.getUTCDate());
  const low = Math.max(...days) - 6;
  if (run.length < 5 || low < 1) return null;
  return {
    start,
    rule: `${head}${code};BYMONTHDAY=${[0, 1, 2, 3, 4, 5, 6].map((i) => low + i).join(',')}`,
  };
}

/**
 * A VTIMEZONE for an IANA zone covering the given years: calendars that do not know the zone
 * name (older Outlook) still place each meeting right. Regular daylight-saving rules still in
 * force at the end of the range become an RRULE, so meetings after the range stay right too.
 */
export function buildVtimezone(
  zone: string,
  fromYear: number,
  toYear: number,
): InstanceType<typeof ICAL.Component> {
  const vtz = new ICAL.Component('vtimezone');
  vtz.addPropertyWithValue('tzid', zone);
  vtz.addPropertyWithValue('x-lic-location', zone);
  const transitions = zoneTransitions(zone, Date.UTC(fromYear, 0, 1), Date.UTC(toYear + 1, 0, 1));
  if (transitions.length === 0) {
    const offset = IANAZone.create(zone).offset(Date.UTC(fromYear, 0, 1));
    vtz.addSubcomponent(observance('standard', offset, offset, new Date(Date.UTC(1970, 0, 1))));
    return vtz;
  }
  // The state at the start of the range, so times before its first change are placed right too.
  const first = transitions[0];
  vtz.addSubcomponent(
    observance(
      first.to < first.from ? 'daylight' : 'standard',
      first.from,
      first.from,
      new Date(Date.UTC(fromYear, 0, 1)),
    ),
  );
  for (const kind of ['standard', 'daylight'] as const) {
    const list = transitions.filter((t) => t.to > t.from === (kind === 'daylight'));
    if (list.length === 0) continue;
    const stillInForce = new Date(list[list.length - 1].at).getUTCFullYear() === toYear;
    const yearly = stillInForce ? yearlyRule(list) : null;
    // One observance per irregular change: some readers ignore DTSTART when RDATE is present.
    for (const t of yearly ? list.slice(0, yearly.start) : list)
      vtz.addSubcomponent(observance(kind, t.from, t.to, localParts(t).date));
    if (yearly) {
      const t = list[yearly.start];
      const c = observance(kind, t.from, t.to, localParts(t).date);
      c.addPropertyWithValue('rrule', ICAL.Recur.fromString(yearly.rule));
      vtz.addSubcomponent(c);
    }
  }
  return vtz;
}
