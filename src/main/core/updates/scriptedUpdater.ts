import type { UpdaterPort, UpdaterSource } from '../platform/types';

/** What the scripted release feed answers: the newest version there, or a failure. */
export type ScriptedFeed = { newest: string | null } | { fails: string };

/** A scripted updater and what was asked of it. */
export interface ScriptedUpdates {
  source: UpdaterSource;
  /** Set by the test: the next checks' answer (default: nothing newer). */
  feed: ScriptedFeed;
  /** Counts of what the app asked for. */
  created: number;
  checks: number;
  downloads: number;
  installs: number;
}

/**
 * An updater with no network at all, answering from a script: end-to-end tests use it (the
 * browser bridge, and the Electron shell only under its test hooks, which a packaged app
 * ignores) to show every state of the Settings screen. Never part of a user's app.
 */
export function createScriptedUpdates(): ScriptedUpdates {
  const s: ScriptedUpdates = {
    feed: { newest: null },
    created: 0,
    checks: 0,
    downloads: 0,
    installs: 0,
    source: {
      unavailable: null,
      create: () => {
        s.created += 1;
        return Promise.resolve(port);
      },
    },
  };
  let found: string | null = null;
  const port: UpdaterPort = {
    check: () => {
      s.checks += 1;
      const feed = s.feed;
      if ('fails' in feed) return Promise.reject(new Error(feed.fails));
      found = feed.newest;
      return Promise.resolve(found);
    },
    download: (onProgress) => {
      if (found === null) return Promise.reject(new Error('Nothing to download'));
      s.downloads += 1;
      onProgress(50);
      onProgress(100);
      return Promise.resolve();
    },
    install: () => {
      s.installs += 1;
    },
  };
  return s;
}
