import { isLoopbackHostname } from '../shared/domain/environments';
import { basicAuthorization } from '../electron/services/basic-auth';

/**
 * Closed-loop load on the local sandbox: N workers, each sending its next request as soon as the previous one is
 * answered, over Node's fetch (undici keeps the connections alive and pools one per worker). Loopback only.
 */
export interface LoadOptions {
  /** Where the requests go; anything but a loopback address is refused before a single request is sent. */
  url: string;
  /** Concurrent workers; default 50. */
  clients?: number;
  /** How long workers start new requests; default 10 s. Requests in flight at the end are awaited. */
  durationMs?: number;
  /** Stop starting requests after this many, whatever the time (a bound for tests); default 1,000,000. */
  maxRequests?: number;
  /** One request; resolves true when the answer was the right one. False or a throw counts as an error. */
  makeRequest: (url: string) => Promise<boolean>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Answered requests per second of wall time. */
  rps: number;
  /** Latency in ms, nearest rank. */
  p50: number;
  p99: number;
  max: number;
  elapsedMs: number;
  /** The most requests that were in flight at once. */
  peakConcurrency: number;
  /** The first few error reasons, for the report. */
  errorSamples: string[];
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export function assertLoopbackUrl(url: string): void {
  const parsed = new URL(url);
  if (!isLoopbackHostname(parsed.hostname)) throw new RangeError(`load runs on loopback only, not ${parsed.hostname}`);
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  assertLoopbackUrl(options.url);
  const clients = options.clients ?? 50;
  const maxRequests = options.maxRequests ?? 1_000_000;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let started = 0;
  let errors = 0;
  let inFlight = 0;
  let peakConcurrency = 0;
  const begin = performance.now();
  const deadline = begin + (options.durationMs ?? 10_000);

  const worker = async (): Promise<void> => {
    while (performance.now() < deadline && started < maxRequests) {
      started++;
      inFlight++;
      peakConcurrency = Math.max(peakConcurrency, inFlight);
      const sent = performance.now();
      const outcome = await options.makeRequest(options.url).then(
        (ok) => (ok ? undefined : 'wrong answer'),
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      latencies.push(performance.now() - sent);
      inFlight--;
      if (outcome !== undefined) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsedMs = performance.now() - begin;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / (elapsedMs / 1000),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
    elapsedMs,
    peakConcurrency,
    errorSamples,
  };
}

export interface TokenLoadClient {
  clientId: string;
  clientSecret: string;
  merchantVat?: string;
}

/** A makeRequest for the token endpoint: client_credentials with form-encoded Basic; right = 200 with an access_token. */
export function tokenRequester(client: TokenLoadClient): (url: string) => Promise<boolean> {
  const headers = {
    Authorization: basicAuthorization(client.clientId, client.clientSecret, 'form'),
    'Content-Type': 'application/x-www-form-urlencoded',
    Accept: 'application/json',
  };
  const body = new URLSearchParams({ grant_type: 'client_credentials', ...(client.merchantVat ? { merchant_vat: client.merchantVat } : {}) }).toString();
  return async (url) => {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
    const json = (await response.json().catch(() => undefined)) as { access_token?: unknown } | undefined;
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    return typeof json?.access_token === 'string' && json.access_token.split('.').length === 3;
  };
}

/** LOAD_SECONDS (0 < s ≤ 10), default 10: the 10 s, shorter on request, never longer. */
export function loadSecondsFromEnv(value: string | undefined, fallback = 10): number {
  const seconds = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, fallback) : fallback;
}
