import * as rruleModule from 'rrule';
import type { Options as RRuleOptions } from 'rrule';
import { DateTime, IANAZone } from 'luxon';
import type { OccurrenceException, Series } from './domain/meeting';
import {
  formatDate,
  formatDayMonth,
  formatMonthName,
  formatWallClock,
  type DateStyle,
} from './dateTime';

// rrule ships a UMD build for Node and an ES build for bundlers. Bundles see the ES build's named
// exports; plain Node (tests, the bench) sees the UMD object under `default`. The lookup is made at
// run time so a bundler does not report the ES build's missing default export.
type RRuleModule = typeof rruleModule;
const rr: RRuleModule =
  'RRule' in rruleModule && rruleModule.RRule
    ? rruleModule
    : (Reflect.get(rruleModule, 'default') as RRuleModule);

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
const FREQS = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'] as const;
type Freq = (typeof FREQS)[number];

/** The parts of a series that decide when it meets; a whole `Series` fits. */
export type SeriesSchedule = Pick<
  Series,
  'rrule' | 'startDate' | 'time' | 'timeZone' | 'durationMinutes' | 'exceptions'
>;

/** One meeting of a series as the calendar sees it. */
export interface Occurrence {
  /** Original start, ISO UTC: the key exceptions and meetings use. */
  key: string;
  /** Actual start, ISO UTC (differs from `key` when moved). */
  start: string;
  end: string;
  status: 'scheduled' | 'skipped';
  moved: boolean;
}

/** A weekday in a rule, with its ordinal inside the month or year (`2TU`, `-1FR`) if any. */
export interface RuleDay {
  n: number | null;
  weekday: number;
}

/** A repeat rule split into checked parts. */
export interface ParsedRule {
  freq: Freq;
  interval: number;
  count: number | null;
  /** UNTIL as written: `…Z` is an instant, a date or floating time is wall-clock in the series zone. */
  until: string | null;
  byMonth: number[];
  byWeekNo: number[];
  byYearDay: number[];
  byMonthDay: number[];
  byDay: RuleDay[];
  bySetPos: number[];
  wkst: number | null;
}

/** The canonical form of an occurrence key or any instant: ISO 8601 in UTC with milliseconds. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}

const knownZones = new Map<string, boolean>();

/** Whether the IANA time zone name is one this system knows (remembered: the check is slow). */
export function isValidTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = IANAZone.isValidZone(zone);
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/**
 * The instant a wall-clock time has in a zone. A time skipped by a daylight-saving change
 * moves forward by the gap and a repeated time means its first occurrence (both as RFC 5545 says).
 */
export function zonedToUtcMs(date: string, time: string, zone: string): number {
  // Read by position (YYYY-MM-DD, HH:mm): this runs for every time of every calendar import.
  const dash = date.indexOf('-', 1);
  const y = Number(date.slice(0, dash));
  const m = Number(date.slice(dash + 1, dash + 3));
  const d = Number(date.slice(dash + 4, dash + 6));
  const hh = Number(time.slice(0, 2));
  const mm = Number(time.slice(3, 5));
  return floatingToInstant(Date.UTC(y, m - 1, d, hh, mm), IANAZone.create(zone));
}

/** The wall-clock date, time and weekday (0 = Monday) an instant has in a zone. */
export function utcToZoned(
  ms: number,
  zone: string,
): { date: string; time: string; weekday: number } {
  if (!isValidTimeZone(zone)) {
    const dt = DateTime.fromMillis(ms, { zone });
    return {
      date: dt.toISODate() ?? '',
      time: dt.toISOTime()?.slice(0, 5) ?? '',
      weekday: dt.weekday - 1,
    };
  }
  const local = new Date(instantToFloating(ms, IANAZone.create(zone)));
  const iso = local.toISOString();
  const year = local.getUTCFullYear();
  // Years outside 0000–9999 have a longer ISO form; their date is written from the parts.
  const date =
    year >= 0 && year <= 9999
      ? iso.slice(0, 10)
      : `${year}-${String(local.getUTCMonth() + 1).padStart(2, '0')}-${String(local.getUTCDate()).padStart(2, '0')}`;
  return { date, time: iso.slice(11, 16), weekday: (local.getUTCDay() + 6) % 7 };
}

