import type { TokenView } from './token-view';
import { MERCHANT_VAT_PATTERN } from './vat';

/** One line per known claim, shown next to its value in the claims panel; unknown claims are shown verbatim. */
export const CLAIM_MEANINGS: Readonly<Record<string, string>> = {
  iss: 'Issuer: the authorization server that minted the token (MobilePay SandBox used a production-style issuer).',
  aud: 'Audience: the API(s) this token is meant for.',
  exp: 'Expires at: after this moment (server time) the API rejects the token.',
  nbf: 'Not before: the token is not valid until this moment (server time).',
  iat: 'Issued at: when the server minted the token.',
  jti: 'Token id: a unique id for this token, useful when asking support about it.',
  client_id: 'The client (your integrator credentials) the token was issued to.',
  scope: 'What the token allows; PoS V10 needs integrator_scope.',
  merchant_vat: 'The merchant this token is bound to; without it, every PoS call must send the merchant VAT header.',
  integrator_id: 'The integrator the client belongs to.',
  sub: 'Subject: who the token is about; client-credentials tokens usually have none.',
  auth_time: 'When the client authenticated.',
  idp: 'The identity provider that authenticated the client.',
  client_name: 'The display name of the client.',
};

/** Header parameters, shown the same way for the token's header. */
export const HEADER_MEANINGS: Readonly<Record<string, string>> = {
  alg: 'Signing algorithm; MobilePay tokens use RS256.',
  kid: 'Key id: which published key (JWKS) verifies the signature.',
  typ: 'Token type, e.g. JWT or at+jwt (an access token).',
  x5t: 'Thumbprint of the signing certificate.',
  cty: 'Content type of the payload.',
};

