import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerValue } from '../../shared/domain/exchange';
import { DEMO_CLIENTS, startSandbox, type RunningSandbox } from '../sandbox/index';
import { exchangeToken, type TokenExchangeInput } from './token-exchange';

let sandbox: RunningSandbox;
let dataDir: string;
const plain = DEMO_CLIENTS[0]!;
const reserved = DEMO_CLIENTS.find((client) => /[+/=%]/.test(client.clientSecret))!;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ic-exchange-'));
  sandbox = await startSandbox({ dataDir });
});

afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const input = (overrides: Partial<TokenExchangeInput> = {}): TokenExchangeInput => ({
  tokenUrl: sandbox.tokenUrl,
  clientId: plain.clientId,
  clientSecret: plain.clientSecret,
  basicEncoding: 'form',
  sendIbmClientId: false,
  ...overrides,
});

describe('exchangeToken against the local sandbox', () => {
  it('gets a token bound to the merchant, with the request captured and the secret redacted', async () => {
    const { result } = await exchangeToken(fetch, input({ merchantVat: 'DK13585628' }));
    expect(result.outcome).toBe('token');
    expect(result.exchange.response?.status).toBe(200);
    expect(result.tokenResponse).toEqual({ expiresIn: 3700, tokenType: 'Bearer', scope: 'integrator_scope' });
    expect(result.token?.claims).toMatchObject({
      merchant_vat: 'DK13585628',
      client_id: plain.clientId,
      scope: 'integrator_scope',
    });
    expect(result.token!.exp! - result.token!.iat!).toBe(3700);
    expect(result.exchange.request.body).toBe('grant_type=client_credentials&merchant_vat=DK13585628');
    const shownAuth = headerValue(result.exchange.request.headers, 'Authorization');
    expect(shownAuth).toMatch(/^Basic <secret sha256:[0-9a-f]{8}…, \d+ chars>/);
    const everything = JSON.stringify(result);
    expect(everything).not.toContain(plain.clientSecret);
    expect(everything).not.toContain(Buffer.from(`${plain.clientId}:${plain.clientSecret}`).toString('base64'));
    expect(result.exchange.response?.body).toContain('<signature hidden>');
    expect(result.exchange.serverDate).toBeDefined();
    expect(Math.abs(result.exchange.clockSkewMs ?? Infinity)).toBeLessThanOrEqual(2000);
  });

  it('gets an unbound token without merchant_vat', async () => {
    const { result } = await exchangeToken(fetch, input());
    expect(result.outcome).toBe('token');
    expect(result.token?.claims).not.toHaveProperty('merchant_vat');
    expect(result.exchange.request.body).toBe('grant_type=client_credentials');
  });

  it('sends x-ibm-client-id only when asked', async () => {
    const { result: on } = await exchangeToken(fetch, input({ sendIbmClientId: true }));
    expect(headerValue(on.exchange.request.headers, 'x-ibm-client-id')).toBe(plain.clientId);
    expect(on.outcome).toBe('token');
    const { result: off } = await exchangeToken(fetch, input());
    expect(headerValue(off.exchange.request.headers, 'x-ibm-client-id')).toBeUndefined();
  });

  it('mints a token that verifies against the sandbox JWKS', async () => {
    // The service hides the signature; fetch a token directly the same way to verify it.
    const response = await fetch(sandbox.tokenUrl, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${plain.clientId}:${plain.clientSecret}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token } = (await response.json()) as { access_token: string };
    const { protectedHeader } = await jwtVerify(access_token, createRemoteJWKSet(new URL(sandbox.jwksUrl)), {
      issuer: sandbox.authBase,
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: expect.stringMatching(/^[0-9A-F]{40}$/) });
  });

  it('explains a wrong secret as invalid_client (401) and keeps the raw body', async () => {
    const { result } = await exchangeToken(fetch, input({ clientSecret: 'wrong' }));
    expect(result.outcome).toBe('oauth-error');
    expect(result.exchange.response?.status).toBe(401);
    expect(result.oauthError?.error).toBe('invalid_client');
    expect(result.exchange.response?.body).toContain('invalid_client');
    expect(headerValue(result.exchange.response?.headers ?? [], 'www-authenticate')).toBeDefined();
  });

  it('explains an unknown client the same way', async () => {
    const { result } = await exchangeToken(fetch, input({ clientId: 'no-such-client' }));
    expect(result.exchange.response?.status).toBe(401);
    expect(result.oauthError?.error).toBe('invalid_client');
  });

  it('gets 400 invalid_request for a malformed VAT the server sees', async () => {
    const { result } = await exchangeToken(fetch, input({ merchantVat: 'DK-1234' }));
    expect(result.exchange.response?.status).toBe(400);
    expect(result.oauthError?.error).toBe('invalid_request');
  });

  it('needs form-encoding for a secret with + / = %: form succeeds, raw is refused', async () => {
    const { result: form } = await exchangeToken(
      fetch,
      input({ clientId: reserved.clientId, clientSecret: reserved.clientSecret }),
    );
    expect(form.outcome).toBe('token');
    const { result: raw } = await exchangeToken(
      fetch,
      input({ clientId: reserved.clientId, clientSecret: reserved.clientSecret, basicEncoding: 'raw' }),
    );
    expect(raw.outcome).toBe('oauth-error');
    expect(raw.exchange.response?.status).toBeGreaterThanOrEqual(400);
  });

  it('reports a refused connection as an outcome, not a crash', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const { result } = await exchangeToken(fetch, input({ tokenUrl: `http://127.0.0.1:${port}/connect/token` }));
    expect(result.outcome).toBe('network-error');
    expect(result.exchange.failure?.kind).toBe('refused');
  });
});
