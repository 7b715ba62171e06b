import { decodeProtectedHeader, type JWK } from 'jose';
import {
  DEFAULT_ALLOWED_ALGORITHMS,
  type VerificationResult,
  type VerificationStatus,
} from '../../shared/domain/verification';
import type { FetchLike } from './http-capture';
import { checkCandidates, describeCheck, fitsAlgorithm, keyNotFound, untitledKeys } from './jwks-key-check';
import { fetchKeySet, type KeySetFetch } from './jwks-key-set';

/**
 * Checks a token's signature against the keys its environment publishes (discovery → jwks_uri → JWKS), with the
 * key set cached per environment. Signature only: expiry, audience and the other claims are checked elsewhere.
 */
interface VerifyTarget {
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

type Header =
  { ok: true; alg: string; kid?: string; compact: string; signature: string } | { ok: false; message: string };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function readHeader(token: string): Header {
  const compact = token.trim().replace(/^Bearer\s+/i, '');
  const parts = compact.split('.');
  if (parts.length !== 3) {
    return {
      ok: false,
      message: `A signed JWT has three dot-separated parts and this one has ${parts.length}, so it cannot be verified; copy the whole token again.`,
    };
  }
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(compact) as Record<string, unknown>;
  } catch {
    return {
      ok: false,
      message:
        'The token header is not Base64url-encoded JSON, so the token cannot be verified; copy the whole token again.',
    };
  }
  if (typeof header.alg !== 'string')
    return { ok: false, message: 'The token header names no signing algorithm (alg), so it cannot be verified.' };
  if (!BASE64URL.test(parts[1] ?? ''))
    return {
      ok: false,
      message:
        'The token payload is damaged (not Base64url), so the token cannot be verified; copy the whole token again.',
    };
  return {
    ok: true,
    alg: header.alg,
    kid: typeof header.kid === 'string' ? header.kid : undefined,
    compact,
    signature: parts[2] ?? '',
  };
}

function algorithmRefusal(alg: string, allowed: readonly string[]): string {
  if (alg === 'none')
    return 'The token says alg "none": it carries no signature, so anyone could have written it; do not trust it.';
  if (/^HS/.test(alg))
    return `The token is signed with ${alg}, a shared-secret algorithm no identity provider uses for these tokens; it was not issued by MobilePay.`;
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

  async function keySet(
    target: VerifyTarget,
    refetchAfterMs: number,
  ): Promise<{ set: KeySetFetch; fetchedNow: boolean }> {
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
    const result = (
      status: VerificationStatus,
      message: string,
      extra: Partial<VerificationResult> = {},
    ): VerificationResult => ({ status, message, ...extra, checkedAt });
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
    if (!set.ok)
      return result('keys-unreachable', set.message, { ...ids, ...(set.jwksUri ? { jwksUri: set.jwksUri } : {}) });

    const { jwksUri } = set;
    const candidates = pick(set.keys);
    if (candidates.length === 0) return result('key-not-found', keyNotFound(kid, alg, jwksUri), { ...ids, jwksUri });
    const outcome = await checkCandidates(compact, header.signature, candidates, alg);
    const usedKid = kid ?? (outcome.status === 'valid' ? outcome.key?.kid : undefined);
    const named = { alg, ...(usedKid ? { kid: usedKid } : {}), jwksUri };
    if (outcome.message !== undefined) return result(outcome.status, outcome.message, named);
    return result(
      outcome.status,
      describeCheck(outcome.status, usedKid ? `key ${usedKid}` : untitledKeys(alg, candidates.length), jwksUri),
      named,
    );
  }

  return {
    verify,
    forget: (target) => {
      if (target) cache.delete(cacheKey(target));
      else cache.clear();
    },
  };
}
