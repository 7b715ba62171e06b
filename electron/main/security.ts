import { shell, type Session, type WebContents } from 'electron';
import { HELP_LINKS } from '../../shared/domain/help-links';
import { APP_ORIGIN } from './ipc/trusted-sender';

/** The hosts the app's help links point at (Help menu, welcome dialog): the only places a link may open. */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set(HELP_LINKS.map((link) => new URL(link.url).host));

/**
 * The one way out of the app: an https link to one of EXTERNAL_LINK_HOSTS (default port, no credentials in it),
 * opened in the user's browser. Anything else is refused; only its host is logged. Returns whether it opened.
 */
export function openExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const allowed =
    parsed.protocol === 'https:' && EXTERNAL_LINK_HOSTS.has(parsed.host) && !parsed.username && !parsed.password;
  if (!allowed) {
    console.warn(
      `[security] not opening a link to ${parsed.protocol}//${parsed.host}: not one of the help links' hosts`,
    );
    return false;
  }
  void shell.openExternal(parsed.href);
  return true;
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
  const allowed = (permission: string, url: string) =>
    permission === 'clipboard-sanitized-write' && url.startsWith(`${APP_ORIGIN}/`);
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(allowed(permission, contents.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowed(permission, `${requestingOrigin}/`),
  );
}
