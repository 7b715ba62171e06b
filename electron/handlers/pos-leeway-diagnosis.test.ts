import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { PosAttempt, TokenAttempt } from '../../shared/ipc/contract';
import { DEMO_CLIENTS } from '../sandbox/index';
import { POS_CLOCK_LEEWAY_SECONDS } from '../sandbox/pos-auth';
import { LOCAL_SANDBOX_EXP_LEEWAY_SECONDS } from '../services/diagnosis/index';
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
    // exp = iat + 1 s and iat is whole seconds: 2.5 s later the token has expired on any clock reading.
    await sleep(2_500);
    const stores = await call<PosAttempt>('pos:call', { attemptId: attempt.id, resource: 'stores' });
    expect(stores.status).toBe(200);
    const finding = stores.findings.find((each) => each.id === 'pos-token-expired-accepted');
    expect(finding).toMatchObject({ severity: 'warning', certainty: 'certain' });
    expect(finding?.cause).toMatch(/expired \d+ s ago .*accepted/);
    expect(finding?.cause).toMatch(/leeway.*local sandbox allows 30 s/);
    expect(finding?.nextStep).toMatch(/^Request a new token/);
    expect(finding?.nextStep).toMatch(/MobilePay's API/);
  });

  it("names the sandbox's real leeway", () => {
    expect(LOCAL_SANDBOX_EXP_LEEWAY_SECONDS).toBe(POS_CLOCK_LEEWAY_SECONDS);
  });
});