const WEEK = 7 * DAY;
const offsetsByWeek = new Map<string, Map<number, number | null>>();
const offsetsByDay = new Map<string, Map<number, number | null>>();

/** The offset remembered for one span of time (a week or a day), or null when it changes inside it. */
function spanOffset(
  cache: Map<string, Map<number, number | null>>,
  zone: IANAZone,
  span: number,
  index: number,
): number | null {
  let spans = cache.get(zone.name);
  if (!spans) {
    spans = new Map();
    cache.set(zone.name, spans);
  }
  let known = spans.get(index);
  if (known === undefined) {
    const a = zone.offset(index * span);
    const b = zone.offset(index * span + span - 1);
    known = a === b ? a : null;
    if (spans.size > 100_000) spans.clear();
    spans.set(index, known);
  }
  return known;
}

/**
 * A zone's UTC offset (minutes) at an instant. Asking the system's zone data is slow, so the
 * offset is remembered per week when it is the same at both ends of it (clocks change at most
 * once a week), else per day; on the day of a clock change the zone is asked each time.
 */
function offsetOf(zone: IANAZone, ms: number): number {
  return (
    spanOffset(offsetsByWeek, zone, WEEK, Math.floor(ms / WEEK)) ??
    spanOffset(offsetsByDay, zone, DAY, Math.floor(ms / DAY)) ??
    zone.offset(ms)
  );
}

function floatingToInstant(local: number, zone: IANAZone): number {
  const before = offsetOf(zone, local - DAY);
  const after = offsetOf(zone, local + DAY);
  if (before === after && offsetOf(zone, local - before * MINUTE) === before)
    return local - before * MINUTE;
  const fits = [...new Set([before, after])]
    .map((o) => local - o * MINUTE)
    .filter((t) => offsetOf(zone, t) * MINUTE === local - t);
  return fits.length > 0 ? Math.min(...fits) : local - before * MINUTE;
}

function instantToFloating(ms: number, zone: IANAZone): number {
  return ms + offsetOf(zone, ms) * MINUTE;
}

