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
