import ICAL from 'ical.js';
import type { CadenceKind, OccurrenceException } from '../../../shared/domain/meeting';
import {
  isOccurrenceStart,
  isoUtc,
  nextOccurrence,
  normalizeRrule,
  parseRrule,
  seriesOccurrences,
  utcToZoned,
  validateRrule,
  zonedToUtcMs,
  type SeriesSchedule,
} from '../../../shared/recurrence';
import { AppError } from '../errors';
import { classify, leadTimes, people, shiftWeekdays, text } from './icsFields';
import { createZoneResolver, type ResolvedZone } from './icsZones';
import { placeTime, readTimes, type PlacedTime, type RawTime } from './icsValues';

type Component = InstanceType<typeof ICAL.Component>;

const MAX_BYTES = 5_000_000;
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
  /** Things the user should know about how the file was read. */
  warnings: string[];
}

/** Choices for reading a calendar file. */
export interface IcsImportOptions {
  /** Zone for times the file does not place in one (floating or UTC times without X-WR-TIMEZONE). */
  defaultTimeZone?: string;
  /** Now, to tell ongoing series from ended ones. */
  now?: number;
  /** Import this event (by UID) when the file holds several series. */
  uid?: string;
}

const bad = (message: string): AppError => new AppError('bad-file', message);
const label = (title: string): string => (title ? `“${title}”` : 'The event');

function parseCalendar(text: string): Component {
  if (text.length > MAX_BYTES)
    throw bad('The file is too large to be a calendar export (over 5 MB).');
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw bad('The file is empty.');
  if (body.includes('\u0000')) throw bad('This is not a calendar file: it is not text.');
  if (!/^BEGIN:VCALENDAR/i.test(body))
    throw bad('This is not a calendar (.ics) file: it does not start with BEGIN:VCALENDAR.');
  let jcal: unknown;
  try {
    jcal = ICAL.parse(body);
  } catch (err) {
    const detail =
      err instanceof Error ? err.message.replace(/^invalid ical body\.\s*/i, '').slice(0, 120) : '';
    throw bad(`The calendar file is damaged and cannot be read${detail ? ` (${detail})` : ''}.`);
  }
  // One calendar parses to its own jCal array; a file with several calendars to a list of them (the first is used).
  const list = Array.isArray(jcal) ? (jcal as unknown[]) : [];
  const root: unknown = typeof list[0] === 'string' ? list : list[0];
  if (!Array.isArray(root) || root[0] !== 'vcalendar')
    throw bad('The file does not hold a calendar.');
  return new ICAL.Component(root);
}

interface Ctx {
  resolve: (tzid: string) => ResolvedZone | null;
  zoneOf: (tzid: string) => string | null;
  floatingZone: string;
  now: number;
  overrides: Map<string, Component[]>;
}

/** Reads one repeating event (and its changed meetings) into a draft; throws a clear AppError if it cannot. */
function draftFrom(master: Component, ctx: Ctx): IcsSeriesDraft {
  const title = text(master, 'summary');
  const warnings: string[] = [];
  if (text(master, 'status').toUpperCase() === 'CANCELLED')
    throw bad(`${label(title)} was cancelled in your calendar.`);
  const startProp = master.getFirstProperty('dtstart');
  const start = startProp ? readTimes(startProp)?.[0] : undefined;
  if (!start) throw bad(`${label(title)} has no valid start time.`);
  if (start.time === null)
    throw bad(
      `${label(title)} is an all-day event, but a 1:1 needs a start time. Give it a time in your calendar and export it again.`,
    );
  const timed = start as RawTime & { time: string };
  let timeZone = ctx.floatingZone;
  if (timed.tzid !== null) {
    const z = ctx.resolve(timed.tzid);
    if (z === null)
      throw bad(`The time zone “${timed.tzid}” in this file is not one Upward recognises.`);
    if (z.guessed)
      warnings.push(
        `The file’s time zone “${timed.tzid}” was read as ${z.zone}, the zone with the same clock changes.`,
      );
    timeZone = z.zone;
  }
  const placed = placeTime(timed, ctx.zoneOf, ctx.floatingZone, timeZone);
  if (!placed) throw bad(`${label(title)} has no valid start time.`);

  const rules = master.getAllProperties('rrule');
  let rrule =
    normalizeRrule(String(rules[0]?.getFirstValue() ?? '')) ??
    String(rules[0]?.getFirstValue() ?? '');
  const check = validateRrule(rrule);
  if (!check.ok) throw bad(`The repeat rule of ${label(title)} cannot be used: ${check.message}`);
  if (rules.length > 1)
    warnings.push('The event has more than one repeat rule; only the first was imported.');
  if (master.hasProperty('rdate'))
    warnings.push('Extra single dates added to the series in your calendar were not imported.');
  if (timed.utc && placed.date !== timed.date) {
    rrule = shiftWeekdays(
      rrule,
      Math.round((Date.parse(placed.date) - Date.parse(timed.date)) / DAY),
    );
    if (/BYMONTHDAY|BYYEARDAY/.test(rrule))
      warnings.push('The file gives times in UTC; check that the series falls on the right days.');
  }
  if (timed.utc) warnings.push(`Times in the file are in UTC; the series uses ${timeZone}.`);

  const durationMinutes = duration(master, placed, ctx, timeZone, warnings);
  const weekday = (() => {
    const p = parseRrule(rrule);
    return p.ok && p.rule.byDay.length === 1
      ? p.rule.byDay[0].weekday
      : utcToZoned(placed.ms, timeZone).weekday;
  })();
  const { cadence, rrule: finalRule } = classify(rrule, weekday, placed.date);
  const draft: IcsSeriesDraft = {
    uid: text(master, 'uid') || null,
    title,
    cadence,
    rrule: finalRule,
    weekday,
    startDate: placed.date,
    time: placed.time,
    durationMinutes,
    timeZone,
    exceptions: {},
    reminderLeadMinutes: leadTimes(master, durationMinutes),
    people: people(master),
    warnings,
  };
  draft.exceptions = exceptions(master, draft, ctx);
  if (!nextOccurrence(draft, isoUtc(ctx.now)))
    warnings.push('This series has no meetings after today; it has ended in your calendar.');
  return draft;
}

