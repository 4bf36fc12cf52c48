import type { Meeting } from '../../../../shared/domain/meeting';
import type { ActionView } from '../../../../shared/ipc/areas/actions';
import type { MeetingSummary, MeetingView } from '../../../../shared/ipc/areas/meetings';
import { compareActions } from '../actions/actionsService';
import type { MeetingsEnv } from './env';
import { meetingYear } from './meetingsShard';
import { occurrencesAfter } from './schedule';

/** The meeting of the same series right before this one, if it was opened. */
export async function previousMeeting(env: MeetingsEnv, m: Meeting): Promise<Meeting | null> {
  const year = String(Number(meetingYear(m.occurrenceKey)) - 1);
  const earlier = (await env.repo.ofSeries(m.seriesId, year)).filter(
    (x) => x.occurrenceKey < m.occurrenceKey,
  );
  return earlier[earlier.length - 1] ?? null;
}

/** The title a meeting goes by: its series' title, else "1:1 with <leader>". */
export function meetingTitle(seriesTitle: string | undefined, leaderName: string): string {
  return seriesTitle?.trim() || `1:1 with ${leaderName}`;
}

/**
 * The action items the meeting screen lists under Follow-ups: this leader's items from before
 * the meeting that are open, or were finished since the previous meeting of the series.
 */
export function followUpsOf(
  m: Meeting,
  previous: Meeting | null,
  items: ActionView[],
): ActionView[] {
  const since = previous ? (previous.closedAt ?? previous.start) : m.createdAt;
  const until = m.closedAt ?? '9999';
  return items
    .filter((a) => a.meetingId !== m.id && a.createdAt < until)
    .filter(
      (a) =>
        a.status === 'open' ||
        (a.status === 'done' && a.completedAt !== null && a.completedAt >= since),
    )
    .sort(compareActions);
}

/** Everything the meeting screen shows. */
export async function buildView(env: MeetingsEnv, m: Meeting): Promise<MeetingView> {
  const series = await env.findSeries(m.seriesId);
  const leaderName = await env.leaderName(m.leaderId);
  const previous = await previousMeeting(env, m);
  const items = (await env.actions.forLeader(m.leaderId)).map((a) => env.actions.view(a));
  const followUps = followUpsOf(m, previous, items);
  const actions = items
    .filter((a) => a.meetingId === m.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  let next: MeetingView['next'] = null;
  if (series) {
    const occ = occurrencesAfter(series, m.start, 5).find(
      (o) => o.status === 'scheduled' && o.key !== m.occurrenceKey,
    );
    if (occ)
      next = {
        key: occ.key,
        start: occ.start,
        meetingId: (await env.repo.findByOccurrence(series.id, occ.key))?.id ?? null,
      };
  }
  return {
    meeting: m,
    title: meetingTitle(series?.title, leaderName),
    leaderName,
    timeZone: series?.timeZone ?? 'UTC',
    followUps,
    actions,
    previousMeetingId: previous?.id ?? null,
    next,
  };
}

/** A meeting as history lists show it. */
export function summarize(
  m: Meeting,
  leaderName: string,
  seriesTitle: string | undefined,
): MeetingSummary {
  return {
    id: m.id,
    seriesId: m.seriesId,
    leaderId: m.leaderId,
    leaderName,
    title: meetingTitle(seriesTitle, leaderName),
    start: m.start,
    status: m.status,
    moved: m.moved,
    agendaCount: m.agenda.length,
    discussedCount: m.agenda.filter((i) => i.status === 'discussed').length,
    closedAt: m.closedAt,
  };
}
