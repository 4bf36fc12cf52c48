import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import type { CoreDeps } from '../../platform/types';
import { createMemoryStore } from '../../vault/memoryStore';
import type { VaultStore } from '../../vault/store';
import type { ServiceContext } from '../context';

/** A service context over an in-memory store, with a hand-driven clock and lock/unlock, for unit tests. */
export interface TestContext extends ServiceContext {
  memory: VaultStore & { writes: number };
  /** Where the next save dialog "chooses" to save (null = cancel). */
  savePath: string | null;
  /** Moves the clock forward. */
  advance(ms: number): void;
  /** Runs what services registered for lock, then for unlock (a fresh session over the same data). */
  relock(): void;
  unlock(): void;
}

/** Builds a test context starting at `start` (an ISO instant). */
export function createTestContext(start = '2026-03-10T09:00:00.000Z'): TestContext {
  let now = Date.parse(start);
  let ids = 0;
  const lockers: (() => void)[] = [];
  const unlockers: (() => void)[] = [];
  const memory = createMemoryStore();
  let savePath: string | null = null;
  const deps: CoreDeps = {
    dataDir: '/nonexistent',
    clock: { now: () => now },
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    },
    notifier: { show: () => undefined },
    shell: {
      chooseSavePath: async () => savePath,
      chooseOpenPath: async () => null,
      chooseFolder: async () => null,
      openExternal: async () => undefined,
      copyText: () => undefined,
      showInFolder: () => undefined,
      openPath: async () => undefined,
    },
    events: { emit: () => undefined },
    appVersion: 'test',
    shellKind: 'bridge',
    platform: 'linux',
  };
  return {
    memory,
    get savePath() {
      return savePath;
    },
    set savePath(p: string | null) {
      savePath = p;
    },
    deps,
    store: () => memory,
    settings: () => DEFAULT_SETTINGS,
    newId: () => `id${++ids}`,
    nowIso: () => new Date(now).toISOString(),
    today: () => new Date(now).toISOString().slice(0, 10),
    onLock: (fn) => lockers.push(fn),
    onUnlock: (fn) => unlockers.push(fn),
    changed: () => undefined,
    advance: (ms) => {
      now += ms;
    },
    relock: () => lockers.forEach((fn) => fn()),
    unlock: () => unlockers.forEach((fn) => fn()),
  };
}
