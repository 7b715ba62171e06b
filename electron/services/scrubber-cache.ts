import { keyedDigestHex } from './fingerprint-key';

/**
 * What a credential compiles to (its forms, its pattern) is worth keeping between exchanges — the client secret is
 * the same on every attempt — but it holds the secret. So the cache is small (the last few credentials), keyed by
 * the HMAC of the value under the installation's key (a key that names no secret), and emptied once nobody has
 * asked for a while: no secret stays here much longer than the attempt that used it.
 */
export const CACHE_ENTRIES = 4;
export const CACHE_IDLE_MS = 60_000;

const entries = new Map<string, unknown>();
let idleTimer: NodeJS.Timeout | undefined;

/** Drops every compiled credential now (also done by itself after CACHE_IDLE_MS without use). */
export function forgetCompiledCredentials(): void {
  entries.clear();
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = undefined;
}

function touchIdleTimer(): void {
  if (idleTimer) idleTimer.refresh();
  else idleTimer = setTimeout(forgetCompiledCredentials, CACHE_IDLE_MS).unref();
}

/** The compiled form of `value` (kind names what `compile` makes of it), from the cache or made now. */
export function compiledCredential<T>(kind: string, value: string, compile: () => T): T {
  const key = `${kind}:${keyedDigestHex(value)}`;
  touchIdleTimer();
  if (entries.has(key)) {
    const hit = entries.get(key) as T;
    // Most recently used last, so the oldest is the first key.
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }
  const made = compile();
  entries.set(key, made);
  while (entries.size > CACHE_ENTRIES) entries.delete(entries.keys().next().value as string);
  return made;
}

/** How many credentials are compiled and kept (for tests: the cache's bound holds). */
export const compiledCredentialCount = (): number => entries.size;
