import type { CapturedRequest, Exchange, HeaderList } from '../../shared/domain/exchange';
import { describeRedactedSecret } from '../../shared/domain/redaction';
import { decodeToken } from '../../shared/domain/token-view';
import type { AttemptOutcome, TokenAttempt } from '../../shared/domain/attempts';
import type { BasicEncoding } from '../../shared/ipc/schemas';
import { basicAuthorization, fingerprintSecret } from './basic-auth';
import { scrubberFor, scrubDeep, type KnownCredential } from './known-secrets';
import { safeExchange, secretCredential, tokenCredential } from './safe-exchange';
import {
  DEFAULT_CAPTURE,
  sendAndCapture,
  type CaptureOptions,
  type FetchLike,
  type OutgoingRequest,
} from './http-capture';

/** What a token request needs once the environment is resolved to a URL. */
export interface TokenExchangeInput {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  merchantVat?: string;
  basicEncoding: BasicEncoding;
  sendIbmClientId: boolean;
}

export const USER_AGENT = 'IntegratorConsole/0.1';

/** The request exactly as DOMAIN.md §3 specifies, plus the copy that is shown and stored (secret redacted). */
export function buildTokenRequest(input: TokenExchangeInput): { wire: OutgoingRequest; shown: CapturedRequest } {
  const params = new URLSearchParams({ grant_type: 'client_credentials' });
  if (input.merchantVat) params.set('merchant_vat', input.merchantVat);
  const body = params.toString();
  const common: HeaderList = [
    ['Content-Type', 'application/x-www-form-urlencoded'],
    ['Accept', 'application/json'],
    ['User-Agent', USER_AGENT],
  ];
  const ibm: HeaderList = input.sendIbmClientId ? [['x-ibm-client-id', input.clientId]] : [];
  const authorization = basicAuthorization(input.clientId, input.clientSecret, input.basicEncoding);
  const redacted = `Basic ${describeRedactedSecret(fingerprintSecret(input.clientSecret))} (client id ${input.clientId}, ${input.basicEncoding === 'form' ? 'form-encoded' : 'raw'})`;
  const length: HeaderList = [['Content-Length', String(Buffer.byteLength(body))]];
  return {
    wire: { method: 'POST', url: input.tokenUrl, headers: [['Authorization', authorization], ...common, ...ibm], body },
    shown: {
      method: 'POST',
      url: input.tokenUrl,
      headers: [['Authorization', redacted], ...common, ...ibm, ...length],
      body,
    },
  };
}

export type TokenResult = Omit<
  TokenAttempt,
  'id' | 'environment' | 'tokenUrl' | 'merchantVat' | 'profileId' | 'findings'
>;

/**
 * Build, send, capture, decode. `result` never holds the secret or a usable token (it is what the renderer and
 * history get); the usable `accessToken` comes back beside it, for main to keep in memory only.
 */
export async function exchangeToken(
  fetchImpl: FetchLike,
  input: TokenExchangeInput,
  options: Partial<CaptureOptions> = {},
): Promise<{ result: TokenResult; accessToken?: string }> {
  const { wire, shown } = buildTokenRequest(input);
  const exchange = await sendAndCapture(fetchImpl, wire, shown, { ...DEFAULT_CAPTURE, ...options });
  const receivedAt = Date.parse(exchange.startedAt) + exchange.durationMs;
  const { read, accessToken } = readTokenAnswer(exchange, [secretCredential(input.clientSecret)]);
  const result = { receivedAt, ...read };
  return accessToken ? { result, accessToken } : { result };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Reads the answer leniently (DOMAIN.md §4): JSON or not, OAuth error or gateway body, the raw text is always kept. */
export function interpretTokenResponse(
  exchange: Exchange,
  known: readonly KnownCredential[] = [],
): Omit<TokenResult, 'receivedAt'> {
  return readTokenAnswer(exchange, known).read;
}

/**
 * The answer read once: what may be shown and kept (`read`), and the usable token beside it, for main's memory.
 * `known` are the credentials main sent (the client secret); they and the token received are scrubbed from every
 * string of `read`, in every encoding, whatever the server did with them (echoed, put in a claim, a header, HTML).
 */
export function readTokenAnswer(
  exchange: Exchange,
  known: readonly KnownCredential[] = [],
): { read: Omit<TokenResult, 'receivedAt'>; accessToken?: string } {
  const response = exchange.response;
  const raw = response ? asRecord(parseJson(response.body)) : undefined;
  const success = response !== undefined && response.status >= 200 && response.status < 300;
  const accessToken =
    success && typeof raw?.access_token === 'string' && raw.access_token !== '' ? raw.access_token : undefined;
  const scrub = scrubberFor([...known, ...(accessToken ? [tokenCredential(accessToken)] : [])]);
  const safe = safeExchange(exchange, scrub);
  if (!safe.response) return { read: { outcome: 'network-error', exchange: safe } };
  const json = asRecord(parseJson(safe.response.body));
  const read = success ? readTokenBody(json, accessToken) : readErrorBody(json);
  // The response is scrubbed already; what was read out of it is scrubbed again (parsing JSON undoes escapes), and
  // the request as shown, which safeExchange leaves alone.
  const shown = { ...safe, request: scrubDeep(safe.request, scrub) };
  return { read: { ...scrubDeep(read, scrub), exchange: shown }, ...(accessToken ? { accessToken } : {}) };
}

function readErrorBody(json: Record<string, unknown> | undefined): Omit<TokenResult, 'receivedAt' | 'exchange'> {
  const error = typeof json?.error === 'string' ? json.error : undefined;
  if (error) {
    const description = typeof json?.error_description === 'string' ? json.error_description : undefined;
    return { outcome: 'oauth-error', oauthError: description ? { error, description } : { error } };
  }
  return { outcome: 'http-error' };
}

/** Reads the scrubbed body; the token itself is decoded from the value received (`accessToken`), never shown whole. */
function readTokenBody(
  json: Record<string, unknown> | undefined,
  accessToken: string | undefined,
): Omit<TokenResult, 'receivedAt' | 'exchange'> {
  const outcome: AttemptOutcome = 'token';
  if (!json) return { outcome, tokenProblem: 'The server answered 2xx, but the body is not a JSON object.' };
  const tokenResponse = {
    expiresIn: typeof json.expires_in === 'number' ? json.expires_in : undefined,
    tokenType: typeof json.token_type === 'string' ? json.token_type : undefined,
    scope: typeof json.scope === 'string' ? json.scope : undefined,
  };
  if (accessToken === undefined) {
    return { outcome, tokenResponse, tokenProblem: 'The body has no access_token string.' };
  }
  const decoded = decodeToken(accessToken);
  return decoded.ok
    ? { outcome, tokenResponse, token: decoded.view }
    : { outcome, tokenResponse, tokenProblem: decoded.message };
}
