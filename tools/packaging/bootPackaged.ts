/**
 * Boots a packaged main bundle under plain Node with the `electron` stand-in, then quits it, and
 * writes what happened to UPWARD_BOOT_REPORT as JSON. Run by packaged.test.ts in a child process:
 *   node --import tsx --import ./registerHook.mjs bootPackaged.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Module from 'node:module';
import { pathToFileURL } from 'node:url';
import * as electronStandIn from '../../src/main/testing/electronStandIn';
import {
  BrowserWindow,
  app,
  Tray,
  ipcMain,
  quitted,
  session,
  standIn,
} from '../../src/main/testing/electronStandIn';

/** What one boot of the packaged app did. */
export interface BootReport {
  /** Why the boot failed, if it did (a missing module, a throw in start-up). */
  error: string | null;
  steps: string[];
  pathsRead: string[];
  windows: { webPreferences: Record<string, unknown>; loaded: string | null }[];
  ipcChannels: string[];
  /** The answer of vault:status through the bound IPC channel, from the app's own page. */
  statusAnswer: unknown;
  /** The answer of vault:openedArchive: the .upward file the app was started with. */
  openedAnswer: unknown;
  /** Whether the hardened session let a web request through. */
  webRequestAllowed: boolean | null;
  trays: { image: string; tooltip: string; menuLabels: string[] }[];
  menuRoles: string[];
  quitClean: boolean;
  /** Sessions asked for by partition (electron-updater's own, when a check ran). */
  partitions: { partition: string; options: unknown }[];
  /** Every request made with Electron's `net`, and whether its session's guard let it through. */
  netRequests: { url: string; partition: string; allowed: boolean }[];
  /** The answer of updates:status, from the app's own page. */
  updateStatus: unknown;
  /** Whether the window's session would let a request to the release feed through. */
  pageSessionAllowsFeed: boolean | null;
}

// Bundled CommonJS libraries (electron-updater) call `require('electron')`, which Electron answers
// from anywhere in its main process; here the stand-in answers it, as the resolve hook does for imports.
const cjs = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = cjs._load;
cjs._load = (request, ...rest) =>
  request === 'electron' ? electronStandIn : load(request, ...rest);

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

/** Waits for a condition the shell reaches asynchronously, giving up after `tries` turns. */
async function until(done: () => boolean, tries = 400): Promise<boolean> {
  for (let i = 0; i < tries && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  return done();
}

type MenuItem = { role?: string; label?: string; submenu?: MenuItem[] };
const roles = (items: MenuItem[]): string[] =>
  items.flatMap((i) => [...(i.role ? [i.role] : []), ...(i.submenu ? roles(i.submenu) : [])]);

async function boot(): Promise<BootReport> {
  standIn.isPackaged = process.env.UPWARD_BOOT_PACKAGED !== '0';
  standIn.userData = env('UPWARD_BOOT_USER_DATA');
  standIn.appPath = env('UPWARD_BOOT_APP_PATH');
  standIn.version = env('UPWARD_BOOT_VERSION');
  Object.defineProperty(process, 'resourcesPath', { value: env('UPWARD_BOOT_RESOURCES') });
  const report: BootReport = {
    error: null,
    steps: standIn.steps,
    pathsRead: standIn.pathsRead,
    windows: [],
    ipcChannels: [],
    statusAnswer: null,
    openedAnswer: null,
    webRequestAllowed: null,
    trays: [],
    menuRoles: [],
    quitClean: false,
    partitions: standIn.partitions,
    netRequests: standIn.netRequests,
    updateStatus: null,
    pageSessionAllowsFeed: null,
  };
  // A user who turned update checks on (settings.json beside the vault), running the AppImage.
  const updatesOn = process.env.UPWARD_BOOT_UPDATES_ON === '1';
  if (updatesOn) {
    await mkdir(standIn.userData, { recursive: true });
    await writeFile(
      join(standIn.userData, 'settings.json'),
      JSON.stringify({ settings: { checkForUpdates: true, updatesOffered: true } }),
    );
    process.env.APPIMAGE = join(standIn.userData, 'Upward.AppImage');
  }
  const failures: string[] = [];
  process.on('unhandledRejection', (e) => failures.push(String(e)));
  // As Windows and Linux start the app for a double-clicked file.
  if (process.env.UPWARD_BOOT_OPEN_FILE) process.argv.push(process.env.UPWARD_BOOT_OPEN_FILE);
  try {
    await import(pathToFileURL(env('UPWARD_BOOT_MAIN')).href);
    const started = await until(() => Tray.created.length > 0 || failures.length > 0);
    if (!started) throw new Error('The app never created its tray');
    if (failures.length > 0) throw new Error(failures.join('\n'));
    await until(() => Tray.created[0]?.menus.length > 0);
  } catch (e) {
    report.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return report;
  }

  report.windows = BrowserWindow.created.map((w) => ({
    webPreferences: w.options.webPreferences as Record<string, unknown>,
    loaded: w.loaded,
  }));
  report.ipcChannels = [...ipcMain.handlers.keys()].sort();
  const win = BrowserWindow.created[0];
  const fromPage = { sender: { id: win?.webContents.id }, senderFrame: { url: win?.loaded } };
  report.statusAnswer = await ipcMain.handlers.get('vault:status')?.(fromPage, undefined);
  report.openedAnswer = await ipcMain.handlers.get('vault:openedArchive')?.(fromPage, undefined);
  session.defaultSession.beforeRequest?.({ url: 'https://example.com/' }, (r) => {
    report.webRequestAllowed = !r.cancel;
  });
  type Answer = { ok: boolean; value?: { state?: { phase?: string } } };
  const updateStatus = async (): Promise<Answer | undefined> =>
    (await ipcMain.handlers.get('updates:status')?.(fromPage, undefined)) as Answer | undefined;
  if (updatesOn) {
    // The first check runs at start (none was ever made); it fails, as there is no network here.
    // A package that names no feed says so at once instead.
    const done = async (): Promise<boolean> => {
      const v = (await updateStatus())?.value as
        { unavailable?: string | null; state?: { phase?: string } } | undefined;
      return !!v?.unavailable || v?.state?.phase === 'error';
    };
    for (let i = 0; i < 400 && !(await done()); i++) await new Promise((r) => setTimeout(r, 25));
  }
  report.updateStatus = await updateStatus();
  session.defaultSession.beforeRequest?.({ url: 'https://github.com/x/y/releases.atom' }, (r) => {
    report.pageSessionAllowsFeed = !r.cancel;
  });
  report.trays = Tray.created.map((t) => ({
    image: (t.image as unknown as { path: string }).path,
    tooltip: t.tooltip,
    menuLabels: t.menu().template.flatMap((i) => (typeof i.label === 'string' ? [i.label] : [])),
  }));
  report.menuRoles = roles((standIn.applicationMenu?.template ?? []) as MenuItem[]);

  app.quit();
  report.quitClean = await Promise.race([
    quitted.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 10_000).unref()),
  ]);
  if (failures.length > 0) report.error = failures.join('\n');
  return report;
}

const report = await boot();
await writeFile(env('UPWARD_BOOT_REPORT'), JSON.stringify(report, null, 2));
// The process then ends on its own: anything the app left running after quitting keeps it alive.
