import { compactVerify, errors, importJWK, type JWK } from 'jose';

/**
 * Trying a token's signature against the candidate keys of a JWKS, and saying in words what came of it: which key
 * matched, a bad or cut-short signature, or keys that do not fit the algorithm. The fetching and caching of key
 * sets is jwks-verifier.ts's.
 */
const KEY_TYPE_BY_ALG_PREFIX: Record<string, string> = { RS: 'RSA', PS: 'RSA', ES: 'EC', Ed: 'OKP' };

export function fitsAlgorithm(key: JWK, alg: string): boolean {
  return (key.use === undefined || key.use === 'sig') && key.kty === KEY_TYPE_BY_ALG_PREFIX[alg.slice(0, 2)];
}

type KeyCheck = 'valid' | 'bad-signature' | 'unusable' | { malformed: string };
type CheckStatus = 'valid' | 'bad-signature' | 'alg-not-allowed';

/** jose's error codes, read by code so a malformed signature is never mistaken for a key that does not fit. */
function keyCheckOf(error: unknown): KeyCheck {
  const code = error instanceof errors.JOSEError ? error.code : undefined;
  if (code === errors.JWSSignatureVerificationFailed.code) return 'bad-signature';
  // The key imported and the header and signature were read before, so jose calling the JWS invalid or unsupported
  // means a header parameter it refuses (crit, b64): the token is not a plain signed JWT.
  if (code === errors.JWSInvalid.code || code === errors.JOSENotSupported.code)
    return {
      malformed: `The token is not a plain signed JWT (${(error as Error).message}), so it cannot be verified.`,
    };
  // ERR_JOSE_ALG_NOT_ALLOWED, or a TypeError for a key of the wrong type or size.
  return 'unusable';
}

async function checkWithKey(compact: string, key: JWK, alg: string): Promise<KeyCheck> {
  if (key.alg !== undefined && key.alg !== alg) return 'unusable';
  let imported: Awaited<ReturnType<typeof importJWK>>;
  try {
    imported = await importJWK(key, alg);
  } catch {
    return 'unusable'; // ERR_JOSE_NOT_SUPPORTED or ERR_JWK_INVALID: this key cannot be used for this algorithm.
  }
  try {
    await compactVerify(compact, imported, { algorithms: [alg] });
    return 'valid';
  } catch (error) {
    return keyCheckOf(error);
  }
}

/**
 * Characters of an unpadded base64url RSA signature made with this key (as long as its modulus), if known. Leading
 * zero bytes of `n` (some publishers keep one) do not count: they would make every real signature look too short.
 */
function signatureCharsOf(key: JWK): number | undefined {
  if (key.kty !== 'RSA' || typeof key.n !== 'string') return undefined;
  const modulus = Buffer.from(key.n, 'base64url');
  const leadingZeros = modulus.findIndex((byte) => byte !== 0);
  return Math.ceil(((modulus.length - Math.max(leadingZeros, 0)) * 8) / 6);
}

/** A message is set when the outcome is already explained (cut short, not a plain JWS); else describeCheck words it. */
type CandidateOutcome =
  { status: CheckStatus; key?: JWK; message?: undefined } | { status: 'bad-signature' | 'malformed'; message: string };

export async function checkCandidates(
  compact: string,
  signature: string,
  candidates: JWK[],
  alg: string,
): Promise<CandidateOutcome> {
  // A length no base64url value has (4n+1): jose cannot even decode it, and would call the JWS invalid.
  if (signature.length % 4 === 1) return { status: 'bad-signature', message: damaged(signature.length) };
  let sawBadSignature = false;
  for (const key of candidates) {
    const check = await checkWithKey(compact, key, alg);
    if (check === 'valid') return { status: 'valid', key };
    if (typeof check === 'object') return { status: 'malformed', message: check.malformed };
    if (check === 'bad-signature') sawBadSignature = true;
  }
  if (!sawBadSignature) return { status: 'alg-not-allowed' };
  // Refused, and shorter than every candidate key's signatures: say the end is missing, the likeliest cause.
  const lengths = candidates.map(signatureCharsOf);
  const shortest = lengths.every((chars) => chars !== undefined) ? Math.min(...(lengths as number[])) : undefined;
  if (shortest !== undefined && signature.length < shortest)
    return { status: 'bad-signature', message: cutShort(signature.length, shortest) };
  return { status: 'bad-signature' };
}

function cutShort(length: number, expected: number): string {
  return `The signature is ${length} characters long where this environment's signatures have ${expected}: the end of the token is missing (cut short when it was copied or logged); copy the complete token again.`;
}

function damaged(length: number): string {
  return `The signature is ${length} characters long, a length no complete signature has: the token was cut short or damaged when it was copied or logged; copy the complete token again.`;
}

export function keyNotFound(kid: string | undefined, alg: string, jwksUri: string): string {
  return kid
    ? `No key with kid ${kid} is published at ${jwksUri}: the token comes from another environment (each has keys of its own: SandBox and Production, Local sandbox and Local production) or its key has been retired or rotated since.`
    : `The token names no key (kid) and ${jwksUri} publishes no ${alg} key, so this environment did not issue it.`;
}

/** For a token without kid: the key(s) its signature was tried against, named by algorithm (not "key RS256"). */
export function untitledKeys(alg: string, tried: number): string {
  return tried === 1 ? `the ${alg} key` : `any of the ${tried} ${alg} keys`;
}

export function describeCheck(status: CheckStatus, named: string, jwksUri: string): string {
  if (status === 'valid')
    return `The signature matches ${named} published at ${jwksUri}: this environment issued the token and it has not been altered.`;
  if (status === 'bad-signature')
    return `The signature does not match ${named} published at ${jwksUri}: the token was altered or cut short after it was issued; copy the complete token again.`;
  return `The signature cannot be checked with ${named} at ${jwksUri}: it is published for another algorithm or key type, so the token does not fit this environment's keys.`;
}
