import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from 'electron';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';
import type { UpdaterPort, UpdaterSource } from './core/platform/types';
import { NOT_INSTALLED } from './core/updates/policy';
import { guardUpdaterSession } from './security';

/** The session partition electron-updater makes every request in (its `NET_SESSION_NAME`). */
export const UPDATER_PARTITION = 'electron-updater';

/** The owner electron-builder.yml names until whoever hosts the project sets theirs. */
export const PLACEHOLDER_OWNER = 'set-the-release-owner';

/** GitHub hands release files out from these hosts (the download link on github.com redirects there). */
export const GITHUB_DOWNLOAD_HOSTS = [
  'objects.githubusercontent.com',
  'release-assets.githubusercontent.com',
];

/** The feed electron-builder wrote into the package (`resources/app-update.yml`) from its `publish` config. */
const FeedConfig = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('github'), owner: z.string().min(1), repo: z.string().min(1) }),
  z.object({ provider: z.literal('generic'), url: z.url({ protocol: /^https$/ }) }),
]);
export type FeedConfig = z.infer<typeof FeedConfig>;

/** Reads the packaged feed config; null when it is missing, unreadable or still the placeholder. */
export function readFeedConfig(path: string): FeedConfig | null {
  try {
    const parsed = FeedConfig.safeParse(parseYaml(readFileSync(path, 'utf8')));
    if (!parsed.success) return null;
    if (parsed.data.provider === 'github' && parsed.data.owner === PLACEHOLDER_OWNER) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/** The only hosts an update check or download may reach, from the feed config. */
export function feedHosts(feed: FeedConfig): string[] {
  if (feed.provider === 'github') return ['github.com', ...GITHUB_DOWNLOAD_HOSTS];
  return [new URL(feed.url).hostname];
}

/** The part of electron-updater's `autoUpdater` the shell uses. */
export interface ElectronUpdater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowPrerelease: boolean;
  allowDowngrade: boolean;
  forceDevUpdateConfig: boolean;
  updateConfigPath: string | null;
  logger: unknown;
  checkForUpdates(): Promise<{
    isUpdateAvailable: boolean;
    updateInfo: { version: string };
  } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'download-progress', fn: (p: { percent: number }) => void): unknown;
  removeListener(event: 'download-progress', fn: (p: { percent: number }) => void): unknown;
}

/** Loads electron-updater, bundled into its own chunk, only when a check is about to run. */
async function loadElectronUpdater(): Promise<{ autoUpdater: ElectronUpdater }> {
  const { electronAutoUpdater } = await import('./updaterModule');
  return { autoUpdater: electronAutoUpdater() as ElectronUpdater };
}

/** Shown when the package names no release feed (built before the host set one). */
export const NO_FEED =
  'This copy of Upward was built without a release page to check, so it cannot look for updates.';

/**
 * The installed app's updater: electron-updater, loaded and configured only when core asks for
 * it (a check the user's setting allows). It reads its feed only from the packaged
 * `app-update.yml`, never from code; checks without downloading; installs only when told. Its
 * session refuses every request except to the feed's hosts, and those only while a check or
 * download runs.
 */
export function electronUpdaterSource(opts: {
  isPackaged: boolean;
  resourcesPath: string;
  /** Electron's `session.fromPartition`. */
  fromPartition: (partition: string, options: { cache: boolean }) => Session;
  /** Loads electron-updater (tests hand a fake). */
  load?: () => Promise<{ autoUpdater: ElectronUpdater }>;
}): UpdaterSource {
  const configPath = join(opts.resourcesPath, 'app-update.yml');
  const feed = opts.isPackaged ? readFeedConfig(configPath) : null;
  const unavailable = !opts.isPackaged ? NOT_INSTALLED : feed ? null : NO_FEED;
  let port: Promise<UpdaterPort> | null = null;

  const build = async (): Promise<UpdaterPort> => {
    if (!feed) throw new Error(unavailable ?? NO_FEED);
    // The guard is in place before electron-updater exists.
    const guard = guardUpdaterSession(
      opts.fromPartition(UPDATER_PARTITION, { cache: false }),
      feedHosts(feed),
    );
    const load = opts.load ?? loadElectronUpdater;
    const { autoUpdater: u } = await load();
    u.updateConfigPath = configPath;
    u.forceDevUpdateConfig = false;
    u.autoDownload = false;
    u.autoInstallOnAppQuit = false;
    u.allowPrerelease = false;
    u.allowDowngrade = false;
    u.logger = null;
    const whileOpen = async <T>(fn: () => Promise<T>): Promise<T> => {
      guard.open();
      try {
        return await fn();
      } finally {
        guard.close();
      }
    };
    return {
      check: () =>
        whileOpen(async () => {
          const r = await u.checkForUpdates();
          return r?.isUpdateAvailable ? r.updateInfo.version : null;
        }),
      download: (onProgress) =>
        whileOpen(async () => {
          const progress = (p: { percent: number }): void => onProgress(p.percent);
          u.on('download-progress', progress);
          try {
            await u.downloadUpdate();
          } finally {
            u.removeListener('download-progress', progress);
          }
        }),
      install: () => u.quitAndInstall(false, true),
    };
  };

  return {
    unavailable,
    create: () => {
      port ??= build().catch((err: unknown) => {
        port = null;
        throw err;
      });
      return port;
    },
  };
}
