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
      if (handlers.has(name))
        throw new Error(`Attempted to register a second handler for '${name}'`);
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
  setPermissionRequestHandler: (
    fn: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void,
  ) => void;
  setPermissionCheckHandler: (fn: () => boolean) => void;
  webRequest: {
    onBeforeRequest: (
      fn: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void,
    ) => void;
  };
  spellcheck: { enabled: boolean | null; downloadUrl: string | null; languages: string[] | null };
  setSpellCheckerEnabled: (on: boolean) => void;
  setSpellCheckerDictionaryDownloadURL: (url: string) => void;
  setSpellCheckerLanguages: (languages: string[]) => void;
} {
  const s = {
    permissionRequest: null as
      ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null,
    permissionCheck: null as (() => boolean) | null,
    beforeRequest: null as
      ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null,
    setPermissionRequestHandler(
      fn: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void,
    ) {
      s.permissionRequest = fn;
    },
    setPermissionCheckHandler(fn: () => boolean) {
      s.permissionCheck = fn;
    },
    webRequest: {
      onBeforeRequest(
        fn: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void,
      ) {
        s.beforeRequest = fn;
      },
    },
    spellcheck: {
      enabled: null as boolean | null,
      downloadUrl: null as string | null,
      languages: null as string[] | null,
    },
    setSpellCheckerEnabled(on: boolean) {
      s.spellcheck.enabled = on;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      s.spellcheck.downloadUrl = url;
    },
    setSpellCheckerLanguages(languages: string[]) {
      s.spellcheck.languages = languages;
    },
  };
  return s;
}

/** A fake nativeImage recording the file it was made from. */
export class FakeNativeImage {
  template = false;
  constructor(readonly path: string) {}
  setTemplateImage(on: boolean): void {
    this.template = on;
  }
  isEmpty(): boolean {
    return false;
  }
}

/** The fake `nativeImage` module. */
export const fakeNativeImage = {
  createFromPath: (path: string): FakeNativeImage => new FakeNativeImage(path),
};

/** A fake Menu: keeps the template it was built from. */
export class FakeMenu {
  constructor(readonly template: Record<string, unknown>[]) {}
  static buildFromTemplate(template: Record<string, unknown>[]): FakeMenu {
    return new FakeMenu(template);
  }
  /** Clicks the item with this label, as the user would. */
  click(label: string): void {
    const item = this.template.find((i) => i.label === label);
    if (!item) throw new Error(`No menu item "${label}"`);
    if (item.enabled === false) throw new Error(`Menu item "${label}" is disabled`);
    (item.click as () => void)();
  }
}

/** A fake Tray recording its image, tooltip and menus. */
export class FakeTray {
  static created: FakeTray[] = [];
  tooltip = '';
  menus: FakeMenu[] = [];
  destroyed = false;
  listeners = new Map<string, Handler[]>();
  constructor(readonly image: FakeNativeImage) {
    FakeTray.created.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenu): void {
    this.menus.push(menu);
  }
  on(event: string, fn: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  emit(event: string): void {
    (this.listeners.get(event) ?? []).forEach((fn) => fn());
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** The menu shown now. */
  menu(): FakeMenu {
    const m = this.menus.at(-1);
    if (!m) throw new Error('The tray has no menu yet');
    return m;
  }
}

/** A fake Notification recording what was shown. */
export class FakeNotification {
  static shown: FakeNotification[] = [];
  static supported = true;
  listeners = new Map<string, Handler[]>();
  constructor(readonly options: { title: string; body: string; icon?: unknown }) {}
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  on(event: string, fn: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  show(): void {
    FakeNotification.shown.push(this);
  }
  /** The user clicks the notification. */
  click(): void {
    (this.listeners.get('click') ?? []).forEach((fn) => fn());
  }
}

/** A fake powerMonitor whose events tests fire by hand. */
export function createFakePowerMonitor(): {
  on: (event: string, fn: () => void) => void;
  fire: (event: string) => void;
} {
  const listeners = new Map<string, (() => void)[]>();
  return {
    on: (event, fn) => void listeners.set(event, [...(listeners.get(event) ?? []), fn]),
    fire: (event) => (listeners.get(event) ?? []).forEach((fn) => fn()),
  };
}

/** A fake `app` recording login item settings. */
export function createFakeApp(opts: { isPackaged?: boolean; appPath?: string } = {}): {
  isPackaged: boolean;
  getAppPath: () => string;
  loginItems: { openAtLogin?: boolean }[];
  setLoginItemSettings: (s: { openAtLogin?: boolean }) => void;
} {
  const loginItems: { openAtLogin?: boolean }[] = [];
  return {
    isPackaged: opts.isPackaged ?? false,
    getAppPath: () => opts.appPath ?? '/opt/upward',
    loginItems,
    setLoginItemSettings: (s) => void loginItems.push(s),
  };
}

/** A fake `shell` recording what it was asked to show, open and hand to the system. */
export function createFakeShell(opts: { openPathError?: string } = {}): {
  shown: string[];
  opened: string[];
  external: string[];
  showItemInFolder: (path: string) => void;
  openPath: (path: string) => Promise<string>;
  openExternal: (url: string) => Promise<void>;
} {
  const s = {
    shown: [] as string[],
    opened: [] as string[],
    external: [] as string[],
    showItemInFolder: (path: string) => void s.shown.push(path),
    openPath: async (path: string) => {
      s.opened.push(path);
      return opts.openPathError ?? '';
    },
    openExternal: async (url: string) => void s.external.push(url),
  };
  return s;
}
