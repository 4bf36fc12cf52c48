import { clipboard, dialog, shell, type BrowserWindow } from 'electron';
import { isAllowedMailto } from '../shared/mailto';
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
      if (isExternalAllowed(url)) await shell.openExternal(url);
    },
    async copyText(text) {
      await clipboard.writeText(text);
    },
    showInFolder(path) {
      shell.showItemInFolder(path);
    },
    async openPath(path) {
      // Electron answers an error message instead of throwing.
      const failed = await shell.openPath(path);
      if (failed) throw new Error(failed);
    },
  };
}

/** Web links, and `mailto:` links only in the strict form the app makes (one address at most, subject and body). */
export function isExternalAllowed(url: string): boolean {
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed)) return true;
  return isAllowedMailto(trimmed);
}
