import ICAL from 'ical.js';
import type { CadenceKind } from '../../../shared/domain/meeting';
import { normalizeRrule, parseRrule, presetRrule } from '../../../shared/recurrence';

type Component = InstanceType<typeof ICAL.Component>;

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A property as jCal: name, parameters, value type, value(s). */
export type JProp = [string, Record<string, unknown>, string, ...unknown[]];

/**
 * The first property of that name, read straight from the component's jCal: the same data
 * ical.js's getters wrap, without building a Property (and its values) for every event.
 */
export function firstProp(c: Component, name: string): JProp | undefined {
  const props = (c.jCal as [string, JProp[], unknown[]])[1];
  for (let i = 0; i < props.length; i++) if (props[i][0] === name) return props[i];
  return undefined;
}

/** Every property of that name, from the component's jCal (see `firstProp`). */
export function allProps(c: Component, name: string): JProp[] {
  const props = (c.jCal as [string, JProp[], unknown[]])[1];
  const out: JProp[] = [];
  for (let i = 0; i < props.length; i++) if (props[i][0] === name) out.push(props[i]);
  return out;
}

/** A person's name as a property gives it: the CN parameter, else the address without "mailto:". */
export function personName(p: JProp): string {
  const cn = p[1].cn;
  const value = p[3];
  const name =
    typeof cn === 'string' && cn.trim()
      ? cn.trim()
      : (typeof value === 'string' ? value : '').replace(/^mailto:/i, '');
  return name.slice(0, 200);
}

/** A text property of a component, trimmed to 500 characters; empty when absent. */
export function text(c: Component, name: string): string {
  const v = firstProp(c, name)?.[3];
  return typeof v === 'string' ? v.trim().slice(0, 500) : '';
}

/** The cadence a rule amounts to; preset rules are rewritten in the form the app writes them. */
export function classify(
  rrule: string,
  weekday: number,
  startDate: string,
): { cadence: CadenceKind; rrule: string } {
  const p = parseRrule(rrule);
  if (!p.ok) return { cadence: 'custom', rrule };
  const r = p.rule;
  const onlyDays =
    r.count === null &&
    r.until === null &&
    !r.byMonth.length &&
    !r.byWeekNo.length &&
    !r.byYearDay.length &&
    !r.byMonthDay.length;
  const single = r.byDay.length === 1 ? r.byDay[0] : null;
  if (
    onlyDays &&
    r.freq === 'WEEKLY' &&
    !r.bySetPos.length &&
    (r.byDay.length === 0 || (single && single.weekday === weekday)) &&
    r.interval <= 2
  ) {
    const cadence = r.interval === 1 ? 'weekly' : 'biweekly';
    return { cadence, rrule: presetRrule(cadence, weekday) };
  }
  if (
    onlyDays &&
    r.freq === 'MONTHLY' &&
    r.interval === 1 &&
    single &&
    single.weekday === weekday
  ) {
    const n = single.n ?? (r.bySetPos.length === 1 ? r.bySetPos[0] : null);
    const preset = presetRrule('monthly', weekday, startDate);
    if (
      n !== null &&
      (single.n === null) === (r.bySetPos.length === 1) &&
      preset === `FREQ=MONTHLY;BYDAY=${n}${WEEKDAY_CODES[weekday]}`
    ) {
      return { cadence: 'monthly', rrule: preset };
    }
  }
  return { cadence: 'custom', rrule };
}

/** Moves the weekdays of a rule by whole days (times written in UTC that fall on another day locally). */
export function shiftWeekdays(rrule: string, days: number): string {
  const p = parseRrule(rrule);
  if (!p.ok || days === 0) return rrule;
  const byDay = p.rule.byDay.map((d) => ({ ...d, weekday: (((d.weekday + days) % 7) + 7) % 7 }));
  return (
    normalizeRrule(
      `${rrule};`.replace(
        /BYDAY=[^;]*;/i,
        `BYDAY=${byDay.map((d) => `${d.n ?? ''}${WEEKDAY_CODES[d.weekday]}`).join(',')};`,
      ),
    ) ?? rrule
  );
}

/** Seconds of a DURATION value as written, remembered: a file repeats a handful of them. */
const durationSeconds = new Map<string, number>();

function secondsOf(value: string): number {
  let known = durationSeconds.get(value);
  if (known === undefined) {
    try {
      known = ICAL.Duration.fromString(value).toSeconds();
    } catch {
      known = NaN; // Not a duration: no lead time.
    }
    if (durationSeconds.size >= 1000) durationSeconds.clear();
    durationSeconds.set(value, known);
  }
  return known;
}

/** Lead times (minutes) of the event's pop-up and sound alarms, latest first; null when it has none. */
export function leadTimes(event: Component, durationMinutes: number): number[] | null {
  const leads = new Set<number>();
  for (const alarm of (event.jCal as [string, unknown[], [string, JProp[], unknown[]][]])[2]) {
    if (alarm[0] !== 'valarm') continue;
    const props = alarm[1];
    const find = (name: string): JProp | undefined => props.find((p) => p[0] === name);
    // Only alarms that pop up on screen or sound; e-mail alarms are the calendar server's business.
    const action = find('action')?.[3];
    if (typeof action !== 'string' || !['DISPLAY', 'AUDIO'].includes(action.trim().toUpperCase()))
      continue;
    const trigger = find('trigger');
    // A trigger at a fixed time (VALUE=DATE-TIME) is not a lead time.
    if (!trigger || trigger[2] !== 'duration' || typeof trigger[3] !== 'string') continue;
    const related = trigger[1].related;
    const relatedEnd = typeof related === 'string' && related.toUpperCase() === 'END';
    const lead = Math.round(-secondsOf(trigger[3]) / 60) + (relatedEnd ? durationMinutes : 0);
    if (lead >= 0 && lead <= 10080) leads.add(lead);
  }
  return leads.size ? [...leads].sort((a, b) => b - a).slice(0, 5) : null;
}

/** Names of the organizer and attendees, to help pick the leader. */
export function people(event: Component): string[] {
  const names = new Set<string>();
  for (const p of [...allProps(event, 'organizer'), ...allProps(event, 'attendee')]) {
    const name = personName(p);
    if (name) names.add(name);
  }
  return [...names];
}

/** Each rule's text, remembered by its (shared) jCal value: a file repeats a handful of rules. */
const ruleTexts = new WeakMap<object, string>();

/** The text of an RRULE property as ical.js writes it back. */
export function ruleText(prop: InstanceType<typeof ICAL.Property>): string {
  const raw = (prop.toJSON() as unknown[])[3];
  const key = typeof raw === 'object' && raw !== null ? raw : null;
  const known = key ? ruleTexts.get(key) : undefined;
  if (known !== undefined) return known;
  const text = String(prop.getFirstValue() ?? '');
  if (key) ruleTexts.set(key, text);
  return text;
}
