import { join } from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';
import { hardenWebContents } from './security';

/** The web preferences every window gets: isolated, sandboxed, no Node. */
export function secureWebPreferences(
  preloadPath: string,
  opts: { devTools?: boolean; spellcheck?: boolean } = {},
): WebPreferences {
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
    spellcheck: opts.spellcheck ?? false,
    devTools: opts.devTools ?? false,
    navigateOnDragDrop: false,
  };
}

/** Where the renderer is loaded from: the dev server in development, the built file otherwise. */
export function rendererUrl(outDir: string, devServerUrl: string | undefined): string {
  if (devServerUrl) return devServerUrl;
  return new URL(`file://${join(outDir, 'renderer', 'index.html')}`).toString();
}

/**
 * Creates the main window, hardened, loading the app's own page. The caller hardens the session
 * first: the page starts loading here. `url` is the page's address without the query it was
 * given for this load.
 */
export function createMainWindow(opts: {
  outDir: string;
  devServerUrl?: string;
  /** The preload bundle; by default the one beside the main bundle in `outDir`. */
  preloadPath?: string;
  openExternal: (url: string) => void;
  /** The window icon (Linux shows it in the task bar; macOS and Windows use the app's). */
  iconPath?: string;
  /** DevTools can be opened (development only). */
  devTools?: boolean;
  /** The system spellchecker (see spellcheck.ts). */
  spellcheck?: boolean;
  /** What the page is told about its first screen (`Core.firstScreenQuery`), for this load. */
  firstScreenQuery?: string;
}): { window: BrowserWindow; url: string } {
  const url = rendererUrl(opts.outDir, opts.devServerUrl);
  const preloadPath = opts.preloadPath ?? join(opts.outDir, 'preload', 'index.cjs');
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
    webPreferences: secureWebPreferences(preloadPath, {
      devTools: opts.devTools,
      spellcheck: opts.spellcheck,
    }),
  });
  hardenWebContents(window.webContents, url, opts.openExternal);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url + (opts.firstScreenQuery ?? ''));
  return { window, url };
}
