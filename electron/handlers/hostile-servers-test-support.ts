import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * TEST SUPPORT: token endpoints on loopback that try to hand credentials back to the console, each in its own
 * way. They record what reached them, so a test can also tell "refused before sending" from "sent and scrubbed".
 */
export type HostileMode = 'echo-json' | 'echo-html' | 'opaque-token' | 'header-token' | 'cookie';

interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HostileServer {
  tokenUrl: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** What every hostile answer leaks: the request as the server saw it (Authorization, body, the decoded Basic). */
function echoOf(request: ReceivedRequest): Record<string, unknown> {
  const authorization = String(request.headers.authorization ?? '');
  const basic = authorization.replace(/^Basic\s+/i, '');
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  return { headers: request.headers, body: request.body, decoded, hex: Buffer.from(decoded).toString('hex') };
}

function answer(mode: HostileMode, request: ReceivedRequest, res: ServerResponse, tokens: HostileTokens): void {
  const echo = echoOf(request);
  const json = (status: number, body: unknown, headers: Record<string, string | string[]> = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  if (mode === 'echo-json')
    return json(400, { error: 'invalid_client', error_description: JSON.stringify(echo), echo });
  if (mode === 'echo-html') {
    res.writeHead(401, { 'Content-Type': 'text/html', 'WWW-Authenticate': `Basic realm="${String(echo.decoded)}"` });
    res.end(`<html><body><pre>${JSON.stringify(echo, null, 1)}</pre><p>${String(echo.decoded)}</p></body></html>`);
    return;
  }
  if (mode === 'opaque-token') {
    return json(200, {
      access_token: tokens.opaque,
      accessToken: tokens.opaque2,
      token: tokens.jwt,
      nested: { token: tokens.opaque3 },
      token_type: 'Bearer',
      expires_in: 3700,
    });
  }
  if (mode === 'header-token') {
    return json(
      401,
      { error: 'invalid_client' },
      {
        'X-Access-Token': tokens.opaque,
        'X-Echo-Authorization': String(request.headers.authorization ?? ''),
        Authorization: `Bearer ${tokens.opaque2}`,
      },
    );
  }
  return json(
    401,
    { error: 'invalid_client' },
    {
      'Set-Cookie': [`session=${tokens.opaque}; HttpOnly`, `echo=${encodeURIComponent(String(echo.decoded))}; Path=/`],
    },
  );
}

/** Credentials the hostile servers mint; a test scans for them as well as for the client secret. */
export interface HostileTokens {
  opaque: string;
  opaque2: string;
  opaque3: string;
  jwt: string;
}

export const HOSTILE_TOKENS: HostileTokens = {
  opaque: 'opq_7fK2mQ9xL4vR8sT1wY6zB3nC5dE0gH',
  opaque2: 'opq_second_Zx81Qw72Er63Ty54Ui45Op36',
  opaque3: 'opq_nested_Hj29Kl38Mn47Bv56Cx65Za74',
  // {"alg":"HS256","typ":"JWT"}.{"sub":"someone"}.signature
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzb21lb25lIn0.c2lnbmF0dXJlLW9mLXRoZS1ob3N0aWxlLXNlcnZlcg',
};

export async function startHostileServer(mode: HostileMode): Promise<HostileServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      answer(mode, request, res, HOSTILE_TOKENS);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    tokenUrl: `http://127.0.0.1:${port}/integrator-authentication/connect/token`,
    received,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * Every way the secret (and the Basic value of `id:secret`) can be written down, independent of the code under
 * test: plain, form- and URL-encoded, Base64 and Base64url of both Basic pairs, JSON-escaped, hex.
 */
function secretEncodings(clientId: string, secret: string): string[] {
  const form = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  const pairs = [`${clientId}:${secret}`, `${form(clientId)}:${form(secret)}`];
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const values = [
    secret,
    form(secret),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret, 'utf8').toString('hex'),
    Buffer.from(secret, 'utf8').toString('hex').toUpperCase(),
    ...pairs.flatMap((pair) => [b64(pair), b64(pair).replace(/=+$/, ''), b64url(pair), encodeURIComponent(b64(pair))]),
  ];
  return [...new Set(values)];
}

/** The encodings of `secret` found in `text`, for a failure message that names how it leaked (not the value). */
export function leaksIn(text: string, clientId: string, secret: string): string[] {
  return secretEncodings(clientId, secret)
    .map((encoded, index) => (text.includes(encoded) ? `encoding #${index}` : ''))
    .filter((name) => name !== '');
}
