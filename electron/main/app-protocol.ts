import { protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/csp';
import { readStatic } from '../services/static-files';

/** Must run before app ready: app:// is a standard, secure origin (so 'self' in the CSP means it). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
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
