import type { BasicEncoding } from '../../shared/ipc/schemas';
import type { SecretFingerprint } from '../../shared/domain/redaction';
import { keyedDigestHex } from './fingerprint-key';

/**
 * application/x-www-form-urlencoded encoding of one credential (RFC 6749 §2.3.1 + Appendix B):
 * UTF-8, percent-encode everything but ALPHA / DIGIT / "-" / "." / "_" / "*", and space becomes "+".
 */
export function formEncodeCredential(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** The Authorization header value for client_secret_basic, form-encoded (RFC, the default) or raw. */
export function basicAuthorization(clientId: string, clientSecret: string, encoding: BasicEncoding): string {
  const encode = encoding === 'form' ? formEncodeCredential : (value: string) => value;
  const pair = `${encode(clientId)}:${encode(clientSecret)}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

/** 8 hex of HMAC-SHA-256 under this installation's key (fingerprint-key.ts), and the length. */
export function fingerprintSecret(secret: string): SecretFingerprint {
  return { fingerprint: keyedDigestHex(secret).slice(0, 8), length: secret.length };
}
