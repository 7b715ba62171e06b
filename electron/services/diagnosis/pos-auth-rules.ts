import type { Finding, FindingCertainty } from '../../../shared/domain/diagnosis';
import { formatDuration, lines, statusLine, truncate } from './evidence';
import { tokenTiming } from './clock-rules';
import { bearerChallenge, claimText, sentValues } from './pos-facts';
import type { PosDiagnosisInput } from './types';

/** Why the PoS API did not accept the token: header shape, expiry, whose keys signed it, tampering. */

const challengeLines = (input: PosDiagnosisInput): string[] => {
  const { raw } = bearerChallenge(input.exchange);
  return lines(statusLine(input.exchange), raw && `WWW-Authenticate: ${truncate(raw, 200)}`);
};

export function missingBearerFindings(input: PosDiagnosisInput): Finding[] {
  const values = sentValues(input.exchange, 'authorization');
  const value = values[0];
  if (value !== undefined && /^Bearer \S/.test(value)) return [];
  const certainty: FindingCertainty = input.exchange.response?.status === 401 ? 'certain' : 'likely';
  let problem: string;
  if (value === undefined) problem = 'The call carried no Authorization header at all.';
  else if (/^bearer\s/i.test(value)) problem = `The scheme is written "${value.split(/\s/)[0]}"; MobilePay expects exactly "Bearer " (capital B, one space).`;
  else if (/^basic\s/i.test(value)) problem = 'The call sent Basic credentials; the PoS API takes the access token, not the client id and secret.';
  else problem = 'The Authorization header holds the token without the "Bearer " scheme in front.';
  return [{
    id: 'pos-missing-bearer', severity: 'error', certainty,
    cause: `${problem} The PoS API needs "Authorization: Bearer <access token>" on every call.`,
    evidence: lines(...challengeLines(input), value === undefined ? 'Request headers: no Authorization.' : `Authorization as sent (redacted): ${truncate(value, 120)}`),
    nextStep: 'Send the header as "Authorization: Bearer " followed by the access_token from the token response.',
  }];
}

export function tokenLifetimeFindings(input: PosDiagnosisInput): Finding[] {
  const status = input.exchange.response?.status;
  if (status !== undefined && status < 400) return [];
  const { description } = bearerChallenge(input.exchange);
  const timing = input.token ? tokenTiming(input.token.view, input.nowMs, input.exchange.clockSkewMs) : undefined;
  const saysExpired = /expired|lifetime/i.test(description ?? '');
  const certainty: FindingCertainty = status === 401 ? 'certain' : 'likely';
  if (timing?.state === 'expired' || (status === 401 && saysExpired)) {
    const exp = input.token?.view.exp;
    return [{
      id: 'pos-token-expired', severity: 'error', certainty,
      cause: exp !== undefined && timing
        ? `The token expired ${formatDuration(timing.serverNowMs - exp * 1000)} ago on the server's clock.`
        : 'The PoS API says the token has expired.',
      evidence: [...challengeLines(input), ...(timing?.evidence ?? [])],
      nextStep: "Request a new token. Integrations should renew about 10 minutes before exp; if tokens look fresh here, check this machine's clock.",
    }];
  }
  if (timing?.state === 'not-yet-valid' || (status === 401 && /not.?yet.?valid|nbf|not before/i.test(description ?? ''))) {
    return [{
      id: 'pos-token-not-yet-valid', severity: 'error', certainty: 'likely',
      cause: "The token is not valid yet on the PoS API's clock (its nbf is in the future): the token server's and the API's clocks disagree.",
      evidence: [...challengeLines(input), ...(timing?.evidence ?? [])],
      nextStep: 'Wait a moment and call again; if it keeps happening, report the clock difference to the operator.',
    }];
  }
  return [];
}

export function posSignatureFindings(input: PosDiagnosisInput): Finding[] {
  if (input.exchange.response?.status !== 401) return [];
  const { token, environment, verification } = input;
  const iss = claimText(token?.view.claims, 'iss');
  const otherEnvironment = token !== undefined && token.environmentId !== environment.id;
  const otherIssuer = iss !== undefined && input.expectedIssuer !== undefined && iss !== input.expectedIssuer;
  const keyNotFound = verification?.status === 'key-not-found';
  const evidence = lines(
    ...challengeLines(input),
    token && `The token was minted by ${token.environmentLabel}; the call went to ${environment.label}.`,
    otherIssuer && `The token's iss is ${iss}; ${environment.label}'s tokens carry ${input.expectedIssuer}.`,
    verification && `Signature check against ${environment.label}'s keys: ${verification.status} (${verification.message})`,
  );
  if (otherEnvironment || otherIssuer) {
    const minter = token?.environmentLabel ?? 'another environment';
    return [{
      id: 'pos-signature-other-environment', severity: 'error', certainty: otherEnvironment || keyNotFound ? 'likely' : 'possible',
      cause: `The token was signed with ${otherEnvironment ? `${minter}'s` : "another environment's"} keys, and ${environment.label}'s PoS API only trusts its own.`,
      evidence,
      nextStep: `Request the token from ${environment.label}'s token endpoint with ${environment.label}'s credentials, or call ${minter}'s PoS API with it.`,
    }];
  }
  if (keyNotFound) {
    return [{
      id: 'pos-signing-key-rotated', severity: 'error', certainty: 'likely',
      cause: `The key that signed this token is no longer among ${environment.label}'s published keys: the signing key was rotated, or the token comes from elsewhere.`,
      evidence,
      nextStep: 'Request a new token; it will be signed with the current key.',
    }];
  }
  if (verification?.status === 'bad-signature' || verification?.status === 'malformed' || /signature|malformed/i.test(bearerChallenge(input.exchange).description ?? '')) {
    return [{
      id: 'pos-token-tampered', severity: 'error', certainty: verification ? 'likely' : 'possible',
      cause: 'The token does not verify: it was altered or cut short on the way (copying from a log, a line break, a truncated field).',
      evidence,
      nextStep: 'Send the access_token exactly as the token endpoint returned it, all three dot-separated parts; request a new one if in doubt.',
    }];
  }
  return [];
}

export function unexplainedPosUnauthorized(input: PosDiagnosisInput): Finding[] {
  if (input.exchange.response?.status !== 401) return [];
  const { error, description } = bearerChallenge(input.exchange);
  return [{
    id: 'pos-unauthorized', severity: 'error', certainty: 'possible',
    cause: `The PoS API did not accept the token${error ? ` (${error}${description ? `: ${truncate(description, 120)}` : ''})` : ''}.`,
    evidence: challengeLines(input),
    nextStep: 'Request a fresh token from the same environment as the PoS API and call again; compare its claims (aud, scope, exp) with a working one.',
  }];
}
