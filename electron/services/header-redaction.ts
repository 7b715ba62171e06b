import type { HeaderList } from '../../shared/domain/exchange';
import { describeRedactedSecret, stripJwtSignatures } from '../../shared/domain/redaction';
import { fingerprintSecret } from './basic-auth';
import { describeCredential, isCredentialName, isSafeCredential } from './credential-redaction';

/**
 * Headers as they may be shown, kept and exported: Authorization values redacted by scheme, any header whose name
 * says it carries a credential (Set-Cookie, X-Access-Token, X-Api-Key, …) replaced by a fingerprint, JWT
 * signatures stripped everywhere else. Used on captured responses and again on every export.
 */
const AUTH_SCHEME_WORDS = new Set(['basic', 'bearer']);

/** Authorization has a scheme and is redacted by it; so are look-alikes such as an echoed X-Echo-Authorization. */
const isAuthorizationHeader = (lower: string): boolean => lower.endsWith('authorization');

/** `id:secret` from a Basic value, when it is Base64 of UTF-8 text with a colon. */
function decodeBasic(value: string): { clientId: string; secret: string } | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const text = Buffer.from(value, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0 || text.includes('\uFFFD')) return undefined;
  return { clientId: text.slice(0, colon), secret: text.slice(colon + 1) };
}

function redactBasic(credentials: string): string {
  if (isSafeCredential(credentials)) return `Basic ${credentials}`;
  const decoded = decodeBasic(credentials.trim());
  if (!decoded) return `Basic ${describeCredential('credential', credentials)}`;
  return `Basic ${describeRedactedSecret(fingerprintSecret(decoded.secret))} (client id ${decoded.clientId})`;
}

/**
 * Basic → `Basic <secret sha256:…, N chars> (client id …)`; Bearer → `Bearer header.payload.<signature hidden>`
 * (an opaque token → its fingerprint). The app's own redacted forms pass unchanged.
 */
export function redactAuthorization(value: string): string {
  const stripped = stripJwtSignatures(value.trim());
  if (isSafeCredential(stripped)) return stripped;
  const match = /^(\S+)\s+([\s\S]*)$/.exec(stripped);
  if (!match) {
    if (AUTH_SCHEME_WORDS.has(stripped.toLowerCase()) || stripped === '') return stripped;
    return describeCredential('token', stripped);
  }
  const [, scheme = '', rest = ''] = match;
  if (scheme.toLowerCase() === 'basic') return redactBasic(rest);
  if (isSafeCredential(rest)) return stripped;
  return `${scheme} ${describeCredential('token', rest)}`;
}

export function redactHeaders(headers: HeaderList): HeaderList {
  return headers.map(([name, value]) => {
    const lower = name.toLowerCase();
    if (isAuthorizationHeader(lower)) return [name, redactAuthorization(value)];
    if (isCredentialName(lower) && !isSafeCredential(value)) return [name, describeCredential('credential', value)];
    return [name, stripJwtSignatures(value)];
  });
}
