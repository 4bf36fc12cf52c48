import type { DateStyle } from '../../../shared/dateTime';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { CadenceKind, OccurrenceException } from '../../../shared/domain/meeting';
import {
  isoUtc,
  upcomingStarts,
  normalizeRrule,
  parseRrule,
  utcToZoned,
  validateRrule,
  type SeriesSchedule,
  type ZoneConsequence,
} from '../../../shared/recurrence';
import { AppError } from '../errors';
import {
  allProps,
  classify,
  firstProp,
  leadTimes,
  people,
  personName,
  ruleText,
  shiftWeekdays,
  text,
} from './icsFields';
import { exceptionsFor, type ExceptionInput } from './icsExceptions';
import { extraDatesWarnings, limitWarnings } from './icsWarnings';
import { decodeCalendarBytes } from './icsEncoding';
import { readCalendarText } from './icsRead';
import { createZoneResolver, type ResolvedZone } from './icsZones';
import { instantOf, placeTime, readTimes, type PlacedTime, type RawTime } from './icsValues';

type Component = InstanceType<typeof ICAL.Component>;

const DAY = 86_400_000;

/** A series read from a calendar file: what the meetings service needs to create one. */
export interface IcsSeriesDraft {
  /** The event's UID in the calendar it came from. */
  uid: string | null;
  title: string;
  cadence: CadenceKind;
  rrule: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  startDate: string;
  time: string;
  durationMinutes: number;
  timeZone: string;
  /** Skipped and moved meetings, keyed by their original start (ISO UTC). */
  exceptions: Record<string, OccurrenceException>;
  /** Lead times of the event's own alarms, or null when it has none. */
  reminderLeadMinutes: number[] | null;
  /** Names of the organizer and attendees, to help pick the leader. */
  people: string[];
  organiser: string | null;
  attendees: string[];
  /** Things the user should know about how the file was read. */
  warnings: string[];
  /** The next (up to three) meetings after now, ISO UTC. */
  nextStarts: string[];
  /** Whether the series has no meeting after now. */
  ended: boolean;
  /** For a series written in UTC in a calendar that names its zone: the same series kept in that zone, and what changes. */
  zoneChoice: IcsZoneChoice | null;
}

/** Another way to place a series: in the zone the calendar names instead of the UTC the file writes. */
export interface IcsZoneChoice {
  zone: string;
  draft: Omit<IcsSeriesDraft, 'zoneChoice'>;
  /** What choosing it changes (the picker puts it in words). */
  consequence: ZoneConsequence;
}

/** Choices for reading a calendar file. */
export interface IcsImportOptions {
  /** Zone for times the file does not place in one (floating times without X-WR-TIMEZONE). */
  defaultTimeZone?: string;
  /** Now, to tell ongoing series from ended ones. */
  now?: number;
  /** Import this event (by UID) when the file holds several series. */
  uid?: string;
  /** How warnings write dates and times: the user's settings (default: written-out date, 24-hour time). */
  style?: DateStyle;
}

/** Everything usable in a calendar file and what was left out. */
export interface IcsReadResult {
  series: IcsSeriesDraft[];
  /** What could not be read or used, one sentence each. */
  skipped: string[];
  /** Events in the file that do not repeat (not imported). */
  singleEvents: number;
  /** How the file was read, when the user should know (e.g. its text encoding was a guess). */
  notices: string[];
}

const bad = (message: string): AppError => new AppError('bad-file', message);
const label = (title: string): string => (title ? `“${title}”` : 'The event');

interface Ctx {
  resolve: (tzid: string) => ResolvedZone | null;
  zoneOf: (tzid: string) => string | null;
  floatingZone: string;
  /** The zone the calendar names (X-WR-TIMEZONE), if Upward knows it. */
  calendarZone: string | null;
  now: number;
  overrides: Map<string, Component[]>;
  /** How the warnings write dates and times. */
  style: DateStyle;
}

