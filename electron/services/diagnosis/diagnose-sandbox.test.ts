import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, startSandbox, type RunningSandbox } from '../../sandbox/index';
import { exchangeToken, type TokenExchangeInput } from '../token-exchange';
import { credentialContextFor } from './credential-context';
import { diagnoseTokenAttempt } from './diagnose';
import { find, ids, text } from './diagnosis-test-support';
import type { PreviousSuccess } from './types';

/** The diagnosis of real attempts against the real local sandbox (and a real refused port). */

let sandbox: RunningSandbox;
let dataDir: string;
const plain = DEMO_CLIENTS[0]!;
const reserved = DEMO_CLIENTS.find((client) => /[+%]/.test(client.clientSecret))!;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ic-diagnosis-'));
  sandbox = await startSandbox({ dataDir });
});

afterAll(async () => {
  await sandbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function attempt(overrides: Partial<TokenExchangeInput> = {}, previousSuccesses: PreviousSuccess[] = []) {
  const input: TokenExchangeInput = {
    tokenUrl: sandbox.tokenUrl,
    clientId: plain.clientId,
    clientSecret: plain.clientSecret,
    basicEncoding: 'form',
    sendIbmClientId: false,
    ...overrides,
  };
  const { result } = await exchangeToken(fetch, input);
  const findings = diagnoseTokenAttempt({
    attempt: {
      ...result,
      environment: { id: 'local', label: 'Local sandbox', production: false },
      tokenUrl: input.tokenUrl,
    },
    clientId: input.clientId,
    credentials: credentialContextFor(input.clientId, input.clientSecret, input.basicEncoding),
    ...(input.merchantVat ? { requestedVat: input.merchantVat } : {}),
    previousSuccesses,
    nowMs: Date.now(),
  });
  return { result, findings, secret: input.clientSecret };
}

describe('diagnosis of real sandbox attempts', () => {
  it('finds nothing wrong with a working request', async () => {
    const { result, findings } = await attempt();
    expect(result.outcome).toBe('token');
    expect(findings).toEqual([]);
  });

  it('names invalid_client for a wrong secret, without the secret', async () => {
    const { findings, secret } = await attempt({ clientSecret: `${plain.clientSecret}x` });
    expect(findings[0]?.id).toBe('invalid-client');
    expect(findings[0]?.cause).toMatch(/wrong secret and an unknown client id get exactly the same answer/);
    expect(JSON.stringify(findings)).not.toContain(secret);
  });

  it("says these look like another environment's credentials when history says so", async () => {
    const { findings } = await attempt({ clientSecret: 'not-the-secret' }, [
      { environmentId: 'local-production', environmentLabel: 'Local production', clientId: plain.clientId },
    ]);
    expect(ids(findings).slice(0, 2)).toEqual(['credentials-other-environment', 'invalid-client']);
    expect(findings[0]?.cause).toContain("These look like Local production's credentials");
  });

  it('does not blame the secret when a gateway, not the authorization server, answered 401', async () => {
    sandbox.setFaults({ requireIbmClientId: true });
    try {
      const here = [{ environmentId: 'local', environmentLabel: 'Local sandbox', clientId: plain.clientId }] as const;
      const { result, findings } = await attempt({}, [...here]);
      expect(result.exchange.response?.status).toBe(401);
      expect(ids(findings)).toContain('gateway-body');
      expect(ids(findings)).not.toContain('credentials-worked-here-before');
      expect(findings.map(text).join('\n')).not.toMatch(/secret is the likelier culprit/);
    } finally {
      sandbox.setFaults({ requireIbmClientId: false });
    }
  });

  it('points at the secret when the authorization server refused an id that worked here before', async () => {
    const { findings } = await attempt({ clientSecret: 'not-the-secret' }, [
      { environmentId: 'local', environmentLabel: 'Local sandbox', clientId: plain.clientId },
    ]);
    expect(ids(findings)).toContain('credentials-worked-here-before');
  });

  it('names the Basic encoding for the reserved-character secret sent raw', async () => {
    const { result, findings, secret } = await attempt({
      clientId: reserved.clientId,
      clientSecret: reserved.clientSecret,
      basicEncoding: 'raw',
    });
    expect(result.exchange.response?.status).toBe(401);
    const finding = find(findings, 'basic-encoding-mismatch');
    expect(finding?.nextStep).toContain('Send the same credentials once form-encoded');
    expect(findings[0]?.id).toBe('basic-encoding-mismatch');
    expect(find(findings, 'invalid-client')?.certainty).toBe('possible');
    expect(JSON.stringify(findings)).not.toContain(secret);
  });

  it('names a pasted line break in the secret, which the server cannot even decode', async () => {
    const { findings } = await attempt({ clientSecret: `${plain.clientSecret}\n` });
    expect(ids(findings)).toEqual(['credential-whitespace', 'invalid-request']);
    expect(findings[0]?.severity).toBe('error');
    expect(text(findings[0])).toContain('Client secret: a line break at the end');
  });

  it('names a leading space in the secret, which the server refuses as invalid_client', async () => {
    const { findings } = await attempt({ clientSecret: ` ${plain.clientSecret}` });
    expect(ids(findings)).toEqual(['credential-whitespace', 'invalid-client']);
  });

  it('names a malformed merchant VAT', async () => {
    const { result, findings } = await attempt({ merchantVat: 'DK-123' });
    expect(result.exchange.response?.status).toBe(400);
    expect(ids(findings)).toEqual(['invalid-request', 'vat-malformed']);
    expect(find(findings, 'invalid-request')?.nextStep).toMatch(/merchant_vat/);
    expect(find(findings, 'vat-malformed')?.severity).toBe('error');
  });

  it('names a refused port', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const { findings } = await attempt({
      tokenUrl: `http://127.0.0.1:${port}/integrator-authentication/connect/token`,
    });
    expect(ids(findings)).toEqual(['network-refused']);
    expect(text(findings[0])).toContain('ECONNREFUSED');
  });
});
