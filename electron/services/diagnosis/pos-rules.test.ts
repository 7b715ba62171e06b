import { describe, expect, it } from 'vitest';
import type { HeaderList } from '../../../shared/domain/exchange';
import { diagnosePosCall } from './diagnose';
import { find, ids, jsonHeaders, NOW, posError, posInput, text, type ExchangeSpec } from './diagnosis-test-support';
import type { PosDiagnosisInput } from './types';

const BEARER = 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.<signature hidden>';
const VERSION: [string, string] = ['X-MobilePay-Client-System-Version', '1.0.0'];
const invalidToken = (description: string): ExchangeSpec => ({
  status: 401,
  responseHeaders: [['www-authenticate', `Bearer error="invalid_token", error_description="${description}"`]],
});
const sandboxToken = (claims: Record<string, unknown> = {}): PosDiagnosisInput['token'] => ({
  view: {
    claims: { iss: 'https://sandbox.test/integrator-authentication', ...claims },
    exp: NOW / 1000 + 3000,
    nbf: NOW / 1000 - 600,
  },
  environmentId: 'mp-sandbox',
  environmentLabel: 'MobilePay SandBox',
});
const diagnose = (spec: ExchangeSpec, extra: Partial<PosDiagnosisInput> = {}) => diagnosePosCall(posInput(spec, extra));

describe('missing Bearer', () => {
  it.each([
    ['no Authorization header', [VERSION], /no Authorization header at all/],
    [
      'the token without the scheme',
      [['Authorization', 'eyJhbGciOiJSUzI1NiJ9.eyJ4IjoxfQ.<signature hidden>'], VERSION],
      /without the "Bearer " scheme/,
    ],
    ['a lower-case scheme', [['Authorization', 'bearer eyJ.eyJ.<signature hidden>'], VERSION], /written "bearer"/],
    [
      'Basic credentials',
      [['Authorization', 'Basic <secret sha256:1a2b3c4d…, 43 chars>'], VERSION],
      /not the client id and secret/,
    ],
  ] as [string, HeaderList, RegExp][])('%s', (_name, requestHeaders, cause) => {
    const findings = diagnose(
      { status: 401, requestHeaders },
      { token: sandboxToken({}), environment: { id: 'mp-production', label: 'Prod' } },
    );
    expect(findings[0]).toMatchObject({ id: 'pos-missing-bearer', certainty: 'certain' });
    expect(findings[0]?.cause).toMatch(cause);
    // The token never arrived, so its environment is not blamed.
    expect(ids(findings)).toEqual(['pos-missing-bearer']);
  });

  it('is quiet for a proper Bearer header', () => {
    expect(ids(diagnose({ status: 200 }))).toEqual([]);
  });
});

describe('token rejected by the PoS API', () => {
  it('names an expired token from its exp on the corrected clock', () => {
    const token = sandboxToken();
    token!.view.exp = NOW / 1000 - 90;
    const finding = find(diagnose(invalidToken('The token expired'), { token }), 'pos-token-expired');
    expect(finding).toMatchObject({ severity: 'error', certainty: 'certain' });
    expect(finding?.cause).toContain('1 min 30 s ago');
  });

  it('names an expired token from the challenge alone', () => {
    expect(ids(diagnose(invalidToken('The token is expired')))).toEqual(['pos-token-expired']);
  });

  it('names a token that is not valid yet', () => {
    const token = sandboxToken();
    token!.view.nbf = NOW / 1000 + 600;
    expect(ids(diagnose(invalidToken('The token is not yet valid'), { token }))).toContain('pos-token-not-yet-valid');
  });

  it('names a token from another environment', () => {
    const token = { ...sandboxToken()!, environmentId: 'local', environmentLabel: 'Local sandbox' };
    const finding = find(
      diagnose(invalidToken('signature'), {
        token,
        verification: { status: 'key-not-found', message: 'No key kid=ABC.' },
      }),
      'pos-signature-other-environment',
    );
    expect(finding?.cause).toContain("signed with Local sandbox's keys");
    expect(finding?.certainty).toBe('likely');
    expect(text(finding)).toContain('key-not-found');
  });

  it('names a foreign issuer as a possible other environment', () => {
    const finding = find(
      diagnose(invalidToken('x'), {
        token: sandboxToken(),
        expectedIssuer: 'https://other.test/integrator-authentication',
      }),
      'pos-signature-other-environment',
    );
    expect(finding?.certainty).toBe('possible');
    expect(text(finding)).toContain("The token's iss is https://sandbox.test/integrator-authentication");
  });

  it('calls a same-environment key-not-found a rotated key', () => {
    const findings = diagnose(invalidToken('x'), {
      token: sandboxToken(),
      verification: { status: 'key-not-found', message: 'm' },
    });
    expect(ids(findings)).toEqual(['pos-signing-key-rotated']);
  });

  it.each([
    ['a bad signature verdict', { verification: { status: 'bad-signature', message: 'm' } }, invalidToken('x')],
    ['the server saying so', {}, invalidToken('The signature is invalid')],
  ] as [string, Partial<PosDiagnosisInput>, ExchangeSpec][])('names a tampered token from %s', (_name, extra, spec) => {
    expect(ids(diagnose(spec, { token: sandboxToken(), ...extra }))).toEqual(['pos-token-tampered']);
  });

  it('falls back to an unexplained 401 with the challenge', () => {
    const finding = find(diagnose(invalidToken('audience mismatch'), { token: sandboxToken() }), 'pos-unauthorized');
    expect(finding?.cause).toContain('invalid_token: audience mismatch');
  });
});

