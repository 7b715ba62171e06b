import { shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from './ipc/trusted-sender';

/** The one way out of the app: only https links, opened in the user's browser. */
export function openExternalLink(url: string): void {
  try {
    if (new URL(url).protocol === 'https:') void shell.openExternal(url);
  } catch {
    // not a URL: ignore
  }
}

/** Deny new windows, navigation away from the app, webviews and every permission request (STYLE.md §6). */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every permission is denied but writing (redacted) text to the clipboard from our own page (the Copy buttons). */
export function denyPermissions(session: Session): void {
  const allowed = (permission: string, url: string) => permission === 'clipboard-sanitized-write' && url.startsWith(`${APP_ORIGIN}/`);
  session.setPermissionRequestHandler((contents, permission, callback) => callback(allowed(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, `${requestingOrigin}/`));
}
