import { describe, expect, it } from 'vitest';
import {
  CLAIM_MEANINGS,
  checkTokenConsistency,
  HEADER_MEANINGS,
  meaningOf,
  type ConsistencyCheck,
  type ConsistencyInput,
} from './claims';
import type { TokenView } from './token-view';

const IAT = 1_780_000_000;

function view(
  claims: Record<string, unknown> = {},
  times: Partial<Pick<TokenView, 'iat' | 'nbf' | 'exp'>> = {},
): TokenView {
  const timing = { iat: IAT, nbf: IAT, exp: IAT + 3700, ...times };
  const all = { scope: 'integrator_scope', ...timing, ...claims };
  return { header: { alg: 'RS256' }, claims: all, redacted: 'x.y.<signature hidden>', ...timing };
}

function checkOf(input: ConsistencyInput, name: ConsistencyCheck['check']): ConsistencyCheck | undefined {
  return checkTokenConsistency(input).find((check) => check.check === name);
}

describe('CLAIM_MEANINGS / HEADER_MEANINGS', () => {
  it.each(['iss', 'aud', 'exp', 'nbf', 'iat', 'jti', 'client_id', 'scope', 'merchant_vat', 'integrator_id', 'sub'])(
    'explains %s in one line',
    (claim) => {
      const meaning = meaningOf('claims', claim);
      expect(meaning).toBe(CLAIM_MEANINGS[claim]);
      expect(meaning).toMatch(/^\S.{10,160}$/);
    },
  );

  it.each(['alg', 'kid', 'typ'])('explains header parameter %s', (param) => {
    expect(meaningOf('header', param)).toBe(HEADER_MEANINGS[param]);
  });

  it('has no meaning for unknown names, nor for inherited object keys', () => {
    expect(meaningOf('claims', 'favourite_colour')).toBeUndefined();
    expect(meaningOf('claims', 'constructor')).toBeUndefined();
    expect(meaningOf('header', 'exp')).toBeUndefined();
  });
});

describe('checkTokenConsistency: merchant_vat', () => {
  it.each([
    ['asked and bound to it', 'DK13585628', 'DK13585628', 'ok', /Bound to DK13585628/],
    ['asked but bound to another', 'DK13585628', 'DK24256790', 'error', /bound to DK24256790/],
    ['asked but the claim is missing', 'DK13585628', undefined, 'error', /no merchant_vat claim/],
    ['not asked and unbound', undefined, undefined, 'ok', /Unbound.*Merchant-VAT-Number/],
    ['not asked yet bound', undefined, 'FI20774740', 'warning', /bound to FI20774740/],
    ['a claim with a dash', 'DK13585628', 'DK-13585628', 'error', /1182/],
    ['a numeric claim', undefined, 13585628, 'error', /not DK or FI/],
  ])('%s', (_name, requestedVat, claim, status, message) => {
    const input = { view: view(claim === undefined ? {} : { merchant_vat: claim }), requestedVat };
    expect(checkOf(input, 'merchant-vat')).toMatchObject({ status, message: expect.stringMatching(message) });
  });
});

describe('checkTokenConsistency: exp − iat against expires_in', () => {
  it.each([
    [3700, {}, 'ok'],
    [3702, {}, 'ok'],
    [3698, {}, 'ok'],
    [3703, {}, 'warning'],
    [3600, {}, 'warning'],
    [3700, { iat: undefined }, 'warning'],
  ] as const)('expires_in %s with %o → %s', (expiresIn, times, status) => {
    expect(checkOf({ view: view({}, times), expiresIn }, 'lifetime')?.status).toBe(status);
  });

  it('is skipped when the response had no expires_in', () => {
    expect(checkOf({ view: view() }, 'lifetime')).toBeUndefined();
  });
});

