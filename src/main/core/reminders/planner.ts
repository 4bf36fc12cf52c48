import type { MeetingStatus, Series } from '../../../shared/domain/meeting';
import { isoUtc, seriesOccurrences } from '../../../shared/recurrence';

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;
const MAX_LEAD_MS = 10_080 * MINUTE;
/** A reminder due this recently still fires even if its meeting has just begun (a timer a moment late, lead time 0). */
export const ON_TIME_TOLERANCE_MS = MINUTE;

/** A reminder before one meeting of a series. */
export interface PlannedReminder {
  kind: 'meeting';
  /** Stable: `seriesId|occurrenceKey|lead` (the key carries `>newStart` when the meeting was moved). */
  id: string;
  fireAt: number;
  meetingStart: number;
  seriesId: string;
  leaderId: string;
  occurrenceKey: string;
  leadMinutes: number;
}

/** A nudge to meet a leader again after weeks without a held 1:1. */
export interface PlannedNudge {
  kind: 'keep-in-touch';
  /** Stable per leader and period: `keep|leaderId|fireAt`. */
  id: string;
  fireAt: number;
  leaderId: string;
  /** Whole weeks since the last held 1:1 (or since the leader was added) at fireAt. */
  weeksSince: number;
}

/** Anything the reminder scheduler can fire. */
export type Planned = PlannedReminder | PlannedNudge;

/** What is known about a meeting that was opened: it may be held already, skipped or moved. */
export interface MeetingState {
  status: MeetingStatus;
  /** Actual start (ISO) when it differs from the series' plan. */
  start?: string;
}

/** The key of `meetingsByKey`: the series and the occurrence's original start. */
export function meetingKey(seriesId: string, occurrenceKey: string): string {
  const ms = Date.parse(occurrenceKey);
  return `${seriesId}|${Number.isNaN(ms) ? occurrenceKey : isoUtc(ms)}`;
}

/** What the planner works from. */
export interface PlanInput {
  series: readonly Series[];
  now: number;
  /** How far ahead to plan (ms). */
  horizonMs: number;
  /** Lead times from the settings, used for a series with none of its own. */
  leadMinutesDefault: readonly number[];
  /** Ids of reminders already shown. */
  fired: ReadonlySet<string>;
  meetingsByKey?: ReadonlyMap<string, MeetingState>;
}

/**
 * The reminders to show from now until the horizon, soonest first. One per lead time per meeting;
 * none for skipped or held meetings; moved meetings at their new time. A reminder whose time
 * passed (the machine slept) is kept only if its meeting has not started, and only the latest
 * such one per meeting, so waking up shows one reminder, not a burst. Fired ids never return.
 */
export function planReminders(input: PlanInput): PlannedReminder[] {
  const { now, fired } = input;
  const out: PlannedReminder[] = [];
  for (const series of input.series) {
    if (!series.active) continue;
    const leads = [
      ...new Set(
        series.reminderLeadMinutes.length ? series.reminderLeadMinutes : input.leadMinutesDefault,
      ),
    ];
    if (leads.length === 0) continue;
    const from = isoUtc(now - ON_TIME_TOLERANCE_MS);
    const to = isoUtc(
      now + input.horizonMs + Math.min(Math.max(...leads) * MINUTE, MAX_LEAD_MS) + 1,
    );
    for (const occ of seriesOccurrences(series, from, to)) {
      if (occ.status === 'skipped') continue;
      const state = input.meetingsByKey?.get(meetingKey(series.id, occ.key));
      if (state && state.status !== 'scheduled') continue;
      const stateStart = state?.start ? Date.parse(state.start) : NaN;
      const start = Number.isNaN(stateStart) ? Date.parse(occ.start) : stateStart;
      const moved = start !== Date.parse(occ.key);
      const keyPart = moved ? `${occ.key}>${isoUtc(start)}` : occ.key;
      const candidates = leads
        .map((lead) => ({ lead, fireAt: start - lead * MINUTE }))
        .filter((c) => c.fireAt <= now + input.horizonMs)
        .sort((a, b) => a.fireAt - b.fireAt);
      const overdue = candidates.filter((c) => c.fireAt <= now);
      const latestOverdue = overdue[overdue.length - 1];
      for (const c of candidates) {
        if (c.fireAt <= now) {
          if (c !== latestOverdue) continue;
          if (now >= start && now - c.fireAt > ON_TIME_TOLERANCE_MS) continue;
        }
        const id = `${series.id}|${keyPart}|${c.lead}`;
        if (fired.has(id)) continue;
        out.push({
          kind: 'meeting',
          id,
          fireAt: c.fireAt,
          meetingStart: start,
          seriesId: series.id,
          leaderId: series.leaderId,
          occurrenceKey: occ.key,
          leadMinutes: c.lead,
        });
      }
    }
  }
  return out.sort((a, b) => a.fireAt - b.fireAt || a.id.localeCompare(b.id));
}