type Timed = RawTime & { time: string };

function startOf(master: Component, title: string): Timed {
  const startProp = firstProp(master, 'dtstart');
  const start = startProp ? readTimes(startProp)?.[0] : undefined;
  if (!start) throw bad(`${label(title)} has no valid start time.`);
  if (start.time === null)
    throw bad(
      `${label(title)} is an all-day event, but a 1:1 needs a start time. Give it a time in your calendar and export it again.`,
    );
  return start as Timed;
}

/** Reads one repeating event (and its changed meetings) into a draft; throws a clear AppError if it cannot. */
function draftFrom(master: Component, ctx: Ctx): IcsSeriesDraft {
  const title = text(master, 'summary');
  if (text(master, 'status').toUpperCase() === 'CANCELLED')
    throw bad(`${label(title)} was cancelled in your calendar.`);
  const timed = startOf(master, title);
  const warnings: string[] = [];
  let zone = ctx.floatingZone;
  if (timed.utc) zone = 'UTC';
  else if (timed.tzid !== null) {
    const z = ctx.resolve(timed.tzid);
    if (z === null)
      throw bad(`The time zone “${timed.tzid}” in this file is not one Upward recognises.`);
    if (z.guessed)
      warnings.push(
        `The file’s time zone “${timed.tzid}” was read as ${z.zone}, the zone with the same clock changes.`,
      );
    if (/^Etc\/GMT[+-]/.test(z.zone))
      warnings.push(
        `The file gives only a fixed offset (“${timed.tzid}”), so the series does not follow daylight-saving changes.`,
      );
    zone = z.zone;
  }
  const draft = build(master, timed, zone, ctx, warnings);
  if (timed.utc && ctx.calendarZone && ctx.calendarZone !== 'UTC') {
    const alt = build(master, timed, ctx.calendarZone, ctx, []);
    alt.exceptions = sameDayExceptions(draft, alt);
    return {
      ...draft,
      warnings: [
        `Times in the file are in UTC, so the series keeps them as UTC times; you can keep it in ${ctx.calendarZone} instead.`,
        ...draft.warnings,
      ],
      zoneChoice: {
        zone: ctx.calendarZone,
        draft: alt,
        consequence: consequence(draft, alt, ctx.now),
      },
    };
  }
  return { ...draft, zoneChoice: null };
}

function build(
  master: Component,
  timed: Timed,
  zone: string,
  ctx: Ctx,
  warnings: string[],
): Omit<IcsSeriesDraft, 'zoneChoice'> {
  const title = text(master, 'summary');
  const placed = placeTime(timed, ctx.zoneOf, ctx.floatingZone, zone);
  if (!placed) throw bad(`${label(title)} has no valid start time.`);
  const rules = master.getAllProperties('rrule');
  const written = rules[0] ? ruleText(rules[0]) : '';
  let rrule = normalizeRrule(written) ?? written;
  const check = validateRrule(rrule);
  if (!check.ok) throw bad(`The repeat rule of ${label(title)} cannot be used: ${check.message}`);
  if (timed.utc && placed.date !== timed.date) {
    rrule = shiftWeekdays(
      rrule,
      Math.round((Date.parse(placed.date) - Date.parse(timed.date)) / DAY),
    );
    if (/BYMONTHDAY|BYYEARDAY/.test(rrule))
      warnings.push('The file gives times in UTC; check that the series falls on the right days.');
  }
  const durationMinutes = duration(master, placed, ctx, zone, warnings);
  const weekday = (() => {
    const p = parseRrule(rrule);
    return p.ok && p.rule.byDay.length === 1
      ? p.rule.byDay[0].weekday
      : utcToZoned(placed.ms, zone).weekday;
  })();
  const { cadence, rrule: finalRule } = classify(rrule, weekday, placed.date);
  const organiser = firstProp(master, 'organizer');
  const draft: Omit<IcsSeriesDraft, 'zoneChoice'> = {
    uid: text(master, 'uid') || null,
    title,
    cadence,
    rrule: finalRule,
    weekday,
    startDate: placed.date,
    time: placed.time,
    durationMinutes,
    timeZone: zone,
    exceptions: {},
    reminderLeadMinutes: leadTimes(master, durationMinutes),
    people: people(master),
    organiser: organiser ? personName(organiser) : null,
    attendees: allProps(master, 'attendee').map(personName).filter(Boolean),
    warnings,
    nextStarts: [],
    ended: false,
  };
  warnings.push(...limitWarnings(draft, placed.ms, ctx.style));
  warnings.push(
    ...extraDatesWarnings(master, draft, (raw) => place(raw, ctx, zone), ctx.now, ctx.style),
  );
  draft.exceptions = exceptionsFor(
    draft,
    exceptionInputs(master, ctx),
    (raw) =>
      raw.time === null
        ? null
        : instantOf({ ...raw, time: raw.time }, ctx.zoneOf, ctx.floatingZone),
    warnings,
    ctx.style,
  );
  draft.nextStarts = nextStarts(draft, ctx.now, 3);
  // Said once, by the `ended` flag the picker shows; not repeated among the warnings.
  draft.ended = draft.nextStarts.length === 0;
  return draft;
}

