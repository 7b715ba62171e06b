import { decodeBase64Bytes, utf8FromBytes } from './base64';

/** How secrets and tokens look wherever they are stored or shown by default (STYLE.md §4). */

/** Three base64url segments; whether the first is a JWS header is checked by decoding it (see isJwsHeader). */
const JWT_SHAPE = /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)\.([A-Za-z0-9_-]+)/;

export const SIGNATURE_PLACEHOLDER = '<signature hidden>';

/** A JWS header is base64url JSON with an `alg`, however the JSON is spaced (`eyJ…` is only the compact form). */
function isJwsHeader(segment: string): boolean {
  const bytes = decodeBase64Bytes(segment);
  const text = bytes && utf8FromBytes(bytes);
  if (!text?.trimStart().startsWith('{')) return false;
  try {
    const header: unknown = JSON.parse(text);
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

/** Keeps a JWT's header and payload (they are readable by anyone anyway) and drops the signature that makes it usable. */
export function stripJwtSignatures(text: string): string {
  const pattern = new RegExp(JWT_SHAPE.source, 'g');
  let out = '';
  let copied = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const headerAndPayload = match[1] ?? '';
    if (!isJwsHeader(headerAndPayload.slice(0, headerAndPayload.indexOf('.')))) {
      pattern.lastIndex = match.index + 1; // not a JWT from here; one may still start inside this match
      continue;
    }
    out += `${text.slice(copied, match.index)}${headerAndPayload}.${SIGNATURE_PLACEHOLDER}`;
    copied = pattern.lastIndex;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export interface SecretFingerprint {
  /** First 8 hex of HMAC-SHA-256 of the secret under a per-installation key (a plain hash would let a guess be confirmed offline). */
  fingerprint: string;
  length: number;
}

export function describeRedactedSecret(secret: SecretFingerprint): string {
  return `<secret sha256:${secret.fingerprint}…, ${secret.length} chars>`;
}
