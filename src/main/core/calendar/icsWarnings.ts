import type ICAL from 'ical.js';
import { formatDate, type DateStyle } from '../../../shared/dateTime';
import {
  isoUtc,
  normalizeRrule,
  parseRrule,
  seriesOccurrences,
  type SeriesSchedule,
} from '../../../shared/recurrence';
import { when } from './icsExceptions';
import { ruleText } from './icsFields';
import { readTimes, type PlacedTime, type RawTime } from './icsValues';

type Component = InstanceType<typeof ICAL.Component>;

const YEAR = 366 * 86_400_000;

/** Warnings for values that are legal but unusual enough to be a mistake: far dates, huge COUNT or INTERVAL. */
export function limitWarnings(series: SeriesSchedule, startMs: number, style: DateStyle): string[] {
  const out: string[] = [];
  const year = Number(series.startDate.slice(0, 4));
  if (year < 1900 || year > 2200)
    out.push(
      `The series starts on ${when(startMs, series.timeZone, style)}, unusually far from today; check the date in your calendar.`,
    );
  const p = parseRrule(series.rrule);
  if (!p.ok) return out;
  if (p.rule.count !== null && p.rule.count >= 1000)
    out.push(
      `The series is set to repeat ${new Intl.NumberFormat('en').format(p.rule.count)} times, close to the most Upward allows (9,999).`,
    );
  const unit = { DAILY: 'days', WEEKLY: 'weeks', MONTHLY: 'months', YEARLY: 'years' }[p.rule.freq];
  if (p.rule.interval >= 100)
    out.push(
      `The series repeats only every ${p.rule.interval} ${unit}; check the rule in your calendar.`,
    );
  return out;
}

/**
 * What a single repeat rule cannot hold: extra dates (RDATE) and the dates of a second RRULE
 * in the coming year, named so the user can add them by hand.
 */
export function extraDatesWarnings(
  master: Component,
  series: SeriesSchedule,
  place: (raw: RawTime) => PlacedTime | null,
  now: number,
  style: DateStyle,
): string[] {
  const out: string[] = [];
  const zone = series.timeZone;
  const rdates: string[] = [];
  let periods = 0;
  for (const prop of master.getAllProperties('rdate')) {
    const values = readTimes(prop);
    if (!values) {
      periods++;
      continue;
    }
    for (const v of values) {
      const placed = place(v);
      rdates.push(placed ? when(placed.ms, zone, style) : formatDate(v.date, style));
    }
  }
  if (rdates.length || periods)
    out.push(
      `Extra dates the calendar adds to the series were not imported: ${names([...rdates, ...(periods ? [`${periods} more given as periods`] : [])])}.`,
    );
  const rules = master.getAllProperties('rrule').slice(1);
  if (rules.length === 0) return out;
  const from = Math.max(now, Date.parse(isoUtc(now)));
  const firstRule = new Set(
    seriesOccurrences({ ...series, exceptions: {} }, isoUtc(from), isoUtc(from + YEAR)).map(
      (o) => o.key,
    ),
  );
  const left: number[] = [];
  for (const r of rules) {
    const rule = normalizeRrule(ruleText(r));
    if (!rule || !parseRrule(rule).ok) continue;
    for (const o of seriesOccurrences(
      { ...series, rrule: rule, exceptions: {} },
      isoUtc(from),
      isoUtc(from + YEAR),
    ))
      if (!firstRule.has(o.key)) left.push(Date.parse(o.key));
  }
  const dates = [...new Set(left)].sort((a, b) => a - b).map((ms) => when(ms, zone, style));
  out.push(
    `The event has ${rules.length + 1} repeat rules; only the first was imported.${dates.length ? ` Left out in the coming year: ${names(dates)}.` : ''}`,
  );
  return out;
}

function names(items: string[]): string {
  return items.length > 6
    ? `${items.slice(0, 6).join(', ')} and ${items.length - 6} more`
    : items.join(', ');
}
