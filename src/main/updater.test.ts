import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { DEFAULT_SETTINGS, type Settings } from '../shared/domain/settings';
import { createFakeTime } from './core/platform/fakeTime';
import { UPDATE_CHECK_INTERVAL_MS } from './core/updates/policy';
import { createUpdatesService } from './core/updates/updatesService';
import { createFakeSession } from './testing/fakeElectron';

/** A fake of electron-updater's autoUpdater: records how it was configured and what it was asked. */
class FakeAutoUpdater {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowPrerelease = true;
  allowDowngrade = true;
  forceDevUpdateConfig = true;
  updateConfigPath: string | null = null;
  logger: unknown = console;
  feedUrlsSet: unknown[] = [];
  checks = 0;
  downloads = 0;
  installs: unknown[][] = [];
  newest: string | null = null;
  /** What the session guard said about each request the fake made while checking. */
  requests: { url: string; allowed: boolean }[] = [];
  listeners: ((p: { percent: number }) => void)[] = [];
  session: ReturnType<typeof createFakeSession> | null = null;
  private ask(url: string): void {
    this.session?.beforeRequest?.({ url }, (r) => this.requests.push({ url, allowed: !r.cancel }));
  }
  setFeedURL(options: unknown): void {
    this.feedUrlsSet.push(options);
  }
  checkForUpdates() {
    this.checks += 1;
    this.ask('https://github.com/upward-app/upward/releases.atom');
    this.ask(
      'https://release-assets.githubusercontent.com/github-production-release-asset/1/latest-linux.yml',
    );
    this.ask('https://example.com/track');
    return Promise.resolve({
      isUpdateAvailable: this.newest !== null,
      updateInfo: { version: this.newest ?? '1.0.0' },
    });
  }
  downloadUpdate() {
    this.downloads += 1;
    this.listeners.forEach((fn) => fn({ percent: 40 }));
    return Promise.resolve(['/tmp/update']);
  }
  quitAndInstall(...args: unknown[]): void {
    this.installs.push(args);
  }
  on(_e: 'download-progress', fn: (p: { percent: number }) => void): this {
    this.listeners.push(fn);
    return this;
  }
  removeListener(_e: 'download-progress', fn: (p: { percent: number }) => void): this {
    this.listeners = this.listeners.filter((l) => l !== fn);
    return this;
  }
}

const loaded = { count: 0, updater: new FakeAutoUpdater() };
vi.mock('electron-updater', () => ({
  get autoUpdater() {
    loaded.count += 1;
    return loaded.updater;
  },
}));

const { electronUpdaterSource, feedHosts, readFeedConfig, NO_FEED, PLACEHOLDER_OWNER } =
  await import('./updater');
const { isFeedRequest } = await import('./security');

const DAY = UPDATE_CHECK_INTERVAL_MS;
const FEED =
  'provider: github\nowner: upward-app\nrepo: upward\nupdaterCacheDirName: upward-updater\n';

