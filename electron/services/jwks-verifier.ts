import { compactVerify, decodeProtectedHeader, errors, importJWK, type JWK } from 'jose';
import {
  DEFAULT_ALLOWED_ALGORITHMS,
  type VerificationResult,
  type VerificationStatus,
} from '../../shared/domain/verification';
import type { FetchLike } from './http-capture';
import { fetchKeySet, type KeySetFetch } from './jwks-key-set';

/**
 * Checks a token's signature against the keys its environment publishes (discovery → jwks_uri → JWKS), with the
 * key set cached per environment. Signature only: expiry, audience and the other claims are checked elsewhere.
 */
export interface VerifyTarget {
  environmentId: string;
  authBase: string;
}

export interface JwksVerifierOptions {
  /** All HTTP goes through this (Electron's net.fetch in the app, Node's fetch in tests). */
  fetch: FetchLike;
  /** Asymmetric algorithms only; HS* and `none` are never accepted even if listed. Default ['RS256']. */
  allowedAlgorithms?: readonly string[];
  /** How long a fetched key set is trusted. Default 10 minutes. */
  cacheTtlMs?: number;
  /** An unknown `kid` refetches the key set (keys rotate), but at most this often per environment. Default 30 s. */
  refetchCooldownMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

export interface JwksVerifier {
  verify(token: string, target: VerifyTarget): Promise<VerificationResult>;
  /** Drops the cached keys of one environment, or of all. */
  forget(target?: VerifyTarget): void;
}

const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^ES256K$/;
const KEY_TYPE_BY_ALG_PREFIX: Record<string, string> = { RS: 'RSA', PS: 'RSA', ES: 'EC', Ed: 'OKP' };

type Header = { ok: true; alg: string; kid?: string; compact: string; signature: string } | { ok: false; message: string };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function readHeader(token: string): Header {
  const compact = token.trim().replace(/^Bearer\s+/i, '');
  const parts = compact.split('.');
  if (parts.length !== 3) {
    return { ok: false, message: `A signed JWT has three dot-separated parts and this one has ${parts.length}, so it cannot be verified; copy the whole token again.` };
  }
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(compact) as Record<string, unknown>;
  } catch {
    return { ok: false, message: 'The token header is not Base64url-encoded JSON, so the token cannot be verified; copy the whole token again.' };
  }
  if (typeof header.alg !== 'string') return { ok: false, message: 'The token header names no signing algorithm (alg), so it cannot be verified.' };
  if (!BASE64URL.test(parts[1] ?? '')) return { ok: false, message: 'The token payload is damaged (not Base64url), so the token cannot be verified; copy the whole token again.' };
  return { ok: true, alg: header.alg, kid: typeof header.kid === 'string' ? header.kid : undefined, compact, signature: parts[2] ?? '' };
}

function algorithmRefusal(alg: string, allowed: readonly string[]): string {
  if (alg === 'none') return 'The token says alg "none": it carries no signature, so anyone could have written it; do not trust it.';
  if (/^HS/.test(alg)) return `The token is signed with ${alg}, a shared-secret algorithm no identity provider uses for these tokens; it was not issued by MobilePay.`;
  return `The token is signed with ${alg}, but only ${allowed.join(', ')} is accepted; MobilePay signs with RS256, so this token comes from elsewhere.`;
}

function signatureProblem(signature: string): string {
  if (signature.startsWith('<')) {
    return 'This copy of the token has its signature hidden (from history or an export); verify the full token, which the console keeps only for recent requests.';
  }
  return signature === ''
    ? 'The token has no signature part, so it cannot be verified; copy the whole token again.'
    : 'The token signature is damaged (not Base64url), so it cannot be verified; copy the whole token again.';
}

function fitsAlgorithm(key: JWK, alg: string): boolean {
  return (key.use === undefined || key.use === 'sig') && key.kty === KEY_TYPE_BY_ALG_PREFIX[alg.slice(0, 2)];
}