const place = (raw: RawTime, ctx: Ctx, zone: string): PlacedTime | null =>
  raw.time === null
    ? null
    : placeTime({ ...raw, time: raw.time }, ctx.zoneOf, ctx.floatingZone, zone);

function exceptionInputs(master: Component, ctx: Ctx): ExceptionInput {
  const exdates: RawTime[] = [];
  let unreadable = 0;
  for (const prop of allProps(master, 'exdate')) {
    const values = readTimes(prop);
    if (values) exdates.push(...values);
    else unreadable++;
  }
  return {
    exdates,
    unreadable,
    overrides: (ctx.overrides.get(text(master, 'uid')) ?? []).map((o, index) => {
      const rid = firstProp(o, 'recurrence-id');
      const start = firstProp(o, 'dtstart');
      const sequence = firstProp(o, 'sequence')?.[3];
      const stamp = firstProp(o, 'dtstamp')?.[3];
      return {
        index,
        recurrenceId: rid ? (readTimes(rid)?.[0] ?? null) : null,
        thisAndFuture:
          (typeof rid?.[1].range === 'string' ? rid[1].range : '').toUpperCase() ===
          'THISANDFUTURE',
        start: start ? (readTimes(start)?.[0] ?? null) : null,
        sequence: Number(sequence ?? 0) || 0,
        stamp: typeof stamp === 'string' ? stamp : '',
        cancelled: text(o, 'status').toUpperCase() === 'CANCELLED',
      };
    }),
  };
}

const nextStarts = (series: SeriesSchedule, now: number, n: number): string[] =>
  upcomingStarts(series, now, n).map(isoUtc);

/** The alternative placement's exceptions: a skip or move of the meeting on the same local day. */
function sameDayExceptions(
  base: Omit<IcsSeriesDraft, 'zoneChoice'>,
  alt: Omit<IcsSeriesDraft, 'zoneChoice'>,
): Record<string, OccurrenceException> {
  const out: Record<string, OccurrenceException> = {};
  for (const [key, ex] of Object.entries(base.exceptions)) {
    const day = utcToZoned(Date.parse(key), alt.timeZone).date;
    const [h, m] = alt.time.split(':').map(Number);
    const local = DateTime.fromISO(day, { zone: alt.timeZone }).set({ hour: h, minute: m });
    out[isoUtc(local.toMillis())] = ex;
  }
  return out;
}

