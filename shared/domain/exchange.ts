/** One HTTP exchange as the console captured it: what was sent (redacted) and what came back. */
export type HeaderList = [name: string, value: string][];

export interface CapturedRequest {
  method: 'GET' | 'POST';
  url: string;
  /** As sent, in order, with credentials redacted (Authorization: Basic <redacted …>). */
  headers: HeaderList;
  body: string;
}

export interface CapturedResponse {
  status: number;
  statusText: string;
  headers: HeaderList;
  /** The body as text, up to the size cap; JSON, HTML, plain text or garbage alike. */
  body: string;
  /** Bytes received (before the cap). */
  size: number;
  truncated: boolean;
}

/** Why no HTTP response came back; each kind is explained to the user. */
export const NETWORK_FAILURE_KINDS = ['timeout', 'refused', 'dns', 'tls', 'reset', 'too-large', 'other'] as const;
export type NetworkFailureKind = (typeof NETWORK_FAILURE_KINDS)[number];

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** One sentence a support person can act on. */
  message: string;
  /** The low-level code (ECONNREFUSED, CERT_HAS_EXPIRED, …) when there is one. */
  code?: string;
}

export interface Exchange {
  startedAt: string;
  durationMs: number;
  request: CapturedRequest;
  response?: CapturedResponse;
  failure?: NetworkFailure;
  /** The server's Date header, as ISO, and how far it is from this machine's clock when the answer arrived. */
  serverDate?: string;
  clockSkewMs?: number;
}

/** How a token attempt ended: a token, an OAuth error, another HTTP answer, or no answer at all. */
export type AttemptOutcome = 'token' | 'oauth-error' | 'http-error' | 'network-error';

export function headerValue(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === lower)?.[1];
}

/** The reason phrase table lives in http-status.ts; re-exported here for the files that already import it from here. */
export { reasonPhrase } from './http-status';
