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

export function successAttempt(nowMs: number): TokenAttempt {
  const iat = Math.floor(nowMs / 1000);
  const claims = { iss: 'https://api.mobilepay.dk/integrator-authentication', iat, nbf: iat, exp: iat + 3700, client_id: 'demo-client-1', merchant_vat: 'DK13585628', scope: ['integrator_scope'] };
  const body = JSON.stringify({ access_token: 'eyJhbGciOiJSUzI1NiJ9.e30.sig', expires_in: 3700, token_type: 'Bearer', scope: 'integrator_scope' });
  return {
    id: 'attempt-200',
    environment: { id: 'local', label: 'Local sandbox', production: false },
    tokenUrl: TOKEN_URL,
    merchantVat: 'DK13585628',
    outcome: 'token',
    exchange: {
      startedAt: new Date(nowMs - 42).toISOString(),
      durationMs: 42,
      request: request('DK13585628'),
      response: { status: 200, statusText: '', headers: [['content-type', 'application/json'], ['date', new Date(nowMs).toUTCString()]], body, size: body.length, truncated: false },
      serverDate: new Date(nowMs).toISOString(),
      clockSkewMs: 0,
    },
    receivedAt: nowMs,
    tokenResponse: { expiresIn: 3700, tokenType: 'Bearer', scope: 'integrator_scope' },
    token: { header: { alg: 'RS256', kid: 'ABCDEF0123', typ: 'at+jwt' }, claims, redacted: 'eyJhbGciOiJSUzI1NiJ9.eyJ9.<signature hidden>', iat, nbf: iat, exp: iat + 3700 },
  };
}

export const GATEWAY_401_BODY = '{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Client id not registered."}';

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
      response: { status: 401, statusText: '', headers: [['www-authenticate', 'Basic error="invalid_client"']], body: GATEWAY_401_BODY, size: GATEWAY_401_BODY.length, truncated: false },
    },
    receivedAt: nowMs,
  };
}
