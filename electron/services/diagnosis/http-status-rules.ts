import type { Finding } from '../../../shared/domain/diagnosis';
import { headerValue } from '../../../shared/domain/exchange';
import { lines, statusLine, truncate } from './evidence';
import type { DiagnosedAttempt, VerificationSummary } from './types';

/** The token endpoint's non-OAuth answers (3xx, 404/405, 5xx), an unreadable 200, and a token that did not verify. */

function correlationLines(attempt: DiagnosedAttempt): string[] {
  const headers = attempt.exchange.response?.headers ?? [];
  return headers
    .filter(([name]) => /correlation|request-id|trace-id/i.test(name))
    .map(([name, value]) => `${name}: ${truncate(value, 80)}.`);
}

export function httpStatusFindings(attempt: DiagnosedAttempt): Finding[] {
  const response = attempt.exchange.response;
  if (!response) return [];
  const status = statusLine(attempt.exchange);
  if (response.status >= 300 && response.status < 400) {
    const location = headerValue(response.headers, 'location');
    return [
      {
        id: 'redirect',
        severity: 'error',
        certainty: 'certain',
        cause: `The server redirected the request${location ? ` to ${truncate(location, 120)}` : ''}; the console does not follow redirects with credentials.`,
        evidence: lines(
          status,
          location && `Location: ${truncate(location, 200)}.`,
          `URL sent to: ${attempt.tokenUrl}.`,
        ),
        nextStep:
          'Use the URL the redirect points to (often https instead of http, or a path without a trailing slash).',
      },
    ];
  }
  if (response.status === 404 || response.status === 405) {
    return [
      {
        id: 'token-endpoint-not-found',
        severity: 'error',
        certainty: 'likely',
        cause: `There is no token endpoint at ${attempt.tokenUrl}: the server answered ${response.status}.`,
        evidence: [status, `URL sent to: ${attempt.tokenUrl}.`],
        nextStep:
          'The token endpoint is {auth base}/connect/token, e.g. https://api.sandbox.mobilepay.dk/integrator-authentication/connect/token.',
      },
    ];
  }
  if (response.status >= 500) {
    return [
      {
        id: 'token-server-error',
        severity: 'error',
        certainty: 'likely',
        cause: 'The token endpoint failed on its own side (5xx), so the credentials were probably never checked.',
        evidence: lines(status, ...correlationLines(attempt)),
        nextStep:
          "Try again in a moment. If it persists, send the time and any correlation id to the server's operator.",
      },
    ];
  }
  return [];
}

export function tokenBodyFindings(attempt: DiagnosedAttempt): Finding[] {
  if (attempt.tokenProblem === undefined) return [];
  const type = headerValue(attempt.exchange.response?.headers ?? [], 'content-type');
  return [
    {
      id: 'token-unreadable',
      severity: 'error',
      certainty: 'certain',
      cause: `The server answered ${attempt.exchange.response?.status ?? '2xx'}, but no usable token could be read from the body: ${attempt.tokenProblem}`,
      evidence: [statusLine(attempt.exchange), `Content-Type: ${type ?? '(none)'}.`],
      nextStep: 'Read the raw body: a proxy may have answered, or the URL is not an OAuth token endpoint.',
    },
  ];
}

export function signatureFindings(attempt: DiagnosedAttempt, verification: VerificationSummary | undefined): Finding[] {
  if (!verification || verification.status === 'valid' || !attempt.token) return [];
  const unreachable = verification.status === 'keys-unreachable';
  return [
    {
      id: 'token-signature-unverified',
      severity: unreachable ? 'info' : 'warning',
      certainty: unreachable ? 'possible' : 'likely',
      cause: `The token's signature could not be confirmed against ${attempt.environment.label}'s published keys (${verification.status}).`,
      evidence: lines(verification.message, verification.kid && `kid in the token header: ${verification.kid}.`),
      nextStep: unreachable
        ? 'Check that the discovery document and JWKS of this environment can be reached, then verify again.'
        : 'The PoS API will likely refuse this token. Check that the token URL and the environment belong together.',
    },
  ];
}
