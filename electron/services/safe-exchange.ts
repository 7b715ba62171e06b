import type { Exchange, HeaderList } from '../../shared/domain/exchange';
import { describeRedactedSecret, SIGNATURE_PLACEHOLDER } from '../../shared/domain/redaction';
import { fingerprintSecret } from './basic-auth';
import { describeCredential, redactCapturedText } from './credential-redaction';
import { redactHeaders } from './header-redaction';
import { scrubDeep, type KnownCredential, type Scrub } from './known-secrets';

/** A client secret main sent: described by its fingerprint wherever a server writes it back. */
export const secretCredential = (secret: string): KnownCredential => ({
  value: secret,
  replacement: describeRedactedSecret(fingerprintSecret(secret)),
});

/** A token main holds: a JWT loses only its signature (header and payload stay readable), an opaque one all of it. */
export function tokenCredential(token: string): KnownCredential {
  const parts = token.split('.');
  const signature = parts[2];
  if (parts.length === 3 && signature && signature.length >= 16 && /^[A-Za-z0-9_-]+$/.test(signature)) {
    return { value: signature, replacement: SIGNATURE_PLACEHOLDER };
  }
  return { value: token, replacement: describeCredential('token', token) };
}

/**
 * A captured exchange as it may reach the window, History and exports: the credentials main knows scrubbed in
 * every encoding, then what only the shapes give away (JWT signatures, credential-named JSON members and headers).
 */
export function safeExchange(exchange: Exchange, scrub: Scrub): Exchange {
  const response = exchange.response;
  const failure = exchange.failure ? scrubDeep(exchange.failure, scrub) : undefined;
  if (!response) return failure ? { ...exchange, failure } : exchange;
  const headers: HeaderList = redactHeaders(response.headers.map(([name, value]) => [name, scrub(value)]));
  const body = redactCapturedText(scrub(response.body));
  return { ...exchange, response: { ...response, statusText: scrub(response.statusText), headers, body } };
}
