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

/** Standard reason phrases for the statuses this console meets; fetch gives none over HTTP/2. */
const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  408: 'Request Timeout', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export function reasonPhrase(status: number, given?: string): string {
  return given && given.trim() !== '' ? given : (REASONS[status] ?? '');
}
