/**
 * A whole `electron` module made of the fakes in fakeElectron.ts, for booting the built (or
 * packaged) main bundle under plain Node. A module-resolution hook hands this file to every
 * `import … from 'electron'`; the boot harness configures `standIn` first and reads what the
 * shell did from it afterwards.
 */
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import {
  FakeBrowserWindow,
  FakeMenu,
  FakeNotification,
  FakeTray,
  createFakeIpcMain,
  createFakePowerMonitor,
  createFakeSession,
} from './fakeElectron';

type Listener = (...args: unknown[]) => unknown;

/** What the harness sets before the bundle loads, and what the shell did, in order. */
export const standIn = {
  isPackaged: true,
  userData: '',
  appPath: '',
  version: '0.0.0',
  /** Every step the shell took that the boot test checks the order of. */
  steps: [] as string[],
  /** Every file path the shell handed to Electron to read (images, preload, page). */
  pathsRead: [] as string[],
  applicationMenu: null as FakeMenu | null,
  quitRequested: 0,
  quitDone: false,
  /** Sessions the shell asked for by partition (the updater's own). */
  partitions: [] as { partition: string; options: unknown }[],
  /** Every request made with `net`, and whether its session's guard let it through. */
  netRequests: [] as { url: string; partition: string; allowed: boolean }[],
};

const appListeners = new Map<string, Listener[]>();
let resolveQuit: () => void = () => undefined;
/** Settles once the app has really quit (every before-quit listener let it through). */
export const quitted = new Promise<void>((resolve) => {
  resolveQuit = resolve;
});

function emitApp(event: string, ...args: unknown[]): boolean {
  let prevented = false;
  const e = { preventDefault: () => (prevented = true) };
  (appListeners.get(event) ?? []).forEach((fn) => fn(e, ...args));
  return prevented;
}

/** The parts of Electron's `app` the shell uses. */
export interface StandInApp {
  readonly isPackaged: boolean;
  getPath(name: string): string;
  getAppPath(): string;
  getVersion(): string;
  getName(): string;
  requestSingleInstanceLock(): boolean;
  setAppUserModelId(id: string): void;
  setLoginItemSettings(s: unknown): void;
  getLoginItemSettings(): { openAtLogin: boolean };
  whenReady(): Promise<void>;
  on(event: string, fn: Listener): StandInApp;
  quit(): void;
}

/** The fake `app`. */
export const app: StandInApp = {
  get isPackaged(): boolean {
    return standIn.isPackaged;
  },
  getPath: (name: string): string => {
    if (name !== 'userData') throw new Error(`The boot stand-in has no path "${name}"`);
    return standIn.userData;
  },
  getAppPath: (): string => standIn.appPath,
  getVersion: (): string => standIn.version,
  getName: (): string => 'Upward',
  requestSingleInstanceLock: (): boolean => true,
  setAppUserModelId: (): void => undefined,
  setLoginItemSettings: (): void => undefined,
  getLoginItemSettings: (): { openAtLogin: boolean } => ({ openAtLogin: false }),
  whenReady: (): Promise<void> => Promise.resolve(),
  on(event: string, fn: Listener): StandInApp {
    appListeners.set(event, [...(appListeners.get(event) ?? []), fn]);
    return app;
  },
  quit(): void {
    standIn.quitRequested += 1;
    if (standIn.quitDone || emitApp('before-quit')) return;
    standIn.quitDone = true;
    standIn.steps.push('app:quit');
    emitApp('will-quit');
    emitApp('quit');
    resolveQuit();
  },
};

