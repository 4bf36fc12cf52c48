import type { Meeting, Series } from '../../../../shared/domain/meeting';
import type { OccurrenceView } from '../../../../shared/ipc/areas/meetings';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import { createMeetingsEnv, type MeetingsDeps } from './env';
import { exportHandlers } from './exportOps';
import { icsHandlers } from './icsOps';
import { createMeetingRepo } from './meetingRepo';
import { meetingHandlers } from './meetingOps';
import { prepHandlers } from './prepOps';
import { seriesHandlers } from './seriesOps';
import { templateHandlers } from './templateOps';

/** 1:1s: the `meetings:*` channels, plus what reminders, the dashboard and the goodwill bank read. */
export interface MeetingsService {
  handlers: Handlers['meetings'];
  /** Occurrences still to come (skipped ones included), soonest first. */
  upcoming(opts?: { leaderId?: string; days?: number; limit?: number }): Promise<OccurrenceView[]>;
  /** Every series. */
  allSeries(): Promise<Series[]>;
  /** One meeting, or null. */
  findMeeting(id: string): Promise<Meeting | null>;
  /** Meetings whose occurrence falls in the years [fromYear, toYear] (e.g. 1:1 health). */
  meetingsInYears(fromYear: string, toYear: string): Promise<Meeting[]>;
  /** Called after a change to the schedule or to a meeting's state (re-plan reminders). */
  onChange(fn: () => void): void;
}

/** Builds the meetings service: series, meetings, agendas, carry-over, prep assistant, exports. */
export function createMeetingsService(ctx: ServiceContext, deps: MeetingsDeps): MeetingsService {
  const listeners: (() => void)[] = [];
  const repo = createMeetingRepo(ctx);
  const env = createMeetingsEnv(ctx, repo, deps, listeners);
  const series = seriesHandlers(env);
  const handlers: Handlers['meetings'] = {
    ...series,
    ...meetingHandlers(env),
    ...templateHandlers(env),
    ...prepHandlers(env),
    ...exportHandlers(env),
    ...icsHandlers(env),
  };
  return {
    handlers,
    upcoming: async (opts) =>
      series.upcoming({
        days: opts?.days ?? 60,
        limit: opts?.limit ?? 20,
        leaderId: opts?.leaderId,
      }),
    allSeries: async () => [...(await env.seriesData()).data.series],
    findMeeting: (id) => repo.find(id),
    meetingsInYears: (from, to) => repo.inYears(from, to),
    onChange: (fn) => listeners.push(fn),
  };
}
