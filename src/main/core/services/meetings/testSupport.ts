import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain/settings';
import type { AreaContract } from '../../../../shared/ipc/channel';
import type { InputOf, OutputOf } from '../../../../shared/ipc/contract';
import { actionsContract } from '../../../../shared/ipc/areas/actions';
import { meetingsContract } from '../../../../shared/ipc/areas/meetings';
import type { CoreDeps } from '../../platform/types';
import { createMemoryStore } from '../../vault/memoryStore';
import { createActionsService, type ActionsService } from '../actions/actionsService';
import type { ServiceContext } from '../context';
import type { LeaderDirectory } from './env';
import { createMeetingsService, type MeetingsService } from './meetingsService';
import type { GoodwillProvider, LeaderGoal, WinsProvider } from './prep/types';

/** An area's channels as functions that parse their input like the dispatcher and throw on error. */
export type Caller<A extends AreaContract> = {
  [K in keyof A]: (input: InputOf<A[K]>) => Promise<OutputOf<A[K]>>;
};

function caller<A extends AreaContract>(
  contract: A,
  handlers: Record<string, (input: never) => unknown>,
): Caller<A> {
  const out: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, ch] of Object.entries(contract)) {
    out[name] = async (input) => (handlers[name] as (i: unknown) => unknown)(ch.input.parse(input));
  }
  return out as Caller<A>;
}

/** A hand-driven world for service tests: memory store, fake clock, recorded events and dialogs. */
export interface MeetingsWorld {
  ctx: ServiceContext;
  store: ReturnType<typeof createMemoryStore>;
  meetings: MeetingsService;
  actions: ActionsService;
  /** The meetings channels, called as the UI calls them. */
  api: Caller<typeof meetingsContract>;
  /** The actions channels, called as the UI calls them. */
  actionsApi: Caller<typeof actionsContract>;
  /** Areas the services told the UI about, in order. */
  changes: string[];
  settings: Settings;
  /** Text put on the clipboard. */
  clipboard: string[];
  /** Answers of the next save / open dialogs (null = cancel). */
  dialogs: { save: string | null; open: string | null };
  /** Leaders by id: name and goals. */
  leaders: Map<string, { name: string; goals: LeaderGoal[] }>;
  setNow(iso: string): void;
  /** A fresh folder for exported files. */
  tempDir(): Promise<string>;
}

/** Builds a world at `now` with one leader, Dana Reyes (`dana`). */
export function createWorld(
  now = '2026-03-02T09:00:00.000Z',
  providers: { wins?: WinsProvider; goodwill?: GoodwillProvider } = {},
): MeetingsWorld {
  let clock = Date.parse(now);
  let ids = 0;
  const store = createMemoryStore();
  const changes: string[] = [];
  const clipboard: string[] = [];
  const dialogs = { save: null as string | null, open: null as string | null };
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const leaders = new Map<string, { name: string; goals: LeaderGoal[] }>([
    ['dana', { name: 'Dana Reyes', goals: [] }],
  ]);
  const deps: CoreDeps = {
    dataDir: '/nonexistent',
    clock: { now: () => clock },
    timers: { setTimeout: () => 0, clearTimeout: () => undefined },
    notifier: { show: () => undefined },
    shell: {
      chooseSavePath: async () => dialogs.save,
      chooseOpenPath: async () => dialogs.open,
      chooseFolder: async () => null,
      openExternal: async () => undefined,
      copyText: (t) => void clipboard.push(t),
      showInFolder: () => undefined,
      openPath: async () => undefined,
    },
    events: { emit: () => undefined },
    appVersion: 'test',
    shellKind: 'bridge',
    platform: 'linux',
  };
  const ctx: ServiceContext = {
    deps,
    store: () => store,
    settings: () => settings,
    newId: () => `id${++ids}`,
    nowIso: () => new Date(clock).toISOString(),
    today: () => new Date(clock).toISOString().slice(0, 10),
    onLock: () => undefined,
    onUnlock: () => undefined,
    changed: (area) => changes.push(area),
  };
  const directory: LeaderDirectory = {
    names: async () => new Map([...leaders].map(([id, l]) => [id, l.name])),
    goals: async (id) => leaders.get(id)?.goals ?? [],
  };
  const actions = createActionsService(ctx);
  const meetings = createMeetingsService(ctx, { actions, leaders: directory, ...providers });
  return {
    ctx,
    store,
    meetings,
    actions,
    api: caller(meetingsContract, meetings.handlers),
    actionsApi: caller(actionsContract, actions.handlers),
    changes,
    settings,
    clipboard,
    dialogs,
    leaders,
    setNow: (iso) => {
      clock = Date.parse(iso);
    },
    tempDir: () => mkdtemp(join(tmpdir(), 'upward-meetings-')),
  };
}

/** A biweekly Monday 10:00 Berlin series for Dana starting 2 March 2026 (input for createSeries). */
export const BIWEEKLY_DANA = {
  leaderId: 'dana',
  cadence: 'biweekly' as const,
  weekday: 0,
  startDate: '2026-03-02',
  time: '10:00',
  durationMinutes: 30,
  timeZone: 'Europe/Berlin',
};