async function shell(opts: { on: boolean; packaged?: boolean; yml?: string | null }) {
  const resources = await mkdtemp(join(tmpdir(), 'upward-resources-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'upward-data-'));
  if (opts.yml !== null) await writeFile(join(resources, 'app-update.yml'), opts.yml ?? FEED);
  const partitions: {
    name: string;
    options: unknown;
    session: ReturnType<typeof createFakeSession>;
  }[] = [];
  const source = electronUpdaterSource({
    isPackaged: opts.packaged ?? true,
    resourcesPath: resources,
    fromPartition: (name, options) => {
      const s = createFakeSession();
      partitions.push({ name, options, session: s });
      loaded.updater.session = s;
      return s as unknown as Session;
    },
  });
  const time = createFakeTime(Date.UTC(2026, 11, 1, 9));
  let settings: Settings = { ...DEFAULT_SETTINGS, checkForUpdates: opts.on };
  const listeners: ((s: Settings) => void)[] = [];
  const service = await createUpdatesService({
    dataDir,
    clock: time.clock,
    timers: time.timers,
    appVersion: '1.0.0',
    settings: { get: () => settings, onChange: (fn) => listeners.push(fn) },
    source,
    emit: () => undefined,
  });
  const setOn = (on: boolean): void => {
    settings = { ...settings, checkForUpdates: on };
    listeners.forEach((fn) => fn(settings));
  };
  // The first check loads electron-updater's module: let it finish.
  if (opts.on && !source.unavailable)
    await vi.waitFor(() => expect(service.status().state.phase).not.toMatch(/idle|checking/));
  return { resources, source, service, time, partitions, setOn };
}

beforeEach(() => {
  loaded.count = 0;
  loaded.updater = new FakeAutoUpdater();
});

describe('with “Check for updates” off', () => {
  it('electron-updater is never loaded or configured, no session is opened and nothing is asked, days on', async () => {
    const s = await shell({ on: false });
    await s.time.tick(0);
    await s.time.tick(7 * DAY);
    expect(loaded.count).toBe(0);
    expect(s.partitions).toEqual([]);
    expect(loaded.updater.checks).toBe(0);
    expect(loaded.updater.updateConfigPath).toBeNull();
    expect(s.time.pending()).toBe(0);
  });
});

describe('with “Check for updates” on', () => {
  it('reads its feed only from the packaged app-update.yml, never downloads or installs by itself', async () => {
    const s = await shell({ on: true });
    await s.time.tick(0);
    const u = loaded.updater;
    expect(u.checks).toBe(1);
    expect(u.updateConfigPath).toBe(join(s.resources, 'app-update.yml'));
    expect(u.feedUrlsSet).toEqual([]);
    expect(u).toMatchObject({
      autoDownload: false,
      autoInstallOnAppQuit: false,
      allowPrerelease: false,
      allowDowngrade: false,
      forceDevUpdateConfig: false,
    });
    expect(u.downloads).toBe(0);
    expect(u.installs).toEqual([]);
  });

  it('reaches only the feed’s hosts, only while a check runs; its session is electron-updater’s own', async () => {
    const s = await shell({ on: true });
    await s.time.tick(0);
    expect(s.partitions.map((p) => [p.name, p.options])).toEqual([
      ['electron-updater', { cache: false }],
    ]);
    expect(loaded.updater.requests).toEqual([
      { url: 'https://github.com/upward-app/upward/releases.atom', allowed: true },
      {
        url: 'https://release-assets.githubusercontent.com/github-production-release-asset/1/latest-linux.yml',
        allowed: true,
      },
      { url: 'https://example.com/track', allowed: false },
    ]);
    // Between checks even the feed is refused.
    const guard = s.partitions[0].session;
    let allowed: boolean | null = null;
    guard.beforeRequest?.({ url: 'https://github.com/upward-app/upward/releases.atom' }, (r) => {
      allowed = !r.cancel;
    });
    expect(allowed).toBe(false);
    expect(guard.permissionCheck?.()).toBe(false);
  });

  it('checks at most once a day', async () => {
    const s = await shell({ on: true });
    await s.time.tick(0);
    await s.time.tick(DAY - 1);
    expect(loaded.updater.checks).toBe(1);
    await s.time.tick(1);
    expect(loaded.updater.checks).toBe(2);
  });

  it('downloads only after the user says yes, and installs only on “Restart and update”', async () => {
    loaded.updater.newest = '1.2.0';
    const s = await shell({ on: true });
    await s.time.tick(0);
    expect(s.service.status().state).toEqual({ phase: 'available', version: '1.2.0' });
    await s.time.tick(2 * DAY);
    expect(loaded.updater.downloads).toBe(0);
    await s.service.download();
    expect(loaded.updater.downloads).toBe(1);
    expect(loaded.updater.listeners).toEqual([]);
    expect(loaded.updater.installs).toEqual([]);
    s.service.restartToUpdate();
    expect(loaded.updater.installs).toEqual([[false, true]]);
  });

  it('never checks from a source checkout (development, tests): nothing is loaded', async () => {
    const s = await shell({ on: true, packaged: false });
    await s.time.tick(3 * DAY);
    expect(s.source.unavailable).toMatch(/installed copy/);
    expect(loaded.count).toBe(0);
    expect(s.partitions).toEqual([]);
  });

  it('never checks a package built without a feed, or with the placeholder owner', async () => {
    for (const yml of [
      null,
      `provider: github\nowner: ${PLACEHOLDER_OWNER}\nrepo: upward\n`,
      'provider: s3\n',
    ]) {
      const s = await shell({ on: true, yml });
      await s.time.tick(DAY);
      expect(s.source.unavailable).toBe(NO_FEED);
      expect(loaded.count).toBe(0);
    }
  });
});

describe('the feed config', () => {
  it('names GitHub and its download hosts for a GitHub feed, the one host for a generic one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-feed-'));
    await writeFile(join(dir, 'a.yml'), FEED);
    await writeFile(
      join(dir, 'b.yml'),
      'provider: generic\nurl: https://updates.example.org/upward\n',
    );
    await writeFile(
      join(dir, 'c.yml'),
      'provider: generic\nurl: http://updates.example.org/upward\n',
    );
    expect(feedHosts(readFeedConfig(join(dir, 'a.yml'))!)).toEqual([
      'github.com',
      'objects.githubusercontent.com',
      'release-assets.githubusercontent.com',
    ]);
    expect(feedHosts(readFeedConfig(join(dir, 'b.yml'))!)).toEqual(['updates.example.org']);
    expect(readFeedConfig(join(dir, 'c.yml'))).toBeNull();
  });

  it('lets through https to those hosts only, on the default port, with no credentials', () => {
    const hosts = ['github.com'];
    expect(isFeedRequest('https://github.com/a/b/releases.atom', hosts)).toBe(true);
    expect(isFeedRequest('http://github.com/a', hosts)).toBe(false);
    expect(isFeedRequest('https://github.com:8443/a', hosts)).toBe(false);
    expect(isFeedRequest('https://user:pw@github.com/a', hosts)).toBe(false);
    expect(isFeedRequest('https://github.com.evil.example/a', hosts)).toBe(false);
    expect(isFeedRequest('https://api.github.com/repos', hosts)).toBe(false);
    expect(isFeedRequest('not a url', hosts)).toBe(false);
  });
});
