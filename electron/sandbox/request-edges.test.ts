import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../services/profiles-test-support';
import { allowedHosts } from './host-check';
import { DEMO_CLIENTS, startSandbox, type RunningSandbox } from './index';

/**
 * The sandbox's HTTP edges an attack run found (issue 10 item 6), on raw sockets so every header is exactly what a
 * hostile client sends: two Authorization headers, a foreign Host, a cross-origin preflight, a lying Content-Length.
 */
const dirs = tempDirs('ic-sandbox-edges-');
let sandbox: RunningSandbox;
const client = DEMO_CLIENTS[0]!;
const basic = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`;
const form = 'grant_type=client_credentials';

beforeAll(async () => {
  sandbox = await startSandbox({ dataDir: dirs.make(), requestTimeoutMs: 1_000 });
});
afterAll(async () => {
  await sandbox.close();
  dirs.cleanup();
});

interface RawAnswer {
  status: number;
  head: string;
  body: string;
  /** ms from the first byte sent until the sandbox closed the connection. */
  closedAfterMs: number;
}

/** Sends `lines` (the request head) and `body` as they are, and reads until the sandbox closes the connection. */
function raw(lines: string[], body = ''): Promise<RawAnswer> {
  const { port, pathname } = new URL(sandbox.tokenUrl);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.write(`${lines.join('\r\n').replace('{token}', pathname)}\r\nConnection: close\r\n\r\n${body}`),
    );
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', rest = ''] = text.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0),
        head,
        body: rest,
        closedAfterMs: performance.now() - started,
      });
    });
  });
}

const hostLine = () => `Host: ${new URL(sandbox.tokenUrl).host}`;

describe('sandbox request edges', () => {
  it('refuses a token request with two Authorization headers instead of using the first', async () => {
    const answer = await raw(
      [
        'POST {token} HTTP/1.1',
        hostLine(),
        `Authorization: ${basic}`,
        'Authorization: Basic Zm9vOmJhcg==',
        'Content-Type: application/x-www-form-urlencoded',
        `Content-Length: ${form.length}`,
      ],
      form,
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'invalid_request' });
    expect(answer.body).not.toContain('access_token');
  });

  it('never reflects a foreign Host into discovery: refused, and the document names only its own URLs', async () => {
    const path = new URL(sandbox.discoveryUrl).pathname;
    const foreign = await raw([`GET ${path} HTTP/1.1`, 'Host: evil.example:1234']);
    expect(foreign.status).toBe(421);
    expect(foreign.body).not.toContain('evil.example');
    const viaLocalhost = await raw([`GET ${path} HTTP/1.1`, `Host: localhost:${sandbox.port}`]);
    expect(viaLocalhost.status).toBe(200);
    expect(JSON.parse(viaLocalhost.body)).toMatchObject({
      token_endpoint: sandbox.tokenUrl,
      jwks_uri: sandbox.jwksUrl,
    });
  });

  it('refuses a cross-origin preflight to the token endpoint instead of echoing the Origin', async () => {
    const answer = await raw([
      'OPTIONS {token} HTTP/1.1',
      hostLine(),
      'Origin: https://evil.example',
      'Access-Control-Request-Method: POST',
    ]);
    expect(answer.status).toBe(403);
    expect(answer.head.toLowerCase()).not.toContain('access-control-allow-origin');
    expect(answer.head).not.toContain('evil.example');
  });

  it('does not hold a connection whose Content-Length promises more than ever comes', { timeout: 30_000 }, async () => {
    const answer = await raw(
      [
        'POST {token} HTTP/1.1',
        hostLine(),
        `Authorization: ${basic}`,
        'Content-Type: application/x-www-form-urlencoded',
        'Content-Length: 1000',
      ],
      form,
    );
    expect(answer.status).toBe(408);
    expect(answer.closedAfterMs).toBeLessThan(15_000);
  });
});

describe('sandbox Host names', () => {
  it('knows every loopback spelling of its port on loopback, and any name beyond loopback (a team reaches it by its name)', () => {
    expect([...(allowedHosts('127.0.0.1', 4100) ?? [])].sort()).toEqual([
      '127.0.0.1:4100',
      '[::1]:4100',
      'localhost:4100',
    ]);
    expect(allowedHosts('::1', 4100)?.has('localhost:4100')).toBe(true);
    expect(allowedHosts('0.0.0.0', 4100)).toBeUndefined();
    expect(allowedHosts('192.168.1.5', 4100)).toBeUndefined();
  });
});
