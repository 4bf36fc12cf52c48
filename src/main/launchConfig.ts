import { join } from 'node:path';

/** Where the running app finds its own files and data, and which test hooks it honours. */
export interface LaunchConfig {
  /** The folder holding the vault and settings. */
  dataDir: string;
  /** The built app (`out/`): main, preload and renderer bundles. */
  outDir: string;
  /** The preload bundle the window loads. */
  preloadPath: string;
  /** Images the operating system reads by path (tray, window and notification icons). */
  resourcesDir: string;
  /** electron-vite's dev server, when running `npm run dev`. */
  devServerUrl: string | undefined;
  /** End-to-end tests read the tray menu from the main process. */
  e2eHooks: boolean;
  /** The DevTools menu items and shortcut. */
  devTools: boolean;
}

/** What the launch config is derived from; the shell passes the real values. */
export interface LaunchFacts {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The folder of the main bundle (`out/main`). */
  mainDir: string;
  /** Electron's `process.resourcesPath`: the folder holding app.asar when packaged. */
  resourcesPath: string;
  /** Electron's `app.getPath('userData')`. */
  userData: string;
}

/**
 * Reads the launch config. A packaged app is a user's app, not a test bench: it ignores every
 * test hook (`UPWARD_DATA_DIR`, `ELECTRON_RENDERER_URL`, `UPWARD_E2E`) and has no DevTools.
 */
export function launchConfig(facts: LaunchFacts): LaunchConfig {
  const outDir = join(facts.mainDir, '..');
  const preloadPath = join(outDir, 'preload', 'index.cjs');
  if (facts.isPackaged) {
    return {
      dataDir: facts.userData,
      outDir,
      preloadPath,
      // electron-builder's extraResources copies the images beside app.asar, where the OS can read them.
      resourcesDir: join(facts.resourcesPath, 'assets'),
      devServerUrl: undefined,
      e2eHooks: false,
      devTools: false,
    };
  }
  return {
    dataDir: facts.env.UPWARD_DATA_DIR || facts.userData,
    outDir,
    preloadPath,
    resourcesDir: join(outDir, '..', 'resources'),
    devServerUrl: facts.env.ELECTRON_RENDERER_URL || undefined,
    e2eHooks: facts.env.UPWARD_E2E === '1',
    devTools: true,
  };
}

/** Every file the shell reads from `resourcesDir` on a platform: the packaging test checks each is shipped. */
export function shellResourceFiles(platform: string): string[] {
  const tray =
    platform === 'darwin'
      ? ['trayTemplate.png', 'trayTemplate@2x.png']
      : platform === 'win32'
        ? ['tray.ico']
        : ['tray.png', 'tray@2x.png'];
  return platform === 'linux' ? ['icon.png', ...tray] : tray;
}
