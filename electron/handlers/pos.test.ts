import { har as validateHar } from 'har-validator';
import { describe, expect, it } from 'vitest';
import type { PosAttempt, TokenAttempt } from '../../shared/ipc/contract';
import { DEMO_CLIENTS, DEMO_CLIENTS_PRODUCTION } from '../sandbox/index';
import { useTestCore } from './core-test-support';

// The PoS V10 probe, the client-auth probe and the Basic decoder through the handler map, against real sandboxes.
const { send, call } = useTestCore('ic-pos-');

const token = (environment: string, client = DEMO_CLIENTS[0]!, merchantVat?: string) =>
  call<TokenAttempt>('token:request', {
    environment,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    basicEncoding: 'form',
    sendIbmClientId: false,
    ...(merchantVat ? { merchantVat } : {}),
  });

const ids = (attempt: PosAttempt) => attempt.findings.map((finding) => finding.id);

describe('PoS V10 probe', () => {
  it('lists the stores of the merchant the token is bound to, then its points of sale', async () => {
    const attempt = await token('local', DEMO_CLIENTS[0], 'DK13585628');
    const stores = await call<PosAttempt>('pos:call', { attemptId: attempt.id, resource: 'stores' });
    expect(stores.status).toBe(200);
    const storeIds = (stores.json as { storeIds: string[] }).storeIds;
    expect(storeIds.length).toBeGreaterThan(0);
    expect(stores.exchange.request.headers.find(([name]) => name.toLowerCase() === 'authorization')?.[1]).toMatch(
      /<signature hidden>$/,
    );
    const pos = await call<PosAttempt>('pos:call', {
      attemptId: attempt.id,
      resource: 'pointofsales',
      id: storeIds[0],
    });
    expect(pos.status).toBe(200);
    expect((pos.json as { posIds: string[] }).posIds.length).toBeGreaterThan(0);
  });

  it('explains an unbound token without the VAT header as 1151', async () => {
    const attempt = await token('local');
    const stores = await call<PosAttempt>('pos:call', { attemptId: attempt.id, resource: 'stores' });
    expect(stores.status).toBe(400);
    expect(ids(stores)).toContain('pos-1151');
    const withVat = await call<PosAttempt>('pos:call', {
      attemptId: attempt.id,
      resource: 'stores',
      merchantVat: 'DK13585628',
    });
    expect(withVat.status).toBe(200);
  });

  it('reproduces a missing Bearer prefix and a missing version header on purpose', async () => {
    const attempt = await token('local', DEMO_CLIENTS[0], 'DK13585628');
    const noBearer = await call<PosAttempt>('pos:call', {
      attemptId: attempt.id,
      resource: 'stores',
      tamper: { omitBearerPrefix: true },
    });
    expect(noBearer.status).toBe(401);
    expect(ids(noBearer)).toContain('pos-missing-bearer');
    const noVersion = await call<PosAttempt>('pos:call', {
      attemptId: attempt.id,
      resource: 'stores',
      tamper: { omitVersion: true },
    });
    expect(ids(noVersion)).toContain('pos-1153');
  });

  it("names a token from the other environment when Local production's PoS API refuses a Local sandbox token", async () => {
    await token('local-production', DEMO_CLIENTS_PRODUCTION[0]);
    const attempt = await token('local', DEMO_CLIENTS[0], 'DK13585628');
    const crossed = await call<PosAttempt>('pos:call', {
      attemptId: attempt.id,
      environment: 'local-production',
      resource: 'stores',
    });
    expect(crossed.status).toBe(401);
    expect(ids(crossed)).toContain('pos-signature-other-environment');
  });
});

