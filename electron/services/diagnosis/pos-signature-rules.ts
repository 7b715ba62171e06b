import type { Finding } from '../../../shared/domain/diagnosis';
import { lines } from './evidence';
import { bearerChallenge, challengeLines, claimText } from './pos-facts';
import type { PosDiagnosisInput } from './types';

/** A 401 because of whose keys signed the token: another environment's, a rotated key, or an altered token. */

function signatureEvidence(input: PosDiagnosisInput, otherIssuer: string | undefined): string[] {
  const { token, environment, verification } = input;
  return lines(
    ...challengeLines(input),
    token && `The token was minted by ${token.environmentLabel}; the call went to ${environment.label}.`,
    otherIssuer && `The token's iss is ${otherIssuer}; ${environment.label}'s tokens carry ${input.expectedIssuer}.`,
    verification &&
      `Signature check against ${environment.label}'s keys: ${verification.status} (${verification.message})`,
  );
}

export function posSignatureFindings(input: PosDiagnosisInput): Finding[] {
  if (input.exchange.response?.status !== 401) return [];
  const { token, environment, verification } = input;
  const iss = claimText(token?.view.claims, 'iss');
  const otherEnvironment = token !== undefined && token.environmentId !== environment.id;
  // MobilePay's sandbox used a production-style issuer, so a differing iss is a hint, not proof (DOMAIN.md §2).
  const otherIssuer =
    iss !== undefined && input.expectedIssuer !== undefined && iss !== input.expectedIssuer ? iss : undefined;
  const keyNotFound = verification?.status === 'key-not-found';
  const evidence = signatureEvidence(input, otherIssuer);
  if (otherEnvironment || otherIssuer) {
    const minter = token?.environmentLabel ?? 'another environment';
    return [
      {
        id: 'pos-signature-other-environment',
        severity: 'error',
        certainty: otherEnvironment || keyNotFound ? 'likely' : 'possible',
        cause: `The token was signed with ${otherEnvironment ? `${minter}'s` : "another environment's"} keys, and ${environment.label}'s PoS API only trusts its own.`,
        evidence,
        nextStep: `Request the token from ${environment.label}'s token endpoint with ${environment.label}'s credentials, or call ${minter}'s PoS API with it.`,
      },
    ];
  }
  if (keyNotFound) {
    return [
      {
        id: 'pos-signing-key-rotated',
        severity: 'error',
        certainty: 'likely',
        cause: `The key that signed this token is no longer among ${environment.label}'s published keys: the signing key was rotated, or the token comes from elsewhere.`,
        evidence,
        nextStep: 'Request a new token; it will be signed with the current key.',
      },
    ];
  }
  const saysSignature = /signature|malformed/i.test(bearerChallenge(input.exchange).description ?? '');
  if (verification?.status === 'bad-signature' || verification?.status === 'malformed' || saysSignature) {
    return [
      {
        id: 'pos-token-tampered',
        severity: 'error',
        certainty: verification ? 'likely' : 'possible',
        cause:
          'The token does not verify: it was altered or cut short on the way (copied from a log, a line break, a truncated field).',
        evidence,
        nextStep:
          'Send the access_token exactly as the token endpoint returned it, all three dot-separated parts; request a new one if in doubt.',
      },
    ];
  }
  return [];
}
