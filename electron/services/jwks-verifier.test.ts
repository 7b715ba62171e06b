import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeToken } from '../../shared/domain/token-view';
import { DEMO_CLIENTS, startSandbox, type RunningSandbox } from '../sandbox/index';
import type { FetchLike } from './http-capture';
import { createJwksVerifier, type JwksVerifierOptions } from './jwks-verifier';
import { b64urlJson, closedLoopbackPort, mintSandboxToken } from './sandbox-token-test-support';

const dirs: string[] = [];
const sandboxes: RunningSandbox[] = [];
let home: RunningSandbox;
let other: RunningSandbox;
let homeToken: string;
let otherToken: string;
let fakeServer: Server;
let fakeOrigin: string;
let refusedPort: number;
let zeroPaddedJwks: string;

async function sandboxIn(dir?: string, port?: number): Promise<RunningSandbox> {
  const dataDir = dir ?? mkdtempSync(join(tmpdir(), 'ic-jwks-'));
  if (!dir) dirs.push(dataDir);
  const sandbox = await startSandbox({ dataDir, port });
  sandboxes.push(sandbox);
  return sandbox;
}

/** A hostile or broken "identity provider" on loopback: discovery pointing at a closed port, HTML, 500. */
function startFakeProvider(): Promise<void> {
  fakeServer = createServer((req, res) => {
    const send = (status: number, type: string, body: string) =>
      res.writeHead(status, { 'content-type': type }).end(body);
    if (req.url === '/closed-jwks/.well-known/openid-configuration') {
      send(200, 'application/json', JSON.stringify({ jwks_uri: `http://127.0.0.1:${refusedPort}/jwks` }));
    } else if (req.url === '/html/.well-known/openid-configuration') send(200, 'text/html', '<html>Sign in</html>');
    else if (req.url === '/no-uri/.well-known/openid-configuration') send(200, 'application/json', '{"issuer":"x"}');
    else if (req.url === '/zero-n/.well-known/openid-configuration')
      send(200, 'application/json', JSON.stringify({ jwks_uri: `${fakeOrigin}/zero-n/jwks` }));
    else if (req.url === '/zero-n/jwks') send(200, 'application/json', zeroPaddedJwks);
    else send(500, 'text/plain', 'boom');
  });
  return new Promise((resolve) =>
    fakeServer.listen(0, '127.0.0.1', () => {
      fakeOrigin = `http://127.0.0.1:${(fakeServer.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

beforeAll(async () => {
  refusedPort = await closedLoopbackPort();
  [home, other] = await Promise.all([sandboxIn(), sandboxIn()]);
  [homeToken, otherToken] = await Promise.all([
    mintSandboxToken(home, DEMO_CLIENTS[0]!, 'DK13585628'),
    mintSandboxToken(other, DEMO_CLIENTS[0]!),
  ]);
  // home's keys as a publisher that keeps a leading zero byte in `n` (valid JWK, non-canonical).
  const jwks = (await (await fetch(home.jwksUrl)).json()) as { keys: Array<{ n: string }> };
  zeroPaddedJwks = JSON.stringify({
    keys: jwks.keys.map((key) => ({
      ...key,
      n: Buffer.concat([Buffer.from([0]), Buffer.from(key.n, 'base64url')]).toString('base64url'),
    })),
  });
  await startFakeProvider();
});

afterAll(async () => {
  await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  await new Promise((resolve) => fakeServer.close(resolve));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Real fetch over loopback, with every URL it was asked for recorded. */
function countingVerifier(overrides: Partial<JwksVerifierOptions> = {}) {
  const calls: string[] = [];
  const counting: FetchLike = (url, init) => {
    calls.push(url);
    return fetch(url, init);
  };
  const clock = { ms: Date.parse('2026-01-01T10:00:00Z') };
  const verifier = createJwksVerifier({ fetch: counting, now: () => clock.ms, ...overrides });
  return { verifier, calls, clock };
}

const at = (sandbox: RunningSandbox, environmentId = 'local') => ({ environmentId, authBase: sandbox.authBase });
const kidOf = (token: string) => decodeProtectedHeader(token).kid;

describe('createJwksVerifier against real sandboxes', () => {
  it('verifies a token the sandbox minted, naming the key and where it came from', async () => {
    const { verifier, calls } = countingVerifier();
    const result = await verifier.verify(homeToken, at(home));
    expect(result).toMatchObject({ status: 'valid', alg: 'RS256', kid: kidOf(homeToken), jwksUri: home.jwksUrl });
    expect(result.kid).toMatch(/^[0-9A-F]{40}$/);
    expect(result.message).toContain(home.jwksUrl);
    expect(calls).toEqual([home.discoveryUrl, home.jwksUrl]);
  });

  it('accepts a pasted "Bearer <token>" with surrounding whitespace', async () => {
    const { verifier } = countingVerifier();
    expect((await verifier.verify(`  Bearer ${homeToken}\n`, at(home))).status).toBe('valid');
  });

  it('caches the key set: a second check makes no requests until the TTL has passed', async () => {
    const { verifier, calls, clock } = countingVerifier({ cacheTtlMs: 600_000 });
    await verifier.verify(homeToken, at(home));
    calls.length = 0;
    expect((await verifier.verify(homeToken, at(home))).status).toBe('valid');
    clock.ms += 599_000;
    expect((await verifier.verify(homeToken, at(home))).status).toBe('valid');
    expect(calls).toEqual([]);
    clock.ms += 2_000;
    expect((await verifier.verify(homeToken, at(home))).status).toBe('valid');
    expect(calls).toEqual([home.discoveryUrl, home.jwksUrl]);
  });

  it('keeps a separate cache per environment', async () => {
    const { verifier, calls } = countingVerifier();
    await verifier.verify(homeToken, at(home));
    await verifier.verify(otherToken, at(other));
    expect(calls).toEqual([home.discoveryUrl, home.jwksUrl, other.discoveryUrl, other.jwksUrl]);
  });

  it('says key-not-found for a token from another sandbox with other keys, after one refetch', async () => {
    const { verifier, calls, clock } = countingVerifier({ refetchCooldownMs: 30_000 });
    await verifier.verify(homeToken, at(home));
    clock.ms += 31_000;
    calls.length = 0;
    const result = await verifier.verify(otherToken, at(home));
    expect(result).toMatchObject({ status: 'key-not-found', kid: kidOf(otherToken), jwksUri: home.jwksUrl });
    expect(result.message).toMatch(/another environment/);
    expect(calls).toEqual([home.discoveryUrl, home.jwksUrl]);
    // Within the cooldown the unknown kid does not hammer the server again.
    calls.length = 0;
    expect((await verifier.verify(otherToken, at(home))).status).toBe('key-not-found');
    expect(calls).toEqual([]);
  });

  it('picks up rotated keys: an unknown kid refetches once and then verifies', async () => {
    const first = await sandboxIn();
    const { verifier, calls, clock } = countingVerifier();
    const target = at(first);
    expect((await verifier.verify(await mintSandboxToken(first, DEMO_CLIENTS[0]!), target)).status).toBe('valid');
    await first.close();
    // Same address, new signing key: what a key rotation looks like from outside.
    const rotated = await sandboxIn(undefined, first.port);
    expect(rotated.authBase).toBe(first.authBase);
    const newToken = await mintSandboxToken(rotated, DEMO_CLIENTS[0]!);
    expect(kidOf(newToken)).not.toBe(kidOf(homeToken));
    clock.ms += 60_000;
    calls.length = 0;
    expect((await verifier.verify(newToken, target)).status).toBe('valid');
    expect(calls).toEqual([rotated.discoveryUrl, rotated.jwksUrl]);
  });

  it('says bad-signature when the payload was changed after signing', async () => {
    const [header, payload, signature] = homeToken.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = `${header}.${b64urlJson({ ...claims, merchant_vat: 'DK24256790' })}.${signature}`;
    const { verifier } = countingVerifier();
    const result = await verifier.verify(tampered, at(home));
    expect(result).toMatchObject({ status: 'bad-signature', kid: kidOf(homeToken) });
    expect(result.message).toMatch(/altered/);
  });

  it('says bad-signature for a truncated signature', async () => {
    const { verifier } = countingVerifier();
    expect((await verifier.verify(homeToken.slice(0, -10), at(home))).status).toBe('bad-signature');
  });

  it.each([
    ['its last character', 1],
    ['its last 5 characters', 5],
    ['its last 2 characters', 2],
  ])('says bad-signature, cut short, for a token missing %s (not alg-not-allowed)', async (_name, cut) => {
    const { verifier } = countingVerifier();
    const result = await verifier.verify(homeToken.slice(0, -cut), at(home));
    expect(result).toMatchObject({ status: 'bad-signature', kid: kidOf(homeToken), jwksUri: home.jwksUrl });
    expect(result.message).toMatch(/cut short/);
    expect(result.message).toMatch(/copy the complete token again/);
  });

  it("verifies a whole token against keys whose modulus carries a leading zero byte (not 'cut short')", async () => {
    const { verifier } = countingVerifier();
    const result = await verifier.verify(homeToken, { environmentId: 'zero-n', authBase: `${fakeOrigin}/zero-n` });
    expect(result.status).toBe('valid');
  });

  it('names the keys it tried, not the algorithm, when a token without kid does not match', async () => {
    const [, payload, signature] = homeToken.split('.') as [string, string, string];
    const withoutKid = `${b64urlJson({ alg: 'RS256', typ: 'JWT' })}.${payload}.${signature}`;
    const { verifier } = countingVerifier();
    const result = await verifier.verify(withoutKid, at(home));
    expect(result.status).toBe('bad-signature');
    expect(result.kid).toBeUndefined();
    expect(result.message).not.toMatch(/key RS256/);
    expect(result.message).toMatch(new RegExp(`the RS256 key published at ${home.jwksUrl.replace(/[.]/g, '\\.')}`));
  });

  it.each([
    ['an unknown crit extension', { crit: ['x-extension'], 'x-extension': 1 }],
    ['an empty crit list', { crit: [] }],
  ])('says malformed, not a key problem, for a header jose refuses: %s', async (_name, extra) => {
    const [, payload, signature] = homeToken.split('.') as [string, string, string];
    const crit = `${b64urlJson({ alg: 'RS256', kid: kidOf(homeToken), ...extra })}.${payload}.${signature}`;
    const result = await countingVerifier().verifier.verify(crit, at(home));
    expect(result.status).toBe('malformed');
    expect(result.message).toMatch(/not a plain signed JWT/);
  });

  it('refuses alg none and HS256 without fetching anything, even if HS256 is configured', async () => {
    const { verifier, calls } = countingVerifier({ allowedAlgorithms: ['RS256', 'HS256'] });
    const claims = decodeToken(homeToken);
    if (!claims.ok) throw new Error('sandbox token did not decode');
    const none = `${b64urlJson({ alg: 'none', typ: 'JWT' })}.${b64urlJson(claims.view.claims)}.`;
    const hs256 = await new SignJWT(claims.view.claims)
      .setProtectedHeader({ alg: 'HS256', kid: kidOf(homeToken) })
      .sign(new TextEncoder().encode('a-shared-secret-that-anyone-could-know'));
    const noneResult = await verifier.verify(none, at(home));
    expect(noneResult).toMatchObject({ status: 'alg-not-allowed', alg: 'none' });
    expect(noneResult.message).toMatch(/no signature/);
    expect(await verifier.verify(hs256, at(home))).toMatchObject({ status: 'alg-not-allowed', alg: 'HS256' });
    expect(calls).toEqual([]);
  });

  it('says keys-unreachable when nothing listens at the auth base, and tries again next time', async () => {
    const { verifier, calls } = countingVerifier();
    const target = { environmentId: 'custom', authBase: `http://127.0.0.1:${refusedPort}/integrator-authentication` };
    const result = await verifier.verify(homeToken, target);
    expect(result.status).toBe('keys-unreachable');
    expect(result.message).toMatch(/discovery document.*refused/);
    await verifier.verify(homeToken, target);
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['a discovery document whose jwks_uri is a closed port', '/closed-jwks', /key set \(JWKS\).*refused/],
    ['a discovery answer that is HTML', '/html', /not JSON/],
    ['a discovery document without jwks_uri', '/no-uri', /has no jwks_uri/],
    ['a discovery answer of HTTP 500', '/broken', /HTTP 500/],
  ])('says keys-unreachable for %s', async (_name, path, message) => {
    const { verifier } = countingVerifier();
    const result = await verifier.verify(homeToken, { environmentId: 'custom', authBase: `${fakeOrigin}${path}` });
    expect(result.status).toBe('keys-unreachable');
    expect(result.message).toMatch(message);
  });

  it('says keys-unreachable for a wrong auth base on a real server (404)', async () => {
    const { verifier } = countingVerifier();
    const result = await verifier.verify(homeToken, { environmentId: 'custom', authBase: `${home.origin}/wrong-base` });
    expect(result).toMatchObject({ status: 'keys-unreachable', kid: kidOf(homeToken) });
    expect(result.message).toMatch(/HTTP 404/);
  });

  it.each([
    ['not a JWT at all', 'hello'],
    ['two parts', 'eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ'],
    ['a header that is not JSON', 'bm90IGpzb24.eyJhIjoxfQ.c2ln'],
  ])('says malformed for %s, without network', async (_name, token) => {
    const { verifier, calls } = countingVerifier();
    expect((await verifier.verify(token, at(home))).status).toBe('malformed');
    expect(calls).toEqual([]);
  });

  it('explains that a redacted token from history cannot be verified', async () => {
    const decoded = decodeToken(homeToken);
    if (!decoded.ok) throw new Error('sandbox token did not decode');
    const result = await createJwksVerifier({ fetch }).verify(decoded.view.redacted, at(home));
    expect(result.status).toBe('malformed');
    expect(result.message).toMatch(/signature hidden/);
  });
});
