import { createHash, createPublicKey, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from './index';
import type { RunningSandbox } from './index';
import { getJson, makeTempDir } from './sandbox-test-helpers';

let sandbox: RunningSandbox;
let dataDir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dataDir = await makeTempDir();
  sandbox = await startSandbox({ dataDir: dataDir.path });
});

afterAll(async () => {
  await sandbox?.close();
  await dataDir?.remove();
});

describe('sandbox addresses', () => {
  it('binds to 127.0.0.1 and derives every URL from the auth base', () => {
    expect(sandbox.origin).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox.authBase).toBe(`${sandbox.origin}/integrator-authentication`);
    expect(sandbox.tokenUrl).toBe(`${sandbox.authBase}/connect/token`);
    expect(sandbox.discoveryUrl).toBe(`${sandbox.authBase}/.well-known/openid-configuration`);
    expect(sandbox.jwksUrl).toBe(`${sandbox.authBase}/.well-known/openid-configuration/jwks`);
    expect(sandbox.posBase).toBe(`${sandbox.origin}/pos/v10`);
    expect(sandbox.flavor).toBe('sandbox');
  });
});

describe('GET /.well-known/openid-configuration', () => {
  it('advertises what MobilePay published: client_credentials, Basic + post, integrator_scope, RS256', async () => {
    const answer = await getJson(sandbox.discoveryUrl);

    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      issuer: sandbox.authBase,
      jwks_uri: sandbox.jwksUrl,
      token_endpoint: sandbox.tokenUrl,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: ['integrator_scope', 'offline_access'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
  });

  it('lists no endpoint MobilePay did not have', async () => {
    const { json } = await getJson(sandbox.discoveryUrl);
    const endpoints = Object.keys(json ?? {}).filter((key) => key.endsWith('_endpoint'));
    expect(endpoints).toEqual(['token_endpoint']);
  });

  it.each(['/auth', '/me', '/reg', '/session/end', '/token/introspection', '/.well-known/oauth-authorization-server'])(
    'serves nothing at %s (404 JSON)',
    async (path) => {
      const answer = await getJson(`${sandbox.authBase}${path}`);
      expect(answer.status).toBe(404);
      expect(answer.json?.error).toBe('not_found');
    },
  );

  it('answers paths outside the auth base and the PoS API with 404 JSON', async () => {
    for (const path of ['/', '/pos/v11/stores', '/pos/v10x/stores', '/integrator-authenticationX/connect/token']) {
      const answer = await getJson(`${sandbox.origin}${path}`);
      expect(answer.status).toBe(404);
      expect(answer.json?.error).toBe('not_found');
    }
  });
});

describe('GET /.well-known/openid-configuration/jwks', () => {
  it('publishes one RSA signing key the way IdentityServer does (kid = cert SHA-1, x5t, x5c)', async () => {
    const answer = await getJson(sandbox.jwksUrl);
    expect(answer.status).toBe(200);
    const keys = answer.json?.keys as Record<string, unknown>[];
    expect(keys).toHaveLength(1);
    const key = keys[0]!;

    expect(key).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', e: 'AQAB' });
    expect(key).not.toHaveProperty('d');
    expect(key.kid).toMatch(/^[0-9A-F]{40}$/);
    const x5c = key.x5c as string[];
    expect(x5c).toHaveLength(1);

    const der = Buffer.from(x5c[0]!, 'base64');
    const sha1 = createHash('sha1').update(der).digest();
    expect(key.kid).toBe(sha1.toString('hex').toUpperCase());
    expect(key.x5t).toBe(sha1.toString('base64url'));

    // The certificate really holds the published key.
    const certificate = new X509Certificate(der);
    const certJwk = certificate.publicKey.export({ format: 'jwk' });
    expect(certJwk.n).toBe(key.n);
    const publishedKey = createPublicKey({ key: { kty: 'RSA', n: String(key.n), e: String(key.e) }, format: 'jwk' });
    expect(certificate.verify(publishedKey)).toBe(true); // self-signed by that key
  });
});