describe('checkTokenConsistency: scope', () => {
  it.each([
    ['integrator_scope', 'ok'],
    ['offline_access integrator_scope', 'ok'],
    [['integrator_scope'], 'ok'],
    [['integrator_scope', 'offline_access'], 'ok'],
    ['openid', 'error'],
    [[], 'error'],
    ['', 'error'],
    [42, 'error'],
    [['integrator_scope', 7], 'error'],
    [undefined, 'error'],
  ])('%j → %s', (scope, status) => {
    expect(checkOf({ view: view({ scope }) }, 'scope')?.status).toBe(status);
  });
});

describe('checkTokenConsistency: validity window', () => {
  it.each([
    [{}, 'ok'],
    [{ exp: IAT, nbf: IAT }, 'error'],
    [{ exp: IAT - 10, nbf: IAT }, 'error'],
    [{ nbf: undefined }, 'ok'],
    [{ nbf: undefined, iat: undefined }, 'ok'],
    [{ exp: undefined }, 'warning'],
  ] as const)('%o → %s', (times, status) => {
    expect(checkOf({ view: view({}, times) }, 'validity-window')?.status).toBe(status);
  });
});

describe('checkTokenConsistency: valid now, on server time', () => {
  const ms = (seconds: number) => seconds * 1000;
  it.each([
    ['just issued, clocks agree', ms(IAT + 1), undefined, 'ok', /this computer's clock/],
    ['just issued, clocks agree, skew measured', ms(IAT + 1), 0, 'ok', /server time/],
    [
      'this clock 2 min behind: looks not yet valid, is fine on server time',
      ms(IAT - 120),
      120_000,
      'ok',
      /Valid on server time/,
    ],
    ['this clock 2 min behind, uncorrected', ms(IAT - 120), undefined, 'error', /Not valid yet/],
    ['expired', ms(IAT + 3700), 0, 'error', /Expired/],
    [
      'this clock 10 min ahead: looks expired, is not on server time',
      ms(IAT + 3700 + 600 - 60),
      -600_000,
      'ok',
      /Valid/,
    ],
    [
      'this clock 10 min behind: looks fresh, has expired on server time',
      ms(IAT + 3700 - 300),
      600_000,
      'error',
      /Expired on server time/,
    ],
  ])('%s', (_name, nowMs, clockSkewMs, status, message) => {
    expect(checkOf({ view: view(), nowMs, clockSkewMs }, 'current-validity')).toMatchObject({
      status,
      message: expect.stringMatching(message),
    });
  });

  it('is skipped without a current time', () => {
    expect(checkOf({ view: view() }, 'current-validity')).toBeUndefined();
  });
});

describe('checkTokenConsistency: clock skew', () => {
  it.each([
    [0, 'ok'],
    [59_000, 'ok'],
    [-59_000, 'ok'],
    [60_000, 'warning'],
    [-600_000, 'warning'],
  ])('%i ms → %s', (clockSkewMs, status) => {
    expect(checkOf({ view: view(), clockSkewMs }, 'clock-skew')?.status).toBe(status);
  });

  it('says which way the clock is off', () => {
    expect(checkOf({ view: view(), clockSkewMs: 120_000 }, 'clock-skew')?.message).toMatch(/120 s behind/);
    expect(checkOf({ view: view(), clockSkewMs: -120_000 }, 'clock-skew')?.message).toMatch(/120 s ahead of/);
  });
});

it('lists a fresh, bound token from the sandbox as all ok, in a stable order', () => {
  const checks = checkTokenConsistency({
    view: view({ merchant_vat: 'DK13585628' }),
    requestedVat: 'DK13585628',
    expiresIn: 3700,
    nowMs: (IAT + 5) * 1000,
    clockSkewMs: 0,
  });
  expect(checks.map((check) => [check.check, check.status])).toEqual([
    ['merchant-vat', 'ok'],
    ['lifetime', 'ok'],
    ['scope', 'ok'],
    ['validity-window', 'ok'],
    ['current-validity', 'ok'],
    ['clock-skew', 'ok'],
  ]);
});
