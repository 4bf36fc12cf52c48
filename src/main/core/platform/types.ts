/**
 * What core needs from the outside world, as small interfaces. The Electron shell,
 * the end-to-end bridge and unit tests each provide their own implementation.
 */

/** The current time; tests drive it by hand. */
export interface Clock {
  now(): number;
}

/** Timers; tests replace them with a fake that advances with the fake clock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A desktop notification and what happens when the user clicks it. */
export interface NotificationRequest {
  id: string;
  title: string;
  body: string;
  /** Route the UI opens when the notification is clicked. */
  route: string;
}

/** Shows desktop notifications (a recorder in tests). */
export interface Notifier {
  show(n: NotificationRequest): void;
}

/** File dialogs and other things only the shell can do; tests answer them directly. */
export interface ShellServices {
  /** Asks where to save a file; resolves to null when the user cancels. */
  chooseSavePath(opts: {
    title: string;
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /** Asks for a file to open; null when cancelled. */
  chooseOpenPath(opts: {
    title: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /** Asks for a folder; null when cancelled. */
  chooseFolder(opts: { title: string }): Promise<string | null>;
  /** Opens a link in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Puts text on the clipboard (Electron's clipboard writes asynchronously since Electron 44). */
  copyText(text: string): Promise<void> | void;
  /** Shows a file in the system file manager. */
  showInFolder(path: string): void;
  /** Opens a file in the app the system uses for it. */
  openPath(path: string): Promise<void>;
}

/** Pushes an event to the renderer. */
export interface EventSink {
  emit(name: string, payload: unknown): void;
}

/**
 * The updater of the installed app, talking to the project's release feed. Built only when a
 * check is about to run; the Electron shell wraps electron-updater, tests a scripted fake.
 */
export interface UpdaterPort {
  /** Asks the release feed; resolves to the newer version there, or null when this one is the newest. */
  check(): Promise<string | null>;
  /** Downloads the version the last check found (the updater verifies it before it can be installed). */
  download(onProgress: (percent: number) => void): Promise<void>;
  /** Quits the app and installs the downloaded version. */
  install(): void;
}

/** Where core gets its updater from, if this copy of the app can update itself. */
export interface UpdaterSource {
  /** Null when this copy can update itself; otherwise why not, in words for the user. */
  unavailable: string | null;
  /** Builds (or returns) the updater. Called only for a check the user's setting allows. */
  create(): Promise<UpdaterPort>;
}

/** Everything core is built from. */
export interface CoreDeps {
  /** Folder for app settings and, by default, the vault. */
  dataDir: string;
  clock: Clock;
  timers: Timers;
  notifier: Notifier;
  shell: ShellServices;
  events: EventSink;
  appVersion: string;
  shellKind: 'electron' | 'bridge';
  platform: string;
  /** The built calendar-reading worker script; absent when running from source (tests, bridge). */
  icsWorkerPath?: string;
  /**
   * This computer's name (the shell passes the host name): derived data such as the search
   * index is kept in the vault per computer, never shared. Absent: one common name.
   */
  computerName?: string;
  /** The installed app's updater; absent when running from source (no update checks). */
  updates?: UpdaterSource;
  /** Scrypt cost exponent (N = 2^k); lowered only by tests. Defaults to 17. */
  scryptLogN?: number;
}
