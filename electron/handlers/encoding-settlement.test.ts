import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/domain/diagnosis';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { DEMO_CLIENTS } from '../sandbox/index';
import { startOAuthServer, type Decoding, type LoopbackServer } from '../services/diagnosis/loopback-oauth-server';
import { useTestCore } from './core-test-support';

/**
 * Issue 11 item 1: a refused secret with characters form-encoding changes leads with the encoding, and one extra
 * request with the other encoding settles it. Against the real sandbox in both Basic decoding modes and an
 * independent loopback OAuth server that form-decodes or not.
 */
const { call, send } = useTestCore('ic-settle-');
const reserved = DEMO_CLIENTS.find((client) => /[+%]/.test(client.clientSecret))!;
const ID = 'loopback-client';
const SECRET = 'q4+Hv/Tz=%2F&Lm 8k:Wx';

let servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function independent(decoding: Decoding): Promise<LoopbackServer> {
  const server = await startOAuthServer({ clients: { [ID]: SECRET }, decoding });
  servers.push(server);
  return server;
}

const customRequest = (server: LoopbackServer, basicEncoding: Decoding, clientSecret = SECRET) => ({
  environment: 'custom',
  customTokenUrl: server.tokenUrl,
  clientId: ID,
  clientSecret,
  basicEncoding,
  sendIbmClientId: false,
});

const head = (findings: readonly Finding[]) => findings[0];
const byId = (findings: readonly Finding[], id: string) => findings.find((finding) => finding.id === id);

describe('the encoding leads a refusal it can explain', () => {
  it.each([
    ['form-decoding (its default), sent raw', 'form', 'raw'],
    ['raw-decoding switch, sent form-encoded', 'raw', 'form'],
  ] as const)('local sandbox %s: certain, ahead of invalid_client, which steps back', async (_name, decoding, sent) => {
    if (decoding === 'raw') await call('sandbox:set-faults', { faults: { basicDecoding: 'raw' } });
    const attempt = await call<TokenAttempt>('token:request', {
      environment: 'local',
      clientId: reserved.clientId,
      clientSecret: reserved.clientSecret,
      basicEncoding: sent,
      sendIbmClientId: false,
    });
    expect(attempt.exchange.response?.status).toBe(401);
    expect(head(attempt.findings)).toMatchObject({ id: 'basic-encoding-mismatch', certainty: 'certain' });
    expect(byId(attempt.findings, 'invalid-client')?.certainty).toBe('possible');
    expect(JSON.stringify(attempt.findings)).not.toContain(reserved.clientSecret);
  });

  it.each([
    ['raw', 'form', 'raw'],
    ['form', 'raw', 'form-encoded'],
  ] as const)(
    'independent server reading %s, sent %s: likely first with a one-click offer, then certain',
    async (decoding, sent, reads) => {
      const server = await independent(decoding);
      const attempt = await call<TokenAttempt>('token:request', customRequest(server, sent));
      expect(attempt.exchange.response?.status).toBe(401);
      const lead = head(attempt.findings);
      expect(lead).toMatchObject({
        id: 'basic-encoding-mismatch',
        certainty: 'likely',
        action: { kind: 'settle-encoding', attemptId: attempt.id, encoding: decoding },
      });
      expect(byId(attempt.findings, 'invalid-client')?.certainty).toBe('possible');
      expect(attempt.findings.filter((finding) => finding.certainty === 'certain')).toEqual([]);

      const settled = await call<{ findings: Finding[]; retry: TokenAttempt }>('token:settle-encoding', {
        attemptId: attempt.id,
      });
      expect(server.requests()).toBe(2);
      expect(settled.retry.outcome).toBe('token');
      expect(head(settled.findings)).toMatchObject({ id: 'basic-encoding-mismatch', certainty: 'certain' });
      expect(head(settled.findings)?.cause).toContain(`The server reads Basic credentials ${reads}`);
      expect(head(settled.findings)?.cause).toContain('The pair is right.');
      expect(byId(settled.findings, 'invalid-client')).toBeUndefined();
      expect(JSON.stringify(settled)).not.toContain(SECRET);
      expect((await call<unknown[]>('history:list', {})).length).toBe(2);
    },
  );

  it('a wrong pair is refused both ways: the encoding is ruled out and invalid_client is certain again', async () => {
    const server = await independent('form');
    const attempt = await call<TokenAttempt>('token:request', customRequest(server, 'form', `${SECRET}x`));
    const settled = await call<{ findings: Finding[] }>('token:settle-encoding', { attemptId: attempt.id });
    expect(head(settled.findings)).toMatchObject({ id: 'invalid-client', certainty: 'certain' });
    expect(byId(settled.findings, 'basic-encoding-mismatch')).toBeUndefined();
    expect(byId(settled.findings, 'basic-encoding-ruled-out')?.cause).toMatch(
      /refused these credentials both form-encoded and raw/,
    );
  });

  it('sends the extra request once only, and with "always" sends it right away for that environment next time', async () => {
    const server = await independent('raw');
    const first = await call<TokenAttempt>('token:request', customRequest(server, 'form'));
    await call('token:settle-encoding', { attemptId: first.id, always: true });
    const again = await send('token:settle-encoding', { attemptId: first.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const next = await call<TokenAttempt>('token:request', customRequest(server, 'form'));
    expect(server.requests()).toBe(4);
    expect(head(next.findings)).toMatchObject({ id: 'basic-encoding-mismatch', certainty: 'certain' });
    expect(head(next.findings)?.action).toBeUndefined();
  });
});
