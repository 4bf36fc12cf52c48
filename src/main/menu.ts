import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventName } from '../shared/ipc/events';

/** The application menu: Lock now (Ctrl/Cmd+L), new entry, the command palette, and the standard edit roles. */
export function buildAppMenu(opts: {
  send: (name: EventName, payload: unknown) => void;
  isMac: boolean;
}): Menu {
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
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
