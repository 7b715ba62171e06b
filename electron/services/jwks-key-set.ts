import type { JWK } from 'jose';
import type { NetworkFailureKind } from '../../shared/domain/exchange';
import { isLoopbackHostname } from '../../shared/domain/environments';
import { discoveryUrlOf } from '../../shared/domain/verification';
import type { FetchLike } from './http-capture';
import { classifyNetworkFailure } from './network-failure';

/** Discovery → jwks_uri → JWKS, through the injected fetch (Electron's net.fetch in the app). */
export type KeySetFetch = { ok: true; jwksUri: string; keys: JWK[] } | { ok: false; message: string; jwksUri?: string };

/** A discovery document or a key set is a few KB; anything far bigger is not one. */
const MAX_DOCUMENT_CHARS = 1024 * 1024;

const FAILURE_PHRASES: Record<NetworkFailureKind, string> = {
  refused: 'the connection was refused (nothing listens there)',
  timeout: 'no answer arrived in time',
  dns: 'the host name could not be resolved',
  tls: 'the secure connection failed (certificate or TLS problem)',
  reset: 'the connection was dropped before an answer',
  'too-large': 'the answer was too large',
  other: 'the request failed before any answer',
};

type JsonFetch = { ok: true; json: unknown } | { ok: false; message: string };

async function getJson(fetchImpl: FetchLike, url: string, what: string, timeoutMs: number): Promise<JsonFetch> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'GET',
      headers: [['Accept', 'application/json']],
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const phrase = FAILURE_PHRASES[classifyNetworkFailure(error, url).kind];
    return {
      ok: false,
      message: `Could not fetch the ${what} from ${url}: ${phrase}; check that the environment is reachable, then verify again.`,
    };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, message: `The ${what} at ${url} broke off while it was being read; verify again.` };
  }
  if (response.status !== 200) {
    return {
      ok: false,
      message: `The ${what} at ${url} answered HTTP ${response.status} instead of 200; check the environment's auth base URL.`,
    };
  }
  if (text.length > MAX_DOCUMENT_CHARS) return { ok: false, message: `The ${what} at ${url} is too large to be one.` };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, message: `The ${what} at ${url} is not JSON; check the environment's auth base URL.` };
  }
}

/** https anywhere, plain http only on this machine (the same rule as a custom token endpoint). */
function acceptableKeysUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHostname(url.hostname))) return url.href;
  } catch {
    // not a URL
  }
  return undefined;
}

function isKey(value: unknown): value is JWK {
  return typeof value === 'object' && value !== null && typeof (value as { kty?: unknown }).kty === 'string';
}

export async function fetchKeySet(fetchImpl: FetchLike, authBase: string, timeoutMs: number): Promise<KeySetFetch> {
  const discoveryUrl = discoveryUrlOf(authBase);
  const discovery = await getJson(fetchImpl, discoveryUrl, 'discovery document', timeoutMs);
  if (!discovery.ok) return discovery;
  const rawUri = (discovery.json as { jwks_uri?: unknown } | null)?.jwks_uri;
  const jwksUri = acceptableKeysUrl(rawUri);
  if (!jwksUri) {
    const problem =
      rawUri === undefined ? 'has no jwks_uri' : 'has a jwks_uri that is not an https (or local http) URL';
    return {
      ok: false,
      message: `The discovery document at ${discoveryUrl} ${problem}, so the signing keys cannot be found.`,
    };
  }
  const jwks = await getJson(fetchImpl, jwksUri, 'key set (JWKS)', timeoutMs);
  if (!jwks.ok) return { ...jwks, jwksUri };
  const keys = (jwks.json as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) {
    return {
      ok: false,
      jwksUri,
      message: `The key set at ${jwksUri} has no "keys" list; check the environment's auth base URL.`,
    };
  }
  return { ok: true, jwksUri, keys: keys.filter(isKey) };
}
