import type { Meeting, Series } from '../../../../shared/domain/meeting';
import type { OccurrenceView, SeriesView } from '../../../../shared/ipc/areas/meetings';
import { isoUtc, type Occurrence } from '../../../../shared/recurrence';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { CarryUndo } from './carryOver';
import { carryOver, undoCarryOver } from './carryService';
import type { MeetingsEnv } from './env';
import { meetingTitle } from './meetingView';
import { normalizeKey, occurrenceAt, occurrencesAfter, occurrencesBetween } from './schedule';
import {
  SCHEDULE_FIELDS,
  checkFields,
  ruleFor,
  ruleWeekday,
  type SeriesFields,
} from './seriesDraft';

type SeriesHandlers = Pick<
  Handlers['meetings'],
  | 'listSeries'
  | 'createSeries'
  | 'updateSeries'
  | 'deleteSeries'
  | 'skipOccurrence'
  | 'moveOccurrence'
  | 'restoreOccurrence'
  | 'upcoming'
>;

const DAY = 86_400_000;
const NO_OCCURRENCE = 'This date is not part of the series (its schedule may have changed).';

/** An occurrence as the schedule shows it. */
export function occurrenceView(
  series: Series,
  occ: Occurrence,
  meeting: Meeting | null,
  leaderName: string,
): OccurrenceView {
  return {
    seriesId: series.id,
    leaderId: series.leaderId,
    leaderName,
    title: meetingTitle(series.title, leaderName),
    key: occ.key,
    start: occ.start,
    end: occ.end,
    timeZone: series.timeZone,
    status: occ.status,
    moved: occ.moved,
    meetingId: meeting?.id ?? null,
    meetingStatus: meeting?.status ?? null,
    agendaCount: meeting?.agenda.length ?? 0,
  };
}

