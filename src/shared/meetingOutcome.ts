import type { MeetingStatus } from './domain/meeting';

/**
 * What became of a 1:1, one definition for every screen and for 1:1 health:
 * - `held`: the user closed it (possibly early, after saying so);
 * - `skipped`: the occurrence or the meeting was skipped;
 * - `upcoming`: it has not ended yet and nobody recorded anything;
 * - `not-recorded`: it is over and was neither held nor skipped.
 * Being moved is said beside the outcome, not instead of it.
 */
export type MeetingOutcome = 'held' | 'skipped' | 'upcoming' | 'not-recorded';

/** How each outcome is written. */
export const MEETING_OUTCOME_LABELS: Record<MeetingOutcome, string> = {
  held: 'Held',
  skipped: 'Skipped',
  upcoming: 'Upcoming',
  'not-recorded': 'Not recorded',
};

/** What a meeting or an unopened occurrence knows about itself. */
export interface OutcomeInput {
  /** The meeting's status; null for an occurrence nobody opened. */
  status: MeetingStatus | null;
  /** The occurrence was skipped in the schedule. */
  occurrenceSkipped?: boolean;
  start: string;
  /** When it ends (ISO); the start when unknown. */
  end?: string;
}

/** The outcome of a meeting at instant `now` (ISO). */
export function meetingOutcome(m: OutcomeInput, now: string): MeetingOutcome {
  if (m.status === 'skipped' || m.occurrenceSkipped) return 'skipped';
  if (m.status === 'held') return 'held';
  return Date.parse(m.end ?? m.start) > Date.parse(now) ? 'upcoming' : 'not-recorded';
}

/** True when the meeting has not started at `now`: holding it needs the user's word. */
export function startsLater(start: string, now: string): boolean {
  return Date.parse(start) > Date.parse(now);
}

/**
 * The instant a held meeting counts from in 1:1 health: its start, or when it was
 * closed if the user held it before its planned start.
 */
export function heldAt(m: { start: string; closedAt: string | null }): string {
  return m.closedAt && m.closedAt < m.start ? m.closedAt : m.start;
}
