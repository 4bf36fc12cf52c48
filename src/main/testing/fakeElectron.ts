/** A small stand-in for the parts of `electron` the shell uses, recording what the shell does. */
type Handler = (...args: unknown[]) => unknown;

/** A fake WebContents that records the handlers the shell installs. */
export class FakeWebContents {
  id = 1;
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
  listeners = new Map<string, Handler[]>();
  sent: { channel: string; payload: unknown }[] = [];
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }): void {
    this.windowOpenHandler = fn;
  }
  on(event: string, fn: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  /** Fires an event the way Electron would, returning whether a listener prevented it. */
  emit(event: string, url: string): boolean {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true) };
    (this.listeners.get(event) ?? []).forEach((fn) => fn(e, url));
    return prevented;
  }
}

/** A fake BrowserWindow capturing its constructor options. */
export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loaded: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    FakeBrowserWindow.created.push(this);
  }
  once(): this {
    return this;
  }
  on(): this {
    return this;
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
}

/** A fake ipcMain keeping the registered handlers so tests can invoke them. */
export function createFakeIpcMain(): {
  handlers: Map<string, (event: unknown, payload: unknown) => Promise<unknown>>;
  handle: (name: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => void;
  removeHandler: (name: string) => void;
} {
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  return {
    handlers,
    handle: (name, fn) => {
      if (handlers.has(name)) throw new Error(`Attempted to register a second handler for '${name}'`);
      handlers.set(name, fn);
    },
    removeHandler: (name) => void handlers.delete(name),
  };
}

/** A fake session recording the permission and request handlers. */
export function createFakeSession(): {
  permissionRequest: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null;
  permissionCheck: (() => boolean) | null;
  beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null;
  setPermissionRequestHandler: (fn: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void) => void;
  setPermissionCheckHandler: (fn: () => boolean) => void;
  webRequest: { onBeforeRequest: (fn: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) => void };
} {
  const s = {
    permissionRequest: null as ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null,
    permissionCheck: null as (() => boolean) | null,
    beforeRequest: null as ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null,
    setPermissionRequestHandler(fn: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void) {
      s.permissionRequest = fn;
    },
    setPermissionCheckHandler(fn: () => boolean) {
      s.permissionCheck = fn;
    },
    webRequest: {
      onBeforeRequest(fn: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) {
        s.beforeRequest = fn;
      },
    },
  };
  return s;
}
