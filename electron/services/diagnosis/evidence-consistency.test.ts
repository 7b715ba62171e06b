import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EnvironmentId } from '../../../shared/domain/environments';
import { DEMO_CLIENTS, startSandbox } from '../../sandbox/index';
import { closedLoopbackPort } from '../sandbox-token-test-support';
import { exchangeToken } from '../token-exchange';
import { credentialContextFor } from './credential-context';
import { diagnoseTokenAttempt } from './diagnose';
import { find, text } from './diagnosis-test-support';
import { startOAuthServer, type LoopbackServer } from './loopback-oauth-server';

/** Item 2 of issue 11: no finding tells the user to do what the evidence shows they already did. Loopback only. */

const client = DEMO_CLIENTS[0]!;
const LABELS: Record<string, string> = { local: 'Local sandbox', custom: 'Custom' };
let servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function diagnosed(
  tokenUrl: string,
  environment: EnvironmentId = 'custom',
  extra: Parameters<typeof diagnoseTokenAttempt>[0]['sandboxFaults'] = undefined,
) {
  const input = {
    tokenUrl,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    basicEncoding: 'form' as const,
    sendIbmClientId: false,
  };
  const { result } = await exchangeToken(fetch, input, { timeoutMs: 20_000 });
  return diagnoseTokenAttempt({
    attempt: {
      ...result,
      environment: { id: environment, label: LABELS[environment] ?? environment, production: false },
      tokenUrl,
    },
    clientId: client.clientId,
    credentials: credentialContextFor(client.clientId, client.clientSecret, 'form'),
    nowMs: Date.now(),
    ...(extra ? { sandboxFaults: extra } : {}),
  });
}

describe('findings agree with what was sent', () => {
  it('unsupported_grant_type after a correct form body blames the server or route, not the request', async () => {
    const stub = await startOAuthServer({
      stub: (_req, _body, res) =>
        res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":"unsupported_grant_type"}'),
    });
    servers.push(stub);
    const findings = await diagnosed(stub.tokenUrl);
    const finding = find(findings, 'unsupported-grant-type');
    expect(findings[0]?.id).toBe('unsupported-grant-type');
    expect(finding?.evidence).toContain('grant_type sent: client_credentials.');
    expect(finding?.cause).toMatch(/wrong endpoint|not allowed that grant/);
    expect(finding?.nextStep).not.toMatch(/Send grant_type/);
    expect(finding?.nextStep).toMatch(/token URL.*operator/s);
  });

  it('TLS to a port that speaks plain HTTP says so, not clocks and certificates', async () => {
    const plain = await startOAuthServer({ clients: {} });
    servers.push(plain);
    const findings = await diagnosed(plain.tokenUrl.replace('http://', 'https://'));
    expect(findings[0]?.id).toBe('network-tls');
    expect(findings[0]?.certainty).toBe('certain');
    expect(findings[0]?.cause).toMatch(/This port answers plain HTTP/);
    expect(findings[0]?.nextStep).toMatch(/Use http:\/\/ for this port, or the port where the server speaks TLS/);
    expect(findings[0]?.nextStep).not.toMatch(/clock\b(?! and certificates are not)/);
  });

  it('a refused connection on a Custom URL never suggests Start sandbox; on the local sandbox it does', async () => {
    const url = `http://127.0.0.1:${await closedLoopbackPort()}/connect/token`;
    const custom = await diagnosed(url, 'custom');
    expect(custom[0]?.id).toBe('network-refused');
    expect(text(custom[0])).not.toMatch(/Start sandbox|local sandbox/i);
    const local = await diagnosed(url, 'local');
    expect(local[0]?.nextStep).toMatch(/Start sandbox/);
  });

  it('one reason phrase per status: a server phrase of its own is not repeated in the findings', async () => {
    const stub = await startOAuthServer({
      stub: (_req, _body, res) => {
        res.writeHead(401, 'Access Denied Here', { 'Content-Type': 'application/json' });
        res.end('{"error":"invalid_client"}');
      },
    });
    servers.push(stub);
    const findings = await diagnosed(stub.tokenUrl);
    expect(text(find(findings, 'invalid-client'))).toContain('The server answered 401 Unauthorized.');
    expect(JSON.stringify(findings)).not.toContain('Access Denied Here');
  });

  it("names the local sandbox's Clock skew switch as the cause, not this machine's clock", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ic-skew-'));
    const sandbox = await startSandbox({ dataDir, faults: { clockSkewSeconds: 600 } });
    try {
      const findings = await diagnosed(sandbox.tokenUrl, 'local', sandbox.faults());
      const skew = find(findings, 'clock-skew');
      expect(skew?.cause).toMatch(/Clock skew switch sets its clock 10 min 0 s ahead/);
      expect(skew?.evidence).toContain('Sandbox fault: clock skew 600 s.');
      expect(skew?.nextStep).toMatch(/Set Clock skew back to 0/);
      expect(text(skew)).not.toMatch(/NTP/);
    } finally {
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
