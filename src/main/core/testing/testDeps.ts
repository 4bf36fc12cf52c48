import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreDeps, NotificationRequest } from '../platform/types';

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
    dataDir,
    clock: { now: () => Date.now() },
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    },
    notifier: { show: (n) => shown.push(n) },
    shell: {
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      chooseFolder: async () => null,
      openExternal: async () => undefined,
      copyText: () => undefined,
      showInFolder: () => undefined,
      openPath: async () => undefined,
    },
    events: { emit: (name, payload) => emitted.push({ name, payload }) },
    appVersion: '0.0.0-test',
    shellKind: 'bridge',
    platform: process.platform,
    scryptLogN: 10,
    emitted,
    shown,
    ...overrides,
  };
}
