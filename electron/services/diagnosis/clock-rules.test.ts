import { describe, expect, it } from 'vitest';
import type { TokenView } from '../../../shared/domain/token-view';
import { diagnoseTokenAttempt } from './diagnose';
import { attemptOf, find, ids, NOW, text, tokenResponse } from './diagnosis-test-support';

const view = (iat: number, exp: number, nbf = iat): Pick<TokenView, 'claims'> => ({ claims: { iat, nbf, exp } });
const seconds = (ms: number) => Math.floor(ms / 1000);

function diagnose(token: Pick<TokenView, 'claims'>, clockSkewMs?: number, nowMs = NOW) {
  const attempt = attemptOf({ ...tokenResponse(token.claims), ...(clockSkewMs === undefined ? {} : { clockSkewMs }) });
  return diagnoseTokenAttempt({ attempt, nowMs });
}

describe('clock skew', () => {
  it.each([
    [+61_000, /behind the server's/],
    [-120_000, /ahead of the server's/],
  ])('%i ms is reported', (skew, direction) => {
    const finding = find(diagnose(view(seconds(NOW + skew), seconds(NOW + skew) + 3700), skew), 'clock-skew');
    expect(finding?.cause).toMatch(direction);
    expect(finding?.severity).toBe('warning');
  });

  it.each([0, 59_000, -60_000])('%i ms is not', (skew) => {
    expect(ids(diagnose(view(seconds(NOW + skew), seconds(NOW + skew) + 3700), skew))).toEqual([]);
  });

  it('says a fresh token looks expired on this machine when the clock is far ahead', () => {
    // The server says it is 2 hours earlier than this machine: the fresh token's exp is in this machine's past.
    const skew = -2 * 3600_000;
    const findings = diagnose(view(seconds(NOW + skew), seconds(NOW + skew) + 3700), skew);
    expect(text(find(findings, 'clock-skew'))).toContain(
      "On this machine's clock the token looks expired; on the server's clock it is valid.",
    );
    expect(ids(findings)).not.toContain('token-expired');
  });
});

describe('token validity on the corrected clock', () => {
  it('reports a token that is already expired', () => {
    const finding = find(diagnose(view(seconds(NOW) - 4000, seconds(NOW) - 300)), 'token-expired');
    expect(finding).toMatchObject({ severity: 'error', certainty: 'certain' });
    expect(finding?.cause).toContain('5 min 0 s ago');
  });

  it('reports an expired token that looks fresh on a slow local clock', () => {
    // This machine is 2 hours behind; on its clock the token has an hour left, on the server's it expired.
    const skew = 2 * 3600_000;
    const findings = diagnose(view(seconds(NOW) - 100, seconds(NOW) + 3600), skew);
    expect(ids(findings)).toEqual(['token-expired', 'clock-skew']);
    expect(find(findings, 'token-expired')?.nextStep).toMatch(/fix this machine's clock/);
  });

  it('reports a token that is not valid yet', () => {
    const finding = find(diagnose(view(seconds(NOW) + 600, seconds(NOW) + 4300)), 'token-not-yet-valid');
    expect(finding?.cause).toContain('10 min 0 s');
  });

  it('allows a few seconds of nbf difference', () => {
    expect(diagnose(view(seconds(NOW) + 2, seconds(NOW) + 3702))).toEqual([]);
  });
});