export function meaningOf(part: 'header' | 'claims', name: string): string | undefined {
  const table = part === 'header' ? HEADER_MEANINGS : CLAIM_MEANINGS;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

export type CheckStatus = 'ok' | 'warning' | 'error';

export interface ConsistencyCheck {
  check: 'merchant-vat' | 'lifetime' | 'scope' | 'validity-window' | 'current-validity' | 'clock-skew';
  status: CheckStatus;
  message: string;
}

export interface ConsistencyInput {
  view: TokenView;
  /** The VAT sent as merchant_vat; undefined = an unbound token was asked for. */
  requestedVat?: string;
  /** expires_in from the token response, in seconds. */
  expiresIn?: number;
  /** When given, also checks whether the token is valid at this moment (this machine's clock, epoch ms)... */
  nowMs?: number;
  /** ...corrected by the measured skew (server − local, ms; positive when the server is ahead). */
  clockSkewMs?: number;
}

const INTEGRATOR_SCOPE = 'integrator_scope';
/** How far exp − iat may differ from expires_in (the two clocks are read a moment apart). */
const LIFETIME_TOLERANCE_SECONDS = 2;
/** Beyond this, the local clock is reported as off. */
const NOTABLE_SKEW_MS = 60_000;

function checkMerchantVat(claim: unknown, requested: string | undefined): ConsistencyCheck {
  const result = (status: CheckStatus, message: string): ConsistencyCheck => ({
    check: 'merchant-vat',
    status,
    message,
  });
  if (claim !== undefined && (typeof claim !== 'string' || !MERCHANT_VAT_PATTERN.test(claim))) {
    return result(
      'error',
      `The merchant_vat claim ${JSON.stringify(claim)} is not DK or FI + 8 digits; PoS calls would fail with 1182.`,
    );
  }
  if (requested === undefined) {
    return claim === undefined
      ? result('ok', 'Unbound token, as asked: every PoS call must send the X-MobilePay-Merchant-VAT-Number header.')
      : result('warning', `No VAT was asked for, yet the token is bound to ${claim}; it works only for that merchant.`);
  }
  if (claim === undefined)
    return result(
      'error',
      `${requested} was asked for, but the token has no merchant_vat claim: the server ignored it.`,
    );
  return claim === requested
    ? result('ok', `Bound to ${requested}, the VAT asked for.`)
    : result('error', `${requested} was asked for, but the token is bound to ${claim}.`);
}

function checkLifetime(view: TokenView, expiresIn: number | undefined): ConsistencyCheck | undefined {
  if (expiresIn === undefined) return undefined;
  const result = (status: CheckStatus, message: string): ConsistencyCheck => ({ check: 'lifetime', status, message });
  if (view.exp === undefined || view.iat === undefined) {
    return result(
      'warning',
      `The response says expires_in ${expiresIn} s, but the token lacks exp or iat to compare with.`,
    );
  }
  const lifetime = view.exp - view.iat;
  return Math.abs(lifetime - expiresIn) <= LIFETIME_TOLERANCE_SECONDS
    ? result('ok', `exp − iat is ${lifetime} s, matching expires_in (${expiresIn} s).`)
    : result('warning', `exp − iat is ${lifetime} s but expires_in says ${expiresIn} s; the countdown follows exp.`);
}

function scopesOf(claim: unknown): string[] | undefined {
  if (typeof claim === 'string') return claim.split(/\s+/).filter((scope) => scope !== '');
  if (Array.isArray(claim) && claim.every((scope) => typeof scope === 'string')) return claim as string[];
  return undefined;
}

function checkScope(claim: unknown): ConsistencyCheck {
  const scopes = scopesOf(claim);
  const result = (status: CheckStatus, message: string): ConsistencyCheck => ({ check: 'scope', status, message });
  if (claim === undefined) return result('error', `The token has no scope claim; PoS V10 needs ${INTEGRATOR_SCOPE}.`);
  if (!scopes)
    return result('error', `The scope claim ${JSON.stringify(claim)} is neither a string nor a list of strings.`);
  if (!scopes.includes(INTEGRATOR_SCOPE))
    return result('error', `The scope is "${scopes.join(' ')}", without ${INTEGRATOR_SCOPE}; PoS V10 will refuse it.`);
  const others = scopes.filter((scope) => scope !== INTEGRATOR_SCOPE);
  return result(
    'ok',
    others.length === 0
      ? `The scope is ${INTEGRATOR_SCOPE}.`
      : `The scope includes ${INTEGRATOR_SCOPE} (also: ${others.join(', ')}).`,
  );
}

function checkWindow(view: TokenView): ConsistencyCheck {
  const result = (status: CheckStatus, message: string): ConsistencyCheck => ({
    check: 'validity-window',
    status,
    message,
  });
  if (view.exp === undefined)
    return result('warning', 'The token has no exp claim, so nothing says when it stops working.');
  const start = view.nbf ?? view.iat;
  if (start === undefined) return result('ok', 'The token has an exp; it has neither nbf nor iat.');
  const name = view.nbf !== undefined ? 'nbf' : 'iat';
  return view.exp > start
    ? result('ok', `exp is ${view.exp - start} s after ${name}.`)
    : result('error', `exp is not after ${name}: the token is never valid.`);
}

const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

function checkNow(view: TokenView, nowMs: number, skewMs: number | undefined): ConsistencyCheck {
  const serverNow = nowMs + (skewMs ?? 0);
  const basis = skewMs === undefined ? "on this computer's clock" : 'on server time';
  const result = (status: CheckStatus, message: string): ConsistencyCheck => ({
    check: 'current-validity',
    status,
    message,
  });
  if (view.nbf !== undefined && view.nbf * 1000 > serverNow) {
    return result(
      'error',
      `Not valid yet ${basis}: nbf is ${iso(view.nbf)}, ${Math.ceil((view.nbf * 1000 - serverNow) / 1000)} s from now.`,
    );
  }
  if (view.exp === undefined) return result('warning', 'No exp claim, so whether it has expired cannot be told.');
  if (view.exp * 1000 <= serverNow)
    return result('error', `Expired ${basis} at ${iso(view.exp)}; request a new token.`);
  return result('ok', `Valid ${basis} until ${iso(view.exp)}.`);
}

function checkSkew(skewMs: number): ConsistencyCheck {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  return Math.abs(skewMs) < NOTABLE_SKEW_MS
    ? { check: 'clock-skew', status: 'ok', message: `This computer's clock is within ${seconds} s of the server's.` }
    : {
        check: 'clock-skew',
        status: 'warning',
        message: `This computer's clock is ${seconds} s ${skewMs > 0 ? 'behind' : 'ahead of'} the server's; times here are corrected, but other tools on this machine may think a fresh token expired (or an old one fresh).`,
      };
}

/** The checks the claims panel lists, in a stable order; all are advice, none stops the token being shown. */
export function checkTokenConsistency(input: ConsistencyInput): ConsistencyCheck[] {
  const { view } = input;
  const checks: (ConsistencyCheck | undefined)[] = [
    checkMerchantVat(view.claims.merchant_vat, input.requestedVat),
    checkLifetime(view, input.expiresIn),
    checkScope(view.claims.scope),
    checkWindow(view),
    input.nowMs === undefined ? undefined : checkNow(view, input.nowMs, input.clockSkewMs),
    input.clockSkewMs === undefined ? undefined : checkSkew(input.clockSkewMs),
  ];
  return checks.filter((check): check is ConsistencyCheck => check !== undefined);
}
