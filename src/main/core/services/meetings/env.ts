import type { AgendaTemplate, Series } from '../../../../shared/domain/meeting';
import { AppError } from '../../errors';
import type { ShardHandle } from '../../vault/store';
import type { ActionsService } from '../actions/actionsService';
import type { ServiceContext } from '../context';
import { DEFAULT_TEMPLATE } from './defaultTemplate';
import type { MeetingRepo } from './meetingRepo';
import { seriesShard, type SeriesData } from './meetingsShard';
import type { GoodwillProvider, LeaderGoal, WinsProvider } from './prep/types';

/** What the meetings service needs to know about leaders (the leaders service provides it). */
export interface LeaderDirectory {
  /** Every leader's name by id, archived ones included. */
  names(): Promise<Map<string, string>>;
  /** The leader's goals ("Vision & goals"); empty when none or unknown. */
  goals(leaderId: string): Promise<LeaderGoal[]>;
}

/** The other services and providers the meetings service is built with. */
export interface MeetingsDeps {
  actions: ActionsService;
  leaders: LeaderDirectory;
  /** Wins from the journal, for the prep assistant. */
  wins?: WinsProvider;
  /** Goodwill standing from the goodwill bank, for the prep assistant and the asks section. */
  goodwill?: GoodwillProvider;
}

/** Shared by the parts of the meetings service. */
export interface MeetingsEnv extends MeetingsDeps {
  ctx: ServiceContext;
  repo: MeetingRepo;
  seriesData(): Promise<ShardHandle<SeriesData>>;
  /** The series; throws `not-found` when it was deleted. */
  getSeries(id: string): Promise<Series>;
  /** The series or null. */
  findSeries(id: string): Promise<Series | null>;
  /** The template a series uses (the default one when it has none or it was deleted). */
  templateFor(series: Pick<Series, 'templateId'>): Promise<AgendaTemplate>;
  /** A leader's name (a neutral word when the leader is unknown). */
  leaderName(id: string): Promise<string>;
  /** Runs changes one at a time, so two quick requests never interleave their reads and writes. */
  serial<T>(fn: () => Promise<T>): Promise<T>;
  /** Tells the UI and listeners (reminders) that the schedule or a meeting's state changed. */
  notify(): void;
}

/** Builds the shared environment of the meetings service. */
export function createMeetingsEnv(
  ctx: ServiceContext,
  repo: MeetingRepo,
  deps: MeetingsDeps,
  listeners: (() => void)[],
): MeetingsEnv {
  const seriesData = () => ctx.store().open(seriesShard);
  let queue: Promise<unknown> = Promise.resolve();
  async function findSeries(id: string): Promise<Series | null> {
    return (await seriesData()).data.series.find((s) => s.id === id) ?? null;
  }
  return {
    ...deps,
    ctx,
    repo,
    seriesData,
    findSeries,
    async getSeries(id) {
      const s = await findSeries(id);
      if (!s)
        throw new AppError('not-found', 'This series no longer exists. It may have been deleted.');
      return s;
    },
    async templateFor(series) {
      const { templates } = (await seriesData()).data;
      return templates.find((t) => t.id === series.templateId) ?? templates[0] ?? DEFAULT_TEMPLATE;
    },
    async leaderName(id) {
      return (await deps.leaders.names()).get(id) ?? 'your leader';
    },
    serial(fn) {
      const run = queue.then(fn, fn);
      queue = run.catch(() => undefined);
      return run;
    },
    notify() {
      ctx.changed('meetings');
      listeners.forEach((fn) => fn());
    },
  };
}
