import { protocol } from 'electron';
import { contentSecurityPolicy, devContentSecurityPolicy } from '../../shared/csp';
import { readStatic } from '../services/static-files';

/**
 * app:// is a standard, secure origin (so 'self' in the CSP means it). codeCache lets V8 keep compiled code for its
 * scripts between starts, as Chromium does for http(s). (A probe in Chromium 156 over http consumed the cache for a
 * classic script but compiled module scripts, as the app's chunks are, on every load; not measured in Electron here.)
 * Electron accepts codeCache only together with standard: true.
 */
const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, codeCache: true } as const;

/** Must run before app ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/**
 * Serves the built renderer from `root` at app://console/, with the CSP as a real header. With `devServer`
 * (`npm run dev -- --electron`, never in a packaged app) the same origin serves the files of Vite's dev server.
 */
export function serveRenderer(root: string, devServer?: string): void {
  protocol.handle('app', async (request) => {
    const { host, pathname, search } = new URL(request.url);
    if (host === 'console' && devServer) return fromDevServer(devServer, `${pathname}${search}`);
    const file = host === 'console' ? await readStatic(root, pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.type, 'Content-Security-Policy': contentSecurityPolicy() },
    });
  });
}

/** A file from Vite's dev server on loopback, under the dev CSP (which admits its HMR socket and inline styles). */
async function fromDevServer(devServer: string, path: string): Promise<Response> {
  const response = await fetch(new URL(path, devServer));
  const headers = new Headers({ 'Content-Security-Policy': devContentSecurityPolicy(devServer) });
  const type = response.headers.get('content-type');
  if (type) headers.set('Content-Type', type);
  return new Response(await response.arrayBuffer(), { status: response.status, headers });
}
