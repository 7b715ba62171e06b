import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import { SANDBOX_CLOCK_LEEWAY_SECONDS } from '../../shared/domain/sandbox-faults';
import type { SigningMaterial } from './signing-certificate';

type BearerCheck = { ok: true; claims: JWTPayload } | { ok: false; description: string };

export interface PosTokenVerifierOptions {
  issuer: string;
  audience: string;
  /** The sandbox's current signing key: only tokens it signed verify (rotation replaces it). */
  signingKey(): SigningMaterial;
  /** The sandbox's (possibly skewed) clock, epoch ms. */
  now(): number;
}

export type PosTokenVerifier = (authorizationHeaders: readonly string[]) => Promise<BearerCheck>;

const JWS_COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Checks `Authorization: Bearer <jwt>` the way a resource server would: the scheme, the JWT shape, RS256 only,
 * the key (by kid, against the sandbox's own current key only), the signature, iss, aud, exp and nbf. Every
 * refusal comes with a description for `WWW-Authenticate`, worded so a person (or the console's diagnosis) can
 * tell the causes apart.
 */
export function createPosTokenVerifier(options: PosTokenVerifierOptions): PosTokenVerifier {
  const publicKeyOf = publicKeyCache();
  return async (authorizationHeaders) => {
    const extracted = bearerTokenFrom(authorizationHeaders);
    if (!extracted.ok) return extracted;
    const { token } = extracted;
    const material = options.signingKey();
    const keyProblem = checkProtectedHeader(token, material.kid);
    if (keyProblem) return { ok: false, description: keyProblem };
    const now = options.now();
    try {
      const { payload } = await jwtVerify(token, publicKeyOf(material), {
        algorithms: ['RS256'],
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp'],
        currentDate: new Date(now),
        clockTolerance: SANDBOX_CLOCK_LEEWAY_SECONDS,
      });
      return { ok: true, claims: payload };
    } catch (error) {
      return { ok: false, description: describeVerifyError(error, token, options, now) };
    }
  };
}

function bearerTokenFrom(values: readonly string[]): { ok: true; token: string } | { ok: false; description: string } {
  const fail = (description: string) => ({ ok: false, description }) as const;
  if (values.length === 0) return fail('No Authorization header. Send Authorization: Bearer <access token>.');
  if (values.length > 1) return fail(`The Authorization header was sent ${values.length} times; send it once.`);
  const value = (values[0] ?? '').trim();
  const match = /^(\S+)(?:\s+(.*))?$/.exec(value);
  const scheme = match?.[1] ?? '';
  const rest = (match?.[2] ?? '').trim();
  if (scheme.toLowerCase() !== 'bearer') {
    if (value === '') return fail('The Authorization header is empty. Send Authorization: Bearer <access token>.');
    if (/^bearer./i.test(scheme))
      return fail("There is no space after 'Bearer': send Authorization: Bearer <access token>.");
    if (JWS_COMPACT.test(value)) {
      return fail("The Authorization header has no 'Bearer ' prefix: send Authorization: Bearer <access token>.");
    }
    return fail(
      `The Authorization scheme is '${scheme.slice(0, 20)}', not Bearer. Send Authorization: Bearer <access token>.`,
    );
  }
  if (rest === '') return fail("The Authorization header says 'Bearer' but carries no token.");
  if (!JWS_COMPACT.test(rest)) return fail(notAJwt(rest));
  return { ok: true, token: rest };
}

function notAJwt(token: string): string {
  const base = 'The bearer token is not a JWT (expected three base64url parts separated by dots)';
  if (/^["']/.test(token)) return `${base}: it starts with a quote; send the access_token value without quotes.`;
  if (/^bearer\s/i.test(token)) return `${base}: it starts with 'Bearer' again; send the prefix once.`;
  const parts = token.split('.').length;
  if (parts === 2) return `${base}: it has two parts; it looks truncated.`;
  if (parts === 5) return `${base}: it has five parts (an encrypted JWE); this API takes signed JWTs only.`;
  return `${base}.`;
}

/** The JOSE header checks, before any key is used: RS256 only, and a kid this server holds. */
function checkProtectedHeader(token: string, currentKid: string): string | undefined {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return 'The bearer token is not a JWT: its header is not base64url-encoded JSON.';
  }
  if (header.alg !== 'RS256') {
    return `The token's algorithm '${String(header.alg).slice(0, 20)}' is not accepted; this server signs and accepts RS256 only.`;
  }
  if (typeof header.kid !== 'string' || header.kid === '') {
    return 'The token header has no kid, so no signing key can be selected.';
  }
  if (header.kid !== currentKid) {
    return (
      `The signature key was not found: kid '${header.kid.slice(0, 64)}' is not this server's signing key ` +
      `(${currentKid}). The token comes from another environment, or its key has been rotated out.`
    );
  }
  return undefined;
}

function describeVerifyError(error: unknown, token: string, options: PosTokenVerifierOptions, now: number): string {
  const serverTime = `server time ${isoSeconds(now / 1000)}, leeway ${SANDBOX_CLOCK_LEEWAY_SECONDS} s`;
  const claims = safeClaims(token);
  if (error instanceof errors.JWTExpired) {
    return `The token expired at ${isoSeconds(claims.exp)} (${serverTime}).`;
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'nbf':
        return `The token is not yet valid: not valid before ${isoSeconds(claims.nbf)} (${serverTime}).`;
      case 'aud':
        return `The audience ${JSON.stringify(claims.aud ?? null).slice(0, 120)} is invalid; expected '${options.audience}'.`;
      case 'iss':
        return `The issuer '${String(claims.iss).slice(0, 120)}' is invalid; expected '${options.issuer}'.`;
      default:
        return `The token's '${error.claim}' claim is invalid (${error.reason}).`;
    }
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return 'The signature is invalid: the token was altered or truncated after it was issued.';
  }
  return `The bearer token is invalid: ${error instanceof Error ? error.message : String(error)}`;
}

function safeClaims(token: string): JWTPayload {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as JWTPayload;
  } catch {
    return {};
  }
}

function isoSeconds(epochSeconds: unknown): string {
  if (typeof epochSeconds !== 'number' || !Number.isFinite(epochSeconds)) return 'unknown';
  const date = new Date(Math.round(epochSeconds) * 1000);
  return Number.isNaN(date.getTime()) ? 'unknown' : date.toISOString().replace('.000Z', 'Z');
}

/** The public key of the current material; rebuilt only when the material changes (rotation). */
function publicKeyCache(): (material: SigningMaterial) => KeyObject {
  let cached: { material: SigningMaterial; key: KeyObject } | undefined;
  return (material) => {
    if (cached?.material !== material) {
      const key = createPublicKey(createPrivateKey({ key: material.privateJwk, format: 'jwk' }));
      cached = { material, key };
    }
    return cached.key;
  };
}
