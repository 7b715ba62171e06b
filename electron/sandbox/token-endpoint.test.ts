import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audienceFor, DEMO_CLIENTS, startSandbox } from './index';
import type { RunningSandbox } from './index';
import { CLIENT_CREDENTIALS, formBasic, getJson, makeTempDir, postToken, tokenParts } from './sandbox-test-helpers';

const demo = DEMO_CLIENTS[0]!;
let sandbox: RunningSandbox;
let dataDir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dataDir = await makeTempDir();
  sandbox = await startSandbox({ dataDir: dataDir.path, port: 0 });
});

afterAll(async () => {
  await sandbox?.close();
  await dataDir?.remove();
});

const requestToken = (body: Record<string, string>) =>
  postToken(sandbox.tokenUrl, { authorization: formBasic(demo.clientId, demo.clientSecret), body });

describe('POST /connect/token, client_credentials', () => {
  it('answers 200 with exactly the documented body and an RS256 JWT that verifies against the JWKS', async () => {
    const answer = await requestToken({ ...CLIENT_CREDENTIALS });

    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json ?? {}).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type']);
    expect(answer.json).toMatchObject({ expires_in: 3700, token_type: 'Bearer', scope: 'integrator_scope' });
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const token = String(answer.json?.access_token);
    const jwks = createRemoteJWKSet(new URL(sandbox.jwksUrl));
    const verified = await jwtVerify(token, jwks, {
      issuer: sandbox.authBase,
      audience: audienceFor(sandbox.authBase),
      algorithms: ['RS256'],
    });
    const keys = (await getJson(sandbox.jwksUrl)).json?.keys as { kid: string }[];
    expect(verified.protectedHeader).toMatchObject({ alg: 'RS256', typ: 'at+jwt', kid: keys[0]?.kid });
  });

  it('puts the client, the integrator and a 3700 s lifetime in the token; no merchant_vat unless asked', async () => {
    const answer = await requestToken({ ...CLIENT_CREDENTIALS });
    const { claims } = tokenParts(String(answer.json?.access_token));

    expect(claims).toMatchObject({
      iss: sandbox.authBase,
      aud: `${sandbox.authBase}/resources`,
      client_id: 'demo-integrator',
      integrator_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      scope: 'integrator_scope',
      jti: expect.any(String),
    });
    expect(claims.nbf).toBe(claims.iat);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3700);
    expect(Math.abs(Number(claims.iat) - Date.now() / 1000)).toBeLessThan(60);
    expect(claims).not.toHaveProperty('merchant_vat');
    expect(claims).not.toHaveProperty('sub');
  });

  it('binds the token to a merchant when merchant_vat is sent', async () => {
    for (const vat of ['DK12345678', 'FI90000040']) {
      const answer = await requestToken({ ...CLIENT_CREDENTIALS, merchant_vat: vat });
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.json ?? {}).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type']);
      expect(tokenParts(String(answer.json?.access_token)).claims.merchant_vat).toBe(vat);
    }
  });

  it('binds each of many simultaneous requests to its own merchant (or none)', async () => {
    const vats = Array.from({ length: 24 }, (_, index) =>
      index % 3 === 0 ? undefined : `DK${String(10_000_000 + index)}`,
    );
    const answers = await Promise.all(
      vats.map((vat) => requestToken({ ...CLIENT_CREDENTIALS, ...(vat ? { merchant_vat: vat } : {}) })),
    );
    expect(answers.map((answer) => tokenParts(String(answer.json?.access_token)).claims.merchant_vat)).toEqual(vats);
  });

  it('gives each token its own jti', async () => {
    const [a, b] = await Promise.all([
      requestToken({ ...CLIENT_CREDENTIALS }),
      requestToken({ ...CLIENT_CREDENTIALS }),
    ]);
    expect(tokenParts(String(a.json?.access_token)).claims.jti).not.toBe(
      tokenParts(String(b.json?.access_token)).claims.jti,
    );
  });

  it.each(['DK1234567', 'DK123456789', 'dk12345678', 'DK-12345678', 'DK 12345678', 'SE12345678', '12345678', ''])(
    'rejects merchant_vat %j with 400 invalid_request and a description',
    async (vat) => {
      const answer = await requestToken({ ...CLIENT_CREDENTIALS, merchant_vat: vat });
      expect(answer.status).toBe(400);
      expect(answer.json?.error).toBe('invalid_request');
      expect(String(answer.json?.error_description)).toContain('DK or FI followed by exactly 8 digits');
    },
  );

  it('rejects a merchant_vat sent twice', async () => {
    const body = 'grant_type=client_credentials&merchant_vat=DK12345678&merchant_vat=FI90000040';
    const answer = await postToken(sandbox.tokenUrl, {
      authorization: formBasic(demo.clientId, demo.clientSecret),
      body,
    });
    expect(answer.status).toBe(400);
    expect(answer.json?.error).toBe('invalid_request');
  });

  it('grants integrator_scope when asked for it explicitly', async () => {
    const answer = await requestToken({ ...CLIENT_CREDENTIALS, scope: 'integrator_scope' });
    expect(answer.status).toBe(200);
    expect(answer.json?.scope).toBe('integrator_scope');
  });

  it.each(['openid', 'offline_access', 'integrator_scope payments', 'pos'])(
    'answers scope %j with 400 invalid_scope',
    async (scope) => {
      const answer = await requestToken({ ...CLIENT_CREDENTIALS, scope });
      expect(answer.status).toBe(400);
      expect(answer.json?.error).toBe('invalid_scope');
    },
  );

  it.each([
    'authorization_code',
    'refresh_token',
    'password',
    'implicit',
    'urn:ietf:params:oauth:grant-type:device_code',
  ])('answers grant_type %s with 400 unsupported_grant_type', async (grantType) => {
    const answer = await requestToken({ grant_type: grantType });
    expect(answer.status).toBe(400);
    expect(answer.json?.error).toBe('unsupported_grant_type');
  });

  it('answers a missing grant_type with 400 invalid_request', async () => {
    const answer = await requestToken({ merchant_vat: 'DK12345678' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: 'invalid_request' });
    expect(String(answer.json?.error_description)).toContain('grant_type');
  });

  it.each([
    ['application/json', JSON.stringify(CLIENT_CREDENTIALS)],
    ['text/plain', 'grant_type=client_credentials'],
  ])('answers content type %s with 400 invalid_request', async (contentType, body) => {
    const answer = await postToken(sandbox.tokenUrl, {
      authorization: formBasic(demo.clientId, demo.clientSecret),
      body,
      contentType,
    });
    expect(answer.status).toBe(400);
    expect(answer.json?.error).toBe('invalid_request');
  });

  it('answers an empty POST (no body, no content type) with 400 invalid_request', async () => {
    const answer = await postToken(sandbox.tokenUrl, { authorization: formBasic(demo.clientId, demo.clientSecret) });
    expect(answer.status).toBe(400);
    expect(answer.json?.error).toBe('invalid_request');
  });

  it('answers GET on the token endpoint with 405 and Allow: POST', async () => {
    const answer = await getJson(sandbox.tokenUrl);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toContain('POST');
    expect(answer.json?.error).toBe('invalid_request');
  });

  it('answers a browser-style Accept header with JSON too, not an HTML error page', async () => {
    const response = await fetch(sandbox.tokenUrl, {
      method: 'POST',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
  });
});
