import { join } from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';
import { hardenWebContents } from './security';

/** The web preferences every window gets: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
    navigateOnDragDrop: false,
  };
}

/** Where the renderer is loaded from: the dev server in development, the built file otherwise. */
export function rendererUrl(outDir: string, devServerUrl: string | undefined): string {
  if (devServerUrl) return devServerUrl;
  return new URL(`file://${join(outDir, 'renderer', 'index.html')}`).toString();
}

/** Creates the main window, hardened, loading the app's own page. */
export function createMainWindow(opts: {
  outDir: string;
  devServerUrl?: string;
  openExternal: (url: string) => void;
  /** The window icon (Linux shows it in the task bar; macOS and Windows use the app's). */
  iconPath?: string;
}): { window: BrowserWindow; url: string } {
  const url = rendererUrl(opts.outDir, opts.devServerUrl);
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 860,
    minHeight: 560,
    show: false,
    title: 'Upward',
    backgroundColor: '#f7f7f5',
    autoHideMenuBar: true,
    ...(opts.iconPath ? { icon: opts.iconPath } : {}),
    webPreferences: secureWebPreferences(join(opts.outDir, 'preload', 'index.cjs')),
  });
  hardenWebContents(window.webContents, url, opts.openExternal);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return { window, url };
}
