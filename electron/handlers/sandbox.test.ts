import { describe, expect, it } from 'vitest';
import type { SandboxStatus, TokenAttempt } from '../../shared/ipc/contract';
import { DEMO_CLIENTS, DEMO_CLIENTS_PRODUCTION } from '../sandbox/index';
import { useTestCore } from './core-test-support';

// The sandbox controls as the UI uses them, through the real handler map and real sandboxes on loopback.
const { current, send, call } = useTestCore('ic-sandbox-');
const changes = (): SandboxStatus[] =>
  current.events.flatMap((entry) => (entry.event === 'sandbox:changed' ? [entry.payload as SandboxStatus] : []));

const tokenWith = (environment: string, client: { clientId: string; clientSecret: string }) =>
  call<TokenAttempt>('token:request', {
    environment,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    basicEncoding: 'form',
    sendIbmClientId: false,
  });

describe('sandbox controls', () => {
  it('runs Local production with its own clients: the Local sandbox credentials are refused there', async () => {
    expect((await tokenWith('local-production', DEMO_CLIENTS_PRODUCTION[0]!)).outcome).toBe('token');
    const crossed = await tokenWith('local-production', DEMO_CLIENTS[0]!);
    expect(crossed.exchange.response?.status).toBe(401);
    expect(crossed.oauthError?.error).toBe('invalid_client');
    const clients = await call<{ clientId: string }[]>('sandbox:demo-clients', { environment: 'local-production' });
    expect(clients.map((client) => client.clientId)).toEqual(DEMO_CLIENTS_PRODUCTION.map((client) => client.clientId));
  });

  it('switches a fault on from the UI and reports it: a 503 with an HTML body', async () => {
    const status = await call<SandboxStatus>('sandbox:set-faults', { faults: { serverError: 503 } });
    expect(status).toMatchObject({ environment: 'local', state: 'running', faults: { serverError: 503 } });
    expect(changes().at(-1)?.faults?.serverError).toBe(503);
    const attempt = await tokenWith('local', DEMO_CLIENTS[0]!);
    expect(attempt.outcome).toBe('http-error');
    expect(attempt.exchange.response?.status).toBe(503);
    expect(attempt.exchange.response?.body).toMatch(/<html/i);
  });

  it('refuses a fault value out of range and changes nothing', async () => {
    const result = await send('sandbox:set-faults', { faults: { delayMs: -5 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('rotates the signing key: a token minted before no longer verifies', async () => {
    const before = await tokenWith('local', DEMO_CLIENTS[0]!);
    expect(await call('token:verify', { attemptId: before.id })).toMatchObject({ status: 'valid' });
    const oldKid = (await call<SandboxStatus>('sandbox:status', {})).kid;
    const rotated = await call<SandboxStatus>('sandbox:rotate-key', {});
    expect(rotated.kid).not.toBe(oldKid);
    expect(await call('token:verify', { attemptId: before.id })).toMatchObject({ status: 'key-not-found' });
    const after = await tokenWith('local', DEMO_CLIENTS[0]!);
    expect(await call('token:verify', { attemptId: after.id })).toMatchObject({ status: 'valid' });
  });
});
