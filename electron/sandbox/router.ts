import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A handler mounted under a path prefix; it sees the URL with the prefix removed (like Express's app.use). */
export interface Mount {
  /** e.g. '/integrator-authentication' or '/pos/v10'; no trailing slash. */
  prefix: string;
  handler: RequestHandler;
}

/**
 * The sandbox's top-level router: dispatches on path prefix so services can live side by side on one port
 * (auth today, the PoS V10 subset next). The original URL stays readable as `req.originalUrl`, which
 * oidc-provider uses to work out its mount path.
 */
export function createPrefixRouter(mounts: readonly Mount[]): RequestHandler {
  return async function routeByPrefix(req, res) {
    const originalUrl = req.url ?? '/';
    let mount: Mount | undefined;
    for (const candidate of mounts) {
      if (matchesPrefix(originalUrl, candidate.prefix)) {
        mount = candidate;
        break;
      }
    }
    if (!mount) {
      sendJson(res, 404, {
        error: 'not_found',
        error_description: `nothing is served here; mounted: ${mounts.map(({ prefix }) => prefix).join(', ')}`,
      });
      return;
    }
    const rest = originalUrl.slice(mount.prefix.length);
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    (req as IncomingMessage & { originalUrl: string }).originalUrl = originalUrl;
    try {
      await mount.handler(req, res);
    } catch (error) {
      console.error(
        `[sandbox] ${mount.prefix} handler failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: 'internal sandbox error' });
      else res.destroy();
    }
  };
}

function matchesPrefix(url: string, prefix: string): boolean {
  if (!url.startsWith(prefix)) return false;
  const next = url.charAt(prefix.length);
  return next === '' || next === '/' || next === '?';
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
