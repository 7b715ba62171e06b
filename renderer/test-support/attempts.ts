import type { TokenAttempt } from '../../shared/ipc/contract';
import { SANDBOX_AUTH_BASE } from './fake-api';

/** TokenAttempt fixtures shaped like main's token handler output (headers already redacted). */
const TOKEN_URL = `${SANDBOX_AUTH_BASE}/connect/token`;

function request(merchantVat?: string) {
  return {
    method: 'POST' as const,
    url: TOKEN_URL,
    headers: [
      ['Content-Type', 'application/x-www-form-urlencoded'],
      ['Authorization', 'Basic <redacted sha256:1a2b3c4d…, 44 chars>'],
    ] as [string, string][],
    body: `grant_type=client_credentials${merchantVat ? `&merchant_vat=${merchantVat}` : ''}`,
  };
}

export interface AttemptOptions {
  id?: string;
  /** The VAT asked for; null = an unbound token (no merchant_vat claim either). */
  merchantVat?: string | null;
  /** exp − iat, seconds. */
  lifetimeSeconds?: number;
  /** expires_in of the response; defaults to the lifetime. */
  expiresIn?: number;
  /** Server minus local clock, ms: the token's iat/exp are on the server's clock. */
  clockSkewMs?: number;
  environment?: TokenAttempt['environment'];
}

const LOCAL_ENVIRONMENT = { id: 'local', label: 'Local sandbox', production: false } as const;
export const PRODUCTION_ENVIRONMENT = { id: 'mp-production', label: 'MobilePay Production', production: true } as const;

/** A 200 with a decoded token, shaped as main returns it (signature hidden). */
export function tokenAttempt(nowMs: number, options: AttemptOptions = {}): TokenAttempt {
  const skew = options.clockSkewMs ?? 0;
  const lifetime = options.lifetimeSeconds ?? 3700;
  const vat = options.merchantVat === null ? undefined : (options.merchantVat ?? 'DK13585628');
  const iat = Math.floor((nowMs + skew) / 1000);
  const claims = {
    iss: 'https://api.mobilepay.dk/integrator-authentication',
    iat,
    nbf: iat,
    exp: iat + lifetime,
    client_id: 'demo-client-1',
    ...(vat ? { merchant_vat: vat } : {}),
    scope: ['integrator_scope'],
  };
  const expiresIn = options.expiresIn ?? lifetime;
  const body = JSON.stringify({
    access_token: 'eyJhbGciOiJSUzI1NiJ9.e30.sig',
    expires_in: expiresIn,
    token_type: 'Bearer',
    scope: 'integrator_scope',
  });
  return {
    id: options.id ?? 'attempt-200',
    environment: options.environment ?? LOCAL_ENVIRONMENT,
    tokenUrl: TOKEN_URL,
    ...(vat ? { merchantVat: vat } : {}),
    outcome: 'token',
    exchange: {
      startedAt: new Date(nowMs - 42).toISOString(),
      durationMs: 42,
      request: request(vat),
      response: {
        status: 200,
        statusText: '',
        headers: [
          ['content-type', 'application/json'],
          ['date', new Date(nowMs + skew).toUTCString()],
        ],
        body,
        size: body.length,
        truncated: false,
      },
      serverDate: new Date(nowMs + skew).toISOString(),
      clockSkewMs: skew,
    },
    receivedAt: nowMs,
    findings: [],
    tokenResponse: { expiresIn, tokenType: 'Bearer', scope: 'integrator_scope' },
    token: {
      header: { alg: 'RS256', kid: 'ABCDEF0123', typ: 'at+jwt' },
      claims,
      redacted: 'eyJhbGciOiJSUzI1NiJ9.eyJ9.<signature hidden>',
      iat,
      nbf: iat,
      exp: iat + lifetime,
    },
  };
}

export function successAttempt(nowMs: number): TokenAttempt {
  return tokenAttempt(nowMs);
}

export const GATEWAY_401_BODY =
  '{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Client id not registered."}';

export function unauthorizedAttempt(nowMs: number): TokenAttempt {
  return {
    id: 'attempt-401',
    environment: { id: 'local', label: 'Local sandbox', production: false },
    tokenUrl: TOKEN_URL,
    outcome: 'http-error',
    exchange: {
      startedAt: new Date(nowMs - 17).toISOString(),
      durationMs: 17,
      request: request(),
      response: {
        status: 401,
        statusText: '',
        headers: [['www-authenticate', 'Basic error="invalid_client"']],
        body: GATEWAY_401_BODY,
        size: GATEWAY_401_BODY.length,
        truncated: false,
      },
    },
    receivedAt: nowMs,
    findings: [],
  };
}