/**
 * Of planned items whose time has come, those to show now: for each meeting only the latest,
 * and only while the meeting has not started (or the reminder is barely late). The same rule
 * `planReminders` applies, for plans kept from earlier (while the vault is locked).
 */
export function dueNow(planned: readonly Planned[], now: number): Planned[] {
  const latest = new Map<string, Planned>();
  for (const p of planned) {
    if (p.fireAt > now) continue;
    if (p.kind === 'meeting' && now >= p.meetingStart && now - p.fireAt > ON_TIME_TOLERANCE_MS)
      continue;
    const group = p.kind === 'meeting' ? `${p.seriesId}|${p.occurrenceKey}` : p.id;
    const seen = latest.get(group);
    if (!seen || seen.fireAt < p.fireAt) latest.set(group, p);
  }
  return [...latest.values()].sort((a, b) => a.fireAt - b.fireAt || a.id.localeCompare(b.id));
}

/** A leader the keep-in-touch nudge watches. */
export interface KeepInTouchLeader {
  id: string;
  archived?: boolean;
  /** When the leader was added (ISO): the clock starts there until a first 1:1 is held. */
  since: string;
  /** The leader's own choice: no nudge when off; their number of weeks, else the general one. */
  keepInTouch?: { on: boolean; weeks: number | null };
}

/** What the keep-in-touch planner works from. */
export interface KeepInTouchInput {
  leaders: readonly KeepInTouchLeader[];
  /** Start (ISO) of the last held 1:1 per leader id. */
  lastHeld: ReadonlyMap<string, string | null>;
  now: number;
  weeks: number;
  horizonMs: number;
  fired: ReadonlySet<string>;
}

/**
 * Keep-in-touch nudges: one when a leader has had no held 1:1 for `weeks` weeks (or the
 * leader's own number of weeks), then at most one per further period; none for a leader
 * whose nudge is off. A nudge missed while asleep fires once on waking; a held
 * meeting restarts the count.
 */
export function planKeepInTouch(input: KeepInTouchInput): PlannedNudge[] {
  const out: PlannedNudge[] = [];
  for (const leader of input.leaders) {
    if (leader.archived || leader.keepInTouch?.on === false) continue;
    const period = (leader.keepInTouch?.weeks ?? input.weeks) * WEEK;
    if (!(period > 0)) continue;
    const base = Date.parse(input.lastHeld.get(leader.id) ?? leader.since);
    if (Number.isNaN(base)) continue;
    const passed = Math.max(0, Math.floor((input.now - base) / period));
    for (const k of passed >= 1 ? [passed, passed + 1] : [1]) {
      const fireAt = base + k * period;
      if (fireAt > input.now + input.horizonMs) continue;
      const id = `keep|${leader.id}|${isoUtc(fireAt)}`;
      if (input.fired.has(id)) continue;
      out.push({
        kind: 'keep-in-touch',
        id,
        fireAt,
        leaderId: leader.id,
        weeksSince: Math.round((k * period) / WEEK),
      });
    }
  }
  return out.sort((a, b) => a.fireAt - b.fireAt || a.id.localeCompare(b.id));
}

/**
 * The fired ids still worth remembering: a meeting reminder until a day after its meeting, a
 * nudge for a year. Older ones can never come back, so the persisted set stays small.
 */
export function pruneFired(ids: Iterable<string>, now: number): string[] {
  return [...ids].filter((id) => {
    const parts = id.split('|');
    if (parts[0] === 'keep') return Date.parse(parts[2] ?? '') >= now - 53 * WEEK;
    const times = (parts[1] ?? '').split('>').map((t) => Date.parse(t));
    return times.some((t) => t >= now - 86_400_000);
  });
}
