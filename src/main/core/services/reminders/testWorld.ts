import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCore, type Core } from '../../core';
import { createFakeTime, type FakeTime } from '../../platform/fakeTime';
import type { NotificationRequest } from '../../platform/types';
import { createTestDeps } from '../../testing/testDeps';
import { SCHEDULE_FILE } from './scheduleCache';

/** The passphrase of test vaults. */
export const PASSPHRASE = 'a long enough passphrase';

/** A real core on a temp folder, driven by fake time, with its notifications recorded. */
export interface ReminderWorld {
  core: Core;
  time: FakeTime;
  dataDir: string;
  shown: NotificationRequest[];
  /** Calls a channel like the UI does; throws the error message when it fails. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** Lets awake time pass, then lets any re-plan finish. */
  pass(ms: number): Promise<void>;
  /** Quits and starts again on the same folder (the vault starts locked). */
  restart(): Promise<void>;
  /** The schedule file as text. */
  scheduleFile(): Promise<string>;
  lock(): Promise<void>;
  unlock(): Promise<void>;
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Builds a world at `startIso` with a new, unlocked vault that does not auto-lock during a test. */
export async function createReminderWorld(startIso: string): Promise<ReminderWorld> {
  const time = createFakeTime(Date.parse(startIso));
  const deps = await createTestDeps({ clock: time.clock, timers: time.timers });
  const build = (): Promise<Core> => createCore({ ...deps }, { checkOutput: true });
  const w: ReminderWorld = {
    core: await build(),
    time,
    dataDir: deps.dataDir,
    shown: deps.shown,
    async call<T>(channel: string, input?: unknown): Promise<T> {
      const r = await w.core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as T;
    },
    async pass(ms) {
      await time.tick(ms);
      for (let i = 0; i < 5; i++) await settle();
      await w.core.reminders.next();
    },
    async restart() {
      await w.core.dispose();
      w.core = await build();
    },
    scheduleFile: () => readFile(join(deps.dataDir, SCHEDULE_FILE), 'utf8'),
    async lock() {
      await w.call('vault:lock');
      await w.core.reminders.next();
    },
    async unlock() {
      await w.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
      await w.core.reminders.next();
    },
  };
  await w.call('vault:create', { passphrase: PASSPHRASE });
  await w.call('settings:update', { autoLockMinutes: 240 });
  return w;
}

/** Adds a leader and a weekly series (Mondays 10:00 Berlin, reminders 15 min before); returns their ids. */
export async function addWeeklyOneOnOne(
  w: ReminderWorld,
  name = 'Dana Reyes',
  over: Record<string, unknown> = {},
): Promise<{ leaderId: string; seriesId: string }> {
  const leader = await w.call<{ id: string }>('leaders:create', { name });
  const view = await w.call<{ series: { id: string } }>('meetings:createSeries', {
    leaderId: leader.id,
    title: 'Weekly catch-up with my manager',
    cadence: 'weekly',
    weekday: 0,
    startDate: '2026-03-02',
    time: '10:00',
    durationMinutes: 30,
    timeZone: 'Europe/Berlin',
    reminderLeadMinutes: [15],
    ...over,
  });
  await w.core.reminders.next();
  return { leaderId: leader.id, seriesId: view.series.id };
}

/** Minutes in ms. */
export const min = (n: number): number => n * 60_000;
