import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyNetworkFailure } from './network-failure';
import { sendAndCapture, type OutgoingRequest } from './http-capture';

const servers: Server[] = [];

async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((done) => {
          server.closeAllConnections();
          server.close(done);
        }),
    ),
  );
});

function post(url: string): OutgoingRequest {
  return { method: 'POST', url, headers: [['Content-Type', 'text/plain']], body: 'x=1' };
}

const shown = (url: string) => ({ method: 'POST' as const, url, headers: [], body: 'x=1' });
const capture = (url: string, options = {}) =>
  sendAndCapture(fetch, post(url), shown(url), { timeoutMs: 2_000, maxBodyBytes: 1024, ...options });

describe('sendAndCapture', () => {
  it('keeps an HTML error page from a proxy as it came, with status, headers and the server date', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html', Date: 'Wed, 25 Nov 2026 10:00:00 GMT' });
      res.end('<html><body>Bad gateway</body></html>');
    });
    const exchange = await capture(url);
    expect(exchange.response?.status).toBe(502);
    expect(exchange.response?.body).toBe('<html><body>Bad gateway</body></html>');
    expect(exchange.response?.headers).toContainEqual(['content-type', 'text/html']);
    expect(exchange.serverDate).toBe('2026-11-25T10:00:00.000Z');
    expect(exchange.clockSkewMs).toBeLessThan(0);
  });

  it('keeps malformed JSON verbatim', async () => {
    const url = await serve((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"access_token": '),
    );
    expect((await capture(url)).response?.body).toBe('{"access_token": ');
  });

  it('caps a huge body and says it did', async () => {
    const url = await serve((_req, res) => res.writeHead(200, { 'Content-Length': '100000' }).end('a'.repeat(100_000)));
    const exchange = await capture(url, { maxBodyBytes: 1000 });
    expect(exchange.response?.body).toHaveLength(1000);
    expect(exchange.response?.truncated).toBe(true);
    expect(exchange.response?.size).toBe(100_000);
  });

  it('classifies a server that never answers as a timeout', async () => {
    const url = await serve(() => {});
    const exchange = await capture(url, { timeoutMs: 300 });
    expect(exchange.failure?.kind).toBe('timeout');
    expect(exchange.durationMs).toBeGreaterThanOrEqual(250);
    expect(exchange.response).toBeUndefined();
  });

  it('classifies a closed port as refused', async () => {
    const url = await serve(() => {});
    servers.pop()?.close();
    await new Promise((done) => setImmediate(done));
    const exchange = await capture(url);
    expect(exchange.failure).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
    expect(exchange.failure?.message).toMatch(/refused the connection/);
  });

  it('classifies a connection dropped mid-request as reset', async () => {
    const url = await serve((req) => req.socket.destroy());
    expect((await capture(url)).failure?.kind).toBe('reset');
  });

  it('classifies https spoken to a plain-http port as a TLS problem', async () => {
    const url = await serve((_req, res) => res.end('plain'));
    expect((await capture(url.replace('http:', 'https:'))).failure?.kind).toBe('tls');
  });
});

describe('classifyNetworkFailure', () => {
  it.each([
    [{ cause: { code: 'ENOTFOUND' } }, 'dns'],
    [{ cause: { code: 'EAI_AGAIN' } }, 'dns'],
    [new Error('net::ERR_NAME_NOT_RESOLVED'), 'dns'],
    [new Error('net::ERR_CONNECTION_REFUSED'), 'refused'],
    [new Error('net::ERR_CERT_AUTHORITY_INVALID'), 'tls'],
    [{ cause: { code: 'CERT_HAS_EXPIRED' } }, 'tls'],
    [{ cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } }, 'tls'],
    [new Error('net::ERR_CONNECTION_RESET'), 'reset'],
    [new Error('net::ERR_TIMED_OUT'), 'timeout'],
    [new Error('something odd'), 'other'],
  ])('%o is %s', (error, kind) => {
    expect(classifyNetworkFailure(error, 'https://api.mobilepay.dk/x').kind).toBe(kind);
  });

  it('names the host in its advice', () => {
    expect(classifyNetworkFailure({ cause: { code: 'ENOTFOUND' } }, 'https://api.mobilepay.dk/x').message).toContain(
      'api.mobilepay.dk',
    );
  });
});
