import type { Series } from '../../../../shared/domain/meeting';
import { isoUtc, nextOccurrence, type Occurrence } from '../../../../shared/recurrence';
import { meetingKey, type MeetingState } from '../../reminders/planner';

/** The next 1:1 of one series. */
export interface NextMeeting {
  series: Series;
  occurrence: Occurrence;
}

/** Held or skipped meetings in a row a series may have before we stop looking further ahead. */
const MAX_PASSED_OVER = 10;

/**
 * The next 1:1 across the active series: the soonest occurrence starting after `now` that is not
 * skipped and was not already held (a meeting closed early) — the same rules reminders follow.
 */
export function nextMeetingAcross(
  series: readonly Series[],
  now: number,
  meetings: ReadonlyMap<string, MeetingState> = new Map(),
): NextMeeting | null {
  let best: NextMeeting | null = null;
  for (const s of series) {
    if (!s.active) continue;
    let after = isoUtc(now);
    for (let i = 0; i < MAX_PASSED_OVER; i++) {
      const occ = nextOccurrence(s, after);
      if (!occ) break;
      const state = meetings.get(meetingKey(s.id, occ.key));
      if (!state || state.status === 'scheduled') {
        if (!best || occ.start < best.occurrence.start) best = { series: s, occurrence: occ };
        break;
      }
      after = occ.start;
    }
  }
  return best;
}
