import { clipboard, dialog, shell, type BrowserWindow } from 'electron';
import { isSafeLink } from '../shared/domain/richtext';
import type { ShellServices } from './core/platform/types';

/** File dialogs, clipboard and links through Electron, parented to the main window. */
export function createShellServices(getWindow: () => BrowserWindow | null): ShellServices {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const win = getWindow();
      const opts = { title, defaultPath: defaultName, filters };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const win = getWindow();
      const opts = { title, filters, properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseFolder({ title }) {
      const win = getWindow();
      const opts = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async openExternal(url) {
      if (isSafeLink(url)) await shell.openExternal(url);
    },
    async copyText(text) {
      await clipboard.writeText(text);
    },
  };
}
