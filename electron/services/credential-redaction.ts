import { stripJwtSignatures } from '../../shared/domain/redaction';
import { fingerprintSecret } from './basic-auth';

/**
 * Redaction of credentials in captured text, for main's services: what a response body may show and what History
 * may keep. A JWT keeps its header and payload (signature stripped); any other value of a credential member of a
 * JSON body (an opaque access token, a refresh token, a secret) becomes its fingerprint.
 */
const REDACTED_DESCRIPTION = /^<(secret|token|credential) sha256:[0-9a-f]{8}…, \d+ chars>/;
const STRIPPED_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.<signature hidden>/;
/** Any JSON member with a string value; its name decides (isCredentialName). */
const JSON_STRING_MEMBERS = /("((?:[^"\\]|\\.){1,100})"\s*:\s*")((?:[^"\\]|\\.)*)(")/g;
/**
 * Names that say "a credential": access_token, accessToken, id_token, token, client_secret, password, api_key,
 * X-Access-Token, Set-Cookie, session_id… but not token_type or expires_in (they end in something else).
 */
const CREDENTIAL_NAME =
  /(token|secret|password|passwd|api[-_]?key|session[-_]?id|sessionid|credentials?|assertion|cookie)$/i;

export const isCredentialName = (name: string): boolean => CREDENTIAL_NAME.test(name);

/** `<token sha256:1a2b3c4d…, 43 chars>` */
export function describeCredential(kind: 'token' | 'credential', value: string): string {
  const { fingerprint, length } = fingerprintSecret(value);
  return `<${kind} sha256:${fingerprint}…, ${length} chars>`;
}

/** The app's own redacted forms: a fingerprint description or a JWT without its signature. */
export const isSafeCredential = (text: string): boolean => REDACTED_DESCRIPTION.test(text) || STRIPPED_JWT.test(text);

/** Every credential member of JSON text that is not already safe, replaced by its fingerprint. */
export function redactJsonCredentials(text: string): string {
  return text.replace(JSON_STRING_MEMBERS, (whole, open: string, name: string, value: string, close: string) =>
    !isCredentialName(name) || value === '' || isSafeCredential(value)
      ? whole
      : `${open}${describeCredential('token', value)}${close}`,
  );
}

/** Captured text as it may be shown or kept: JWT signatures stripped, then opaque credentials fingerprinted. */
export function redactCapturedText(text: string): string {
  return redactJsonCredentials(stripJwtSignatures(text));
}
