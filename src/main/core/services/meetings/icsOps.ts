import { localTimeZone } from '../../../../shared/dateTime';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Series } from '../../../../shared/domain/meeting';
import { AppError } from '../../errors';
import {
  SeriesDraft,
  type IcsCandidate,
  type ScheduleFields,
} from '../../../../shared/ipc/areas/meetings';
import type { Handlers } from '../../ipc/dispatch';
import { meetingToIcs, seriesToIcs, type IcsSeriesDraft } from '../../calendar/ics';
import { prepareIcsWorker, readIcsInWorker, releaseIcsWorker } from '../../calendar/icsJob';
import { saveExport } from '../../export/saveExport';
import type { MeetingsEnv } from './env';
import { occurrenceAt } from './schedule';
import { seriesHandlers } from './seriesOps';
import { dateInZone } from './dates';
import { meetingTitle } from './meetingView';

type IcsHandlers = Pick<
  Handlers['meetings'],
  'exportSeriesIcs' | 'exportMeetingIcs' | 'readIcs' | 'cancelReadIcs' | 'importIcsSeries'
>;

/** Calendar files larger than this are not 1:1 series; refusing them keeps a mistaken pick from hanging the app. */
const MAX_ICS_BYTES = 5 * 1024 * 1024;

type Imported = Awaited<ReturnType<IcsHandlers['importIcsSeries']>>['imported'][number];

const label = (title: string): string => (title ? `“${title}”` : 'The series');
const localZone = (): string => localTimeZone();
const keyOf = (d: IcsSeriesDraft, i: number): string => d.uid ?? `#${i + 1}`;

/** When a draft meets, for the picker to write in words. */
const scheduleOf = (d: Omit<IcsSeriesDraft, 'zoneChoice'>): ScheduleFields => ({
  rrule: d.rrule,
  startDate: d.startDate,
  time: d.time,
  timeZone: d.timeZone,
  weekday: d.weekday,
});

