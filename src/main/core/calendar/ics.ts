import ICAL from 'ical.js';
import type { Series } from '../../../shared/domain/meeting';
import {
  firstOccurrenceStart,
  formatRrule,
  isOccurrenceStart,
  parseRrule,
  utcToZoned,
  zonedToUtcMs,
  type Occurrence,
} from '../../../shared/recurrence';
import { buildVtimezone } from './vtimezone';

export {
  listIcsSeries,
  parseIcsSeries,
  type IcsImportOptions,
  type IcsSeriesDraft,
} from './icsImport';

type Component = InstanceType<typeof ICAL.Component>;

const PRODID = '-//Upward//Upward 1:1s//EN';
const MINUTE = 60_000;

/** Choices for writing a calendar file. */
export interface IcsExportOptions {
  /** When the file is written (DTSTAMP); defaults to now. */
  now?: number;
  /** Reminder lead times to write as alarms; defaults to the series' own. */
  leadMinutes?: number[];
}

function calendar(zone: string, years: number[]): Component {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('prodid', PRODID);
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addSubcomponent(buildVtimezone(zone, Math.min(...years) - 1, Math.max(...years) + 10));
  return cal;
}

function utcTime(ms: number): InstanceType<typeof ICAL.Time> {
  return ICAL.Time.fromJSDate(new Date(ms), true);
}

/** A DATE-TIME property as wall-clock time in the series' zone, with its TZID. */
function localProp(name: string, ms: number, zone: string): InstanceType<typeof ICAL.Property> {
  const local = utcToZoned(ms, zone);
  const [year, month, day] = local.date.split('-').map(Number);
  const [hour, minute] = local.time.split(':').map(Number);
  const prop = new ICAL.Property(name);
  prop.setParameter('tzid', zone);
  prop.setValue(ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false }));
  return prop;
}

function event(
  uid: string,
  summary: string,
  startMs: number,
  minutes: number,
  zone: string,
  stamp: number,
  leads: number[],
): Component {
  const ev = new ICAL.Component('vevent');
  ev.addPropertyWithValue('uid', uid);
  ev.addPropertyWithValue('dtstamp', utcTime(stamp));
  ev.addProperty(localProp('dtstart', startMs, zone));
  ev.addProperty(localProp('dtend', startMs + minutes * MINUTE, zone));
  ev.addPropertyWithValue('summary', summary);
  for (const lead of [...new Set(leads)].sort((a, b) => b - a)) {
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue('description', summary);
    alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-lead * 60));
    ev.addSubcomponent(alarm);
  }
  return ev;
}

/** The rule as calendars want it next to a TZID start: an UNTIL given as a date or local time becomes UTC. */
function exportRule(series: Series): string {
  const parsed = parseRrule(series.rrule);
  if (!parsed.ok) return series.rrule;
  const until = parsed.rule.until;
  if (until === null || until.endsWith('Z')) return formatRrule(parsed.rule);
  const date = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`;
  const time = until.length > 8 ? `${until.slice(9, 11)}:${until.slice(11, 13)}` : '23:59';
  const ms =
    zonedToUtcMs(date, time, series.timeZone) +
    (until.length > 8 ? Number(until.slice(13, 15)) * 1000 : 59_000);
  return formatRrule({
    ...parsed.rule,
    until: new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, ''),
  });
}

const summaryOf = (series: Series, leaderName: string): string =>
  series.title.trim() || `1:1 with ${leaderName}`;
const finish = (cal: Component): string => `${cal.toString()}\r\n`;

/**
 * A calendar file for a whole series: its rule, skipped meetings as EXDATE, moved ones as
 * overrides, an alarm per reminder lead time. Only the title, times and alarms leave the app:
 * no agenda, notes or other private content.
 */
export function seriesToIcs(
  series: Series,
  leaderName: string,
  opts: IcsExportOptions = {},
): string {
  const zone = series.timeZone;
  const stamp = opts.now ?? Date.now();
  const leads = opts.leadMinutes ?? series.reminderLeadMinutes;
  const summary = summaryOf(series, leaderName);
  const uid = `series-${series.id}@upward`;
  const first = Date.parse(
    firstOccurrenceStart(series) ??
      new Date(zonedToUtcMs(series.startDate, series.time, zone)).toISOString(),
  );
  const exceptions = Object.entries(series.exceptions)
    .map(([key, ex]) => ({ ms: Date.parse(key), ex }))
    .filter(({ ms }) => !Number.isNaN(ms) && isOccurrenceStart(series, new Date(ms).toISOString()))
    .sort((a, b) => a.ms - b.ms);
  const years = [first, stamp, ...exceptions.map((e) => e.ms)].map((ms) =>
    new Date(ms).getUTCFullYear(),
  );
  const cal = calendar(zone, years);

  // DTSTART is the first meeting, written at the series' own wall-clock time on its local day.
  const firstDay = utcToZoned(first, zone).date;
  const master = event(
    uid,
    summary,
    zonedToUtcMs(firstDay, series.time, zone),
    series.durationMinutes,
    zone,
    stamp,
    leads,
  );
  const start = master.getFirstProperty('dtstart');
  if (start)
    start.setValue(
      ICAL.Time.fromData({
        ...dateParts(firstDay),
        ...timeParts(series.time),
        second: 0,
        isDate: false,
      }),
    );
  master.addPropertyWithValue('rrule', ICAL.Recur.fromString(exportRule(series)));
  for (const { ms } of exceptions.filter((e) => e.ex.kind === 'skip'))
    master.addProperty(localProp('exdate', ms, zone));
  cal.addSubcomponent(master);
  for (const { ms, ex } of exceptions) {
    if (ex.kind !== 'move') continue;
    const moved = event(
      uid,
      summary,
      Date.parse(ex.start),
      series.durationMinutes,
      zone,
      stamp,
      leads,
    );
    moved.addProperty(localProp('recurrence-id', ms, zone));
    cal.addSubcomponent(moved);
  }
  return finish(cal);
}

/** A calendar file for one meeting of a series (at its moved time if moved; cancelled if skipped). */
export function meetingToIcs(
  series: Series,
  occurrence: Pick<Occurrence, 'key' | 'start'> & Partial<Pick<Occurrence, 'end' | 'status'>>,
  leaderName: string,
  opts: IcsExportOptions = {},
): string {
  const zone = series.timeZone;
  const stamp = opts.now ?? Date.now();
  const start = Date.parse(occurrence.start);
  const minutes = occurrence.end
    ? Math.max(1, Math.round((Date.parse(occurrence.end) - start) / MINUTE))
    : series.durationMinutes;
  const cal = calendar(
    zone,
    [start, stamp].map((ms) => new Date(ms).getUTCFullYear()),
  );
  const uid = `meeting-${series.id}-${occurrence.key.replace(/[^0-9]/g, '')}@upward`;
  const ev = event(
    uid,
    summaryOf(series, leaderName),
    start,
    minutes,
    zone,
    stamp,
    opts.leadMinutes ?? series.reminderLeadMinutes,
  );
  if (occurrence.status === 'skipped') ev.addPropertyWithValue('status', 'CANCELLED');
  cal.addSubcomponent(ev);
  return finish(cal);
}

function dateParts(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

function timeParts(time: string): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number);
  return { hour, minute };
}
