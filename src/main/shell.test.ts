import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, Session, WebContents } from 'electron';
import {
  FakeBrowserWindow,
  FakeWebContents,
  createFakeIpcMain,
  createFakeSession,
} from './testing/fakeElectron';

vi.mock('electron', () => ({ BrowserWindow: FakeBrowserWindow }));

const { createMainWindow, secureWebPreferences, rendererUrl } = await import('./window');
const { hardenWebContents, hardenSession, isAppUrl } = await import('./security');
const { bindContract } = await import('./ipcBinder');
const { listChannels } = await import('../shared/ipc/contract');

const APP = 'file:///opt/upward/out/renderer/index.html';

describe('the main window', () => {
  it('is isolated, sandboxed and has no Node integration', () => {
    const prefs = secureWebPreferences('/p/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('loads the built page with the bundled preload, hardened', () => {
    const opened: string[] = [];
    const { url } = createMainWindow({
      outDir: '/opt/upward/out',
      openExternal: (u) => opened.push(u),
    });
    const win = FakeBrowserWindow.created.at(-1)!;
    expect(url).toBe(APP);
    expect(win.loaded).toBe(APP);
    expect((win.options.webPreferences as Record<string, unknown>).preload).toBe(
      '/opt/upward/out/preload/index.cjs',
    );
    expect(win.webContents.windowOpenHandler).not.toBeNull();
  });

  it('tells the page about its first screen in the address it loads, for that load only', () => {
    const { url } = createMainWindow({
      outDir: '/opt/upward/out',
      openExternal: () => undefined,
      firstScreenQuery: '?first=unlock&theme=dark',
    });
    expect(url).toBe(APP);
    expect(FakeBrowserWindow.created.at(-1)!.loaded).toBe(`${APP}?first=unlock&theme=dark`);
    expect(isAppUrl(`${APP}?first=unlock&theme=dark`, APP)).toBe(true);
  });

  it('uses the dev server only when electron-vite gives one', () => {
    expect(rendererUrl('/x/out', 'http://localhost:5173')).toBe('http://localhost:5173');
    expect(rendererUrl('/x/out', undefined)).toBe('file:///x/out/renderer/index.html');
  });
});

describe('navigation and new windows', () => {
  const setup = (): { wc: FakeWebContents; opened: string[] } => {
    const wc = new FakeWebContents();
    const opened: string[] = [];
    hardenWebContents(wc as unknown as WebContents, APP, (u) => opened.push(u));
    return { wc, opened };
  };

  it('denies window.open and sends web links to the system browser', () => {
    const { wc, opened } = setup();
    expect(wc.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/']);
  });

  it('prevents navigating away from the app', () => {
    const { wc, opened } = setup();
    expect(wc.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(wc.emit('will-navigate', 'file:///tmp/other.html')).toBe(true);
    expect(wc.emit('will-navigate', `${APP}#/journal`)).toBe(false);
    expect(opened).toEqual(['https://evil.example/']);
  });

  it('recognises only the app’s own page', () => {
    expect(isAppUrl(`${APP}#/x`, APP)).toBe(true);
    expect(isAppUrl('file:///opt/upward/out/renderer/other.html', APP)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
  });
});

describe('the session', () => {
  it('denies every permission and every request leaving the app', () => {
    const s = createFakeSession();
    hardenSession(s as unknown as Session, APP);
    let granted: boolean | null = null;
    s.permissionRequest!(null, 'notifications', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(s.permissionCheck!()).toBe(false);
    const verdict = (url: string): boolean => {
      let cancel = false;
      s.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://fonts.example.com/font.woff2')).toBe(true);
    expect(verdict('http://127.0.0.1:9/')).toBe(true);
    expect(verdict(`${APP}`)).toBe(false);
  });
});

describe('the IPC binder', () => {
  const trusted = { sender: { id: 1 }, senderFrame: { url: APP } };
  const dispatch = vi.fn(async (channel: string, payload: unknown) => ({
    ok: true as const,
    value: { channel, payload },
  }));

  it('binds every channel of the contract, once', () => {
    const ipc = createFakeIpcMain();
    bindContract(ipc as unknown as IpcMain, dispatch, () => true);
    expect([...ipc.handlers.keys()].sort()).toEqual(
      listChannels()
        .map((c) => c.name)
        .sort(),
    );
    expect(() => bindContract(ipc as unknown as IpcMain, dispatch, () => true)).toThrow(
      /second handler/,
    );
  });

  it('refuses messages from anything but the app’s window, before parsing', async () => {
    const ipc = createFakeIpcMain();
    bindContract(
      ipc as unknown as IpcMain,
      dispatch,
      (e) => (e as unknown as typeof trusted).senderFrame.url === APP,
    );
    dispatch.mockClear();
    const evil = await ipc.handlers.get('vault:status')!(
      { sender: { id: 2 }, senderFrame: { url: 'https://evil.example/' } },
      undefined,
    );
    expect(evil).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(dispatch).not.toHaveBeenCalled();
    const ok = await ipc.handlers.get('vault:status')!(trusted, undefined);
    expect(ok).toEqual({ ok: true, value: { channel: 'vault:status', payload: undefined } });
  });
});