/** A draft as the picker shows it: who, when in words, the next dates, and whether it is already here. */
function candidate(
  d: IcsSeriesDraft,
  key: string,
  bySource: Map<string, Series>,
  names: Map<string, string>,
): IcsCandidate {
  const existing = d.uid ? bySource.get(d.uid) : undefined;
  return {
    key,
    uid: d.uid,
    title: d.title,
    organiser: d.organiser,
    attendees: d.attendees,
    schedule: scheduleOf(d),
    timeZone: d.timeZone,
    nextStarts: d.nextStarts,
    ended: d.ended,
    existing: existing
      ? {
          seriesId: existing.id,
          leaderId: existing.leaderId,
          leaderName: names.get(existing.leaderId) ?? 'your leader',
        }
      : null,
    warnings: d.warnings,
    zoneChoice: d.zoneChoice
      ? {
          zone: d.zoneChoice.zone,
          schedule: scheduleOf(d.zoneChoice.draft),
          nextStarts: d.zoneChoice.draft.nextStarts,
          consequence: d.zoneChoice.consequence,
        }
      : null,
  };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Builds the handlers for .ics export (a series, one meeting) and import (a series). */
export function icsHandlers(env: MeetingsEnv): IcsHandlers {
  const { ctx } = env;
  let reading: AbortController | null = null;
  let lastRead: {
    token: string;
    drafts: Map<string, IcsSeriesDraft>;
    notices: string[];
  } | null = null;

  async function seriesBySource(): Promise<Map<string, Series>> {
    const out = new Map<string, Series>();
    for (const s of (await env.seriesData()).data.series) if (s.sourceUid) out.set(s.sourceUid, s);
    return out;
  }

  /** Creates the series, or updates the one imported before from the same calendar event. */
  async function importOne(draft: IcsSeriesDraft, leaderId: string): Promise<Imported> {
    const existing = draft.uid ? ((await seriesBySource()).get(draft.uid) ?? null) : null;
    const fields = SeriesDraft.safeParse({
      leaderId: existing?.leaderId ?? leaderId,
      title: draft.title.slice(0, 200),
      cadence: draft.cadence,
      rrule: draft.rrule,
      weekday: draft.weekday,
      startDate: draft.startDate,
      time: draft.time,
      durationMinutes: Math.min(600, Math.max(5, Math.round(draft.durationMinutes))),
      timeZone: draft.timeZone,
      reminderLeadMinutes: [...new Set(draft.reminderLeadMinutes ?? [15])]
        .filter((m) => m >= 0 && m <= 10080)
        .slice(0, 5),
    });
    if (!fields.success)
      throw new AppError(
        'bad-file',
        `${label(draft.title)} cannot be used: ${fields.error.issues[0]?.message ?? 'a value is out of range'}. Nothing was imported.`,
      );
    const handlers = seriesHandlers(env);
    const { leaderId: _leader, ...schedule } = fields.data;
    const saved = existing
      ? await handlers.updateSeries({ id: existing.id, ...schedule })
      : await handlers.createSeries(fields.data);
    const id = saved.series.id;
    const now = ctx.nowIso();
    // Skips and moves from the calendar come along, so the schedule matches what the user sees there.
    (await env.seriesData()).change((d) => {
      d.series = d.series.map((s) =>
        s.id === id
          ? {
              ...s,
              sourceUid: draft.uid ?? undefined,
              exceptions: {
                ...Object.fromEntries(Object.entries(s.exceptions).filter(([k]) => k < now)),
                ...draft.exceptions,
              },
            }
          : s,
      );
    });
    env.notify();
    const view =
      (await handlers.listSeries({ leaderId: saved.series.leaderId })).find(
        (v) => v.series.id === id,
      ) ?? saved;
    return { series: view, updated: existing !== null };
  }

  return {
    exportSeriesIcs: async ({ id }) => {
      const series = await env.getSeries(id);
      const leaderName = await env.leaderName(series.leaderId);
      return saveExport(ctx.deps.shell, {
        title: 'Save the series as a calendar file',
        defaultName: meetingTitle(series.title, leaderName),
        bytes: encode(seriesToIcs(series, leaderName, { now: ctx.deps.clock.now() })),
        extension: 'ics',
      });
    },
    exportMeetingIcs: async ({ seriesId, key }) => {
      const series = await env.getSeries(seriesId);
      const occ = occurrenceAt(series, key);
      if (!occ)
        throw new AppError(
          'not-found',
          'This date is not part of the series (its schedule may have changed).',
        );
      const leaderName = await env.leaderName(series.leaderId);
      const title = meetingTitle(series.title, leaderName);
      return saveExport(ctx.deps.shell, {
        title: 'Save the meeting as a calendar file',
        defaultName: `${title} ${dateInZone(occ.start, series.timeZone)}`,
        bytes: encode(meetingToIcs(series, occ, leaderName, { now: ctx.deps.clock.now() })),
        extension: 'ics',
      });
    },
    readIcs: async () => {
      // The reader starts and warms up while the user is choosing the file.
      void prepareIcsWorker(ctx.deps.icsWorkerPath, ctx.deps.clock.now());
      const path = await ctx.deps.shell.chooseOpenPath({
        title: 'Import 1:1 series from a calendar file',
        filters: [{ name: 'Calendar file', extensions: ['ics'] }],
      });
      if (path === null) {
        releaseIcsWorker();
        return null;
      }
      const size = (await stat(path)).size;
      if (size > MAX_ICS_BYTES)
        throw new AppError(
          'bad-file',
          'This file is too large to be a calendar export (over 5 MB). Nothing was imported.',
        );
      reading?.abort();
      const controller = new AbortController();
      reading = controller;
      const settings = ctx.settings();
      try {
        const result = await readIcsInWorker(
          new Uint8Array(await readFile(path)),
          {
            now: ctx.deps.clock.now(),
            defaultTimeZone: localZone(),
            style: { dateFormat: settings.dateFormat, timeFormat: settings.timeFormat },
          },
          {
            signal: controller.signal,
            workerPath: ctx.deps.icsWorkerPath,
            onProgress: (done, total) => ctx.deps.events.emit('icsProgress', { done, total }),
          },
        );
        const token = ctx.newId();
        lastRead = {
          token,
          drafts: new Map(result.series.map((d, i) => [keyOf(d, i), d])),
          notices: result.notices,
        };
        const bySource = await seriesBySource();
        const names = await env.leaders.names();
        return {
          token,
          fileName: basename(path),
          series: result.series.map((d, i) => candidate(d, keyOf(d, i), bySource, names)),
          skipped: result.skipped,
          singleEvents: result.singleEvents,
          notices: result.notices,
        };
      } finally {
        if (reading === controller) reading = null;
      }
    },
    cancelReadIcs: async () => {
      reading?.abort();
      reading = null;
      return null;
    },
    importIcsSeries: ({ token, picks }) =>
      // Each create or update is serialised by the series handlers themselves (nesting would deadlock).
      (async () => {
        if (!lastRead || lastRead.token !== token)
          throw new AppError(
            'not-found',
            'The calendar file is no longer open for import; choose it again.',
          );
        const read = lastRead;
        const imported: Imported[] = [];
        // How the file was read stays in the report after the import, beside each series' warnings.
        const warnings: string[] = picks.length ? [...read.notices] : [];
        for (const pick of picks) {
          const base = read.drafts.get(pick.key);
          if (!base) throw new AppError('not-found', 'A ticked series is no longer in the file.');
          const draft =
            pick.useCalendarZone && base.zoneChoice
              ? { ...base.zoneChoice.draft, zoneChoice: null }
              : base;
          imported.push(await importOne(draft, pick.leaderId));
          warnings.push(...draft.warnings.map((w) => `${label(draft.title)}: ${w}`));
        }
        return { imported, warnings };
      })(),
  };
}
