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

type KeyCheck = 'valid' | 'bad-signature' | 'unusable';

async function checkWithKey(compact: string, key: JWK, alg: string): Promise<KeyCheck> {
  if (key.alg !== undefined && key.alg !== alg) return 'unusable';
  try {
    await compactVerify(compact, await importJWK(key, alg), { algorithms: [alg] });
    return 'valid';
  } catch (error) {
    return error instanceof errors.JWSSignatureVerificationFailed ? 'bad-signature' : 'unusable';
  }
}

async function checkCandidates(compact: string, candidates: JWK[], alg: string): Promise<{ status: 'valid' | 'bad-signature' | 'alg-not-allowed'; key?: JWK }> {
  let sawBadSignature = false;
  for (const key of candidates) {
    const check = await checkWithKey(compact, key, alg);
    if (check === 'valid') return { status: 'valid', key };
    if (check === 'bad-signature') sawBadSignature = true;
  }
  return { status: sawBadSignature ? 'bad-signature' : 'alg-not-allowed' };
}

function keyNotFound(kid: string | undefined, alg: string, jwksUri: string): string {
  return kid
    ? `No key with kid ${kid} is published at ${jwksUri}: the token comes from another environment (SandBox and Production have different keys) or its key has been retired.`
    : `The token names no key (kid) and ${jwksUri} publishes no ${alg} key, so this environment did not issue it.`;
}

function describeCheck(status: 'valid' | 'bad-signature' | 'alg-not-allowed', keyName: string, jwksUri: string): string {
  if (status === 'valid') return `The signature matches key ${keyName} published at ${jwksUri}: this environment issued the token and it has not been altered.`;
  if (status === 'bad-signature') return `The signature does not match key ${keyName} published at ${jwksUri}: the token was altered or cut short after it was issued; copy the complete token again.`;
  return `Key ${keyName} at ${jwksUri} is published for another algorithm or key type, so it cannot check this token's signature; the token does not fit this environment's keys.`;
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
    const outcome = await checkCandidates(compact, candidates, alg);
    const usedKid = kid ?? outcome.key?.kid;
    const named = { alg, ...(usedKid ? { kid: usedKid } : {}), jwksUri };
    return result(outcome.status, describeCheck(outcome.status, usedKid ?? alg, jwksUri), named);
  }

  return {
    verify,
    forget: (target) => {
      if (target) cache.delete(cacheKey(target));
      else cache.clear();
    },
  };
}
