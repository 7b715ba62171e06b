import { describe, expect, it } from 'vitest';
import type { NetworkFailureKind } from '../../../shared/domain/exchange';
import { diagnoseTokenAttempt } from './diagnose';
import { attemptOf, NOW, text } from './diagnosis-test-support';
import { classifyNetworkFailure } from '../network-failure';
import { networkFindings } from './network-rules';

describe('network failures', () => {
  it.each([
    ['dns', 'ENOTFOUND', 'network-dns', /spelling of the host/],
    ['refused', 'ECONNREFUSED', 'network-refused', /port/],
    ['tls', 'CERT_HAS_EXPIRED', 'network-tls', /clock/],
    ['timeout', undefined, 'network-timeout', /firewall/],
    ['reset', 'ECONNRESET', 'network-reset', /proxy/],
    ['too-large', undefined, 'network-too-large', /web page/],
    ['other', undefined, 'network-other', /proxy settings/],
  ] as [NetworkFailureKind, string | undefined, string, RegExp][])(
    '%s is named with what to check',
    (kind, code, id, nextStep) => {
      const attempt = attemptOf({
        failure: { kind, message: `failed (${kind})`, ...(code ? { code } : {}) },
        durationMs: 10_000,
      });
      const findings = diagnoseTokenAttempt({ attempt, nowMs: NOW });
      expect(findings[0]?.id).toBe(id);
      expect(findings[0]?.nextStep).toMatch(nextStep);
      if (code) expect(text(findings[0])).toContain(code);
    },
  );

  it('mentions the local sandbox for a refused loopback port, and the retired hosts for MobilePay DNS', () => {
    const local = attemptOf({
      url: 'http://127.0.0.1:9/integrator-authentication/connect/token',
      failure: { kind: 'refused', message: 'x' },
    });
    expect(networkFindings(local.exchange, 'local')[0]?.nextStep).toMatch(/local sandbox/);
    const mobilepay = attemptOf({ url: 'https://api.sandbox.mobilepay.dk/x', failure: { kind: 'dns', message: 'x' } });
    expect(networkFindings(mobilepay.exchange)[0]?.nextStep).toMatch(/retired/);
  });

  it("names a redirect the desktop app's fetch cancelled (Electron gives no status for it), certainly", () => {
    const failure = classifyNetworkFailure(
      new Error('Redirect was cancelled'),
      'http://auth.example.com/connect/token',
    );
    expect(failure).toMatchObject({ kind: 'other', code: 'ERR_REDIRECT_NOT_FOLLOWED' });
    expect(failure.message).toMatch(/answered with a redirect/);
    const [finding] = networkFindings(attemptOf({ failure }).exchange);
    expect(finding).toMatchObject({ id: 'network-other', certainty: 'certain' });
    expect(finding?.cause).toMatch(/redirect \(3xx\).*does not follow redirects with credentials/);
    expect(finding?.nextStep).toMatch(/https instead of http/);
  });

  it('says the timeout duration', () => {
    const attempt = attemptOf({ failure: { kind: 'timeout', message: 'x' }, durationMs: 10_000 });
    expect(networkFindings(attempt.exchange)[0]?.cause).toContain('10 s');
  });

  it('finds nothing when a response came back', () => {
    expect(networkFindings(attemptOf({ status: 200 }).exchange)).toEqual([]);
  });
});