describe('client-auth probe and Basic decoder', () => {
  it('shows that the sandbox takes form-encoded Basic and client_secret_post but not raw Basic for a reserved-character secret', async () => {
    const reserved = DEMO_CLIENTS.find((client) => /[+/=%]/.test(client.clientSecret))!;
    const result = await call<{ rows: { method: string; accepted: boolean }[]; differingCharacters: unknown[] }>(
      'probe:client-auth',
      {
        environment: 'local',
        clientId: reserved.clientId,
        clientSecret: reserved.clientSecret,
        sendIbmClientId: false,
      },
    );
    expect(result.rows.map((row) => [row.method, row.accepted])).toEqual([
      ['basic-form', true],
      ['basic-raw', false],
      ['post', true],
    ]);
    expect(result.differingCharacters.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain(reserved.clientSecret);
  });

  it("decodes a customer's Basic header and matches it to a saved profile without revealing the secret", async () => {
    const demo = DEMO_CLIENTS[0]!;
    const profile = await call<{ id: string }>('profiles:create', {
      name: 'Customer',
      environment: 'local',
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
    });
    const header = `Authorization: Basic ${Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64')}`;
    const report = await call<{ clientId: string; secret: { length: number }; matchesProfile?: { profileId: string } }>(
      'probe:decode-basic',
      { text: header },
    );
    expect(report.clientId).toBe(demo.clientId);
    expect(report.secret.length).toBe(demo.clientSecret.length);
    expect(report.matchesProfile?.profileId).toBe(profile.id);
    expect(JSON.stringify(report)).not.toContain(demo.clientSecret);
  });
});

describe('exports', () => {
  it('exports the whole run (token attempts and PoS calls) as a valid, redacted HAR, and one attempt for support', async () => {
    const demo = DEMO_CLIENTS[0]!;
    const attempt = await token('local', demo, 'DK13585628');
    await call('token:request', {
      environment: 'local',
      clientId: demo.clientId,
      clientSecret: 'wrong',
      basicEncoding: 'form',
      sendIbmClientId: false,
    });
    const stores = await call<PosAttempt>('pos:call', { attemptId: attempt.id, resource: 'stores' });
    const { json, fileName } = await call<{ json: string; fileName: string }>('export:har', { scope: 'run' });
    expect(fileName).toMatch(/^integrator-console-run-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.har$/);
    const parsed = JSON.parse(json) as { log: { entries: { response: { status: number } }[] } };
    // har-validator rejects an invalid log with the schema errors; it resolves for a valid one.
    await expect(validateHar(parsed)).resolves.toBeTruthy();
    expect(parsed.log.entries.map((entry) => entry.response.status).sort()).toEqual([200, 200, 401]);
    expect(json).not.toContain(demo.clientSecret);
    expect(json).not.toContain(Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64'));
    expect(json).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{20,}/);

    const single = await call<{ json: string }>('export:har', { scope: 'attempt', attemptId: stores.id });
    expect((JSON.parse(single.json) as { log: { entries: unknown[] } }).log.entries).toHaveLength(1);
    const { text } = await call<{ text: string }>('export:support-text', { attemptId: attempt.id });
    expect(text).toContain('Local sandbox');
    expect(text).toContain('MOBILEPAY_CLIENT_SECRET');
    expect(text).not.toContain(demo.clientSecret);
  });

  it('says there is nothing to export before the first request', async () => {
    expect(await send('export:har', { scope: 'run' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('presentation mode in main', () => {
  it('masks exports at the source and refuses to copy a usable token or secret', async () => {
    const demo = DEMO_CLIENTS[0]!;
    const attempt = await token('local', demo, 'DK13585628');
    await call('settings:update', { presentationMode: true });
    const { json } = await call<{ json: string }>('export:har', { scope: 'run' });
    const { text } = await call<{ text: string }>('export:support-text', { attemptId: attempt.id });
    for (const output of [json, text]) {
      expect(output).not.toContain(demo.clientId);
      expect(output).not.toContain('DK13585628');
    }
    expect(await send('token:copy', { attemptId: attempt.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await call('settings:update', { presentationMode: false });
    expect((await call<{ json: string }>('export:har', { scope: 'run' })).json).toContain(demo.clientId);
  });
});
