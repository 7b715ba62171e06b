import { describeRedactedSecret, stripJwtSignatures } from '../../../shared/domain/redaction';
import { fingerprintSecret } from '../basic-auth';
import { isSafeCredential, redactJsonCredentials } from '../credential-redaction';

/**
 * Belt and braces for everything that leaves the app as a file or on the clipboard. The attempts are redacted
 * when captured; this second pass makes sure that a capture bug upstream still cannot put a usable credential in
 * an export. Known-safe shapes (the app's own descriptions, stripped JWTs) pass unchanged; anything else in a
 * credential position is replaced by a fingerprint.
 */

/** Form or query parameters that carry a secret (client_secret_post, password grant, token revocation). */
const SECRET_PARAMS = new Set(['client_secret', 'password', 'access_token', 'refresh_token']);

export { redactAuthorization, redactHeaders } from '../header-redaction';

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
  return redactJsonCredentials(
    /application\/x-www-form-urlencoded/i.test(mimeType) ? redactFormText(text) : stripJwtSignatures(text),
  );
}

/** The last pass over a whole export: no usable JWT survives anywhere in it. */
export function stripSignaturesDeep<T>(value: T): T {
  return JSON.parse(stripJwtSignatures(JSON.stringify(value))) as T;
}
