import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, KEY_FILE_NAME, startSandbox } from './index';
import type { RunningSandbox } from './index';
import { httpGet, makeTempDir, mintToken, sandboxClaims, signWithSandboxKey } from './sandbox-test-helpers';

let sandbox: RunningSandbox;
let dataDir: Awaited<ReturnType<typeof makeTempDir>>;
let token: string;
let keyFile: string;

beforeAll(async () => {
  dataDir = await makeTempDir();
  sandbox = await startSandbox({ dataDir: dataDir.path });
  keyFile = join(dataDir.path, KEY_FILE_NAME);
  token = await mintToken(sandbox.tokenUrl, DEMO_CLIENTS[0]!, 'DK12345678');
});

afterAll(async () => {
  await sandbox?.close();
  await dataDir?.remove();
});

const VERSION = { 'x-mobilepay-client-system-version': '2.1.1' };
const storesWith = (authorization: string | string[] | undefined) =>
  httpGet(`${sandbox.posBase}/stores`, authorization === undefined ? VERSION : { ...VERSION, authorization });

/** The 401 as ASP.NET's JwtBearer sends it: no body, the reason in WWW-Authenticate. */
async function expectUnauthorized(authorization: string | string[] | undefined, reason: RegExp): Promise<string> {
  const answer = await storesWith(authorization);
  expect(answer.status).toBe(401);
  expect(answer.text).toBe('');
  expect(answer.headers.get('correlationid')).toMatch(/^[0-9a-f-]{36}$/);
  const challenge = answer.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer error="invalid_token", error_description="[^"\\]+"$/);
  expect(challenge).toMatch(reason);
  return challenge;
}

describe('PoS V10 bearer authentication', () => {
  it('accepts the token the sandbox just issued', async () => {
    expect((await storesWith(`Bearer ${token}`)).status).toBe(200);
    expect((await storesWith(`bearer ${token}`)).status).toBe(200);
  });

  // Built per test: the table is read before beforeAll has minted the token.
  type Authorization = (token: string) => string | string[] | undefined;
  it.each<[string, Authorization, RegExp]>([
    ['no Authorization header', () => undefined, /No Authorization header/],
    ['an empty header', () => '', /empty/],
    ["the token without 'Bearer '", (t) => t, /no 'Bearer ' prefix/],
    ["'Bearer' and no token", () => 'Bearer', /carries no token/],
    ["no space after 'Bearer'", (t) => `Bearer${t}`, /no space after 'Bearer'/],
    ['the Basic scheme', () => `Basic ${Buffer.from('a:b').toString('base64')}`, /scheme is 'Basic', not Bearer/],
    ['Bearer twice', (t) => `Bearer Bearer ${t}`, /'Bearer' again/],
    ['a quoted token', (t) => `Bearer "${t}"`, /without quotes/],
    ['an opaque token', () => 'Bearer 8f2b1c0d9e', /not a JWT/],
    ['a truncated token (two parts)', (t) => `Bearer ${t.split('.').slice(0, 2).join('.')}`, /truncated/],
    ['two Authorization headers', (t) => [`Bearer ${t}`, `Bearer ${t}`], /sent 2 times/],
  ])('401 for %s', async (_name, authorization, reason) => {
    await expectUnauthorized(authorization(token), reason);
  });

  it('401 for a token whose signature was altered', async () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -4)}${signature.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await expectUnauthorized(`Bearer ${header}.${payload}.${flipped}`, /signature is invalid/);
  });

  it('401 for a token whose claims were edited (signature no longer matches)', async () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const edited = Buffer.from(JSON.stringify({ ...claims, merchant_vat: 'DK13585628' })).toString('base64url');
    await expectUnauthorized(`Bearer ${header}.${edited}.${signature}`, /signature is invalid/);
  });

  it('401 for an unknown kid: the key was not found', async () => {
    const other = await signWithSandboxKey(keyFile, sandboxClaims(sandbox.authBase), { kid: 'A'.repeat(40) });
    await expectUnauthorized(`Bearer ${other}`, /signature key was not found: kid 'AAAA/);
  });

  it('401 for an HS256 token, even one "signed" with a public value', async () => {
    const hs = await new SignJWT(sandboxClaims(sandbox.authBase))
      .setProtectedHeader({ alg: 'HS256', kid: sandbox.signingKid() })
      .sign(new TextEncoder().encode('x'.repeat(32)));
    await expectUnauthorized(`Bearer ${hs}`, /algorithm 'HS256' is not accepted/);
  });

  it('401 for a token for another audience', async () => {
    const other = await signWithSandboxKey(keyFile, {
      ...sandboxClaims(sandbox.authBase),
      aud: 'https://api.example/resources',
    });
    await expectUnauthorized(`Bearer ${other}`, /audience .*example.* is invalid; expected/);
  });

  it('401 for a token from another issuer', async () => {
    const claims = {
      ...sandboxClaims('https://api.mobilepay.dk/integrator-authentication'),
      aud: `${sandbox.authBase}/resources`,
    };
    await expectUnauthorized(`Bearer ${await signWithSandboxKey(keyFile, claims)}`, /issuer .* is invalid/);
  });

  it('401 "expired" past exp + leeway, with the server time to compare against', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await signWithSandboxKey(keyFile, {
      ...sandboxClaims(sandbox.authBase, now - 4000),
      exp: now - 31,
    });
    const challenge = await expectUnauthorized(`Bearer ${expired}`, /token expired at /);
    expect(challenge).toContain('server time');
  });

  it('still accepts a token that expired within the 30 s leeway', async () => {
    const now = Math.floor(Date.now() / 1000);
    const recent = await signWithSandboxKey(keyFile, { ...sandboxClaims(sandbox.authBase, now - 100), exp: now - 10 });
    expect(
      (
        await httpGet(`${sandbox.posBase}/stores`, {
          ...VERSION,
          authorization: `Bearer ${recent}`,
          'x-mobilepay-merchant-vat-number': 'DK12345678',
        })
      ).status,
    ).toBe(200);
  });

  it('401 "not yet valid" before nbf - leeway', async () => {
    const future = await signWithSandboxKey(
      keyFile,
      sandboxClaims(sandbox.authBase, Math.floor(Date.now() / 1000) + 600),
    );
    await expectUnauthorized(`Bearer ${future}`, /not yet valid: not valid before /);
  });

  it('401 for a token without exp', async () => {
    const { exp: _exp, ...claims } = sandboxClaims(sandbox.authBase);
    await expectUnauthorized(`Bearer ${await signWithSandboxKey(keyFile, claims)}`, /'exp' claim/);
  });

  it('authenticates before anything else: no token and no version header is a 401, not a 400', async () => {
    const answer = await httpGet(`${sandbox.posBase}/stores`, {});
    expect(answer.status).toBe(401);
  });
});
