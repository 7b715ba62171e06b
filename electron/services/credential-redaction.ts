import { stripJwtSignatures } from '../../shared/domain/redaction';
import { fingerprintSecret } from './basic-auth';

/**
 * Redaction of credentials in captured text, for main's services: what a response body may show and what History
 * may keep. A JWT keeps its header and payload (signature stripped); any other value of a credential member of a
 * JSON body (an opaque access token, a refresh token, a secret) becomes its fingerprint.
 */
const REDACTED_DESCRIPTION = /^<(secret|token|credential) sha256:[0-9a-f]{8}…, \d+ chars>/;
const STRIPPED_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.<signature hidden>/;
/** JSON members whose string value is a credential. */
const SECRET_JSON_MEMBERS = /("(?:client_secret|access_token|refresh_token|id_token|password)"\s*:\s*")((?:[^"\\]|\\.)*)(")/g;

/** `<token sha256:1a2b3c4d…, 43 chars>` */
export function describeCredential(kind: 'token' | 'credential', value: string): string {
  const { fingerprint, length } = fingerprintSecret(value);
  return `<${kind} sha256:${fingerprint}…, ${length} chars>`;
}

/** The app's own redacted forms: a fingerprint description or a JWT without its signature. */
export const isSafeCredential = (text: string): boolean => REDACTED_DESCRIPTION.test(text) || STRIPPED_JWT.test(text);

/** Every credential member of JSON text that is not already safe, replaced by its fingerprint. */
export function redactJsonCredentials(text: string): string {
  return text.replace(SECRET_JSON_MEMBERS, (whole, open: string, value: string, close: string) =>
    isSafeCredential(value) ? whole : `${open}${describeCredential('token', value)}${close}`,
  );
}

/** Captured text as it may be shown or kept: JWT signatures stripped, then opaque credentials fingerprinted. */
export function redactCapturedText(text: string): string {
  return redactJsonCredentials(stripJwtSignatures(text));
}
