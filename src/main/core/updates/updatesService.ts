import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Settings } from '../../../shared/domain/settings';
import type { UpdatePhase, UpdateStatus } from '../../../shared/ipc/areas/updates';
import { AppError } from '../errors';
import type { Clock, Timers, UpdaterPort, UpdaterSource } from '../platform/types';
import { writeFileAtomic } from '../vault/atomicWrite';
import {
  NOT_INSTALLED,
  autoCheckDue,
  describeUpdateFailure,
  mayCheck,
  msUntilAutoCheck,
} from './policy';

/** The last check, kept beside settings.json (never in the vault): only a time. */
const CheckFile = z.object({ lastCheckAt: z.string().datetime().nullable().default(null) });

export interface UpdatesService {
  status(): UpdateStatus;
  /** The user asked to check now (refused while the setting is off). */
  checkNow(): Promise<UpdateStatus>;
  /** The user said yes to downloading the update found. */
  download(): Promise<UpdateStatus>;
  /** The user pressed "Restart and update". */
  restartToUpdate(): void;
  /** Stops the daily timer and waits for the last check's time to be on disk (app quit). */
  dispose(): Promise<void>;
}

export interface UpdatesDeps {
  dataDir: string;
  clock: Clock;
  timers: Timers;
  appVersion: string;
  settings: { get(): Settings; onChange(fn: (s: Settings) => void): void };
  /** Absent when this copy cannot update itself. */
  source: UpdaterSource | undefined;
  /** Tells the window what changed. */
  emit(status: UpdateStatus): void;
}

/**
 * Update checks, only when the user turned them on: at most one automatic check a day (the
 * time of the last one is kept in `update-check.json` in the data folder), downloads only after
 * the user says yes, the install only on "Restart and update". With the setting off the updater
 * is never built, no timer is armed and nothing is asked.
 */
export async function createUpdatesService(deps: UpdatesDeps): Promise<UpdatesService> {
  const file = join(deps.dataDir, 'update-check.json');
  let lastCheckMs: number | null = null;
  try {
    const parsed = CheckFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success && parsed.data.lastCheckAt)
      lastCheckMs = Date.parse(parsed.data.lastCheckAt);
  } catch {
    // Missing or damaged: as if never checked.
  }
  const unavailable = deps.source ? deps.source.unavailable : NOT_INSTALLED;
  let state: UpdatePhase = { phase: 'idle' };
  let updater: UpdaterPort | null = null;
  let timer: unknown = null;
  let running: Promise<UpdateStatus> | null = null;
  let enabled = deps.settings.get().checkForUpdates;
  let saving: Promise<void> = Promise.resolve();

  const status = (): UpdateStatus => ({
    enabled,
    unavailable,
    lastCheckedAt: lastCheckMs === null ? null : new Date(lastCheckMs).toISOString(),
    current: deps.appVersion,
    state,
  });
  const set = (next: UpdatePhase): void => {
    state = next;
    deps.emit(status());
  };
  const allowed = (): boolean => mayCheck({ enabled, unavailable });
  const disarm = (): void => {
    if (timer !== null) deps.timers.clearTimeout(timer);
    timer = null;
  };
  const getUpdater = async (): Promise<UpdaterPort> => {
    if (!deps.source) throw new AppError('forbidden', NOT_INSTALLED);
    updater ??= await deps.source.create();
    return updater;
  };

  const check = (): Promise<UpdateStatus> => {
    if (running) return running;
    running = (async () => {
      set({ phase: 'checking' });
      lastCheckMs = deps.clock.now();
      const at = new Date(lastCheckMs).toISOString();
      // Written in the background, in order; the check does not wait for the disk.
      saving = saving
        .then(() => writeFileAtomic(file, JSON.stringify({ lastCheckAt: at })))
        .catch(() => undefined);
      try {
        const version = await (await getUpdater()).check();
        set(version ? { phase: 'available', version } : { phase: 'up-to-date' });
      } catch (err) {
        set({ phase: 'error', message: describeUpdateFailure('check', err) });
      }
      return status();
    })().finally(() => {
      running = null;
      arm();
    });
    return running;
  };

  /** Arms the one timer for the next automatic check, or runs it now when it is due. */
  function arm(): void {
    disarm();
    if (!allowed()) return;
    // A found or downloaded update waits for the user; no new check is needed meanwhile.
    if (['available', 'downloading', 'ready'].includes(state.phase)) return;
    if (autoCheckDue(lastCheckMs, deps.clock.now())) {
      void check();
      return;
    }
    timer = deps.timers.setTimeout(
      () => {
        timer = null;
        if (allowed() && autoCheckDue(lastCheckMs, deps.clock.now())) void check();
        else arm();
      },
      msUntilAutoCheck(lastCheckMs, deps.clock.now()),
    );
  }

  deps.settings.onChange((s) => {
    if (s.checkForUpdates === enabled) return;
    enabled = s.checkForUpdates;
    if (enabled) arm();
    else {
      disarm();
      if (state.phase === 'checking' || state.phase === 'error' || state.phase === 'up-to-date')
        state = { phase: 'idle' };
    }
    deps.emit(status());
  });
  arm();

  return {
    status,
    checkNow: async () => {
      if (unavailable) throw new AppError('forbidden', unavailable);
      if (!enabled)
        throw new AppError(
          'forbidden',
          'Update checks are off. Turn on “Check for updates” first.',
        );
      if (state.phase === 'downloading' || state.phase === 'ready') return status();
      return check();
    },
    download: async () => {
      if (state.phase === 'downloading' || state.phase === 'ready') return status();
      if (state.phase !== 'available')
        throw new AppError('conflict', 'There is no update to download. Check for updates first.');
      if (!enabled)
        throw new AppError(
          'forbidden',
          'Update checks are off. Turn on “Check for updates” first.',
        );
      const { version } = state;
      set({ phase: 'downloading', version, percent: 0 });
      try {
        await (
          await getUpdater()
        ).download((percent) => {
          if (state.phase === 'downloading')
            set({ phase: 'downloading', version, percent: Math.max(0, Math.min(100, percent)) });
        });
        set({ phase: 'ready', version });
      } catch (err) {
        set({ phase: 'error', message: describeUpdateFailure('download', err) });
        arm();
      }
      return status();
    },
    restartToUpdate: () => {
      if (state.phase !== 'ready' || !updater)
        throw new AppError('conflict', 'No update is ready to install yet.');
      updater.install();
    },
    dispose: async () => {
      disarm();
      await saving;
    },
  };
}
