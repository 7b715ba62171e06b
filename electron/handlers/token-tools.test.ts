import { describe, expect, it } from 'vitest';
import { DEMO_CLIENTS } from '../sandbox/index';
import { useTestCore } from './core-test-support';

// Token tools and History through the real handler map, against the real local sandbox.
const { current, send, call } = useTestCore('ic-tools-');
const demo = DEMO_CLIENTS[0]!;

const requestToken = (merchantVat?: string) =>
  call<{ id: string; exchange: { response: { body: string } } }>('token:request', {
    environment: 'local',
    clientId: demo.clientId,
    clientSecret: demo.clientSecret,
    basicEncoding: 'form',
    sendIbmClientId: false,
    ...(merchantVat ? { merchantVat } : {}),
  });

describe('token tools', () => {
  it('verifies the signature of a token it received against the sandbox JWKS', async () => {
    const attempt = await requestToken('DK13585628');
    expect(await call('token:verify', { attemptId: attempt.id })).toMatchObject({ status: 'valid', alg: 'RS256' });
  });

  it('copies the usable token through main, never in the answer', async () => {
    const attempt = await requestToken();
    expect(await call('token:copy', { attemptId: attempt.id })).toEqual({ clearsAfterMs: 30_000 });
    expect(current.clipboard.text.split('.')).toHaveLength(3);
    expect(current.clipboard.text.endsWith('<signature hidden>')).toBe(false);
    expect(JSON.stringify(attempt)).not.toContain(current.clipboard.text.split('.')[2]);
  });

  it('inspects a pasted token: decodes it and checks it against the chosen environment', async () => {
    await call('token:copy', { attemptId: (await requestToken()).id });
    const token = current.clipboard.text;
    const inspected = await call<{ token: { claims: Record<string, unknown> }; verification: { status: string } }>(
      'token:inspect',
      {
        environment: 'local',
        token: `Bearer ${token}`,
      },
    );
    expect(inspected.token.claims.client_id).toBe(demo.clientId);
    expect(inspected.verification.status).toBe('valid');
    // A customer "fixed" a claim by hand: valid JSON, same signature.
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, merchant_vat: 'DK99999999' })).toString('base64url');
    const tampered = `${header}.${forged}.${signature}`;
    expect(await call('token:inspect', { environment: 'local', token: tampered })).toMatchObject({
      verification: { status: 'bad-signature' },
    });
    expect(await call('token:inspect', { environment: 'local', token: 'not-a-jwt' })).toMatchObject({
      problem: expect.stringMatching(/three/),
    });
  });

  it('inspects a pasted token cut short by 1 or 5 characters as a bad signature, not a wrong algorithm', async () => {
    await call('token:copy', { attemptId: (await requestToken()).id });
    const token = current.clipboard.text;
    for (const cut of [1, 5]) {
      const inspected = await call<{ verification: { status: string; message: string } }>('token:inspect', {
        environment: 'local',
        token: token.slice(0, -cut),
      });
      expect(inspected.verification.status).toBe('bad-signature');
      expect(inspected.verification.message).toMatch(/cut short/);
    }
  });

  it.each([
    ['a whole Authorization line', (token: string) => `Authorization: Bearer ${token}`],
    ['a JSON log member', (token: string) => `"Authorization": "Bearer ${token}",`],
    ['a quoted token', (token: string) => `'${token}'`],
    ['a log line around it', (token: string) => `2026-11-25 10:00:01 INFO sending bearer=${token} to /stores`],
    [
      'the whole token response',
      (token: string) => JSON.stringify({ access_token: token, expires_in: 3700, token_type: 'Bearer' }),
    ],
  ])('inspects a token pasted as %s, as support copies it from a log', async (_name, paste) => {
    await call('token:copy', { attemptId: (await requestToken()).id });
    const inspected = await call<{ token?: { claims: Record<string, unknown> }; verification?: { status: string } }>(
      'token:inspect',
      {
        environment: 'local',
        token: paste(current.clipboard.text),
      },
    );
    expect(inspected.token?.claims.client_id).toBe(demo.clientId);
    expect(inspected.verification?.status).toBe('valid');
  });

  it('says a pasted Basic header is the client id and secret, not a token, and where to decode it', async () => {
    for (const text of ['Authorization: Basic ZGVtbzpzZWNyZXQ=', 'Basic ZGVtbzpzZWNyZXQ=']) {
      const inspected = await call<{ problem?: string; token?: unknown }>('token:inspect', {
        environment: 'local',
        token: text,
      });
      expect(inspected.token).toBeUndefined();
      expect(inspected.problem).toMatch(
        /Basic header: the client id and secret, not a token\. Use "Decode a Basic header…"/,
      );
    }
  });

  it('writes copy-as-code snippets with the credentials as environment variables', async () => {
    const snippets = await call<{ language: string; code: string }[]>('token:snippets', {
      environment: 'local',
      basicEncoding: 'form',
      sendIbmClientId: false,
      merchantVat: 'DK13585628',
    });
    expect(snippets.map((snippet) => snippet.language)).toEqual(['curl', 'powershell', 'csharp', 'python', 'node']);
    for (const snippet of snippets) {
      expect(snippet.code).toContain('MOBILEPAY_CLIENT_SECRET');
      expect(snippet.code).not.toContain(demo.clientSecret);
      expect(snippet.code).toContain('/integrator-authentication/connect/token');
    }
  });

  it('keeps every attempt in History, redacted, and lets one be opened, deleted or all cleared', async () => {
    const ok = await requestToken('DK13585628');
    await call('token:request', {
      environment: 'local',
      clientId: demo.clientId,
      clientSecret: 'wrong',
      basicEncoding: 'form',
      sendIbmClientId: false,
    });
    const list = await call<{ id: string; status: number; merchantVat?: string }[]>('history:list', {});
    expect(list.map((row) => row.status)).toEqual([401, 200]);
    const opened = await call<{ attempt: { exchange: { response: { body: string } } } }>('history:get', { id: ok.id });
    expect(opened.attempt.exchange.response.body).toContain('<signature hidden>');
    await call('history:delete', { id: ok.id });
    expect(await call('history:list', {})).toHaveLength(1);
    await call('history:clear', {});
    expect(await call('history:list', {})).toEqual([]);
    expect(await send('history:get', { id: ok.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
