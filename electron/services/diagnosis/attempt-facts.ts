import { headerValue } from '../../../shared/domain/exchange';
import type { DiagnosedAttempt } from './types';

/** Questions about a token attempt that several rule files ask. */

/** invalid_request about the credentials themselves (e.g. "client_id and client_secret … not properly encoded"). */
export function credentialsUnreadable(attempt: DiagnosedAttempt): boolean {
  const { oauthError } = attempt;
  return (
    oauthError?.error === 'invalid_request' &&
    /authori[sz]ation header|client_id|client_secret|credential|base64/i.test(oauthError.description ?? '')
  );
}

/** The server refused the client's credentials: invalid_client, a 401 of any kind, or could not read them. */
export function clientAuthRefused(attempt: DiagnosedAttempt): boolean {
  return (
    attempt.oauthError?.error === 'invalid_client' ||
    attempt.exchange.response?.status === 401 ||
    credentialsUnreadable(attempt)
  );
}

export function gotToken(attempt: DiagnosedAttempt): boolean {
  const status = attempt.exchange.response?.status;
  return attempt.outcome === 'token' && status !== undefined && status >= 200 && status < 300;
}

/** Which client authentication the captured request used, read from the shown (redacted) request. */
export function authMethodOf(attempt: DiagnosedAttempt): 'basic' | 'post' | 'none' {
  const authorization = headerValue(attempt.exchange.request.headers, 'authorization');
  if (authorization && /^basic\b/i.test(authorization)) return 'basic';
  return /(^|&)client_secret=/.test(attempt.exchange.request.body) ? 'post' : 'none';
}

export function ibmClientIdSent(attempt: DiagnosedAttempt): boolean {
  return headerValue(attempt.exchange.request.headers, 'x-ibm-client-id') !== undefined;
}

/** A form field of the request body as sent (e.g. grant_type), when present. */
export function formField(attempt: DiagnosedAttempt, name: string): string | undefined {
  return new URLSearchParams(attempt.exchange.request.body).get(name) ?? undefined;
}