describe("MobilePay's error codes", () => {
  const unbound = sandboxToken();
  it.each([
    [
      '1151',
      400,
      [['Authorization', BEARER], VERSION],
      /X-MobilePay-Merchant-VAT-Number was not sent[\s\S]*no merchant_vat claim/,
    ],
    ['1153', 400, [['Authorization', BEARER]], /X-MobilePay-Client-System-Version was not sent/],
    [
      '1155',
      400,
      [
        ['Authorization', BEARER],
        VERSION,
        ['X-MobilePay-Merchant-VAT-Number', 'DK1'],
        ['X-MobilePay-Merchant-VAT-Number', 'DK2'],
      ],
      /sent 2 times/,
    ],
    ['1157', 400, [['Authorization', BEARER], VERSION, VERSION], /more than once/],
    [
      '1159',
      400,
      [['Authorization', BEARER], VERSION, ['X-MobilePay-Merchant-VAT-Number', 'DK-12345678']],
      /Leave out the dash/,
    ],
    [
      '1161',
      400,
      [
        ['Authorization', BEARER],
        ['X-MobilePay-Client-System-Version', 'v1'],
      ],
      /Major\.Minor\.Build/,
    ],
    ['1121', 400, [['Authorization', BEARER], VERSION], /storeId/],
    ['1099', 400, [['Authorization', BEARER], VERSION], /unknown/],
  ] as [string, number, HeaderList, RegExp][])(
    '%s is explained with the request facts',
    (code, status, requestHeaders, pattern) => {
      const findings = diagnose({ ...posError(status, code), requestHeaders }, { token: unbound });
      expect(findings[0]?.id).toBe(`pos-${code}`);
      expect(findings[0]?.certainty).toBe('certain');
      expect(text(findings[0])).toMatch(pattern);
      expect(text(findings[0])).toContain('correlationId: 5b0f1c1e-0000-4000-8000-000000000001');
    },
  );

  it('1182 shows the bad claim', () => {
    const finding = find(
      diagnose(posError(400, '1182'), { token: sandboxToken({ merchant_vat: 'DK-1234' }) }),
      'pos-1182',
    );
    expect(text(finding)).toContain('The token is bound to merchant_vat DK-1234.');
  });

  it.each(['1400', '1405', '1411'])('403 %s says the resource belongs to someone else', (code) => {
    const finding = find(diagnose(posError(403, code), { token: sandboxToken({ client_id: 'demo' }) }), 'pos-403');
    expect(finding?.cause).toMatch(/another merchant or integrator/);
    expect(text(finding)).toContain('Token client_id: demo.');
  });

  it('reads the body whatever the case of its keys', () => {
    const body = JSON.stringify({ Code: '1153', Message: 'missing', CorrelationId: 'c-1' });
    expect(ids(diagnose({ status: 400, responseHeaders: jsonHeaders, body }))).toEqual(['pos-1153']);
  });

  it.each([
    ['a 2000-code 500', posError(500, '2001'), ['pos-server-error']],
    [
      'an HTML 503',
      { status: 503, responseHeaders: [['content-type', 'text/html']], body: '<html><title>Down</title></html>' },
      ['pos-server-error', 'pos-non-json-body'],
    ],
    ['an unknown 400', posError(400, '1234'), ['pos-400-other']],
    ['a 404', { status: 404 }, ['pos-404']],
  ] as [string, ExchangeSpec, string[]][])('%s', (_name, spec, expected) => {
    expect(ids(diagnose(spec))).toEqual(expected);
  });
});

describe('an expired token the PoS API still accepted (clock leeway)', () => {
  const expiredBy = (seconds: number) => {
    const token = sandboxToken();
    token!.view.exp = NOW / 1000 - seconds;
    return token;
  };

  it('warns on the corrected clock, and names no sandbox leeway for another environment', () => {
    const finding = find(diagnose({ status: 200 }, { token: expiredBy(10) }), 'pos-token-expired-accepted');
    expect(finding).toMatchObject({ severity: 'warning', certainty: 'certain' });
    expect(finding?.cause).toContain('expired 10 s ago');
    expect(finding?.cause).not.toMatch(/local sandbox/);
    expect(finding?.nextStep).toMatch(/once the leeway runs out/);
  });

  it('counts the local sandbox leeway down', () => {
    const finding = find(
      diagnose({ status: 200 }, { token: expiredBy(10), environment: { id: 'local', label: 'Local sandbox' } }),
      'pos-token-expired-accepted',
    );
    expect(finding?.nextStep).toMatch(/in about 20 s this API answers 401/);
  });

  it('uses the measured skew: not expired on the server clock means nothing to say', () => {
    expect(ids(diagnose({ status: 200, clockSkewMs: -20_000 }, { token: expiredBy(10) }))).not.toContain(
      'pos-token-expired-accepted',
    );
    expect(ids(diagnose({ status: 200 }, { token: sandboxToken() }))).toEqual([]);
  });

  it('leaves a refusal to the expired-token finding', () => {
    expect(ids(diagnose(invalidToken('The token expired'), { token: expiredBy(10) }))).toEqual(['pos-token-expired']);
  });
});
