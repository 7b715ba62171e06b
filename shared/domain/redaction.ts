/** How secrets and tokens look wherever they are stored or shown by default (STYLE.md §4). */
const JWT_PATTERN = /\b(eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)\.([A-Za-z0-9_-]+)/g;

export const SIGNATURE_PLACEHOLDER = '<signature hidden>';

/** Keeps a JWT's header and payload (they are readable by anyone anyway) and drops the signature that makes it usable. */
export function stripJwtSignatures(text: string): string {
  return text.replace(JWT_PATTERN, (_match, headerAndPayload: string) => `${headerAndPayload}.${SIGNATURE_PLACEHOLDER}`);
}

export interface SecretFingerprint {
  /** First 8 hex of SHA-256 of the secret. */
  fingerprint: string;
  length: number;
}

export function describeRedactedSecret(secret: SecretFingerprint): string {
  return `<secret sha256:${secret.fingerprint}…, ${secret.length} chars>`;
}
