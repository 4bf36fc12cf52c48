import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { launchConfig, shellResourceFiles } from './launchConfig';
import { configureSpellcheck, spellcheckOn } from './spellcheck';
import { archiveFromArgv } from './openedFile';
import { FakeBrowserWindow, FakeMenu, createFakeSession } from './testing/fakeElectron';

vi.mock('electron', () => ({ BrowserWindow: FakeBrowserWindow, Menu: FakeMenu }));

const { appMenuTemplate } = await import('./menu');
const { secureWebPreferences } = await import('./window');

const HOOKS = {
  UPWARD_DATA_DIR: '/tmp/test-vault',
  ELECTRON_RENDERER_URL: 'http://localhost:5173',
  UPWARD_E2E: '1',
};
const facts = {
  mainDir: '/opt/Upward/resources/app.asar/out/main',
  resourcesPath: '/opt/Upward/resources',
  userData: '/home/ann/.config/Upward',
};

describe('a packaged app is not a test bench', () => {
  it('ignores every test hook and has no DevTools', () => {
    const c = launchConfig({ ...facts, isPackaged: true, env: HOOKS });
    expect(c).toEqual({
      dataDir: '/home/ann/.config/Upward',
      outDir: '/opt/Upward/resources/app.asar/out',
      preloadPath: '/opt/Upward/resources/app.asar/out/preload/index.cjs',
      resourcesDir: '/opt/Upward/resources/assets',
      devServerUrl: undefined,
      e2eHooks: false,
      devTools: false,
    });
  });

  it('honours the hooks when run from the source tree (development and tests)', () => {
    const c = launchConfig({
      isPackaged: false,
      env: HOOKS,
      mainDir: '/src/upward/out/main',
      resourcesPath: '/usr/lib/electron/resources',
      userData: '/home/ann/.config/Electron',
    });
    expect(c.dataDir).toBe('/tmp/test-vault');
    expect(c.devServerUrl).toBe('http://localhost:5173');
    expect(c.e2eHooks).toBe(true);
    expect(c.devTools).toBe(true);
    expect(c.resourcesDir).toBe('/src/upward/resources');
    const plain = launchConfig({ ...facts, isPackaged: false, env: {} });
    expect(plain.dataDir).toBe('/home/ann/.config/Upward');
    expect(plain.e2eHooks).toBe(false);
  });

  it('keeps reload and DevTools out of the packaged menu', () => {
    const roles = (t: MenuItemConstructorOptions[]): string[] =>
      t.flatMap((i) => [
        ...(i.role ? [String(i.role)] : []),
        ...(Array.isArray(i.submenu) ? roles(i.submenu) : []),
      ]);
    const packaged = roles(appMenuTemplate({ send: () => undefined, isMac: false }));
    expect(packaged).not.toContain('viewMenu');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).toContain('zoomIn');
    const dev = roles(appMenuTemplate({ send: () => undefined, isMac: false, devTools: true }));
    expect(dev).toContain('viewMenu');
    expect(secureWebPreferences('/p.cjs').devTools).toBe(false);
  });

  it('lists the images each platform reads by path', () => {
    expect(shellResourceFiles('linux')).toEqual(['icon.png', 'tray.png', 'tray@2x.png']);
    expect(shellResourceFiles('win32')).toEqual(['tray.ico']);
    expect(shellResourceFiles('darwin')).toEqual(['trayTemplate.png', 'trayTemplate@2x.png']);
  });
});

describe('the spellchecker never downloads', () => {
  it.each(['linux', 'win32'])('is off on %s, with dictionaries only from a local folder', (p) => {
    const s = createFakeSession();
    configureSpellcheck(s, p, '/opt/Upward/resources/assets/dictionaries');
    expect(s.spellcheck.enabled).toBe(false);
    expect(s.spellcheck.downloadUrl).toBe('file:///opt/Upward/resources/assets/dictionaries/');
    expect(s.spellcheck.languages).toBeNull();
    expect(spellcheckOn(p)).toBe(false);
    expect(secureWebPreferences('/p.cjs', { spellcheck: spellcheckOn(p) }).spellcheck).toBe(false);
  });

  it('uses the system spellchecker on macOS, still with no download address', () => {
    const s = createFakeSession();
    configureSpellcheck(s, 'darwin', '/Applications/Upward.app/Contents/Resources/assets/dict');
    expect(s.spellcheck.enabled).toBe(true);
    expect(new URL(s.spellcheck.downloadUrl ?? '').protocol).toBe('file:');
    expect(secureWebPreferences('/p.cjs', { spellcheck: spellcheckOn('darwin') }).spellcheck).toBe(
      true,
    );
  });
});

describe('a double-clicked encrypted copy', () => {
  it('is found among the arguments Windows and Linux start Upward with', () => {
    expect(archiveFromArgv(['/opt/Upward/upward', '/home/ann/Moving/Vault 2026.upward'])).toBe(
      '/home/ann/Moving/Vault 2026.upward',
    );
    expect(archiveFromArgv(['C:\\Upward\\Upward.exe', '--flag', 'D:\\copy.UPWARD'])).toBe(
      'D:\\copy.UPWARD',
    );
    expect(archiveFromArgv(['/opt/Upward/upward', '--no-sandbox'])).toBeNull();
    expect(archiveFromArgv(['/opt/Upward/upward', '/home/ann/notes.txt'])).toBeNull();
    // The program itself is never taken for the file.
    expect(archiveFromArgv(['/weird/name.upward'])).toBeNull();
  });
});
