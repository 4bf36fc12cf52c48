import type { Planned } from './planner';

/** What a reminder may say about its meeting when details are allowed. */
export interface ReminderFacts {
  leaderName?: string;
  agendaItems?: number;
  openActions?: number;
}

/** How to word a reminder. */
export interface DescribeOptions {
  now: number;
  locked: boolean;
  /** The user allowed names and counts in notifications while the vault is locked. */
  detailsWhileLocked: boolean;
  facts?: ReminderFacts;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "15 min", "1 h", "1 h 30 min", "2 days". */
export function formatLead(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes >= 1440 && minutes % 1440 === 0) return plural(minutes / 1440, 'day', 'days');
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The route that opens a meeting's agenda, for a meeting known by its series and original start. */
export function meetingRoute(seriesId: string, occurrenceKey: string): string {
  return `/meetings?series=${encodeURIComponent(seriesId)}&key=${encodeURIComponent(occurrenceKey)}`;
}

/**
 * The words of a notification: "1:1 with Dana in 15 min" / "4 agenda items, 2 open actions"
 * when details may be shown, and only "1:1 in 15 min" while the vault is locked unless the
 * user allowed details then. The time left is counted from now, so a late reminder is honest.
 */
export function describeReminder(
  r: Planned,
  opts: DescribeOptions,
): { title: string; body: string; route: string } {
  const details = !opts.locked || opts.detailsWhileLocked;
  const name = details ? opts.facts?.leaderName?.trim() : undefined;
  if (r.kind === 'keep-in-touch') {
    return {
      title: name ? `Time to catch up with ${name}` : 'Time to catch up with a leader',
      body: name
        ? `No 1:1 with ${name} in ${plural(r.weeksSince, 'week', 'weeks')}.`
        : `A leader has had no 1:1 with you in ${plural(r.weeksSince, 'week', 'weeks')}.`,
      route: `/leaders/${encodeURIComponent(r.leaderId)}`,
    };
  }
  const left = Math.max(0, Math.round((r.meetingStart - opts.now) / 60_000));
  const who = name ? `1:1 with ${name}` : '1:1';
  const title = left === 0 ? `${who} starts now` : `${who} in ${formatLead(left)}`;
  const parts: string[] = [];
  if (details && opts.facts?.agendaItems !== undefined)
    parts.push(plural(opts.facts.agendaItems, 'agenda item', 'agenda items'));
  if (details && opts.facts?.openActions !== undefined)
    parts.push(plural(opts.facts.openActions, 'open action', 'open actions'));
  const body = details ? parts.join(', ') : 'Unlock Upward to see the agenda.';
  return { title, body, route: meetingRoute(r.seriesId, r.occurrenceKey) };
}