type KeyCheck = 'valid' | 'bad-signature' | 'unusable' | { malformed: string };
type CheckStatus = 'valid' | 'bad-signature' | 'alg-not-allowed';

/** jose's error codes, read by code so a malformed signature is never mistaken for a key that does not fit. */
function keyCheckOf(error: unknown): KeyCheck {
  const code = error instanceof errors.JOSEError ? error.code : undefined;
  if (code === errors.JWSSignatureVerificationFailed.code) return 'bad-signature';
  // The key imported and the header and signature were read before, so jose calling the JWS invalid or unsupported
  // means a header parameter it refuses (crit, b64): the token is not a plain signed JWT.
  if (code === errors.JWSInvalid.code || code === errors.JOSENotSupported.code) return { malformed: `The token is not a plain signed JWT (${(error as Error).message}), so it cannot be verified.` };
  // ERR_JOSE_ALG_NOT_ALLOWED, or a TypeError for a key of the wrong type or size.
  return 'unusable';
}

async function checkWithKey(compact: string, key: JWK, alg: string): Promise<KeyCheck> {
  if (key.alg !== undefined && key.alg !== alg) return 'unusable';
  let imported: Awaited<ReturnType<typeof importJWK>>;
  try {
    imported = await importJWK(key, alg);
  } catch {
    return 'unusable'; // ERR_JOSE_NOT_SUPPORTED or ERR_JWK_INVALID: this key cannot be used for this algorithm.
  }
  try {
    await compactVerify(compact, imported, { algorithms: [alg] });
    return 'valid';
  } catch (error) {
    return keyCheckOf(error);
  }
}

/** Characters of an unpadded base64url RSA signature made with this key (as long as its modulus), if known. */
function signatureCharsOf(key: JWK): number | undefined {
  if (key.kty !== 'RSA' || typeof key.n !== 'string') return undefined;
  return Math.ceil((Buffer.from(key.n, 'base64url').length * 8) / 6);
}

/** A message is set when the outcome is already explained (cut short, not a plain JWS); else describeCheck words it. */
type CandidateOutcome = { status: CheckStatus; key?: JWK; message?: undefined } | { status: 'bad-signature' | 'malformed'; message: string };

async function checkCandidates(compact: string, signature: string, candidates: JWK[], alg: string): Promise<CandidateOutcome> {
  // Shorter than every candidate key's signatures, or a length no base64url value has (4n+1): the token was cut short.
  const lengths = candidates.map(signatureCharsOf);
  const shortest = lengths.every((chars) => chars !== undefined) ? Math.min(...(lengths as number[])) : undefined;
  if ((shortest !== undefined && signature.length < shortest) || signature.length % 4 === 1) {
    return { status: 'bad-signature', message: cutShort(signature.length, shortest) };
  }
  let sawBadSignature = false;
  for (const key of candidates) {
    const check = await checkWithKey(compact, key, alg);
    if (check === 'valid') return { status: 'valid', key };
    if (typeof check === 'object') return { status: 'malformed', message: check.malformed };
    if (check === 'bad-signature') sawBadSignature = true;
  }
  return { status: sawBadSignature ? 'bad-signature' : 'alg-not-allowed' };
}

function cutShort(length: number, expected: number | undefined): string {
  const measure = expected ? `${length} characters long where this environment's signatures have ${expected}` : `${length} characters long, a length no complete signature has`;
  return `The signature is ${measure}: the end of the token is missing (cut short when it was copied or logged); copy the complete token again.`;
}

function keyNotFound(kid: string | undefined, alg: string, jwksUri: string): string {
  return kid
    ? `No key with kid ${kid} is published at ${jwksUri}: the token comes from another environment (SandBox and Production have different keys) or its key has been retired.`
    : `The token names no key (kid) and ${jwksUri} publishes no ${alg} key, so this environment did not issue it.`;
}

/** For a token without kid: the key(s) its signature was tried against, named by algorithm (not "key RS256"). */
function untitledKeys(alg: string, tried: number): string {
  return tried === 1 ? `the ${alg} key` : `any of the ${tried} ${alg} keys`;
}