/** The fake default session: records its handlers and when they were installed. */
const defaultSession = createFakeSession();
for (const key of [
  'setPermissionRequestHandler',
  'setPermissionCheckHandler',
  'setSpellCheckerEnabled',
  'setSpellCheckerDictionaryDownloadURL',
] as const) {
  const original = defaultSession[key] as (arg: never) => void;
  Object.assign(defaultSession, {
    [key]: (arg: never) => {
      standIn.steps.push(`session:${key}`);
      original(arg);
    },
  });
}
const onBeforeRequest = defaultSession.webRequest.onBeforeRequest;
defaultSession.webRequest.onBeforeRequest = (fn) => {
  standIn.steps.push('session:onBeforeRequest');
  onBeforeRequest(fn);
};
const partitionSessions = new Map<string, ReturnType<typeof createFakeSession>>();
export const session = {
  defaultSession,
  fromPartition(partition: string, options?: unknown): ReturnType<typeof createFakeSession> {
    standIn.partitions.push({ partition, options });
    const s = partitionSessions.get(partition) ?? createFakeSession();
    partitionSessions.set(partition, s);
    return s;
  },
};

/**
 * `net.request` with no network: each request is shown to its session's request guard, as
 * Chromium's network stack would, recorded, and then fails as if the computer were offline
 * (or blocked, when the guard refused it).
 */
class StandInRequest extends EventEmitter {
  constructor(
    readonly url: string,
    readonly partition: string,
    private readonly guard: ReturnType<typeof createFakeSession>,
  ) {
    super();
  }
  setHeader(): void {}
  write(): void {}
  abort(): void {}
  followRedirect(): void {}
  end(): void {
    let allowed = false;
    if (this.guard.beforeRequest)
      this.guard.beforeRequest({ url: this.url }, (r) => (allowed = !r.cancel));
    standIn.netRequests.push({ url: this.url, partition: this.partition, allowed });
    setImmediate(() =>
      this.emit(
        'error',
        new Error(allowed ? 'net::ERR_INTERNET_DISCONNECTED' : 'net::ERR_BLOCKED_BY_CLIENT'),
      ),
    );
  }
}
export const net = {
  request(options: {
    url?: string;
    protocol?: string;
    hostname?: string;
    host?: string;
    port?: number | string;
    path?: string;
    session?: unknown;
  }): StandInRequest {
    const url =
      options.url ??
      `${options.protocol ?? 'https:'}//${options.hostname ?? options.host ?? ''}${options.port ? `:${options.port}` : ''}${options.path ?? '/'}`;
    const entry = [...partitionSessions.entries()].find(([, s]) => s === options.session);
    return new StandInRequest(url, entry?.[0] ?? 'default', entry?.[1] ?? defaultSession);
  },
};

/** A window that records its page load and behaves enough for the shell's lifecycle. */
export class BrowserWindow extends FakeBrowserWindow {
  visible = false;
  constructor(options: Record<string, unknown>) {
    super(options);
    const prefs = options.webPreferences as { preload?: string } | undefined;
    if (prefs?.preload) standIn.pathsRead.push(prefs.preload);
    if (typeof options.icon === 'string') standIn.pathsRead.push(options.icon);
  }
  override loadURL(url: string): Promise<void> {
    standIn.steps.push('window:loadURL');
    if (url.startsWith('file:')) standIn.pathsRead.push(fileURLToPath(url));
    return super.loadURL(url);
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {}
}

/** The fake Menu, with the application menu kept. */
export class Menu extends FakeMenu {
  static setApplicationMenu(menu: FakeMenu | null): void {
    standIn.applicationMenu = menu;
  }
}

/** Images record the file they were made from. */
export const nativeImage = {
  createFromPath(path: string): { path: string; isEmpty(): boolean; setTemplateImage(): void } {
    standIn.pathsRead.push(path);
    return { path, isEmpty: () => false, setTemplateImage: () => undefined };
  },
};

export const Tray = FakeTray;
export const Notification = FakeNotification;
export const ipcMain = createFakeIpcMain();
export const powerMonitor = createFakePowerMonitor();

/** Nothing in a boot opens a dialog, a link or the clipboard; each would be a test failure. */
const refuse = (what: string) => (): never => {
  throw new Error(`The shell used ${what} while booting`);
};
export const dialog = {
  showMessageBox: refuse('dialog.showMessageBox'),
  showOpenDialog: refuse('dialog.showOpenDialog'),
  showSaveDialog: refuse('dialog.showSaveDialog'),
};
export const shell = { openExternal: refuse('shell.openExternal') };
export const clipboard = { writeText: refuse('clipboard.writeText') };
