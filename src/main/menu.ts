import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventName } from '../shared/ipc/events';

/** The View menu: zoom and full screen; reload and DevTools only in development. */
function viewMenu(devTools: boolean): MenuItemConstructorOptions {
  if (devTools) return { role: 'viewMenu' };
  return {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

/** The application menu template: Lock now (Ctrl/Cmd+L), new entry, the command palette, and the standard edit roles. */
export function appMenuTemplate(opts: {
  send: (name: EventName, payload: unknown) => void;
  isMac: boolean;
  /** Development builds keep the View menu's reload and DevTools items. */
  devTools?: boolean;
}): MenuItemConstructorOptions[] {
  const cmd = (id: string) => () => opts.send('command', { id });
  const template: MenuItemConstructorOptions[] = [
    ...(opts.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New journal entry', accelerator: 'CmdOrCtrl+N', click: cmd('new-journal-entry') },
        { label: 'Command palette…', accelerator: 'CmdOrCtrl+K', click: cmd('command-palette') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: cmd('settings') },
        { type: 'separator' },
        { label: 'Lock now', accelerator: 'CmdOrCtrl+L', click: cmd('lock') },
        { type: 'separator' },
        opts.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    viewMenu(opts.devTools ?? false),
    { role: 'windowMenu' },
  ];
  return template;
}

/** The application menu (see appMenuTemplate). */
export function buildAppMenu(opts: Parameters<typeof appMenuTemplate>[0]): Menu {
  return Menu.buildFromTemplate(appMenuTemplate(opts));
}
