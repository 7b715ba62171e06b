import type { Finding, FindingCertainty } from '../../../shared/domain/diagnosis';
import { isLocalEnvironmentId, SANDBOX_CLOCK_LEEWAY_SECONDS } from '../../../shared/domain/sandbox-faults';
import { tokenTiming } from './clock-rules';
import { formatDuration, lines, truncate } from './evidence';
import { bearerChallenge, challengeLines, sentValues } from './pos-facts';
import type { PosDiagnosisInput } from './types';

/** Why the PoS API did not accept the token: the header's shape, the token's lifetime. Keys: pos-signature-rules.ts. */

function bearerProblem(value: string | undefined): string {
  if (value === undefined) return 'The call carried no Authorization header at all.';
  if (/^bearer\s/i.test(value))
    return `The scheme is written "${value.split(/\s/)[0]}"; MobilePay expects exactly "Bearer " (capital B, one space).`;
  if (/^basic\s/i.test(value))
    return 'The call sent Basic credentials; the PoS API takes the access token, not the client id and secret.';
  return 'The Authorization header holds the token without the "Bearer " scheme in front.';
}

export function missingBearerFindings(input: PosDiagnosisInput): Finding[] {
  const value = sentValues(input.exchange, 'authorization')[0];
  if (value !== undefined && /^Bearer \S/.test(value)) return [];
  return [
    {
      id: 'pos-missing-bearer',
      severity: 'error',
      certainty: input.exchange.response?.status === 401 ? 'certain' : 'likely',
      cause: `${bearerProblem(value)} The PoS API needs "Authorization: Bearer <access token>" on every call.`,
      evidence: lines(
        ...challengeLines(input),
        value === undefined
          ? 'Request headers: no Authorization.'
          : `Authorization as sent (redacted): ${truncate(value, 120)}`,
      ),
      nextStep: 'Send the header as "Authorization: Bearer " followed by the access_token from the token response.',
    },
  ];
}

export function tokenLifetimeFindings(input: PosDiagnosisInput): Finding[] {
  const status = input.exchange.response?.status;
  if (status !== undefined && status < 400) return [];
  const description = bearerChallenge(input.exchange).description ?? '';
  const timing = input.token ? tokenTiming(input.token.view, input.nowMs, input.exchange.clockSkewMs) : undefined;
  const evidence = [...challengeLines(input), ...(timing?.evidence ?? [])];
  const certainty: FindingCertainty = status === 401 ? 'certain' : 'likely';
  const exp = input.token?.view.exp;
  if (timing?.state === 'expired' || (status === 401 && /expired|lifetime/i.test(description))) {
    return [
      {
        id: 'pos-token-expired',
        severity: 'error',
        certainty,
        cause:
          exp !== undefined && timing?.state === 'expired'
            ? `The token expired ${formatDuration(timing.serverNowMs - exp * 1000)} ago on the server's clock.`
            : 'The PoS API says the token has expired.',
        evidence,
        nextStep:
          "Request a new token. Integrations should renew about 10 minutes before exp; if tokens look fresh here, check this machine's clock.",
      },
    ];
  }
  if (timing?.state === 'not-yet-valid' || (status === 401 && /not.?yet.?valid|nbf|not before/i.test(description))) {
    return [
      {
        id: 'pos-token-not-yet-valid',
        severity: 'error',
        certainty: 'likely',
        cause:
          "The token is not valid yet on the PoS API's clock (its nbf is in the future): the token server's and the API's clocks disagree.",
        evidence,
        nextStep:
          "Wait a moment and call again; if it keeps happening, report the clock difference to the server's operator.",
      },
    ];
  }
  return [];
}

const when = (left: number | undefined): string =>
  left === undefined
    ? 'once the leeway runs out the API'
    : left === 0
      ? 'any moment now this API'
      : `in about ${left} s this API`;

/**
 * Accepted although exp has passed on the server's clock: the server allows clock leeway, and the console's countdown
 * (which shows it expired) and a "no problems" verdict would contradict each other without this note.
 */
export function expiredButAcceptedFindings(input: PosDiagnosisInput): Finding[] {
  const status = input.exchange.response?.status;
  const exp = input.token?.view.exp;
  if (!input.token || exp === undefined || status === undefined || status < 200 || status >= 300) return [];
  const timing = tokenTiming(input.token.view, input.nowMs, input.exchange.clockSkewMs);
  if (timing.state !== 'expired') return [];
  const pastMs = timing.serverNowMs - exp * 1000;
  const local = isLocalEnvironmentId(input.environment.id);
  const leeway = local ? ` (the local sandbox allows ${SANDBOX_CLOCK_LEEWAY_SECONDS} s)` : '';
  const left = local ? Math.max(0, SANDBOX_CLOCK_LEEWAY_SECONDS - Math.round(pastMs / 1000)) : undefined;
  return [
    {
      id: 'pos-token-expired-accepted',
      severity: 'warning',
      certainty: 'certain',
      cause: `The token expired ${formatDuration(pastMs)} ago on the server's clock, yet the PoS API accepted it: the server allows some clock leeway past exp${leeway}.`,
      evidence: lines(`The PoS API answered ${status}.`, ...timing.evidence),
      nextStep:
        `Request a new token: ${when(left)} answers 401, ` +
        "and MobilePay's API will reject it shortly (it promises no leeway). Integrations should renew about 10 minutes before exp.",
    },
  ];
}

export function unexplainedPosUnauthorized(input: PosDiagnosisInput): Finding[] {
  if (input.exchange.response?.status !== 401) return [];
  const { error, description } = bearerChallenge(input.exchange);
  const detail = error ? ` (${error}${description ? `: ${truncate(description, 120)}` : ''})` : '';
  return [
    {
      id: 'pos-unauthorized',
      severity: 'error',
      certainty: 'possible',
      cause: `The PoS API did not accept the token${detail}.`,
      evidence: challengeLines(input),
      nextStep:
        'Request a fresh token from the same environment as the PoS API and call again; compare its claims (aud, scope, exp) with a working one.',
    },
  ];
}