function describeCheck(status: CheckStatus, named: string, jwksUri: string): string {
  if (status === 'valid') return `The signature matches ${named} published at ${jwksUri}: this environment issued the token and it has not been altered.`;
  if (status === 'bad-signature') return `The signature does not match ${named} published at ${jwksUri}: the token was altered or cut short after it was issued; copy the complete token again.`;
  return `The signature cannot be checked with ${named} at ${jwksUri}: it is published for another algorithm or key type, so the token does not fit this environment's keys.`;
}

interface CacheEntry {
  fetchedAt: number;
  pending: Promise<KeySetFetch>;
}

export function createJwksVerifier(options: JwksVerifierOptions): JwksVerifier {
  const now = options.now ?? Date.now;
  const allowed = (options.allowedAlgorithms ?? DEFAULT_ALLOWED_ALGORITHMS).filter((alg) => ASYMMETRIC.test(alg));
  const ttlMs = options.cacheTtlMs ?? 10 * 60_000;
  const cooldownMs = options.refetchCooldownMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const cache = new Map<string, CacheEntry>();
  const cacheKey = (target: VerifyTarget) => `${target.environmentId} ${target.authBase}`;

  async function keySet(target: VerifyTarget, refetchAfterMs: number): Promise<{ set: KeySetFetch; fetchedNow: boolean }> {
    const key = cacheKey(target);
    const cached = cache.get(key);
    if (cached && now() - cached.fetchedAt < refetchAfterMs) return { set: await cached.pending, fetchedNow: false };
    const entry: CacheEntry = { fetchedAt: now(), pending: fetchKeySet(options.fetch, target.authBase, timeoutMs) };
    cache.set(key, entry);
    const set = await entry.pending;
    // A failure is not remembered: the next check tries again.
    if (!set.ok && cache.get(key) === entry) cache.delete(key);
    return { set, fetchedNow: true };
  }

  async function verify(token: string, target: VerifyTarget): Promise<VerificationResult> {
    const checkedAt = new Date(now()).toISOString();
    const result = (status: VerificationStatus, message: string, extra: Partial<VerificationResult> = {}): VerificationResult => ({ status, message, ...extra, checkedAt });
    const header = readHeader(token);
    if (!header.ok) return result('malformed', header.message);
    const { alg, kid, compact } = header;
    const ids = { alg, ...(kid ? { kid } : {}) };
    if (!allowed.includes(alg)) return result('alg-not-allowed', algorithmRefusal(alg, allowed), ids);
    if (!BASE64URL.test(header.signature)) return result('malformed', signatureProblem(header.signature), ids);

    const pick = (keys: JWK[]) => keys.filter((key) => (kid ? key.kid === kid : fitsAlgorithm(key, alg)));
    const first = await keySet(target, ttlMs);
    let set = first.set;
    // Keys rotate: a kid the cached set does not know is worth one fresh look.
    if (set.ok && pick(set.keys).length === 0 && !first.fetchedNow) set = (await keySet(target, cooldownMs)).set;
    if (!set.ok) return result('keys-unreachable', set.message, { ...ids, ...(set.jwksUri ? { jwksUri: set.jwksUri } : {}) });

    const { jwksUri } = set;
    const candidates = pick(set.keys);
    if (candidates.length === 0) return result('key-not-found', keyNotFound(kid, alg, jwksUri), { ...ids, jwksUri });
    const outcome = await checkCandidates(compact, header.signature, candidates, alg);
    const usedKid = kid ?? (outcome.status === 'valid' ? outcome.key?.kid : undefined);
    const named = { alg, ...(usedKid ? { kid: usedKid } : {}), jwksUri };
    if (outcome.message !== undefined) return result(outcome.status, outcome.message, named);
    return result(outcome.status, describeCheck(outcome.status, usedKid ? `key ${usedKid}` : untitledKeys(alg, candidates.length), jwksUri), named);
  }

  return {
    verify,
    forget: (target) => {
      if (target) cache.delete(cacheKey(target));
      else cache.clear();
    },
  };
}
