import type { Meeting } from '../../../../shared/domain/meeting';
import { sanitizeRichText } from '../../../../shared/domain/richtext';
import type { MeetingSummary, MeetingView } from '../../../../shared/ipc/areas/meetings';
import { startsLater } from '../../../../shared/meetingOutcome';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import {
  addItem,
  deleteItem,
  makeItem,
  moveItem,
  setItemStatus,
  touchItem,
  updateItem,
} from './agenda';
import { carryOver, completePendingCarry, undoCarryOver } from './carryService';
import type { MeetingsEnv } from './env';
import { newMeeting } from './materialise';
import { buildView, summarize } from './meetingView';
import { meetingsShard } from './meetingsShard';
import { normalizeKey, occurrenceAt } from './schedule';

type MeetingHandlers = Pick<
  Handlers['meetings'],
  | 'open'
  | 'get'
  | 'agendaAdd'
  | 'agendaUpdate'
  | 'agendaSetStatus'
  | 'agendaMove'
  | 'agendaDelete'
  | 'saveNotes'
  | 'close'
  | 'reopen'
  | 'history'
>;

const NO_OCCURRENCE =
  'This date is no longer part of the series. Its schedule may have changed; pick the meeting again from the list.';

/** Opens one occurrence, creating its meeting from the series' template the first time. */
export async function openMeeting(
  env: MeetingsEnv,
  seriesId: string,
  key: string,
): Promise<Meeting> {
  const series = await env.getSeries(seriesId);
  const k = normalizeKey(key);
  const existing = k ? await env.repo.findByOccurrence(series.id, k) : null;
  if (existing) return existing;
  const occ = k ? occurrenceAt(series, k) : null;
  if (!occ) throw new AppError('not-found', NO_OCCURRENCE);
  const meeting = newMeeting(env.ctx, series, await env.templateFor(series), occ);
  await env.repo.insert(meeting);
  return meeting;
}

/** Builds the handlers that work on one meeting and its agenda. */
export function meetingHandlers(env: MeetingsEnv): MeetingHandlers {
  const { repo, ctx } = env;
  const view = (m: Meeting): Promise<MeetingView> => buildView(env, m);
  const edit = (id: string, fn: (m: Meeting) => Meeting): Promise<MeetingView> =>
    env.serial(async () => view(await repo.update(id, fn)));

  /** Finishes any interrupted carry into a meeting still to be held, then reads it fresh. */
  async function fresh(m: Meeting): Promise<Meeting> {
    if (m.status !== 'scheduled') return m;
    await completePendingCarry(env, m);
    return repo.get(m.id);
  }

  async function history(leaderId: string | undefined, limit: number): Promise<MeetingSummary[]> {
    const now = ctx.nowIso();
    const { series } = (await env.seriesData()).data;
    const names = await env.leaders.names();
    const out: MeetingSummary[] = [];
    for (const year of ctx.store().parts(meetingsShard.kind).reverse()) {
      const meetings = (await repo.inYears(year, year))
        .filter(
          (m) =>
            (!leaderId || m.leaderId === leaderId) && (m.status !== 'scheduled' || m.start < now),
        )
        .sort((a, b) => b.start.localeCompare(a.start));
      for (const m of meetings) {
        out.push(
          summarize(
            m,
            names.get(m.leaderId) ?? 'your leader',
            series.find((s) => s.id === m.seriesId)?.title,
          ),
        );
      }
      if (out.length >= limit) break;
    }
    return out.sort((a, b) => b.start.localeCompare(a.start)).slice(0, limit);
  }

  return {
    open: ({ seriesId, key }) =>
      env.serial(async () => view(await fresh(await openMeeting(env, seriesId, key)))),
    get: ({ id }) => env.serial(async () => view(await fresh(await repo.get(id)))),
    agendaAdd: ({ meetingId, sectionId, text }) =>
      edit(meetingId, (m) => addItem(m, makeItem({ id: ctx.newId(), sectionId, text }))),
    agendaUpdate: ({ meetingId, itemId, text, decision, note }) =>
      edit(meetingId, (m) =>
        touchItem(
          updateItem(m, itemId, {
            text,
            decision,
            note: note === undefined ? undefined : sanitizeRichText(note),
          }),
          itemId,
          ctx.nowIso(),
        ),
      ),
    agendaSetStatus: ({ meetingId, itemId, status }) =>
      edit(meetingId, (m) => touchItem(setItemStatus(m, itemId, status), itemId, ctx.nowIso())),
    agendaMove: ({ meetingId, itemId, sectionId, index }) =>
      edit(meetingId, (m) =>
        touchItem(moveItem(m, itemId, sectionId, index), itemId, ctx.nowIso()),
      ),
    agendaDelete: ({ meetingId, itemId }) => edit(meetingId, (m) => deleteItem(m, itemId)),
    saveNotes: ({ meetingId, prepNotes, notes }) =>
      env.serial(async () => {
        const m = await repo.update(meetingId, (x) => ({
          ...x,
          ...(prepNotes !== undefined ? { prepNotes: sanitizeRichText(prepNotes) } : {}),
          ...(notes !== undefined ? { notes: sanitizeRichText(notes) } : {}),
        }));
        return { updatedAt: m.updatedAt };
      }),
    close: ({ id, early }) =>
      env.serial(async () => {
        const m = await repo.get(id);
        if (m.status === 'skipped')
          throw new AppError(
            'conflict',
            'This meeting was skipped. Restore it in the schedule before closing it.',
          );
        if (m.status !== 'held' && !early && startsLater(m.start, ctx.nowIso()))
          throw new AppError(
            'conflict',
            'This 1:1 has not started yet. Confirm that it took place early before marking it held.',
          );
        const closed: Meeting = { ...m, status: 'held', closedAt: m.closedAt ?? ctx.nowIso() };
        // The next meeting is written first: a crash before the line below leaves this one open, and closing it again is harmless.
        const { carried } = await carryOver(env, closed);
        const saved = await repo.update(id, () => closed);
        env.notify();
        return { ...(await view(saved)), carried };
      }),
    reopen: ({ id }) =>
      env.serial(async () => {
        const current = await repo.get(id);
        // Its carry-over is taken back first: a crash before the line below leaves it held, copies carried again on the next open.
        const carryUndone =
          current.status === 'held' ? await undoCarryOver(env, current) : { removed: 0, kept: 0 };
        const m = await repo.update(id, (x) => ({
          ...x,
          status: x.status === 'held' ? 'scheduled' : x.status,
          closedAt: null,
        }));
        env.notify();
        return { ...(await view(m)), carryUndone };
      }),
    history: (input) => history(input?.leaderId, input?.limit ?? 20),
  };
}