function consequence(
  base: Omit<IcsSeriesDraft, 'zoneChoice'>,
  alt: Omit<IcsSeriesDraft, 'zoneChoice'>,
  now: number,
): ZoneConsequence {
  const a = nextStarts({ ...base, exceptions: {} }, now, 52);
  const b = nextStarts({ ...alt, exceptions: {} }, now, 52);
  const differ = a.filter((s, i) => b[i] !== undefined && b[i] !== s).length;
  const zoneTimes = [...new Set(a.map((s) => utcToZoned(Date.parse(s), alt.timeZone).time))].sort();
  const first = a.findIndex((s, i) => b[i] !== undefined && b[i] !== s);
  return {
    utcTime: base.time,
    zone: alt.timeZone,
    zoneTimes,
    zoneTime: alt.time,
    differ,
    of: a.length,
    shift: first >= 0 && Date.parse(b[first]) < Date.parse(a[first]) ? 'earlier' : 'later',
  };
}

function duration(
  master: Component,
  start: PlacedTime,
  ctx: Ctx,
  zone: string,
  warnings: string[],
): number {
  const endProp = firstProp(master, 'dtend');
  const end = endProp ? readTimes(endProp)?.[0] : undefined;
  let minutes: number | null = null;
  if (end && end.time !== null)
    minutes =
      ((instantOf({ ...end, time: end.time }, ctx.zoneOf, ctx.floatingZone) ?? start.ms) -
        start.ms) /
      60_000;
  const d = master.getFirstPropertyValue('duration');
  if (minutes === null && d instanceof ICAL.Duration) minutes = d.toSeconds() / 60;
  if (minutes === null || minutes <= 0) {
    warnings.push('The event has no length; the series was set to 30 minutes.');
    return 30;
  }
  const clamped = Math.min(600, Math.max(5, Math.round(minutes)));
  if (clamped !== Math.round(minutes))
    warnings.push(
      `The event is ${Math.round(minutes)} minutes long; the series was set to ${clamped} minutes.`,
    );
  return clamped;
}

function unknownZoneSummary(zones: string[]): string {
  const names = zones.slice(0, 5).map((z) => `“${z}”`);
  const more = zones.length > 5 ? ` and ${zones.length - 5} more` : '';
  return `${zones.length} series use time zones Upward does not recognise (${names.join(', ')}${more}); they were left out.`;
}

/**
 * Every repeating event in a calendar file as a draft series, ongoing ones first, with what
 * was left out in words. One broken line, event or zone costs only itself; throws
 * AppError('bad-file') only when nothing in the file can be imported.
 */
