import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/domain/diagnosis';
import type { PosAttempt, TokenAttempt } from '../../shared/ipc/contract';
import { DEMO_CLIENTS } from '../sandbox/index';
import { useTestCore } from './core-test-support';

// The local sandbox's own fault switches, through the real handlers: a finding names the switch, not a proxy.
const { call } = useTestCore('ic-fault-diagnosis-');
const demo = DEMO_CLIENTS[0]!;
const request = (extra: Record<string, unknown> = {}) =>
  call<TokenAttempt>('token:request', {
    environment: 'local',
    clientId: demo.clientId,
    clientSecret: demo.clientSecret,
    basicEncoding: 'form',
    sendIbmClientId: false,
    ...extra,
  });
const setFaults = (faults: Record<string, unknown>) => call('sandbox:set-faults', { environment: 'local', faults });
const wording = (findings: Finding[]) => findings.map((finding) => `${finding.cause} ${finding.nextStep}`).join('\n');

describe('token requests to the local sandbox with a fault switched on', () => {
  it.each([500, 503])(
    'a %i HTML page from the Server error fault is named as that fault, not a proxy',
    async (status) => {
      await setFaults({ serverError: status });
      const attempt = await request();
      expect(attempt.exchange.response?.status).toBe(status);
      const [finding] = attempt.findings;
      expect(finding).toMatchObject({ id: 'token-server-error', certainty: 'certain' });
      expect(finding?.cause).toMatch(new RegExp(`Server error fault .*${status}`));
      expect(finding?.nextStep).toMatch(/Reset faults/);
      expect(attempt.findings.map((each) => each.id)).not.toContain('non-oauth-body-html');
      expect(wording(attempt.findings)).not.toMatch(/proxy/i);
    },
  );

  it("the IBM-gateway 401 of the Require x-ibm-client-id switch is named as that switch, not MobilePay's portal", async () => {
    await setFaults({ requireIbmClientId: true });
    const attempt = await request();
    expect(attempt.exchange.response?.status).toBe(401);
    const [finding] = attempt.findings;
    expect(finding).toMatchObject({ id: 'gateway-body', certainty: 'certain' });
    expect(finding?.cause).toMatch(/Require x-ibm-client-id switch is on.*sent none/);
    expect(finding?.nextStep).toMatch(/Send x-ibm-client-id header/);
    expect(wording(attempt.findings)).not.toMatch(/developer portal/i);
    // With the header, the same switch lets the request through.
    expect((await request({ sendIbmClientId: true })).exchange.response?.status).toBe(200);
  });

  it('a refusal caused by the Basic decoding switch (raw) is named with certainty, and the matching encoding is not blamed', async () => {
    await setFaults({ basicDecoding: 'raw' });
    const reserved = DEMO_CLIENTS.find((client) => /[+/=%&: ]/.test(client.clientSecret))!;
    const sent = (basicEncoding: 'form' | 'raw') =>
      request({ clientId: reserved.clientId, clientSecret: reserved.clientSecret, basicEncoding });
    const refused = await sent('form');
    expect(refused.exchange.response?.status).toBe(401);
    const finding = refused.findings.find((each) => each.id === 'basic-encoding-mismatch');
    expect(finding).toMatchObject({ certainty: 'certain' });
    expect(finding?.cause).toMatch(/Basic decoding switch reads credentials raw/);
    expect(finding?.nextStep).toMatch(/Switch Basic encoding to raw/);
    expect((await sent('raw')).exchange.response?.status).toBe(200);
  });

  it('a dropped connection from the Drop connection fault is named as that fault, not a load balancer', async () => {
    await setFaults({ dropConnection: true });
    const attempt = await request();
    expect(attempt.exchange.failure?.kind).toBe('reset');
    const [finding] = attempt.findings;
    expect(finding).toMatchObject({ id: 'network-reset', certainty: 'certain' });
    expect(finding?.cause).toMatch(/Drop the connection fault switch/);
    expect(finding?.nextStep).toMatch(/Reset faults/);
    expect(wording(attempt.findings)).not.toMatch(/load balancer|proxy/i);
  });

  it("another server's 503 HTML page is not blamed on the sandbox's Server error fault", async () => {
    const proxy = createServer((_req, res) =>
      res.writeHead(503, { 'content-type': 'text/html' }).end('<html><title>503</title></html>'),
    );
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      await setFaults({ serverError: 503 });
      const { port } = proxy.address() as AddressInfo;
      const attempt = await request({
        environment: 'custom',
        customTokenUrl: `http://127.0.0.1:${port}/connect/token`,
      });
      expect(attempt.findings.map((finding) => finding.id)).toContain('non-oauth-body-html');
      expect(wording(attempt.findings)).not.toMatch(/fault/i);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

describe('PoS calls to the local sandbox with a fault switched on', () => {
  it.each([500, 503])(
    'a %i HTML page from the Server error fault is named as that fault, not a proxy',
    async (status) => {
      const attempt = await request({ merchantVat: 'DK13585628' });
      await setFaults({ serverError: status });
      const stores = await call<PosAttempt>('pos:call', { attemptId: attempt.id, resource: 'stores' });
      expect(stores.status).toBe(status);
      const [finding] = stores.findings;
      expect(finding).toMatchObject({ id: 'pos-server-error', certainty: 'certain' });
      expect(finding?.cause).toMatch(new RegExp(`Server error fault .*${status}`));
      expect(stores.findings.map((each) => each.id)).not.toContain('pos-non-json-body');
      expect(wording(stores.findings)).not.toMatch(/proxy|MobilePay suggests/i);
    },
  );

  it('a dropped connection from the Drop connection fault is named as that fault', async () => {
    const attempt = await request({ merchantVat: 'DK13585628' });
    await setFaults({ dropConnection: true });
    const stores = await call<PosAttempt>('pos:call', { attemptId: attempt.id, resource: 'stores' });
    expect(stores.exchange.failure?.kind).toBe('reset');
    const [finding] = stores.findings;
    expect(finding).toMatchObject({ id: 'network-reset', certainty: 'certain' });
    expect(finding?.cause).toMatch(/Drop the connection fault switch/);
    expect(wording(stores.findings)).not.toMatch(/load balancer|proxy/i);
  });
});
