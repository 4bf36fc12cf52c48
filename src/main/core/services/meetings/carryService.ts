import type { Meeting, Series } from '../../../../shared/domain/meeting';
import type { Occurrence } from '../../../../shared/recurrence';
import { undiscussed } from './agenda';
import {
  carriedSourceIds,
  carryInto,
  isCarrySource,
  uncarryFrom,
  type CarryUndo,
} from './carryOver';
import type { MeetingsEnv } from './env';
import { meetingYear } from './meetingsShard';
import { newMeeting } from './materialise';
import { occurrencesAfter } from './schedule';

/** The meeting undiscussed items of `source` go to: the next occurrence neither skipped nor already held. */
function pickTarget(
  series: Series,
  source: Meeting,
  meetings: Meeting[],
): { occ: Occurrence; meeting: Meeting | null } | null {
  for (const occ of occurrencesAfter(series, source.start)) {
    if (occ.status === 'skipped' || occ.key === source.occurrenceKey) continue;
    const meeting = meetings.find((m) => m.occurrenceKey === occ.key) ?? null;
    if (meeting && meeting.status !== 'scheduled') continue;
    return { occ, meeting };
  }
  return null;
}

/**
 * Carries the undiscussed items of a held or skipped meeting to the next meeting of its
 * series, materialising it if needed. Keyed by each source item's id: an item that already
 * has a copy anywhere in the series is left alone, so repeating this is harmless. The target
 * is written and flushed before the caller writes the source, so a crash in between leaves a
 * state a repeated close (or the next open) completes.
 */
export async function carryOver(
  env: MeetingsEnv,
  source: Meeting,
): Promise<{ carried: number; targetId: string | null }> {
  if (!isCarrySource(source) || undiscussed(source).length === 0)
    return { carried: 0, targetId: null };
  const series = await env.findSeries(source.seriesId);
  if (!series) return { carried: 0, targetId: null };
  const meetings = await env.repo.ofSeries(series.id, meetingYear(source.occurrenceKey));
  const already = carriedSourceIds(meetings);
  if (undiscussed(source).every((i) => already.has(i.id))) return { carried: 0, targetId: null };
  const target = pickTarget(series, source, meetings);
  if (!target) return { carried: 0, targetId: null };
  const base =
    target.meeting ?? newMeeting(env.ctx, series, await env.templateFor(series), target.occ);
  const { target: next, carried } = carryInto(source, base, already, () => env.ctx.newId());
  if (target.meeting) await env.repo.update(next.id, () => next);
  else await env.repo.insert(next);
  await env.ctx.store().flush();
  return { carried, targetId: next.id };
}

/**
 * Completes a carry-over that a crash (or a schedule change) left undone: runs it again for
 * the latest held or skipped meeting of the series before `meeting`.
 */
export async function completePendingCarry(env: MeetingsEnv, meeting: Meeting): Promise<void> {
  const year = String(Number(meetingYear(meeting.occurrenceKey)) - 1);
  const earlier = (await env.repo.ofSeries(meeting.seriesId, year)).filter(
    (m) => m.occurrenceKey < meeting.occurrenceKey,
  );
  const source = earlier.reverse().find(isCarrySource);
  if (source) await carryOver(env, source);
}

/**
 * Undoes the carry-over of a meeting that is held or skipped no longer (reopened, or restored
 * in the schedule): its untouched copies leave the meetings still to be held; copies the user
 * changed there stay, and are counted so the user can be told. Written and flushed before the
 * caller writes the source: a crash in between leaves it held (or skipped), and a later open
 * carries the copies again, so the state stays whole.
 */
export async function undoCarryOver(env: MeetingsEnv, source: Meeting): Promise<CarryUndo> {
  const total: CarryUndo = { removed: 0, kept: 0 };
  const meetings = await env.repo.ofSeries(source.seriesId, meetingYear(source.occurrenceKey));
  for (const m of meetings) {
    // A meeting already held or skipped is history: what it holds stays as it was.
    if (m.id === source.id || m.status !== 'scheduled') continue;
    const { target, undo } = uncarryFrom(source, m);
    total.removed += undo.removed;
    total.kept += undo.kept;
    if (target !== m) await env.repo.update(m.id, () => target);
  }
  if (total.removed) await env.ctx.store().flush();
  return total;
}
