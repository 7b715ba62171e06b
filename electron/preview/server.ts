import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { contentSecurityPolicy } from '../../shared/csp';
import type { EventName, EventPayloads } from '../../shared/ipc/contract';
import { dispatch } from '../handlers/dispatch';
import type { Handlers } from '../handlers/index';
import { hasKey, isOurHost, isOurOrigin } from './http-guard';
import { readStatic } from '../services/static-files';

export interface PreviewOptions {
  handlers: Handlers;
  /** The built renderer (dist/renderer); left out by `npm run dev`, where Vite's dev server serves the page. */
  staticDir?: string | undefined;
  port?: number;
}

export interface RunningPreview {
  /** Open this: it carries the per-run key in the fragment, which never reaches a server log. */
  url: string;
  origin: string;
  port: number;
  broadcast<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  close(): Promise<void>;
}

const MAX_REQUEST_BYTES = 1024 * 1024;
const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
/**
 * Vite names every file under /assets/ after a hash of its content, so a cached copy can never be stale: a repeat load
 * takes them from the browser's cache. index.html, /ipc and /events stay no-store.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** One plain file name right under /assets/ (no encoded slash or dot-segment can reach index.html this way). */
const HASHED_ASSET = /^\/assets\/[\w-]+(\.[\w-]+)+$/;

/** The browser preview: the built renderer plus the SAME handler map over loopback HTTP and server-sent events. */
export async function startPreviewServer(options: PreviewOptions): Promise<RunningPreview> {
  const key = randomBytes(24).toString('hex');
  const root = options.staticDir === undefined ? undefined : resolve(options.staticDir);
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((req, res) => {
    void route(req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isOurHost(req, port) || !isOurOrigin(req, port)) return send(res, 403, 'text/plain', 'Forbidden');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/ipc/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST');
      if (!hasKey(req.headers['x-console-key'] as string | undefined, key))
        return send(res, 403, 'text/plain', 'Forbidden');
      const body = await readBody(req);
      if (body === undefined) {
        // The rest of the body is never read, so this connection cannot carry another request.
        res.setHeader('Connection', 'close');
        return send(res, 413, 'text/plain', 'Request too large');
      }
      const channel = decodeChannel(url.pathname.slice(5));
      if (channel === undefined) return send(res, 400, 'text/plain', 'Bad channel name');
      const result = await dispatch(options.handlers, channel, parseJson(body));
      return send(res, 200, 'application/json', JSON.stringify(result));
    }
    if (url.pathname === '/events') {
      if (!hasKey(url.searchParams.get('key'), key)) return send(res, 403, 'text/plain', 'Forbidden');
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    const file = root === undefined ? undefined : await readStatic(root, url.pathname);
    if (!file) return send(res, 404, 'text/plain', 'Not found');
    const cache = HASHED_ASSET.test(url.pathname) ? IMMUTABLE : undefined;
    return send(res, 200, file.type, file.body, cache);
  }

  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#key=${key}`,
    origin,
    port,
    broadcast(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache?: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...(cache && { 'Cache-Control': cache }) });
  res.end(body);
}

/** A path segment with a bad percent-encoding (`%zz`, a cut-off UTF-8 sequence) is the client's mistake: 400. */
function decodeChannel(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
