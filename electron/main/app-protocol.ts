import { protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/csp';
import { readStatic } from '../services/static-files';

/**
 * app:// is a standard, secure origin (so 'self' in the CSP means it). codeCache keeps V8's compiled code for its
 * scripts between starts, as Chromium does for http(s): without it every start parses and compiles the main chunk
 * from scratch. Electron accepts codeCache only together with standard: true.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, codeCache: true } as const;

/** Must run before app ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves the built renderer from `root` at app://console/, with the CSP as a real header. */
export function serveRenderer(root: string): void {
  protocol.handle('app', async (request) => {
    const { host, pathname } = new URL(request.url);
    const file = host === 'console' ? await readStatic(root, pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.type, 'Content-Security-Policy': contentSecurityPolicy() },
    });
  });
}