export function readIcs(
  source: string,
  opts: IcsImportOptions = {},
  onProgress?: (done: number, total: number) => void,
): IcsReadResult {
  const { calendar, skipped } = readCalendarText(source);
  const now = opts.now ?? Date.now();
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length === 0)
    throw bad(
      skipped.length
        ? `No event in the calendar file could be read. ${skipped.slice(0, 3).join(' ')}`
        : 'The calendar file contains no events.',
    );
  const resolver = createZoneResolver(calendar, new Date(now).getUTCFullYear());
  const zoneOf = (tzid: string): string | null => resolver(tzid)?.zone ?? null;
  const wr = String(calendar.getFirstPropertyValue('x-wr-timezone') ?? '');
  const calendarZone = (wr && zoneOf(wr)) || null;
  const floatingZone =
    calendarZone || (opts.defaultTimeZone && zoneOf(opts.defaultTimeZone)) || 'UTC';
  const overrides = new Map<string, Component[]>();
  const masters: Component[] = [];
  for (const e of events) {
    if (e.hasProperty('recurrence-id')) {
      const uid = text(e, 'uid');
      const list = overrides.get(uid);
      if (list) list.push(e);
      else overrides.set(uid, [e]);
    } else masters.push(e);
  }
  const repeating = masters.filter((e) => e.hasProperty('rrule'));
  if (repeating.length === 0) {
    if (masters.length === 0)
      throw bad(
        'The file holds changes to single meetings, but not the series they belong to. Export the whole series from your calendar.',
      );
    throw bad(
      masters.length === 1
        ? `${label(text(masters[0], 'summary'))} does not repeat. Upward imports a repeating 1:1 series; export the whole series from your calendar.`
        : `None of the ${masters.length} events in the file repeats. Upward imports a repeating 1:1 series.`,
    );
  }
  const style: DateStyle = opts.style ?? { dateFormat: 'long', timeFormat: '24h' };
  const ctx: Ctx = {
    resolve: resolver,
    zoneOf,
    floatingZone,
    calendarZone,
    now,
    overrides,
    style,
  };
  const drafts: IcsSeriesDraft[] = [];
  const failures: string[] = [];
  const unknownZones: string[] = [];
  const step = Math.max(1, Math.floor(repeating.length / 100));
  repeating.forEach((master, i) => {
    try {
      drafts.push(draftFrom(master, ctx));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const zone = /^The time zone “(.*)” in this file is not one Upward recognises\.$/.exec(
        err.message,
      );
      if (zone) unknownZones.push(zone[1]);
      else failures.push(`${err.message} It was left out.`);
    }
    if (onProgress && (i % step === 0 || i === repeating.length - 1))
      onProgress(i + 1, repeating.length);
  });
  if (unknownZones.length === 1 && failures.length === 0 && drafts.length === 0)
    throw bad(`The time zone “${unknownZones[0]}” in this file is not one Upward recognises.`);
  if (unknownZones.length) failures.push(unknownZoneSummary([...new Set(unknownZones)]));
  // One set of every event's UID: an override's series is looked up, never searched for.
  const masterUids = new Set(masters.map((m) => text(m, 'uid')));
  const orphans = [...overrides].filter(([uid]) => !masterUids.has(uid));
  const orphanCount = orphans.reduce((n, [, list]) => n + list.length, 0);
  if (orphanCount)
    failures.push(
      `${orphanCount} change${orphanCount === 1 ? '' : 's'} to single meetings belong${orphanCount === 1 ? 's' : ''} to no series in the file and ${orphanCount === 1 ? 'was' : 'were'} left out.`,
    );
  if (drafts.length === 0)
    throw bad(
      failures.length === 1
        ? failures[0].replace(/ It was left out\.$/, '')
        : `None of the ${repeating.length} repeating events in the file could be imported. ${failures.slice(0, 3).join(' ')}`,
    );
  const series = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => Number(a.d.ended) - Number(b.d.ended) || a.i - b.i)
    .map((x) => x.d);
  return {
    series,
    skipped: [...skipped, ...failures],
    singleEvents: masters.length - repeating.length,
    notices: [],
  };
}

/** Reads the bytes of a calendar file (see `decodeCalendarBytes`), saying in `notices` how its text was read when that was a guess. */
export function readIcsBytes(
  bytes: Uint8Array,
  opts: IcsImportOptions = {},
  onProgress?: (done: number, total: number) => void,
): IcsReadResult {
  const { text, notice } = decodeCalendarBytes(bytes);
  const result = readIcs(text, opts, onProgress);
  return notice ? { ...result, notices: [notice, ...result.notices] } : result;
}

/** Every repeating event in a calendar file as a draft series, ongoing ones first; throws AppError('bad-file') when there is none. */
export function listIcsSeries(source: string, opts: IcsImportOptions = {}): IcsSeriesDraft[] {
  return readIcs(source, opts).series;
}

/** Reads one repeating 1:1 from a calendar file (the one with `opts.uid`, else the first ongoing one). */
export function parseIcsSeries(source: string, opts: IcsImportOptions = {}): IcsSeriesDraft {
  const drafts = listIcsSeries(source, opts);
  const chosen = opts.uid ? drafts.find((d) => d.uid === opts.uid) : drafts[0];
  if (!chosen) throw bad('The chosen series is no longer in the file.');
  if (drafts.length > 1 && !opts.uid)
    chosen.warnings.push(
      `The file holds ${drafts.length} repeating events; ${label(chosen.title)} was imported.`,
    );
  return chosen;
}