/** Builds the handlers for series and their schedule. */
export function seriesHandlers(env: MeetingsEnv): SeriesHandlers {
  const { ctx, repo } = env;

  async function nextOf(series: Series, leaderName: string): Promise<OccurrenceView | null> {
    const now = ctx.nowIso();
    for (const occ of occurrencesAfter(series, isoUtc(Date.parse(now) - DAY), 10)) {
      if (occ.end <= now || occ.status === 'skipped') continue;
      const meeting = await repo.findByOccurrence(series.id, occ.key);
      if (meeting?.status === 'held') continue;
      return occurrenceView(series, occ, meeting, leaderName);
    }
    return null;
  }

  async function seriesView(series: Series): Promise<SeriesView> {
    const leaderName = await env.leaderName(series.leaderId);
    return {
      series,
      leaderName,
      next: series.active ? await nextOf(series, leaderName) : null,
    };
  }

  async function saveSeries(series: Series): Promise<void> {
    (await env.seriesData()).change((d) => {
      const i = d.series.findIndex((s) => s.id === series.id);
      if (i >= 0) d.series[i] = series;
      else d.series.push(series);
    });
  }

  async function validTemplate(id: string | null): Promise<string | null> {
    return id && (await env.seriesData()).data.templates.some((t) => t.id === id) ? id : null;
  }

  async function create(d: SeriesFields): Promise<SeriesView> {
    if (!(await env.leaders.names()).has(d.leaderId))
      throw new AppError('not-found', 'The leader chosen for this series no longer exists.');
    checkFields(d);
    const rrule = ruleFor(d);
    const now = ctx.nowIso();
    const series: Series = {
      ...d,
      id: ctx.newId(),
      rrule,
      weekday: d.cadence === 'custom' ? ruleWeekday(rrule, d.weekday) : d.weekday,
      templateId: await validTemplate(d.templateId),
      exceptions: {},
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    await saveSeries(series);
    env.notify();
    return seriesView(series);
  }

  /** After a schedule change, prepared meetings still to come follow the new dates, in order. */
  async function remap(old: Series, next: Series): Promise<void> {
    const now = ctx.nowIso();
    const meetings = await repo.ofSeries(next.id, String(Number(now.slice(0, 4)) - 1));
    const upcoming = meetings.filter((m) => m.status === 'scheduled' && m.start >= now);
    const occs = occurrencesAfter(next, now, 60).filter((o) => o.status === 'scheduled');
    const used = new Set(meetings.map((m) => m.occurrenceKey));
    for (const m of upcoming) {
      const same = occs.find((o) => o.key === m.occurrenceKey);
      if (same) {
        await repo.update(m.id, (x) => ({
          ...x,
          start: same.start,
          moved: same.moved,
          durationMinutes: next.durationMinutes,
        }));
        continue;
      }
      const free = occs.find((o) => !used.has(o.key));
      if (!free) continue;
      used.add(free.key);
      await repo.rekey(m.id, free.key, free.start);
      if (old.durationMinutes !== next.durationMinutes)
        await repo.update(m.id, (x) => ({ ...x, durationMinutes: next.durationMinutes }));
    }
  }

  async function update(patch: Partial<SeriesFields> & { id: string }): Promise<SeriesView> {
    const old = await env.getSeries(patch.id);
    const defined = Object.fromEntries(
      Object.entries(patch).filter(([, v]) => v !== undefined),
    ) as Partial<SeriesFields>;
    if (defined.leaderId && defined.leaderId !== old.leaderId)
      throw new AppError(
        'invalid-input',
        'A series stays with its leader; create a new series for another leader.',
      );
    const merged = { ...old, ...defined };
    checkFields(merged);
    const rrule = ruleFor(merged);
    const scheduleChanged =
      rrule !== old.rrule || SCHEDULE_FIELDS.some((k) => merged[k] !== old[k]);
    const now = ctx.nowIso();
    const next: Series = {
      ...merged,
      rrule,
      weekday: merged.cadence === 'custom' ? ruleWeekday(rrule, merged.weekday) : merged.weekday,
      templateId:
        defined.templateId !== undefined ? await validTemplate(defined.templateId) : old.templateId,
      // Skips and moves of past meetings stay in the record; those still to come belonged to the old dates.
      exceptions: scheduleChanged
        ? Object.fromEntries(Object.entries(old.exceptions).filter(([k]) => k < now))
        : old.exceptions,
      updatedAt: now,
    };
    await saveSeries(next);
    if (scheduleChanged || old.durationMinutes !== next.durationMinutes) await remap(old, next);
    env.notify();
    return seriesView(next);
  }

  /** Applies a skip, move or restore to one occurrence and to its meeting if it was opened. */
  async function except(
    seriesId: string,
    key: string,
    change: 'skip' | 'restore' | { start: string },
  ): Promise<OccurrenceView & { carryUndone: CarryUndo }> {
    const series = await env.getSeries(seriesId);
    const k = normalizeKey(key);
    if (!k || !occurrenceAt(series, k)) throw new AppError('not-found', NO_OCCURRENCE);
    const meeting = await repo.findByOccurrence(seriesId, k);
    if (meeting?.status === 'held')
      throw new AppError(
        'conflict',
        'This meeting was already held; reopen it first if its date was wrong.',
      );
    const exceptions = { ...series.exceptions };
    if (change === 'restore') delete exceptions[k];
    else if (change === 'skip') exceptions[k] = { kind: 'skip' };
    else if (normalizeKey(change.start) === k) delete exceptions[k];
    else exceptions[k] = { kind: 'move', start: isoUtc(Date.parse(change.start)) };
    const next: Series = { ...series, exceptions, updatedAt: ctx.nowIso() };
    const occ = occurrenceAt(next, k);
    if (!occ) throw new AppError('not-found', NO_OCCURRENCE);
    let carryUndone: CarryUndo = { removed: 0, kept: 0 };
    if (meeting) {
      const updated: Meeting = {
        ...meeting,
        start: occ.start,
        moved: occ.moved,
        status: occ.status === 'skipped' ? 'skipped' : 'scheduled',
      };
      // A skipped meeting's undiscussed items go on to the next one, like a held meeting's;
      // restoring it takes back the copies not changed since.
      if (updated.status === 'skipped') await carryOver(env, updated);
      else if (meeting.status === 'skipped') carryUndone = await undoCarryOver(env, meeting);
      await repo.update(meeting.id, () => updated);
    }
    await saveSeries(next);
    env.notify();
    return {
      ...occurrenceView(
        next,
        occ,
        meeting ? await repo.findByOccurrence(seriesId, k) : null,
        await env.leaderName(series.leaderId),
      ),
      carryUndone,
    };
  }

  return {
    listSeries: async (input) => {
      const all = (await env.seriesData()).data.series.filter(
        (s) => !input?.leaderId || s.leaderId === input.leaderId,
      );
      const views = await Promise.all(all.map(seriesView));
      return views.sort(
        (a, b) =>
          a.leaderName.localeCompare(b.leaderName) ||
          (a.next?.start ?? '~').localeCompare(b.next?.start ?? '~'),
      );
    },
    createSeries: (d) => env.serial(() => create(d)),
    updateSeries: (p) => env.serial(() => update(p)),
    deleteSeries: ({ id }) =>
      env.serial(async () => {
        await env.getSeries(id);
        (await env.seriesData()).change((d) => {
          d.series = d.series.filter((s) => s.id !== id);
        });
        env.notify();
        return null;
      }),
    skipOccurrence: ({ seriesId, key }) => env.serial(() => except(seriesId, key, 'skip')),
    moveOccurrence: ({ seriesId, key, start }) =>
      env.serial(() => except(seriesId, key, { start })),
    restoreOccurrence: ({ seriesId, key }) => env.serial(() => except(seriesId, key, 'restore')),
    upcoming: async (input) => {
      const now = ctx.nowIso();
      const to = isoUtc(Date.parse(now) + (input?.days ?? 60) * DAY);
      const names = await env.leaders.names();
      const out: OccurrenceView[] = [];
      for (const series of (await env.seriesData()).data.series) {
        if (!series.active || (input?.leaderId && series.leaderId !== input.leaderId)) continue;
        for (const occ of occurrencesBetween(series, isoUtc(Date.parse(now) - DAY), to)) {
          if (occ.end <= now) continue;
          const meeting = await repo.findByOccurrence(series.id, occ.key);
          if (meeting?.status === 'held') continue;
          out.push(
            occurrenceView(series, occ, meeting, names.get(series.leaderId) ?? 'your leader'),
          );
        }
      }
      return out.sort((a, b) => a.start.localeCompare(b.start)).slice(0, input?.limit ?? 20);
    },
  };
}
