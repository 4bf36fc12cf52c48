import { homedir, hostname } from 'node:os';
import { basename, join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, powerMonitor, session } from 'electron';
import { eventChannel, type EventName } from '../shared/ipc/events';
import { createCore, type Core } from './core/core';
import { systemClock, systemTimers } from './core/platform/real';
import { bindContract } from './ipcBinder';
import { applyLaunchAtLogin } from './loginItem';
import { buildAppMenu } from './menu';
import { watchPower } from './power';
import { hardenSession, isAppUrl } from './security';
import { createShellServices } from './shellServices';
import { startTray, type AppTray } from './tray';
import { createNotifier } from './trayNotifications';
import { archiveFromArgv } from './openedFile';
import { createMainWindow, rendererUrl } from './window';
import { launchConfig } from './launchConfig';
import { configureSpellcheck, spellcheckOn } from './spellcheck';
import { electronUpdaterSource } from './updater';
import { createScriptedUpdates } from './core/updates/scriptedUpdater';

let mainWindow: BrowserWindow | null = null;
let appUrl = '';
let core: Core | null = null;
let tray: AppTray | null = null;

function send(name: EventName, payload: unknown): void {
  mainWindow?.webContents.send(eventChannel(name), payload);
}

// An encrypted copy the user opened Upward with, kept until the core is there to take it.
let openedBeforeStart: string | null = archiveFromArgv(process.argv);

/** The user opened a `.upward` file with Upward (double-click): the window offers to import it. */
function openArchive(path: string | null): void {
  if (!path) return;
  if (!core) {
    openedBeforeStart = path;
    return;
  }
  core.vault.openArchiveFile(path);
  send('archiveOpened', { name: basename(path) });
  showWindow();
}

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const launch = launchConfig({
    isPackaged: app.isPackaged,
    env: process.env,
    mainDir: __dirname,
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
  });
  const { resourcesDir } = launch;
  const linuxIcon = process.platform === 'linux' ? join(resourcesDir, 'icon.png') : undefined;
  if (process.platform === 'win32') app.setAppUserModelId('app.upward.desktop');
  // The session is locked down before any page of the app loads.
  appUrl = rendererUrl(launch.outDir, launch.devServerUrl);
  hardenSession(session.defaultSession, appUrl);
  configureSpellcheck(session.defaultSession, process.platform, join(resourcesDir, 'dictionaries'));
  // The installed app's updater (built only for a check the user turned on); end-to-end tests
  // of a source checkout get a scripted one with no network, which a packaged app never uses.
  const scripted = launch.e2eHooks ? createScriptedUpdates() : null;
  if (scripted) Object.assign(globalThis, { __upwardUpdates: scripted });
  const updates =
    scripted?.source ??
    electronUpdaterSource({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      fromPartition: (partition, options) => session.fromPartition(partition, options),
    });
  core = await createCore({
    dataDir: launch.dataDir,
    clock: systemClock,
    timers: systemTimers,
    // A click opens the meeting's agenda (after the passphrase if the vault is locked).
    notifier: createNotifier({
      iconPath: linuxIcon,
      onClick: (route) => {
        showWindow();
        send('navigate', { route });
      },
    }),
    shell: createShellServices(() => mainWindow),
    events: { emit: (name, payload) => send(name as EventName, payload) },
    appVersion: app.getVersion(),
    shellKind: 'electron',
    icsWorkerPath: join(__dirname, 'icsWorker.js'),
    platform: process.platform,
    computerName: hostname(),
    updates,
  });
  const c = core;
  if (openedBeforeStart) c.vault.openArchiveFile(openedBeforeStart);

  const created = createMainWindow({
    outDir: launch.outDir,
    devServerUrl: launch.devServerUrl,
    preloadPath: launch.preloadPath,
    openExternal: (url) => void c.handlers.app.openExternal({ url }),
    iconPath: linuxIcon,
    devTools: launch.devTools,
    spellcheck: spellcheckOn(process.platform),
    firstScreenQuery: await c.firstScreenQuery(),
  });
  mainWindow = created.window;
  const windowId = mainWindow.webContents.id;
  bindContract(
    ipcMain,
    c.dispatch,
    (event) => event.sender.id === windowId && isAppUrl(event.senderFrame?.url ?? '', appUrl),
  );

  Menu.setApplicationMenu(
    buildAppMenu({ send, isMac: process.platform === 'darwin', devTools: launch.devTools }),
  );

  // The page saves the draft being typed, then locks; if it cannot answer in time, main locks anyway.
  const lockSoon = (reason: 'suspend' | 'screen-lock'): void => {
    if (!c.vault.isUnlocked()) return;
    send('command', { id: 'lock' });
    setTimeout(() => void c.vault.lock(reason), 1000);
  };
  watchPower(powerMonitor, {
    suspend: () => lockSoon('suspend'),
    lockScreen: () => lockSoon('screen-lock'),
    resume: () => void c.reminders.onResume(),
  });

  tray = startTray({
    core: c,
    resourcesDir,
    platform: process.platform,
    showWindow,
    send,
    quit: () => app.quit(),
  });
  if (launch.e2eHooks) {
    // Lets end-to-end tests read the tray menu (Playwright evaluates in this process).
    Object.assign(globalThis, { __upwardTrayLabels: () => tray?.labels() ?? [] });
  } else {
    // Tests never touch the login items of the machine they run on.
    const loginEnv = {
      platform: process.platform,
      app,
      execPath: process.execPath,
      configDir: process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'),
    };
    let launchAtLogin = c.settings.get().launchAtLogin;
    void applyLaunchAtLogin(launchAtLogin, loginEnv).catch(() => undefined);
    c.settings.onChange((s) => {
      if (s.launchAtLogin === launchAtLogin) return;
      launchAtLogin = s.launchAtLogin;
      void applyLaunchAtLogin(launchAtLogin, loginEnv).catch(() => undefined);
    });
  }

  // Closing the window keeps Upward in the tray when the user chose so (always on macOS, as the platform expects).
  mainWindow.on('close', (e) => {
    if (quitting) return;
    if (c.settings.get().closeToTray || process.platform === 'darwin') {
      e.preventDefault();
      mainWindow?.hide();
    }
  });
}

let quitting = false;

/** A change that could not reach disk yet (disk full, …) would be lost by quitting: ask first. */
async function confirmQuitWithUnsavedChanges(c: Core): Promise<boolean> {
  if (c.vault.isUnlocked())
    await c.vault
      .store()
      .flush()
      .catch(() => undefined);
  const status = await c.handlers.vault.status(undefined);
  if (!status.pendingWriteError) return true;
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    buttons: ['Keep Upward open', 'Quit and lose the change'],
    defaultId: 0,
    cancelId: 0,
    title: 'A change is not saved yet',
    message: 'Upward could not save your latest change.',
    detail: `${status.pendingWriteError}\n\nIf you quit now, that change is lost. Free some space or fix the folder’s permissions, and Upward will save it on its own.`,
  });
  return response === 1;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_e, argv) => {
    showWindow();
    openArchive(archiveFromArgv(argv));
  });
  // macOS hands a double-clicked file over by event, possibly before the app is ready.
  app.on('open-file', (e, path) => {
    e.preventDefault();
    openArchive(path);
  });
  app.on('before-quit', (e) => {
    if (quitting || !core) return;
    e.preventDefault();
    const c = core;
    void confirmQuitWithUnsavedChanges(c).then((quit) => {
      if (!quit) return;
      quitting = true;
      tray?.destroy();
      void c.dispose().finally(() => app.quit());
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => showWindow());
  void app.whenReady().then(start);
}