/** The rule of a preset cadence. Monthly repeats the weekday's place in the month of the first meeting (e.g. "2nd Tuesday"; a 5th becomes "last"). */
export function presetRrule(
  cadence: 'weekly' | 'biweekly' | 'monthly',
  weekday: number,
  startDate?: string,
): string {
  const code = WEEKDAY_CODES[weekday];
  if (cadence === 'weekly') return `FREQ=WEEKLY;BYDAY=${code}`;
  if (cadence === 'biweekly') return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${code}`;
  let n = 1;
  if (startDate) {
    const start = DateTime.fromISO(startDate, { zone: 'UTC' });
    const first = start.plus({ days: (weekday - (start.weekday - 1) + 7) % 7 });
    n = Math.ceil(first.day / 7);
  }
  return `FREQ=MONTHLY;BYDAY=${n === 5 ? -1 : n}${code}`;
}

const intList =
  (min: number, max: number, signed: boolean) =>
  (v: string): number[] | null => {
    const out: number[] = [];
    for (const s of v.split(',')) {
      if (!(signed ? /^[+-]?\d{1,3}$/ : /^\d{1,3}$/).test(s)) return null;
      const n = Number(s);
      if (n === 0 || Math.abs(n) < min || Math.abs(n) > max) return null;
      out.push(n);
    }
    return out;
  };

const LIST_PARTS = {
  BYMONTH: ['byMonth', intList(1, 12, false), 'a month number from 1 to 12'],
  BYWEEKNO: ['byWeekNo', intList(1, 53, true), 'a week number from 1 to 53'],
  BYYEARDAY: ['byYearDay', intList(1, 366, true), 'a day of the year from 1 to 366'],
  BYMONTHDAY: ['byMonthDay', intList(1, 31, true), 'a day of the month from 1 to 31'],
  BYSETPOS: ['bySetPos', intList(1, 366, true), 'a position such as 1, 2 or -1'],
} as const;

function parseDays(v: string): RuleDay[] | null {
  const out: RuleDay[] = [];
  for (const s of v.split(',')) {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(s);
    if (!m) return null;
    const n = m[1] === undefined ? null : Number(m[1]);
    if (n !== null && (n === 0 || Math.abs(n) > 53)) return null;
    out.push({ n, weekday: WEEKDAY_CODES.indexOf(m[2] as (typeof WEEKDAY_CODES)[number]) });
  }
  return out;
}

function validUntil(v: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(v);
  if (!m) return false;
  const dt = DateTime.fromObject(
    {
      year: +m[1],
      month: +m[2],
      day: +m[3],
      hour: m[4] ? +m[4] : 0,
      minute: m[5] ? +m[5] : 0,
      second: m[6] ? +m[6] : 0,
    },
    { zone: 'UTC' },
  );
  return dt.isValid;
}

type RuleCheck = { ok: true; rule: ParsedRule } | { ok: false; message: string };
const parsedRules = new Map<string, RuleCheck>();

/**
 * Splits and checks a repeat rule; the message says what is wrong in words. Answers are
 * remembered (frozen, so no caller can change another's): a calendar file repeats a handful of
 * rules thousands of times.
 */
export function parseRrule(rule: string): RuleCheck {
  let known = parsedRules.get(rule);
  if (known === undefined) {
    known = readRule(rule);
    if (known.ok) {
      for (const d of known.rule.byDay) Object.freeze(d);
      for (const v of Object.values(known.rule)) if (Array.isArray(v)) Object.freeze(v);
      Object.freeze(known.rule);
    }
    Object.freeze(known);
    if (parsedRules.size >= 2000) parsedRules.clear();
    parsedRules.set(rule, known);
  }
  return known;
}

function readRule(rule: string): RuleCheck {
  const body = rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  if (body === '') return { ok: false, message: 'The repeat rule is empty.' };
  if (/[\r\n]/.test(body) || /^DTSTART/.test(body))
    return {
      ok: false,
      message: 'Enter only the repeat rule, such as FREQ=WEEKLY;BYDAY=TU, without a start date.',
    };
  const p: ParsedRule = {
    freq: 'WEEKLY',
    interval: 1,
    count: null,
    until: null,
    byMonth: [],
    byWeekNo: [],
    byYearDay: [],
    byMonthDay: [],
    byDay: [],
    bySetPos: [],
    wkst: null,
  };
  const seen = new Set<string>();
  const fail = (message: string) => ({ ok: false as const, message });
  for (const part of body.replace(/;$/, '').split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || value === undefined || value === '' || extra !== undefined)
      return fail(`The part “${part}” of the repeat rule is not of the form NAME=VALUE.`);
    if (seen.has(key)) return fail(`The repeat rule names ${key} twice.`);
    seen.add(key);
    if (key === 'FREQ') {
      if (['SECONDLY', 'MINUTELY', 'HOURLY'].includes(value))
        return fail('A 1:1 series cannot repeat more often than once a day.');
      if (!(FREQS as readonly string[]).includes(value))
        return fail(`“${value}” is not a repeat frequency; use DAILY, WEEKLY, MONTHLY or YEARLY.`);
      p.freq = value as Freq;
    } else if (key === 'INTERVAL') {
      if (!/^\d{1,3}$/.test(value) || Number(value) < 1)
        return fail('INTERVAL must be a whole number from 1 to 999.');
      p.interval = Number(value);
    } else if (key === 'COUNT') {
      if (!/^\d{1,4}$/.test(value) || Number(value) < 1)
        return fail('COUNT must be a whole number from 1 to 9999.');
      p.count = Number(value);
    } else if (key === 'UNTIL') {
      if (!validUntil(value)) return fail(`UNTIL must be a date such as 20271231, not “${value}”.`);
      p.until = value;
    } else if (key === 'BYDAY') {
      const days = parseDays(value);
      if (!days)
        return fail(
          `BYDAY lists weekdays as MO, TU, WE, TH, FR, SA, SU (optionally with a position such as 2TU); “${value}” is not that.`,
        );
      p.byDay = days;
    } else if (key === 'WKST') {
      const d = parseDays(value);
      if (!d || d.length !== 1 || d[0].n !== null)
        return fail('WKST must be one weekday such as MO.');
      p.wkst = d[0].weekday;
    } else if (key in LIST_PARTS) {
      const [field, parse, what] = LIST_PARTS[key as keyof typeof LIST_PARTS];
      const list = parse(value);
      if (!list) return fail(`${key} must list ${what}; “${value}” is not that.`);
      p[field] = list;
    } else if (['BYHOUR', 'BYMINUTE', 'BYSECOND'].includes(key)) {
      return fail(
        `The time of day comes from the series itself; remove ${key} from the repeat rule.`,
      );
    } else {
      return fail(`The repeat rule has a part Upward does not know: “${key}”.`);
    }
  }
  if (!seen.has('FREQ')) return fail('The repeat rule needs a frequency, such as FREQ=WEEKLY.');
  if (p.count !== null && p.until !== null)
    return fail('A repeat rule can end with COUNT or with UNTIL, not both.');
  if (p.byDay.some((d) => d.n !== null) && p.freq !== 'MONTHLY' && p.freq !== 'YEARLY')
    return fail(
      'A position before a weekday (such as 2TU) only works with monthly or yearly rules.',
    );
  if (p.byWeekNo.length > 0 && p.freq !== 'YEARLY')
    return fail('BYWEEKNO only works with yearly rules.');
  return { ok: true, rule: p };
}

/** Writes a parsed rule back in one canonical order, so equal rules compare equal. */
export function formatRrule(p: ParsedRule): string {
  const parts = [`FREQ=${p.freq}`];
  if (p.interval !== 1) parts.push(`INTERVAL=${p.interval}`);
  if (p.count !== null) parts.push(`COUNT=${p.count}`);
  if (p.until !== null) parts.push(`UNTIL=${p.until}`);
  const list = (k: string, v: number[]) => v.length > 0 && parts.push(`${k}=${v.join(',')}`);
  list('BYMONTH', p.byMonth);
  list('BYWEEKNO', p.byWeekNo);
  list('BYYEARDAY', p.byYearDay);
  list('BYMONTHDAY', p.byMonthDay);
  if (p.byDay.length > 0)
    parts.push(`BYDAY=${p.byDay.map((d) => `${d.n ?? ''}${WEEKDAY_CODES[d.weekday]}`).join(',')}`);
  list('BYSETPOS', p.bySetPos);
  if (p.wkst !== null) parts.push(`WKST=${WEEKDAY_CODES[p.wkst]}`);
  return parts.join(';');
}

/** The rule in canonical form, or null when it is not valid. */
export function normalizeRrule(rule: string): string | null {
  const r = parseRrule(rule);
  return r.ok ? formatRrule(r.rule) : null;
}

function untilFloating(until: string, zone: IANAZone): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until);
  if (!m) return new Date(0);
  if (!m[4]) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 23, 59, 59));
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return new Date(m[7] ? instantToFloating(ms, zone) : ms);
}

function buildRule(
  p: ParsedRule,
  s: Pick<SeriesSchedule, 'startDate' | 'time'>,
  zone: IANAZone,
): InstanceType<RRuleModule['RRule']> {
  const [y, mo, d] = s.startDate.split('-').map(Number);
  const [hh, mm] = s.time.split(':').map(Number);
  const opts: Partial<RRuleOptions> = {
    freq: rr.RRule[p.freq],
    interval: p.interval,
    dtstart: new Date(Date.UTC(y, mo - 1, d, hh, mm)),
    count: p.count,
    until: p.until === null ? null : untilFloating(p.until, zone),
    // Copies: the parsed rule is shared and frozen, and rrule may sort what it is given.
    bymonth: p.byMonth.length ? [...p.byMonth] : null,
    byweekno: p.byWeekNo.length ? [...p.byWeekNo] : null,
    byyearday: p.byYearDay.length ? [...p.byYearDay] : null,
    bymonthday: p.byMonthDay.length ? [...p.byMonthDay] : null,
    byweekday: p.byDay.length
      ? p.byDay.map((x) => new rr.Weekday(x.weekday, x.n ?? undefined))
      : null,
    bysetpos: p.bySetPos.length ? [...p.bySetPos] : null,
    wkst: p.wkst ?? 0,
  };
  return new rr.RRule(opts);
}

/** Checks a repeat rule; an invalid one gets a sentence saying what is wrong. */
export function validateRrule(rule: string): { ok: true } | { ok: false; message: string } {
  const r = parseRrule(rule);
  if (!r.ok) return r;
  const q = r.rule;
  // Daily and weekly rules without month, year or position parts always produce dates.
  if (
    (q.freq === 'DAILY' || q.freq === 'WEEKLY') &&
    !q.byMonth.length &&
    !q.byWeekNo.length &&
    !q.byYearDay.length &&
    !q.byMonthDay.length &&
    !q.bySetPos.length
  )
    return { ok: true };
  // A rule such as "every 30 February" parses but never happens; try it over 30 years from a fixed start.
  const probe = buildRule(
    r.rule,
    { startDate: '2000-01-01', time: '12:00' },
    IANAZone.create('UTC'),
  );
  if (
    probe.between(
      new Date(Date.UTC(2000, 0, 1)),
      new Date(Date.UTC(2030, 0, 1)),
      true,
      (_d, i) => i < 1,
    ).length === 0
  ) {
    return {
      ok: false,
      message:
        'This repeat rule never produces a date (for example, it asks for a day that no month has).',
    };
  }
  return { ok: true };
}

function exceptionsByMs(
  exceptions: Record<string, OccurrenceException>,
): Map<number, OccurrenceException> {
  const out = new Map<number, OccurrenceException>();
  for (const [k, v] of Object.entries(exceptions)) {
    const ms = Date.parse(k);
    if (!Number.isNaN(ms)) out.set(ms, v);
  }
  return out;
}

type RRuleObject = InstanceType<RRuleModule['RRule']>;

interface Prepared {
  rule: () => RRuleObject;
  zone: IANAZone;
  /** Days between meetings' weeks (or days) for rules that may start later without changing; else null. */
  periodDays: number | null;
  parsed: ParsedRule;
  series: Pick<SeriesSchedule, 'startDate' | 'time'>;
  /** The first start and the last allowed one, as wall-clock time written in UTC fields. */
  dtstart: number;
  until: number;
}

function prepare(series: SeriesSchedule): Prepared | null {
  if (!isValidTimeZone(series.timeZone)) return null;
  const parsed = parseRrule(series.rrule);
  if (!parsed.ok) return null;
  const zone = IANAZone.create(series.timeZone);
  const r = parsed.rule;
  // Daily and weekly rules without COUNT or month/year parts repeat every period exactly.
  const simple =
    (r.freq === 'DAILY' || r.freq === 'WEEKLY') &&
    r.count === null &&
    !r.byMonth.length &&
    !r.byWeekNo.length &&
    !r.byYearDay.length &&
    !r.byMonthDay.length &&
    !r.bySetPos.length &&
    r.byDay.every((d) => d.n === null);
  const [y, mo, d] = series.startDate.split('-').map(Number);
  const [hh, mm] = series.time.split(':').map(Number);
  let rule: RRuleObject | null = null;
  return {
    // The rrule object is only built for rules that need it (simple ones are counted out directly).
    rule: () => (rule ??= buildRule(r, series, zone)),
    zone,
    periodDays: simple ? r.interval * (r.freq === 'WEEKLY' ? 7 : 1) : null,
    parsed: r,
    series,
    dtstart: Date.UTC(y, mo - 1, d, hh, mm),
    until: r.until === null ? Infinity : untilFloating(r.until, zone).getTime(),
  };
}

function originalStarts(p: Prepared, fromMs: number, toMs: number): number[] {
  const from = instantToFloating(fromMs, p.zone) - DAY;
  const to = instantToFloating(toMs, p.zone) + DAY;
  const floating =
    p.periodDays !== null
      ? simpleStarts(p, from, to)
      : p
          .rule()
          .between(new Date(from), new Date(to), true)
          .map((d) => d.getTime());
  const out: number[] = [];
  for (const f of floating) {
    const t = floatingToInstant(f, p.zone);
    if (t >= fromMs && t < toMs) out.push(t);
  }
  return out;
}

/** Weekday (0 = Monday) of a wall-clock time written in UTC fields. */
const weekdayOf = (ms: number): number => (new Date(ms).getUTCDay() + 6) % 7;

/**
 * The wall-clock starts in [from, to] of a daily or weekly rule without COUNT or month and
 * year parts, counted out directly from DTSTART instead of walked through the rrule library
 * (the same dates: the tests compare both, and ical.js's expansion, over years).
 */
function simpleStarts(p: Prepared, from: number, to: number): number[] {
  const r = p.parsed;
  const start = p.dtstart;
  const until = p.until;
  const last = Math.min(to, until);
  const out: number[] = [];
  if (last < start) return out;
  const days = new Set(r.byDay.map((d) => d.weekday));
  const period = (p.periodDays ?? 1) * DAY;
  if (r.freq === 'DAILY') {
    let i = Math.max(0, Math.ceil((from - start) / period));
    for (let t = start + i * period; t <= last; t = start + ++i * period)
      if (days.size === 0 || days.has(weekdayOf(t))) out.push(t);
    return out;
  }
  const wkst = r.wkst ?? 0;
  const offsets = (days.size ? [...days] : [weekdayOf(start)])
    .map((d) => (d - wkst + 7) % 7)
    .sort((a, b) => a - b);
  const weekStart = start - ((weekdayOf(start) - wkst + 7) % 7) * DAY;
  let i = Math.max(0, Math.floor((from - weekStart) / period));
  for (let w = weekStart + i * period; w <= last; w = weekStart + ++i * period) {
    for (const o of offsets) {
      const t = w + o * DAY;
      if (t >= start && t >= from && t <= last) out.push(t);
    }
  }
  return out;
}

/** The original starts (ms) of the series' meetings in [fromMs, toMs), exceptions ignored: one expansion, for matching many dates at once. */
export function originalStartsBetween(
  series: SeriesSchedule,
  fromMs: number,
  toMs: number,
): number[] {
  const p = prepare(series);
  return p && toMs > fromMs ? originalStarts(p, fromMs, toMs) : [];
}

/** The original start (ISO UTC) of the series' first meeting, or null when its rule yields none. */
export function firstOccurrenceStart(series: SeriesSchedule): string | null {
  const p = prepare(series);
  const first = p?.rule().after(p.rule().options.dtstart, true);
  return p && first ? isoUtc(floatingToInstant(first.getTime(), p.zone)) : null;
}

/** Whether an instant is an original start of the series (so an exception keyed by it applies). */
export function isOccurrenceStart(series: SeriesSchedule, iso: string): boolean {
  const p = prepare(series);
  const ms = Date.parse(iso);
  return p !== null && !Number.isNaN(ms) && originalStarts(p, ms, ms + 1).length === 1;
}

/**
 * The meetings of a series whose actual start lies in [fromIso, toIso), sorted by start. Times are
 * wall-clock in the series' zone, so daylight-saving changes keep the local time. Skipped ones are
 * included with status `skipped`; moved ones appear at their new time. An invalid rule or zone yields none.
 */
export function seriesOccurrences(
  series: SeriesSchedule,
  fromIso: string,
  toIso: string,
): Occurrence[] {
  const p = prepare(series);
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  if (!p || Number.isNaN(from) || Number.isNaN(to) || to <= from) return [];
  return occurrencesIn(p, series, exceptionsByMs(series.exceptions), from, to);
}

function occurrencesIn(
  p: Prepared,
  series: SeriesSchedule,
  exceptions: Map<number, OccurrenceException>,
  from: number,
  to: number,
): Occurrence[] {
  const duration = series.durationMinutes * MINUTE;
  const out: Occurrence[] = [];
  const add = (original: number): void => {
    const ex = exceptions.get(original);
    const moved =
      ex?.kind === 'move' && !Number.isNaN(Date.parse(ex.start)) ? Date.parse(ex.start) : null;
    const start = moved ?? original;
    if (start < from || start >= to) return;
    const status = ex?.kind === 'skip' ? 'skipped' : 'scheduled';
    out.push({
      key: isoUtc(original),
      start: isoUtc(start),
      end: isoUtc(start + duration),
      status,
      moved: moved !== null,
    });
  };
  const inWindow = originalStarts(p, from, to);
  inWindow.forEach(add);
  const seen = new Set(inWindow);
  for (const [original, ex] of exceptions) {
    if (ex.kind !== 'move' || seen.has(original)) continue;
    const start = Date.parse(ex.start);
    if (start >= from && start < to && originalStarts(p, original, original + 1).length === 1)
      add(original);
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
}

/**
 * The starts (ms) of the next `n` meetings that are not skipped and start after the instant,
 * with the rule built once and nothing else made (for listing many series quickly, as a
 * calendar import does).
 */
export function upcomingStarts(series: SeriesSchedule, afterMs: number, n: number): number[] {
  const p = prepare(series);
  if (!p || Number.isNaN(afterMs) || n < 1) return [];
  const exceptions = exceptionsByMs(series.exceptions);
  const from = afterMs + 1;
  for (let span = 64 * DAY; ; span *= 8) {
    const to = from + span;
    const found: number[] = [];
    const originals = originalStarts(p, from, to);
    for (const original of originals) {
      const ex = exceptions.get(original);
      if (ex === undefined) found.push(original);
      else if (ex.kind === 'move') {
        const start = Date.parse(ex.start);
        if (start >= from && start < to) found.push(start);
      }
    }
    if (exceptions.size > 0) {
      const seen = new Set(originals);
      // A meeting moved into the window from outside it.
      for (const [original, ex] of exceptions) {
        if (ex.kind !== 'move' || seen.has(original)) continue;
        const start = Date.parse(ex.start);
        if (start >= from && start < to && originalStarts(p, original, original + 1).length === 1)
          found.push(start);
      }
    }
    if (found.length >= n || span > 16_384 * DAY) return found.sort((a, b) => a - b).slice(0, n);
  }
}

/** The next meeting that is not skipped and starts after the instant, or null when the series has ended. */
export function nextOccurrence(series: SeriesSchedule, afterIso: string): Occurrence | null {
  const after = Date.parse(afterIso);
  if (Number.isNaN(after) || !prepare(series)) return null;
  for (let span = 8 * DAY, from = after + 1; span <= 16_384 * DAY; from += span, span *= 4) {
    const found = seriesOccurrences(series, isoUtc(from), isoUtc(from + span)).find(
      (o) => o.status === 'scheduled',
    );
    if (found) return found;
  }
  return null;
}

const ORDINALS: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  [-1]: 'last',
  [-2]: 'second to last',
};

function joinWords(words: string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function describeDays(p: ParsedRule): string {
  const names = p.byDay.map((d) => WEEKDAY_NAMES[d.weekday]);
  if (p.byDay.length === 1 && p.byDay[0].n === null && p.bySetPos.length === 1) {
    return `on the ${ORDINALS[p.bySetPos[0]] ?? `${p.bySetPos[0]}.`} ${names[0]}`;
  }
  if (p.byDay.some((d) => d.n !== null)) {
    return `on the ${joinWords(p.byDay.map((d) => `${d.n === null ? '' : (ORDINALS[d.n] ?? `${d.n}.`) + ' '}${WEEKDAY_NAMES[d.weekday]}`))}`;
  }
  if (p.byDay.length === 5 && [0, 1, 2, 3, 4].every((w) => p.byDay.some((d) => d.weekday === w)))
    return 'on weekdays';
  return names.length ? `on ${joinWords(names)}` : '';
}

/**
 * The series' schedule in words, e.g. "Every 2 weeks on Tuesday at 10:00 (Europe/Berlin)";
 * with the user's style the time is written their way ("10:00 AM"), else as stored.
 */
export function describeRrule(
  series: Pick<Series, 'rrule' | 'startDate' | 'time' | 'timeZone' | 'weekday'>,
  style?: DateStyle,
): string {
  const time = style ? formatWallClock(series.time, style) : series.time;
  const tail = `at ${time} (${series.timeZone})`;
  const parsed = parseRrule(series.rrule);
  if (!parsed.ok) return `On a schedule Upward cannot read, ${tail}`;
  const p = parsed.rule;
  const unit = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' }[p.freq];
  const every = p.interval === 1 ? `Every ${unit}` : `Every ${p.interval} ${unit}s`;
  const startDay = DateTime.fromISO(series.startDate, { zone: 'UTC' });
  let on = describeDays(p);
  if (!on && p.byMonthDay.length) on = `on day ${joinWords(p.byMonthDay.map(String))}`;
  if (!on && p.freq === 'WEEKLY') on = `on ${WEEKDAY_NAMES[startDay.weekday - 1]}`;
  if (!on && p.freq === 'MONTHLY') on = `on day ${startDay.day}`;
  if (!on && p.freq === 'YEARLY' && !p.byMonth.length)
    on = `on ${formatDayMonth(series.startDate, 'long')}`;
  const months = p.byMonth.length
    ? ` in ${joinWords(p.byMonth.map((m) => formatMonthName(m, 'long')))}`
    : '';
  const text =
    on === 'on weekdays' && p.interval === 1 && (p.freq === 'DAILY' || p.freq === 'WEEKLY')
      ? `Every weekday${months} ${tail}`
      : `${every}${on ? ` ${on}` : ''}${months} ${tail}`;
  const count = p.count === null ? '' : `, ${p.count} time${p.count === 1 ? '' : 's'}`;
  const until =
    p.until === null
      ? ''
      : `, until ${formatDate(`${p.until.slice(0, 4)}-${p.until.slice(4, 6)}-${p.until.slice(6, 8)}`, 'long')}`;
  return text + count + until;
}

/** What keeping a series the file writes in UTC in its calendar's zone instead changes. */
export interface ZoneConsequence {
  /** The series' time in UTC, as the file gives it (HH:mm). */
  utcTime: string;
  /** The calendar's zone. */
  zone: string;
  /** The times (HH:mm) the file's meetings fall at in that zone over the coming year. */
  zoneTimes: string[];
  /** The time (HH:mm) the series keeps there when it follows the zone. */
  zoneTime: string;
  /** How many of the next `of` meetings start at another moment in the zone (0: none). */
  differ: number;
  of: number;
  /** Whether those meetings start an hour earlier or later than in the file. */
  shift: 'earlier' | 'later';
}

/** The consequence of the zone choice in words, with times written the user's way. */
export function describeZoneConsequence(c: ZoneConsequence, style?: DateStyle): string {
  const t = (time: string): string => (style ? formatWallClock(time, style) : time);
  const inZone = c.zoneTimes.length ? c.zoneTimes.map(t).join(' or ') : t(c.zoneTime);
  if (c.differ === 0)
    return `The same moments either way: ${t(c.utcTime)} UTC is ${inZone} in ${c.zone} all year.`;
  return `As the file says, the meeting stays at ${t(c.utcTime)} UTC, which is ${inZone} in ${c.zone} as its clocks change. Kept in ${c.zone}, it is always at ${t(c.zoneTime)} there, so ${c.differ} of the next ${c.of} meetings start an hour ${c.shift} than in the file.`;
}
