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
  /** Scrypt cost exponent (N = 2^k); lowered only by tests. Defaults to 17. */
  scryptLogN?: number;
}
