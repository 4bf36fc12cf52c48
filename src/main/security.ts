import type { Session, WebContents } from 'electron';
import { isSafeLink } from '../shared/domain/richtext';

/** True when `target` is the app's own page (same file or dev server origin and path). */
export function isAppUrl(target: string, appUrl: string): boolean {
  try {
    const t = new URL(target);
    const a = new URL(appUrl);
    if (a.protocol === 'file:') return t.protocol === 'file:' && t.pathname === a.pathname;
    return t.origin === a.origin;
  } catch {
    return false;
  }
}

/**
 * Denies every new window and every navigation away from the app; web links the user
 * clicks open in the system browser instead.
 */
export function hardenWebContents(
  contents: WebContents,
  appUrl: string,
  openExternal: (url: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeLink(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    if (isSafeLink(url)) openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission request (camera, notifications from the page, geolocation, …) and every request leaving the app. */
export function hardenSession(session: Session, appUrl: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const devOrigin = appUrl.startsWith('http') ? new URL(appUrl).origin : null;
  session.webRequest.onBeforeRequest((details, callback) => {
    const u = details.url;
    const allowed =
      u.startsWith('file:') ||
      u.startsWith('devtools:') ||
      u.startsWith('data:') ||
      (devOrigin !== null &&
        (u.startsWith(devOrigin) || u.startsWith(devOrigin.replace('http', 'ws'))));
    callback({ cancel: !allowed });
  });
}

/** True for an https request to one of `hosts`, on the default port, with no credentials in it. */
export function isFeedRequest(url: string, hosts: readonly string[]): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === 'https:' &&
      u.port === '' &&
      u.username === '' &&
      u.password === '' &&
      hosts.includes(u.hostname)
    );
  } catch {
    return false;
  }
}

/**
 * Locks down the session the updater makes its requests in: no permission, and every request
 * refused except https to the release feed's `hosts`, and those only between `open()` and
 * `close()` (while a check or download the user allowed runs). The window's session is not
 * touched: it never reaches any host.
 */
export function guardUpdaterSession(
  session: Session,
  hosts: readonly string[],
): { open(): void; close(): void; isOpen(): boolean } {
  let running = 0;
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(running > 0 && isFeedRequest(details.url, hosts)) });
  });
  return {
    open: () => void (running += 1),
    close: () => void (running = Math.max(0, running - 1)),
    isOpen: () => running > 0,
  };
}
