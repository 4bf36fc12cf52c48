import { join } from 'node:path';
import { app, type BrowserWindow, ipcMain, Menu, Notification, powerMonitor, session } from 'electron';
import { eventChannel, type EventName } from '../shared/ipc/events';
import { createCore, type Core } from './core/core';
import { systemClock, systemTimers } from './core/platform/real';
import { bindContract } from './ipcBinder';
import { buildAppMenu } from './menu';
import { hardenSession, isAppUrl } from './security';
import { createShellServices } from './shellServices';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let appUrl = '';
let core: Core | null = null;

function send(name: EventName, payload: unknown): void {
  mainWindow?.webContents.send(eventChannel(name), payload);
}

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  // Tests point the app at a fresh folder; users get the platform's app-data folder.
  const dataDir = process.env.UPWARD_DATA_DIR ?? app.getPath('userData');
  const outDir = join(__dirname, '..');
  core = await createCore({
    dataDir,
    clock: systemClock,
    timers: systemTimers,
    notifier: {
      show: (n) => {
        const notification = new Notification({ title: n.title, body: n.body, silent: false });
        notification.on('click', () => {
          showWindow();
          send('navigate', { route: n.route });
        });
        notification.show();
      },
    },
    shell: createShellServices(() => mainWindow),
    events: { emit: (name, payload) => send(name as EventName, payload) },
    appVersion: app.getVersion(),
    shellKind: 'electron',
    platform: process.platform,
  });
  const c = core;

  const created = createMainWindow({
    outDir,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    openExternal: (url) => void c.handlers.app.openExternal({ url }),
  });
  mainWindow = created.window;
  appUrl = created.url;
  hardenSession(session.defaultSession, appUrl);
  const windowId = mainWindow.webContents.id;
  bindContract(ipcMain, c.dispatch, (event) => event.sender.id === windowId && isAppUrl(event.senderFrame?.url ?? '', appUrl));

  Menu.setApplicationMenu(buildAppMenu({ send, isMac: process.platform === 'darwin' }));

  powerMonitor.on('suspend', () => void c.vault.lock('suspend'));
  powerMonitor.on('lock-screen', () => void c.vault.lock('screen-lock'));

  mainWindow.on('close', (e) => {
    if (process.platform !== 'darwin' && c.settings.get().closeToTray && !quitting) {
      e.preventDefault();
      mainWindow?.hide();
    }
  });
}

let quitting = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showWindow());
  app.on('before-quit', (e) => {
    if (quitting || !core) return;
    quitting = true;
    e.preventDefault();
    void core.dispose().finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => showWindow());
  void app.whenReady().then(start);
}