function duration(
  master: Component,
  start: PlacedTime,
  ctx: Ctx,
  zone: string,
  warnings: string[],
): number {
  const endProp = master.getFirstProperty('dtend');
  const end = endProp ? readTimes(endProp)?.[0] : undefined;
  let minutes: number | null = null;
  if (end && end.time !== null)
    minutes =
      ((placeTime({ ...end, time: end.time }, ctx.zoneOf, ctx.floatingZone, zone)?.ms ?? start.ms) -
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

/** The key of the meeting a calendar time refers to: the exact start, else the only meeting that local day. */
function snap(series: SeriesSchedule, raw: RawTime, ctx: Ctx): string | null {
  if (raw.time !== null) {
    const placed = placeTime(
      { ...raw, time: raw.time },
      ctx.zoneOf,
      ctx.floatingZone,
      series.timeZone,
    );
    if (!placed) return null;
    if (isOccurrenceStart(series, isoUtc(placed.ms))) return isoUtc(placed.ms);
    raw = { ...raw, date: placed.date };
  }
  const dayStart = zonedToUtcMs(raw.date, '00:00', series.timeZone);
  const sameDay = seriesOccurrences(
    { ...series, exceptions: {} },
    isoUtc(dayStart),
    isoUtc(dayStart + DAY),
  );
  return sameDay.length === 1 ? sameDay[0].key : null;
}

function exceptions(
  master: Component,
  series: IcsSeriesDraft,
  ctx: Ctx,
): Record<string, OccurrenceException> {
  const out: Record<string, OccurrenceException> = {};
  let unmatched = 0;
  for (const prop of master.getAllProperties('exdate')) {
    for (const raw of readTimes(prop) ?? []) {
      const key = snap(series, raw, ctx);
      if (key) out[key] = { kind: 'skip' };
      else unmatched++;
    }
  }
  for (const override of ctx.overrides.get(series.uid ?? '') ?? []) {
    const ridProp = override.getFirstProperty('recurrence-id');
    const rid = ridProp ? readTimes(ridProp)?.[0] : undefined;
    const key = rid ? snap(series, rid, ctx) : null;
    if (!key) {
      unmatched++;
      continue;
    }
    if (text(override, 'status').toUpperCase() === 'CANCELLED') {
      out[key] = { kind: 'skip' };
      continue;
    }
    const startProp = override.getFirstProperty('dtstart');
    const start = startProp ? readTimes(startProp)?.[0] : undefined;
    const placed =
      start && start.time !== null
        ? placeTime({ ...start, time: start.time }, ctx.zoneOf, ctx.floatingZone, series.timeZone)
        : null;
    if (!placed) unmatched++;
    else if (isoUtc(placed.ms) !== key && out[key]?.kind !== 'skip')
      out[key] = { kind: 'move', start: isoUtc(placed.ms) };
  }
  if (unmatched > 0)
    series.warnings.push(
      `${unmatched} change${unmatched === 1 ? '' : 's'} to single meetings did not match a meeting of the series and ${unmatched === 1 ? 'was' : 'were'} left out.`,
    );
  return out;
}

/** Every repeating event in a calendar file as a draft series, ongoing ones first; throws AppError('bad-file') when there is none. */
export function listIcsSeries(source: string, opts: IcsImportOptions = {}): IcsSeriesDraft[] {
  const calendar = parseCalendar(source);
  const now = opts.now ?? Date.now();
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length === 0) throw bad('The calendar file contains no events.');
  const wr = String(calendar.getFirstPropertyValue('x-wr-timezone') ?? '');
  const resolver = createZoneResolver(calendar, new Date(now).getUTCFullYear());
  const zoneOf = (tzid: string): string | null => resolver(tzid)?.zone ?? null;
  const floatingZone =
    (wr && zoneOf(wr)) || (opts.defaultTimeZone && zoneOf(opts.defaultTimeZone)) || 'UTC';
  const overrides = new Map<string, Component[]>();
  for (const e of events.filter((e) => e.hasProperty('recurrence-id')))
    overrides.set(text(e, 'uid'), [...(overrides.get(text(e, 'uid')) ?? []), e]);
  const masters = events.filter((e) => !e.hasProperty('recurrence-id'));
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
  const ctx: Ctx = { resolve: resolver, zoneOf, floatingZone, now, overrides };
  const drafts: IcsSeriesDraft[] = [];
  let firstError: unknown = null;
  for (const master of repeating) {
    try {
      drafts.push(draftFrom(master, ctx));
    } catch (err) {
      firstError ??= err;
    }
  }
  if (drafts.length === 0) throw firstError;
  const ongoing = (d: IcsSeriesDraft): number => (nextOccurrence(d, isoUtc(now)) ? 0 : 1);
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => ongoing(a.d) - ongoing(b.d) || a.i - b.i)
    .map((x) => x.d);
}

/** Reads the repeating 1:1 from a calendar file as Google Calendar or Outlook write it; throws AppError('bad-file') and imports nothing on any problem. */
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
