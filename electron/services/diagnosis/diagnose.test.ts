import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from '../../../shared/domain/diagnosis';
import { credentialContextFor } from './credential-context';
import { diagnoseTokenAttempt } from './diagnose';
import { previousSuccessesFrom } from './previous-successes';
import { attemptOf, ids, NOW, oauthError } from './diagnosis-test-support';

describe('diagnoseTokenAttempt as a whole', () => {
  const secret = 'Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs';

  it('puts errors first, in catalogue order, one finding per id', () => {
    const attempt = attemptOf({ ...oauthError(401, 'invalid_client'), clockSkewMs: 300_000 });
    const findings = diagnoseTokenAttempt({
      attempt,
      clientId: 'demo-client',
      credentials: credentialContextFor('demo-client', ` ${secret}`, 'raw'),
      requestedVat: 'DK-12345678',
      previousSuccesses: [{ environmentId: 'local', environmentLabel: 'Local sandbox', clientId: 'demo-client' }],
      nowMs: NOW,
    });
    expect(ids(findings)).toEqual([
      'basic-encoding-mismatch',
      'credentials-other-environment',
      'credential-whitespace',
      'invalid-client',
      'vat-malformed',
      'clock-skew',
    ]);
    for (const finding of findings) {
      expect(FINDING_IDS).toContain(finding.id);
      expect(finding.cause).toMatch(/[.!]$/);
      expect(finding.nextStep.length).toBeGreaterThan(10);
      expect(finding.evidence.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(findings)).not.toContain(secret);
    expect(JSON.stringify(findings)).not.toContain('Mp7');
  });
});

describe('previousSuccessesFrom', () => {
  it('keeps one entry per environment and client id that got a token', () => {
    const local = { id: 'local', label: 'Local sandbox' };
    const prod = { id: 'mp-production', label: 'MobilePay Production' };
    expect(
      previousSuccessesFrom([
        { environment: local, clientId: 'a', outcome: 'token' },
        { environment: local, clientId: 'a', outcome: 'token' },
        { environment: prod, clientId: 'a', outcome: 'oauth-error' },
        { environment: prod, outcome: 'token' },
        { environment: prod, clientId: 'b', outcome: 'token' },
      ]),
    ).toEqual([
      { environmentId: 'local', environmentLabel: 'Local sandbox', clientId: 'a' },
      { environmentId: 'mp-production', environmentLabel: 'MobilePay Production', clientId: 'b' },
    ]);
  });
});
