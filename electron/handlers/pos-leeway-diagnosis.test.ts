import { describe, expect, it } from 'vitest';
import type { PosAttempt, TokenAttempt } from '../../shared/ipc/contract';
import { DEMO_CLIENTS } from '../sandbox/index';
import { useTestCore } from './core-test-support';

// A token past its exp but inside the PoS API's clock leeway, through the real handlers and the real sandbox.
const { call } = useTestCore('ic-pos-leeway-');
const demo = DEMO_CLIENTS[0]!;

describe('a PoS call with a token that expired moments ago', () => {
  it('is accepted by the sandbox inside its 30 s leeway, and the findings say so instead of "no problems"', async () => {
    await call('sandbox:set-faults', { environment: 'local', faults: { tokenLifetimeSeconds: 1 } });
    const attempt = await call<TokenAttempt>('token:request', {
      environment: 'local',
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
      basicEncoding: 'form',
      sendIbmClientId: false,
      merchantVat: 'DK13585628',
    });
    // Wait for the condition itself: the sandbox's clock (this machine's, no skew set) is past exp.
    const expMs = (attempt.token?.exp ?? 0) * 1000;
    expect(expMs).toBeGreaterThan(0);
    await expect.poll(() => Date.now() > expMs + 1_000, { timeout: 5_000, interval: 100 }).toBe(true);
    const stores = await call<PosAttempt>('pos:call', { attemptId: attempt.id, resource: 'stores' });
    expect(stores.status).toBe(200);
    const finding = stores.findings.find((each) => each.id === 'pos-token-expired-accepted');
    expect(finding).toMatchObject({ severity: 'warning', certainty: 'certain' });
    expect(finding?.cause).toMatch(/expired \d+ s ago .*accepted/);
    expect(finding?.cause).toMatch(/leeway.*local sandbox allows 30 s/);
    expect(finding?.nextStep).toMatch(/^Request a new token/);
    expect(finding?.nextStep).toMatch(/MobilePay's API/);
  });
});
