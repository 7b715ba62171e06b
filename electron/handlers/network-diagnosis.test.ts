import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { DEMO_CLIENTS } from '../sandbox/index';
import { useTestCore } from './core-test-support';

// Requests that get no answer, through the real handlers: the finding must say why in words support can act on.
const { call } = useTestCore('ic-net-diagnosis-');
const demo = DEMO_CLIENTS[0]!;
const request = (extra: Record<string, unknown>) =>
  call<TokenAttempt>('token:request', {
    clientId: demo.clientId,
    clientSecret: demo.clientSecret,
    basicEncoding: 'form',
    sendIbmClientId: false,
    ...extra,
  });

describe('no answer', () => {
  it("a timeout caused by the local sandbox's own Delay fault is named as that fault, with the way out", async () => {
    await call('sandbox:set-faults', { environment: 'local', faults: { delayMs: 2_000 } });
    const attempt = await request({ environment: 'local', timeoutMs: 300 });
    expect(attempt.exchange.failure?.kind).toBe('timeout');
    const [finding] = attempt.findings;
    expect(finding).toMatchObject({ id: 'network-timeout', certainty: 'certain' });
    expect(finding?.cause).toMatch(/Delay fault holds each answer for 2 s/);
    expect(finding?.nextStep).toMatch(/Reset faults/);
  });

  it("another server's timeout is not blamed on the sandbox's Delay fault", async () => {
    const silent = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      await call('sandbox:set-faults', { environment: 'local', faults: { delayMs: 2_000 } });
      const { port } = silent.address() as AddressInfo;
      const attempt = await request({
        environment: 'custom',
        customTokenUrl: `http://127.0.0.1:${port}/connect/token`,
        timeoutMs: 300,
      });
      expect(attempt.exchange.failure?.kind).toBe('timeout');
      expect(attempt.findings[0]?.id).toBe('network-timeout');
      expect(attempt.findings[0]?.cause).not.toMatch(/Delay fault/);
      expect(attempt.findings[0]?.nextStep).toMatch(/firewall/);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('a port fetch refuses to use (6000, X11) is named as such: nothing was sent', async () => {
    const attempt = await request({
      environment: 'custom',
      customTokenUrl: 'http://127.0.0.1:6000/integrator-authentication/connect/token',
    });
    expect(attempt.exchange.failure?.code).toBe('ERR_UNSAFE_PORT');
    const [finding] = attempt.findings;
    expect(finding).toMatchObject({ id: 'network-other', certainty: 'certain' });
    expect(finding?.cause).toMatch(/bad ports/);
    expect(finding?.nextStep).toMatch(/another port/);
  });
});
