import { join } from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { EventName } from '../shared/ipc/events';
import type { Core } from './core/core';
import type { TrayAction, TrayModel } from './core/services/reminders/trayModel';

/** The tray icon file for a platform: a template image on macOS, an .ico on Windows, a PNG elsewhere (each with its @2x beside it). */
export function trayIconPath(resourcesDir: string, platform: string): string {
  if (platform === 'darwin') return join(resourcesDir, 'trayTemplate.png');
  if (platform === 'win32') return join(resourcesDir, 'tray.ico');
  return join(resourcesDir, 'tray.png');
}

/** The native menu template for a tray model; each action calls its handler. */
export function trayMenuTemplate(
  model: TrayModel,
  actions: Record<TrayAction, () => void>,
): MenuItemConstructorOptions[] {
  return model.items.map((item): MenuItemConstructorOptions => {
    if (item.kind === 'separator') return { type: 'separator' };
    if (item.kind === 'info') return { label: item.label, enabled: false };
    return { label: item.label, enabled: item.enabled, click: () => actions[item.action]() };
  });
}

/** The tray while the app runs. */
export interface AppTray {
  /** Reads the model again and updates the menu if anything changed. */
  refresh(): Promise<void>;
  /** The menu's labels as shown (separators left out), for tests. */
  labels(): string[];
  destroy(): void;
}

/** Creates the tray icon with its menu. The words come from core's tray model; this only shows them. */
export function createAppTray(opts: {
  resourcesDir: string;
  platform: string;
  model: () => Promise<TrayModel>;
  actions: Record<TrayAction, () => void>;
}): AppTray {
  const image = nativeImage.createFromPath(trayIconPath(opts.resourcesDir, opts.platform));
  if (opts.platform === 'darwin') image.setTemplateImage(true);
  const tray = new Tray(image);
  tray.setToolTip('Upward');
  // Windows users expect a click on the icon to open the app; elsewhere a click shows the menu.
  if (opts.platform === 'win32') tray.on('click', () => opts.actions.open());
  let shown = '';
  let labels: string[] = [];
  let running: Promise<void> | null = null;
  let again = false;
  let destroyed = false;

  const apply = (model: TrayModel): void => {
    const signature = JSON.stringify(model);
    if (signature === shown || destroyed) return;
    shown = signature;
    labels = model.items.flatMap((i) => (i.kind === 'separator' ? [] : [i.label]));
    tray.setToolTip(model.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(model, opts.actions)));
  };

  const refresh = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          apply(await opts.model());
        } catch {
          // Keep the menu shown last; the next change tries again.
        }
      } while (again && !destroyed);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    refresh,
    labels: () => [...labels],
    destroy() {
      destroyed = true;
      tray.destroy();
    },
  };
}

/** What the tray needs from the rest of the shell. */
export interface TrayShell {
  core: Pick<Core, 'reminders' | 'vault'>;
  resourcesDir: string;
  platform: string;
  showWindow(): void;
  /** Sends an event to the window (e.g. `navigate`). */
  send(name: EventName, payload: unknown): void;
  quit(): void;
}

/** Creates the tray and keeps it current: the reminders service says when the next 1:1, the lock or the settings changed. */
export function startTray(shell: TrayShell): AppTray {
  const tray = createAppTray({
    resourcesDir: shell.resourcesDir,
    platform: shell.platform,
    model: () => shell.core.reminders.tray(),
    actions: {
      open: () => shell.showWindow(),
      'new-journal-entry': () => {
        shell.showWindow();
        // The window opens the new entry now, or right after the vault is unlocked.
        shell.send('navigate', { route: '/journal/new' });
      },
      lock: () => void shell.core.vault.lock('user'),
      quit: () => shell.quit(),
    },
  });
  shell.core.reminders.onUpdate(() => void tray.refresh());
  void tray.refresh();
  return tray;
}
