import type { ActionItem, Meeting, Series } from '../../../../shared/domain/meeting';
import type { OneOnOneHealth } from '../../../../shared/ipc/areas/dashboard';
import { seriesOccurrences } from '../../../../shared/recurrence';
import { heldAt, meetingOutcome } from '../../../../shared/meetingOutcome';
import { localDate } from '../context';

/** What 1:1 health is computed from. */
export interface HealthInput {
  leaders: { id: string; name: string }[];
  series: readonly Series[];
  /** Meetings of the period (others are ignored). */
  meetings: readonly Meeting[];
  actions: readonly ActionItem[];
  /** First day of the period, YYYY-MM-DD. */
  from: string;
  /** Today, YYYY-MM-DD: items due today are not judged yet. */
  today: string;
  /** Now (ISO): occurrences starting later have not happened yet. */
  now: string;
}

type Counts = Omit<OneOnOneHealth, 'leaderId' | 'leaderName'>;

const empty = (): Counts => ({
  held: 0,
  skipped: 0,
  moved: 0,
  unrecorded: 0,
  kept: 0,
  late: 0,
  missed: 0,
});

/**
 * 1:1 health per leader over a period: meetings held, skipped, moved and never
 * recorded, and how the user's own action items due in the period fared (kept by
 * their date, done late, or missed: still open or dropped).
 */
export function oneOnOneHealth(input: HealthInput): OneOnOneHealth[] {
  const fromIso = new Date(`${input.from}T00:00:00`).toISOString();
  const counts = new Map(input.leaders.map((l) => [l.id, empty()]));
  const seen = new Set<string>();
  const occurrenceId = (seriesId: string, key: string): string => `${seriesId}|${key}`;

  for (const m of input.meetings) {
    const c = counts.get(m.leaderId);
    if (!c) continue;
    // A meeting held early counts from when it was held; any other from its start.
    const at = m.status === 'held' ? heldAt(m) : m.start;
    if (at < fromIso || at >= input.now) continue;
    seen.add(occurrenceId(m.seriesId, m.occurrenceKey));
    const outcome = meetingOutcome(m, input.now);
    if (outcome === 'held') c.held += 1;
    else if (outcome === 'skipped') c.skipped += 1;
    else if (outcome === 'not-recorded') c.unrecorded += 1;
    if (m.moved && outcome !== 'skipped') c.moved += 1;
  }

  for (const s of input.series) {
    const c = counts.get(s.leaderId);
    if (!c) continue;
    for (const occ of seriesOccurrences(s, fromIso, input.now)) {
      if (seen.has(occurrenceId(s.id, occ.key))) continue;
      // A meeting held early already counted; one still under way is not judged.
      if (input.meetings.some((m) => m.seriesId === s.id && m.occurrenceKey === occ.key)) continue;
      const outcome = meetingOutcome(
        { status: null, occurrenceSkipped: occ.status === 'skipped', start: occ.start },
        input.now,
      );
      if (outcome === 'upcoming') continue;
      if (outcome === 'skipped') {
        c.skipped += 1;
        continue;
      }
      // A paused series still counts its skips, but silence after pausing is not a missed meeting.
      if (!s.active) continue;
      c.unrecorded += 1;
      if (occ.moved) c.moved += 1;
    }
  }

  for (const a of input.actions) {
    const c = a.leaderId ? counts.get(a.leaderId) : undefined;
    if (!c || a.owner.kind !== 'me' || !a.due || a.due < input.from || a.due >= input.today)
      continue;
    if (a.status === 'done') {
      const doneOn = a.completedAt ? localDate(Date.parse(a.completedAt)) : a.due;
      if (doneOn <= a.due) c.kept += 1;
      else c.late += 1;
    } else {
      c.missed += 1;
    }
  }

  return input.leaders.map((l) => ({
    leaderId: l.id,
    leaderName: l.name,
    ...(counts.get(l.id) ?? empty()),
  }));
}
