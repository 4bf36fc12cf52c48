import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../errors';
import { SeriesDraft } from '../../../../shared/ipc/areas/meetings';
import type { Handlers } from '../../ipc/dispatch';
import { meetingToIcs, parseIcsSeries, seriesToIcs } from '../../calendar/ics';
import { saveExport } from '../../export/saveExport';
import type { MeetingsEnv } from './env';
import { occurrenceAt } from './schedule';
import { seriesHandlers } from './seriesOps';
import { dateInZone } from './dates';
import { meetingTitle } from './meetingView';

type IcsHandlers = Pick<Handlers['meetings'], 'exportSeriesIcs' | 'exportMeetingIcs' | 'importIcs'>;

/** Calendar files larger than this are not 1:1 series; refusing them keeps a mistaken pick from hanging the app. */
const MAX_ICS_BYTES = 5 * 1024 * 1024;

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Builds the handlers for .ics export (a series, one meeting) and import (a series). */
export function icsHandlers(env: MeetingsEnv): IcsHandlers {
  const { ctx } = env;
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
    importIcs: async ({ leaderId }) => {
      const path = await ctx.deps.shell.chooseOpenPath({
        title: 'Import a 1:1 series from a calendar file',
        filters: [{ name: 'Calendar file', extensions: ['ics'] }],
      });
      if (path === null) return null;
      const size = (await stat(path)).size;
      if (size > MAX_ICS_BYTES)
        throw new AppError(
          'bad-file',
          'This file is too large to be a calendar export of one series (over 5 MB). Nothing was imported.',
        );
      const draft = parseIcsSeries(await readFile(path, 'utf8'), {
        now: ctx.deps.clock.now(),
        defaultTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      const fields = SeriesDraft.safeParse({
        leaderId,
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
          `The series in this file cannot be used: ${fields.error.issues[0]?.message ?? 'a value is out of range'}. Nothing was imported.`,
        );
      const handlers = seriesHandlers(env);
      const created = await handlers.createSeries(fields.data);
      // Skips and moves from the calendar come along, so the schedule matches what the user sees there.
      (await env.seriesData()).change((d) => {
        d.series = d.series.map((s) =>
          s.id === created.series.id ? { ...s, exceptions: draft.exceptions } : s,
        );
      });
      env.notify();
      const view =
        (await handlers.listSeries({ leaderId })).find((v) => v.series.id === created.series.id) ??
        created;
      return { series: view, warnings: draft.warnings };
    },
  };
}
