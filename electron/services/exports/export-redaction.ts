import type { HeaderList } from '../../../shared/domain/exchange';
import { describeRedactedSecret, stripJwtSignatures } from '../../../shared/domain/redaction';
import { fingerprintSecret } from '../basic-auth';
import { describeCredential, isSafeCredential, redactJsonCredentials } from '../credential-redaction';

/**
 * Belt and braces for everything that leaves the app as a file or on the clipboard. The attempts are redacted
 * when captured; this second pass makes sure that a capture bug upstream still cannot put a usable credential in
 * an export. Known-safe shapes (the app's own descriptions, stripped JWTs) pass unchanged; anything else in a
 * credential position is replaced by a fingerprint.
 */
const AUTH_SCHEME_WORDS = new Set(['basic', 'bearer']);

/** Headers whose whole value is a credential (Authorization has a scheme and is handled on its own). */
const SECRET_HEADERS = new Set(['cookie', 'set-cookie', 'x-ibm-client-secret', 'x-api-key']);
const AUTHORIZATION_HEADERS = new Set(['authorization', 'proxy-authorization']);
/** Form or query parameters that carry a secret (client_secret_post, password grant, token revocation). */
const SECRET_PARAMS = new Set(['client_secret', 'password', 'access_token', 'refresh_token']);

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
    if (AUTHORIZATION_HEADERS.has(lower)) return [name, redactAuthorization(value)];
    if (SECRET_HEADERS.has(lower) && !isSafeCredential(value)) return [name, describeCredential('credential', value)];
    return [name, stripJwtSignatures(value)];
  });
}

function decodeFormComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `a=1&client_secret=…` with every secret parameter replaced by its fingerprint; the rest stays byte for byte. */
export function redactFormText(text: string): string {
  const redacted = text
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = decodeFormComponent(pair.slice(0, equals));
      const value = decodeFormComponent(pair.slice(equals + 1));
      if (!SECRET_PARAMS.has(name.toLowerCase()) || isSafeCredential(value)) return pair;
      return `${pair.slice(0, equals)}=${describeRedactedSecret(fingerprintSecret(value))}`;
    })
    .join('&');
  return stripJwtSignatures(redacted);
}

/** Secret query parameters replaced (percent-encoded, so the URL stays a valid URI). */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return stripJwtSignatures(url);
  }
  if (parsed.search.length > 1) parsed.search = redactFormText(parsed.search.slice(1));
  return stripJwtSignatures(parsed.toString());
}

/** A body as text: secret form parameters and JSON credential members replaced, JWT signatures stripped. */
export function redactBodyText(text: string, mimeType: string): string {
  return redactJsonCredentials(/application\/x-www-form-urlencoded/i.test(mimeType) ? redactFormText(text) : stripJwtSignatures(text));
}

/** The last pass over a whole export: no usable JWT survives anywhere in it. */
export function stripSignaturesDeep<T>(value: T): T {
  return JSON.parse(stripJwtSignatures(JSON.stringify(value))) as T;
}
