/** The outcome of checking a token's signature against its environment's published keys (JWKS). */
export type VerificationStatus =
  'valid' | 'key-not-found' | 'bad-signature' | 'alg-not-allowed' | 'keys-unreachable' | 'malformed';

export interface VerificationResult {
  status: VerificationStatus;
  /** One plain sentence a support person can act on. */
  message: string;
  /** From the token's header, when it could be read. */
  kid?: string;
  alg?: string;
  /** Where the keys came from (discovery's jwks_uri), once known. */
  jwksUri?: string;
  /** ISO time of the check. */
  checkedAt: string;
}

/** MobilePay signs with RS256 (DOMAIN.md §2); anything else must be allowed explicitly. */
export const DEFAULT_ALLOWED_ALGORITHMS: readonly string[] = ['RS256'];

/** Short labels for badges; the result's message says what to do. */
export const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  valid: 'Signature valid',
  'key-not-found': 'Key not found',
  'bad-signature': 'Bad signature',
  'alg-not-allowed': 'Algorithm not allowed',
  'keys-unreachable': 'Keys unreachable',
  malformed: 'Not a signed JWT',
};

/** Where MobilePay published its OpenID discovery document, relative to the auth base (DOMAIN.md §2). */
const DISCOVERY_PATH = '/.well-known/openid-configuration';

export function discoveryUrlOf(authBase: string): string {
  return `${authBase.replace(/\/+$/, '')}${DISCOVERY_PATH}`;
}
