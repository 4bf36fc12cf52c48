import { formatDate, formatWallClock, type DateStyle } from '../../../shared/dateTime';
import type { OccurrenceException } from '../../../shared/domain/meeting';
import {
  isoUtc,
  originalStartsBetween,
  utcToZoned,
  zonedToUtcMs,
  type SeriesSchedule,
} from '../../../shared/recurrence';
import type { RawTime } from './icsValues';

const DAY = 86_400_000;
/** Exceptions further than this from the series' start are not looked for (a typo, not a meeting). */
const HORIZON = 60 * 366 * DAY;

/** A changed meeting of a series as the file writes it (a VEVENT with RECURRENCE-ID). */
export interface OverrideInput {
  /** Its place in the file, to break ties. */
  index: number;
  recurrenceId: RawTime | null;
  thisAndFuture: boolean;
  start: RawTime | null;
  sequence: number;
  stamp: string;
  cancelled: boolean;
}

/** Skipped dates and changed meetings of one series, as read from the file. */
export interface ExceptionInput {
  exdates: RawTime[];
  /** EXDATE properties whose values could not be read. */
  unreadable: number;
  overrides: OverrideInput[];
}

type Target = { ms: number } | { day: string };

/** A moment in the series' zone, the user's way: "Mar 3, 2026 at 10:00 AM", "03/03/2026 at 10:00"… */
export function when(ms: number, zone: string, style: DateStyle): string {
  const local = utcToZoned(ms, zone);
  return wallWhen(local.date, local.time, style);
}

/** A calendar date and a wall-clock time (HH:mm), the user's way. */
function wallWhen(date: string, time: string, style: DateStyle): string {
  return `${formatDate(date, style)} at ${formatWallClock(time.slice(0, 5), style)}`;
}

function list(items: string[]): string {
  const shown = items.slice(0, 5);
  return items.length > 5 ? `${shown.join(', ')} and ${items.length - 5} more` : shown.join(', ');
}

/**
 * The series' exceptions keyed by original start. EXDATEs and RECURRENCE-IDs are matched by
 * instant (an all-day value by its day in the series' zone), against one expansion of the
 * series over the span they cover: linear in their number. Of several versions of one changed
 * meeting the highest SEQUENCE wins (then the latest DTSTAMP, then the last in the file).
 * Values that match no meeting are reported in `warnings`, never attached to a neighbour.
 */
export function exceptionsFor(
  series: SeriesSchedule,
  input: ExceptionInput,
  instant: (raw: RawTime) => number | null,
  warnings: string[],
  style: DateStyle,
): Record<string, OccurrenceException> {
  const zone = series.timeZone;
  const target = (raw: RawTime): Target | null => {
    if (raw.time === null) return { day: raw.date };
    const ms = instant(raw);
    return ms === null ? null : { ms };
  };
  const exTargets = input.exdates.map(target);
  const ovTargets = input.overrides.map((o) => (o.recurrenceId ? target(o.recurrenceId) : null));
  const startMs = zonedToUtcMs(series.startDate, series.time, zone);
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of [...exTargets, ...ovTargets]) {
    if (!t) continue;
    const ms = 'ms' in t ? t.ms : zonedToUtcMs(t.day, '00:00', zone);
    lo = Math.min(lo, ms);
    hi = Math.max(hi, ms + ('ms' in t ? 1 : DAY + DAY));
  }
  lo = Math.max(lo, startMs);
  hi = Math.min(hi, startMs + HORIZON);
  const starts = lo < hi ? originalStartsBetween(series, lo, hi) : [];
  const originals = new Set(starts);
  // Meetings by local day, only built when the file has all-day values to match.
  let byDay: Map<string, number[]> | null = null;
  const onDay = (day: string): number[] => {
    if (!byDay) {
      byDay = new Map();
      for (const ms of starts) {
        const d = utcToZoned(ms, zone).date;
        byDay.set(d, [...(byDay.get(d) ?? []), ms]);
      }
    }
    return byDay.get(day) ?? [];
  };
  const matches = (t: Target | null): number[] =>
    t === null ? [] : 'ms' in t ? (originals.has(t.ms) ? [t.ms] : []) : onDay(t.day);

  const out: Record<string, OccurrenceException> = {};
  const unmatchedEx: string[] = [];
  input.exdates.forEach((raw, i) => {
    const found = matches(exTargets[i]);
    if (found.length === 0) unmatchedEx.push(describe(raw, exTargets[i], zone, style));
    for (const ms of found) out[isoUtc(ms)] = { kind: 'skip' };
  });

  const best = new Map<number, OverrideInput>();
  const unmatchedOv: string[] = [];
  let thisAndFuture = 0;
  input.overrides.forEach((o, i) => {
    if (o.thisAndFuture) thisAndFuture++;
    const found = matches(ovTargets[i]);
    if (found.length !== 1) {
      unmatchedOv.push(
        o.recurrenceId ? describe(o.recurrenceId, ovTargets[i], zone, style) : 'one without a date',
      );
      return;
    }
    const prev = best.get(found[0]);
    if (
      !prev ||
      o.sequence > prev.sequence ||
      (o.sequence === prev.sequence && o.stamp >= prev.stamp)
    )
      best.set(found[0], o);
  });
  for (const [key, o] of best) {
    const k = isoUtc(key);
    if (out[k]?.kind === 'skip') continue;
    if (o.cancelled) {
      out[k] = { kind: 'skip' };
      continue;
    }
    const moved = o.start ? instant(o.start) : null;
    if (moved !== null && moved !== key) out[k] = { kind: 'move', start: isoUtc(moved) };
  }

  if (input.unreadable > 0)
    warnings.push(
      `${input.unreadable} list${input.unreadable === 1 ? '' : 's'} of skipped dates could not be read and ${input.unreadable === 1 ? 'was' : 'were'} ignored.`,
    );
  if (unmatchedEx.length)
    warnings.push(
      `${unmatchedEx.length === 1 ? 'One skipped date matches' : `${unmatchedEx.length} skipped dates match`} no meeting of the series and ${unmatchedEx.length === 1 ? 'was' : 'were'} ignored: ${list(unmatchedEx)}.`,
    );
  if (unmatchedOv.length)
    warnings.push(
      `${unmatchedOv.length === 1 ? 'One changed meeting belongs' : `${unmatchedOv.length} changed meetings belong`} to no meeting of the series (original time ${list(unmatchedOv)}) and ${unmatchedOv.length === 1 ? 'was' : 'were'} not imported.`,
    );
  if (thisAndFuture)
    warnings.push(
      'The calendar changed “this and all following” meetings; only the first changed meeting was imported as moved.',
    );
  return out;
}

function describe(raw: RawTime, t: Target | null, zone: string, style: DateStyle): string {
  if (t && 'ms' in t) return when(t.ms, zone, style);
  return raw.time === null ? formatDate(raw.date, style) : wallWhen(raw.date, raw.time, style);
}
