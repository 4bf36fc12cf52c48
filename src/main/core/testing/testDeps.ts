import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreDeps, NotificationRequest } from '../platform/types';

/**
 * Core dependencies of a quiet test world on `dataDir`: real time, dialogs that cancel,
 * nothing shown or heard, a low key-derivation cost. Fixture makers and the processes
 * the crash tests kill use it as it is.
 */
export function plainDeps(dataDir: string, appVersion = '0.0.0-test'): CoreDeps {
  return {
    dataDir,
    clock: { now: () => Date.now() },
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    },
    notifier: { show: () => undefined },
    shell: {
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      chooseFolder: async () => null,
      openExternal: async () => undefined,
      copyText: () => undefined,
      showInFolder: () => undefined,
      openPath: async () => undefined,
    },
    events: { emit: () => undefined },
    appVersion,
    shellKind: 'bridge',
    platform: process.platform,
    // Low cost so tests open vaults quickly; the key file records it, as it would any cost.
    scryptLogN: 10,
  };
}

/** Core dependencies for tests: a temp data folder, recorded events and notifications, dialogs that cancel. */
export async function createTestDeps(
  overrides: Partial<CoreDeps> = {},
): Promise<
  CoreDeps & { emitted: { name: string; payload: unknown }[]; shown: NotificationRequest[] }
> {
  const dataDir = await mkdtemp(join(tmpdir(), 'upward-test-'));
  const emitted: { name: string; payload: unknown }[] = [];
  const shown: NotificationRequest[] = [];
  return {
    ...plainDeps(dataDir),
    notifier: { show: (n) => shown.push(n) },
    events: { emit: (name, payload) => emitted.push({ name, payload }) },
    emitted,
    shown,
    ...overrides,
  };
}
