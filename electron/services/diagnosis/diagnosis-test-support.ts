import type { Finding, FindingId } from '../../../shared/domain/diagnosis';
import type { Exchange, HeaderList, NetworkFailure } from '../../../shared/domain/exchange';
import { interpretTokenResponse } from '../token-exchange';
import type { DiagnosedAttempt, PosDiagnosisInput } from './types';

/** TEST SUPPORT, never used by the app: synthetic exchanges shaped like the ones sendAndCapture records. */

const TOKEN_URL = 'https://auth.example.test/integrator-authentication/connect/token';
const POS_URL = 'https://api.example.test/pos/v10/stores';
export const NOW = Date.parse('2024-01-10T12:00:00Z');
export const FINGERPRINT = { fingerprint: '1a2b3c4d', length: 43 };

export interface ExchangeSpec {
  url?: string;
  method?: 'GET' | 'POST';
  requestHeaders?: HeaderList;
  requestBody?: string;
  status?: number;
  responseHeaders?: HeaderList;
  body?: string;
  failure?: NetworkFailure;
  clockSkewMs?: number;
  durationMs?: number;
}

const BASIC_SHOWN = 'Basic <secret sha256:1a2b3c4d…, 43 chars> (client id demo-client, form-encoded)';

function exchangeOf(spec: ExchangeSpec): Exchange {
  const exchange: Exchange = {
    startedAt: new Date(NOW - 100).toISOString(),
    durationMs: spec.durationMs ?? 100,
    request: {
      method: spec.method ?? 'POST',
      url: spec.url ?? TOKEN_URL,
      headers: spec.requestHeaders ?? [
        ['Authorization', BASIC_SHOWN],
        ['Content-Type', 'application/x-www-form-urlencoded'],
      ],
      body: spec.requestBody ?? 'grant_type=client_credentials',
    },
  };
  if (spec.failure) return { ...exchange, failure: spec.failure };
  const serverDate =
    spec.clockSkewMs === undefined
      ? {}
      : { serverDate: new Date(NOW + spec.clockSkewMs).toISOString(), clockSkewMs: spec.clockSkewMs };
  const body = spec.body ?? '';
  return {
    ...exchange,
    ...serverDate,
    response: {
      status: spec.status ?? 200,
      statusText: '',
      headers: spec.responseHeaders ?? [],
      body,
      size: body.length,
      truncated: false,
    },
  };
}

export const jsonHeaders: HeaderList = [['content-type', 'application/json']];

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** A 200 token response whose access_token carries these claims (signature is filler). */
export function tokenResponse(
  claims: Record<string, unknown> = { iat: NOW / 1000, nbf: NOW / 1000, exp: NOW / 1000 + 3700 },
): ExchangeSpec {
  const token = `${b64url({ alg: 'RS256', kid: 'ABC' })}.${b64url(claims)}.c2lnbmF0dXJl`;
  return {
    status: 200,
    responseHeaders: jsonHeaders,
    body: JSON.stringify({ access_token: token, expires_in: 3700, token_type: 'Bearer' }),
  };
}

/** A token attempt read exactly as exchangeToken reads it. */
export function attemptOf(spec: ExchangeSpec, extra: Partial<DiagnosedAttempt> = {}): DiagnosedAttempt {
  const read = interpretTokenResponse(exchangeOf(spec));
  return {
    environment: { id: 'mp-sandbox', label: 'MobilePay SandBox', production: false },
    tokenUrl: spec.url ?? TOKEN_URL,
    receivedAt: NOW,
    ...read,
    ...extra,
  };
}

export function oauthError(
  status: number,
  error: string,
  description?: string,
  headers: HeaderList = [],
): ExchangeSpec {
  return {
    status,
    responseHeaders: [...jsonHeaders, ...headers],
    body: JSON.stringify(description ? { error, error_description: description } : { error }),
  };
}

export function posInput(spec: ExchangeSpec, extra: Partial<PosDiagnosisInput> = {}): PosDiagnosisInput {
  const headers: HeaderList = spec.requestHeaders ?? [
    ['Authorization', 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.<signature hidden>'],
    ['X-MobilePay-Client-System-Version', '1.0.0'],
  ];
  return {
    exchange: exchangeOf({ method: 'GET', url: POS_URL, requestBody: '', ...spec, requestHeaders: headers }),
    environment: { id: 'mp-sandbox', label: 'MobilePay SandBox' },
    nowMs: NOW,
    ...extra,
  };
}

export function posError(status: number, code: string, message = 'x'): ExchangeSpec {
  return {
    status,
    responseHeaders: jsonHeaders,
    body: JSON.stringify({ code, message, correlationId: '5b0f1c1e-0000-4000-8000-000000000001' }),
  };
}

export const ids = (findings: readonly Finding[]): FindingId[] => findings.map((finding) => finding.id);
export const find = (findings: readonly Finding[], id: FindingId): Finding | undefined =>
  findings.find((finding) => finding.id === id);
export const text = (finding: Finding | undefined): string =>
  finding ? [finding.cause, ...finding.evidence, finding.nextStep].join('\n') : '';
