import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src/main/core/core';
import type {
  Clock,
  NotificationRequest,
  ShellServices,
  Timers,
  UpdaterSource,
} from '../../src/main/core/platform/types';

/** What a test can steer and observe around the core: dialogs, clipboard, links, notifications. */
export interface TestShell {
  shell: ShellServices;
  /** The next save dialog answers this path (default: `<exportsDir>/<suggested name>`); null = cancel. */
  nextSavePath: string | null | undefined;
  /** The next open dialog answers this path; null or undefined = cancel. */
  nextOpenPath: string | null | undefined;
  /** The next folder dialog answers this folder. */
  nextFolder: string | null | undefined;
  saved: string[];
  clipboard: string[];
  opened: string[];
  /** Files shown in the file manager, then files opened in their app. */
  shownInFolder: string[];
  openedFiles: string[];
  notifications: NotificationRequest[];
}

/** A shell whose dialogs are answered by the test. */
export function createTestShell(exportsDir: string): TestShell {
  const t: TestShell = {
    nextSavePath: undefined,
    nextOpenPath: undefined,
    nextFolder: undefined,
    saved: [],
    clipboard: [],
    opened: [],
    shownInFolder: [],
    openedFiles: [],
    notifications: [],
    shell: {
      async chooseSavePath({ defaultName }) {
        const p = t.nextSavePath === undefined ? join(exportsDir, defaultName) : t.nextSavePath;
        t.nextSavePath = undefined;
        if (p) {
          await mkdir(exportsDir, { recursive: true });
          t.saved.push(p);
        }
        return p;
      },
      async chooseOpenPath() {
        const p = t.nextOpenPath ?? null;
        t.nextOpenPath = undefined;
        return p;
      },
      async chooseFolder() {
        const p = t.nextFolder ?? null;
        t.nextFolder = undefined;
        return p;
      },
      async openExternal(url) {
        t.opened.push(url);
      },
      copyText(text) {
        t.clipboard.push(text);
      },
      showInFolder(path) {
        t.shownInFolder.push(path);
      },
      async openPath(path) {
        t.openedFiles.push(path);
      },
    },
  };
  return t;
}

/** Builds the real core on `dataDir` for the browser bridge, with test-steerable shell services. */
export async function createTestCore(opts: {
  dataDir: string;
  testShell: TestShell;
  emit: (name: string, payload: unknown) => void;
  clock?: Clock;
  timers?: Timers;
  /** A scripted updater (no network); without it the core says checks need an installed copy. */
  updates?: UpdaterSource;
}): Promise<Core> {
  return createCore(
    {
      dataDir: opts.dataDir,
      clock: opts.clock ?? { now: () => Date.now() },
      timers: opts.timers ?? {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      },
      notifier: { show: (n) => opts.testShell.notifications.push(n) },
      shell: opts.testShell.shell,
      events: { emit: opts.emit },
      appVersion: '0.0.0-test',
      shellKind: 'bridge',
      platform: process.platform,
      computerName: hostname(),
      updates: opts.updates,
      // Real encryption, lighter key derivation: keeps the suite fast.
      scryptLogN: 14,
    },
    { checkOutput: true },
  );
}
