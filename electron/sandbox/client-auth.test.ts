import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, startSandbox } from './index';
import type { RunningSandbox } from './index';
import { CLIENT_CREDENTIALS, formBasic, makeTempDir, postToken, rawBasic, tokenParts } from './sandbox-test-helpers';

const [demo, reserved] = DEMO_CLIENTS as [(typeof DEMO_CLIENTS)[0], (typeof DEMO_CLIENTS)[0]];
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

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('demo clients', () => {
  it('has a plain demo-integrator and a client whose secret needs RFC 6749 form-encoding', () => {
    expect(demo).toMatchObject({ clientId: 'demo-integrator', label: 'Demo integrator' });
    expect(demo.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const char of ['+', '/', '=', '%', ' ', '&']) expect(reserved.clientSecret).toContain(char);
  });
});

describe('client authentication at the token endpoint', () => {
  it('rejects a wrong secret with 401 invalid_client and WWW-Authenticate', async () => {
    const answer = await postToken(sandbox.tokenUrl, {
      authorization: formBasic(demo.clientId, `${demo.clientSecret}x`),
      body: { ...CLIENT_CREDENTIALS },
    });
    expect(answer.status).toBe(401);
    expect(answer.json?.error).toBe('invalid_client');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Basic /);
  });

  it('rejects an unknown client the same way', async () => {
    const answer = await postToken(sandbox.tokenUrl, {
      authorization: formBasic('11111111-2222-3333-4444-555555555555', demo.clientSecret),
      body: { ...CLIENT_CREDENTIALS },
    });
    expect(answer.status).toBe(401);
    expect(answer.json?.error).toBe('invalid_client');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Basic /);
  });

  it('accepts the reserved-character secret only when form-encoded (raw gets 401 invalid_client)', async () => {
    const encoded = await postToken(sandbox.tokenUrl, {
      authorization: formBasic(reserved.clientId, reserved.clientSecret),
      body: { ...CLIENT_CREDENTIALS },
    });
    expect(encoded.status).toBe(200);
    expect(tokenParts(String(encoded.json?.access_token)).claims.client_id).toBe(reserved.clientId);

    const raw = await postToken(sandbox.tokenUrl, {
      authorization: rawBasic(reserved.clientId, reserved.clientSecret),
      body: { ...CLIENT_CREDENTIALS },
    });
    expect(raw.status).toBe(401);
    expect(raw.json?.error).toBe('invalid_client');
  });

  it('rejects base64url credentials, as IdentityServer does, although Node alone would decode them', async () => {
    const standard = formBasic(reserved.clientId, reserved.clientSecret).slice('Basic '.length);
    const base64url = Buffer.from(standard, 'base64').toString('base64url');
    expect(base64url).not.toBe(standard);

    const answer = await postToken(sandbox.tokenUrl, {
      authorization: `Basic ${base64url}`,
      body: { ...CLIENT_CREDENTIALS },
    });
    expect(answer.status).toBe(400);
    expect(answer.json?.error).toBe('invalid_request');
    expect(String(answer.json?.error_description)).toContain('Base64');
  });

  it('accepts the plain secret raw or form-encoded (they are the same bytes)', async () => {
    const raw = await postToken(sandbox.tokenUrl, {
      authorization: rawBasic(demo.clientId, demo.clientSecret),
      body: { ...CLIENT_CREDENTIALS },
    });
    expect(raw.status).toBe(200);
  });

  it.each(DEMO_CLIENTS.map((client) => [client.label, client] as const))(
    'accepts client_secret_post for %s',
    async (_label, client) => {
      const answer = await postToken(sandbox.tokenUrl, {
        body: { ...CLIENT_CREDENTIALS, client_id: client.clientId, client_secret: client.clientSecret },
      });
      expect(answer.status).toBe(200);
      expect(tokenParts(String(answer.json?.access_token)).claims.client_id).toBe(client.clientId);
    },
  );

  it('rejects a wrong client_secret_post secret with 401 invalid_client and WWW-Authenticate', async () => {
    const answer = await postToken(sandbox.tokenUrl, {
      body: { ...CLIENT_CREDENTIALS, client_id: demo.clientId, client_secret: 'nope' },
    });
    expect(answer.status).toBe(401);
    expect(answer.json?.error).toBe('invalid_client');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Basic /);
  });

  it('rejects a client_id without any secret with 401 invalid_client', async () => {
    const answer = await postToken(sandbox.tokenUrl, { body: { ...CLIENT_CREDENTIALS, client_id: demo.clientId } });
    expect(answer.status).toBe(401);
    expect(answer.json?.error).toBe('invalid_client');
  });

  it('rejects Basic and client_secret_post together with 400 invalid_request', async () => {
    const answer = await postToken(sandbox.tokenUrl, {
      authorization: formBasic(demo.clientId, demo.clientSecret),
      body: { ...CLIENT_CREDENTIALS, client_id: demo.clientId, client_secret: demo.clientSecret },
    });
    expect(answer.status).toBe(400);
    expect(answer.json?.error).toBe('invalid_request');
  });

  const malformed: [string, string | undefined][] = [
    ['no Authorization header and no client_id', undefined],
    ['empty header', ''],
    ['scheme only', 'Basic'],
    ['Bearer scheme', `Bearer ${b64(`${demo.clientId}:${demo.clientSecret}`)}`],
    ['Digest scheme', 'Digest username="demo-integrator"'],
    ['credentials without the Basic prefix', b64(`${demo.clientId}:${demo.clientSecret}`)],
    ['not Base64 at all', 'Basic !!!not-base64!!!'],
    ['Base64 without padding', `Basic ${b64('demo-integrator:abc').replace(/=+$/, '')}`],
    [
      'base64url instead of base64',
      `Basic ${Buffer.from(`${reserved.clientId}:${reserved.clientSecret}`).toString('base64url')}`,
    ],
    ['no colon', `Basic ${b64('demo-integrator')}`],
    ['empty client id', `Basic ${b64(`:${demo.clientSecret}`)}`],
    ['empty secret', `Basic ${b64('demo-integrator:')}`],
    ['bad percent-encoding in the id', `Basic ${b64(`demo%ZZ:${demo.clientSecret}`)}`],
    ['bad percent-encoding in the secret', `Basic ${b64('demo-integrator:%E0%A4%A')}`],
    ['control character after decoding', `Basic ${b64('demo-integrator:%0A')}`],
    ['not UTF-8 inside', `Basic ${Buffer.from([0xff, 0xfe, 0x3a, 0xff]).toString('base64')}`],
    ['two spaces after Basic', `Basic  ${b64(`${demo.clientId}:${demo.clientSecret}`)}`],
    ['documentation pseudo-code pasted literally', 'Basic base64(client_id:client_secret)'],
  ];

  it.each(malformed)('answers %s with a 4xx OAuth error JSON, never a 500', async (_name, authorization) => {
    const answer = await postToken(sandbox.tokenUrl, { authorization, body: { ...CLIENT_CREDENTIALS } });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.json?.error).toMatch(/^(invalid_request|invalid_client)$/);
    expect(typeof answer.json?.error_description).toBe('string');
  });
});
