import autocannon from 'autocannon';
import { isLoopbackHostname } from '../shared/domain/environments';
import { basicAuthorization } from '../electron/services/basic-auth';

/**
 * Closed-loop load on the local sandbox with autocannon: N keep-alive connections, each sending its next request as
 * soon as the previous one is answered. autocannon's lean HTTP client leaves the CPU to the server (on 2 cores a
 * fetch-based generator took a third of it and the figures measured the two together). Loopback only.
 */
export interface LoadOptions {
  /** Where the requests go; anything but a loopback address is refused before a single request is sent. */
  url: string;
  /** Concurrent connections; default 50. */
  clients?: number;
  /** How long new requests are started; default 10 s. */
  durationMs?: number;
  /** Stop after this many requests, whatever the time (a bound for tests); at least `clients`; default 1,000,000. */
  maxRequests?: number;
  /** How long one request may take before it counts as an error; default 10 s. */
  timeoutSeconds?: number;
  request: LoadRequest;
}

export interface LoadRequest {
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body?: string;
  /** Undefined when the answer is the right one, else why not (for the report). */
  judge: (status: number, body: string) => string | undefined;
}

export interface LoadResult {
  /** Answered requests. */
  requests: number;
  /** Wrong answers (see LoadRequest.judge) plus connection errors and timeouts. */
  errors: number;
  /** Answered requests per second of wall time. */
  rps: number;
  /** Latency in ms over every answer, nearest rank. */
  p50: number;
  p99: number;
  max: number;
  elapsedMs: number;
  /** The first few distinct error reasons, for the report. */
  errorSamples: string[];
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

function assertLoopbackUrl(url: string): void {
  const parsed = new URL(url);
  if (!isLoopbackHostname(parsed.hostname)) throw new RangeError(`load runs on loopback only, not ${parsed.hostname}`);
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  assertLoopbackUrl(options.url);
  const clients = options.clients ?? 50;
  const latencies: number[] = [];
  const errorSamples = new Set<string>();
  let wrongAnswers = 0;
  const { judge, ...request } = options.request;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: clients,
        duration: (options.durationMs ?? 10_000) / 1000,
        maxOverallRequests: Math.max(clients, options.maxRequests ?? 1_000_000),
        timeout: options.timeoutSeconds ?? 10,
        requests: [
          {
            ...request,
            onResponse: (status, body) => {
              const wrong = judge(status, body);
              if (wrong === undefined) return;
              wrongAnswers++;
              if (errorSamples.size < 5) errorSamples.add(wrong);
            },
          },
        ],
      },
      (error, finished) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    instance.on('reqError', (error) => {
      if (errorSamples.size < 5) errorSamples.add(error.message);
    });
  });
  const sorted = latencies.sort((a, b) => a - b);
  const elapsedMs = result.finish.getTime() - result.start.getTime();
  return {
    requests: sorted.length,
    errors: wrongAnswers + result.errors,
    rps: sorted.length / (elapsedMs / 1000),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
    elapsedMs,
    errorSamples: [...errorSamples],
  };
}

export interface TokenLoadClient {
  clientId: string;
  clientSecret: string;
  merchantVat?: string;
}

/** The token request: client_credentials with form-encoded Basic; right = 200 with a three-part access_token. */
export function tokenRequest(client: TokenLoadClient): LoadRequest {
  return {
    method: 'POST',
    headers: {
      Authorization: basicAuthorization(client.clientId, client.clientSecret, 'form'),
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      ...(client.merchantVat ? { merchant_vat: client.merchantVat } : {}),
    }).toString(),
    judge: (status, body) => {
      if (status !== 200) return `HTTP ${status}`;
      let token: unknown;
      try {
        token = (JSON.parse(body) as { access_token?: unknown }).access_token;
      } catch {
        return 'a 200 that is not JSON';
      }
      return typeof token === 'string' && token.split('.').length === 3 ? undefined : 'no access_token in a 200';
    },
  };
}

/** LOAD_SECONDS (0 < s ≤ 10), default 10: the 10 s, shorter on request, never longer. */
export function loadSecondsFromEnv(value: string | undefined, fallback = 10): number {
  const seconds = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(seconds) && seconds > 0
    ? Math.min(seconds, fallback)
    : fallback;
}
