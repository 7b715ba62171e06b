import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * TEST SUPPORT, never used by the app: an independent OAuth 2.0 token endpoint on loopback, written from RFC 6749
 * and not from the sandbox's code, so tests can show the console against a server it does not know. It reads
 * Basic credentials form-decoded (RFC 6749 §2.3.1, IdentityServer) or raw (many home-grown servers), and answers
 * invalid_client for anything else. `stub` replaces the whole answer, for loopback stubs of odd servers.
 */
export type Decoding = 'form' | 'raw';

export interface LoopbackServer {
  url: string;
  tokenUrl: string;
  /** How many token requests arrived. */
  requests(): number;
  close(): Promise<void>;
}

export interface OAuthServerOptions {
  clients?: Record<string, string>;
  decoding?: Decoding;
  stub?: (req: IncomingMessage, body: string, res: ServerResponse) => void;
}

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function readBasic(header: string | undefined, decoding: Decoding): { id: string; secret: string } | undefined {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const text = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const [id, secret] = [text.slice(0, colon), text.slice(colon + 1)];
  if (decoding === 'raw') return { id, secret };
  const decodedId = formDecode(id);
  const decodedSecret = formDecode(secret);
  return decodedId === undefined || decodedSecret === undefined ? undefined : { id: decodedId, secret: decodedSecret };
}

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(value));
}

function answer(options: OAuthServerOptions, req: IncomingMessage, body: string, res: ServerResponse): void {
  if (options.stub) return options.stub(req, body, res);
  const params = new URLSearchParams(body);
  if (params.get('grant_type') !== 'client_credentials') return json(res, 400, { error: 'unsupported_grant_type' });
  const credentials = readBasic(req.headers.authorization, options.decoding ?? 'form');
  const known = credentials ? options.clients?.[credentials.id] : undefined;
  if (!credentials || known === undefined || known !== credentials.secret) {
    return json(
      res,
      401,
      { error: 'invalid_client' },
      { 'WWW-Authenticate': 'Basic realm="loopback", error="invalid_client"' },
    );
  }
  json(res, 200, { access_token: `opaque-${credentials.id}-${Date.now()}`, token_type: 'Bearer', expires_in: 3600 });
}

export async function startOAuthServer(options: OAuthServerOptions): Promise<LoopbackServer> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      count += 1;
      answer(options, req, Buffer.concat(chunks).toString('utf8'), res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tokenUrl: `${url}/connect/token`,
    requests: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
