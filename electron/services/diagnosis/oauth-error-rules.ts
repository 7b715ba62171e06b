import type { Finding } from '../../../shared/domain/diagnosis';
import { headerValue } from '../../../shared/domain/exchange';
import { authMethodOf, credentialsUnreadable, formField } from './attempt-facts';
import { lines, statusLine, truncate } from './evidence';
import type { DiagnosedAttempt, VerificationSummary } from './types';

/** The token endpoint's other answers: 400 OAuth errors explained, 3xx/404/5xx, and an unreadable 200. */

function requestFacts(attempt: DiagnosedAttempt): string[] {
  const type = headerValue(attempt.exchange.request.headers, 'content-type');
  const grant = formField(attempt, 'grant_type');
  return lines(
    `Content-Type sent: ${type ?? '(none)'}.`,
    grant === undefined ? 'The body has no grant_type.' : `grant_type sent: ${grant}.`,
  );
}

function described(attempt: DiagnosedAttempt): string | undefined {
  const { oauthError } = attempt;
  if (!oauthError) return undefined;
  return `error: ${oauthError.error}${oauthError.description ? ` ("${truncate(oauthError.description, 200)}")` : ''}.`;
}

function invalidRequestHint(attempt: DiagnosedAttempt): string {
  const description = attempt.oauthError?.description ?? '';
  if (credentialsUnreadable(attempt) || /basic/i.test(description)) {
    return (
      'The server could not read the credentials in the Basic header: a line break or control character in the id or secret, or a ' +
      'malformed header. Check the findings about the credentials, or paste the header into the Basic header decoder.'
    );
  }
  if (/merchant_vat|vat/i.test(description)) return 'Fix merchant_vat (DK or FI followed by 8 digits, no dash), or leave it out.';
  if (authMethodOf(attempt) === 'basic' && formField(attempt, 'client_secret') !== undefined) {
    return 'Send the credentials one way only: the Basic header or client_id/client_secret in the body, not both.';
  }
  if (formField(attempt, 'grant_type') === undefined) return 'Add grant_type=client_credentials to the form body.';
  return 'Compare the request with DOMAIN §3: a form-encoded body with grant_type=client_credentials and a Basic header; the description above names the parameter.';
}

const OAUTH_EXPLANATIONS: Record<string, Pick<Finding, 'id' | 'cause'> & { next: (attempt: DiagnosedAttempt) => string }> = {
  invalid_request: {
    id: 'invalid-request',
    cause: 'The server found the request itself malformed (invalid_request): a parameter is missing, repeated or unreadable, or the Basic header could not be decoded.',
    next: invalidRequestHint,
  },
  unsupported_grant_type: {
    id: 'unsupported-grant-type',
    cause: "The server does not accept the grant_type sent; MobilePay's token endpoint only issues tokens for client_credentials.",
    next: () => 'Send grant_type=client_credentials in an application/x-www-form-urlencoded body (not JSON, not in the query string).',
  },
  invalid_scope: {
    id: 'invalid-scope',
    cause: 'The client asked for a scope it may not have; MobilePay integrator clients get integrator_scope.',
    next: () => 'Leave scope out (the server grants integrator_scope) or send scope=integrator_scope.',
  },
  unauthorized_client: {
    id: 'unauthorized-client',
    cause: 'The client is known, but it is not allowed to use the client_credentials grant here.',
    next: () => "Check the environment; if it is right, ask the server's operator to enable client_credentials for this client.",
  },
};

export function oauthErrorFindings(attempt: DiagnosedAttempt): Finding[] {
  const error = attempt.oauthError?.error;
  if (error === undefined || error === 'invalid_client') return [];
  const known = Object.hasOwn(OAUTH_EXPLANATIONS, error) ? OAUTH_EXPLANATIONS[error] : undefined;
  const evidence = lines(statusLine(attempt.exchange), described(attempt), ...requestFacts(attempt),
    error === 'invalid_scope' && `scope sent: ${formField(attempt, 'scope') ?? '(none)'}.`);
  if (!known) {
    return [{
      id: 'oauth-error-other', severity: 'error', certainty: 'likely',
      cause: `The token endpoint refused the request with the OAuth error "${truncate(error, 60)}".`,
      evidence,
      nextStep: 'Read the error description; RFC 6749 §5.2 defines the standard codes. Other codes come from the server and its operator can explain them.',
    }];
  }
  return [{ id: known.id, severity: 'error', certainty: 'certain', cause: known.cause, evidence, nextStep: known.next(attempt) }];
}

function correlationLines(attempt: DiagnosedAttempt): string[] {
  const headers = attempt.exchange.response?.headers ?? [];
  return headers.filter(([name]) => /correlation|request-id|trace-id/i.test(name)).map(([name, value]) => `${name}: ${truncate(value, 80)}.`);
}

export function httpStatusFindings(attempt: DiagnosedAttempt): Finding[] {
  const response = attempt.exchange.response;
  if (!response) return [];
  const location = headerValue(response.headers, 'location');
  if (response.status >= 300 && response.status < 400) {
    return [{
      id: 'redirect', severity: 'error', certainty: 'certain',
      cause: `The server redirected the request${location ? ` to ${truncate(location, 120)}` : ''}; the console does not follow redirects with credentials.`,
      evidence: lines(statusLine(attempt.exchange), location && `Location: ${truncate(location, 200)}.`, `URL sent to: ${attempt.tokenUrl}.`),
      nextStep: 'Use the URL the redirect points to (often https instead of http, or a path without a trailing slash).',
    }];
  }
  if (response.status === 404 || response.status === 405) {
    return [{
      id: 'token-endpoint-not-found', severity: 'error', certainty: 'likely',
      cause: `There is no token endpoint at ${attempt.tokenUrl}: the server answered ${response.status}.`,
      evidence: [statusLine(attempt.exchange), `URL sent to: ${attempt.tokenUrl}.`],
      nextStep: 'The token endpoint is {auth base}/connect/token, e.g. https://api.sandbox.mobilepay.dk/integrator-authentication/connect/token.',
    }];
  }
  if (response.status >= 500) {
    return [{
      id: 'token-server-error', severity: 'error', certainty: 'likely',
      cause: 'The token endpoint failed on its own side (5xx), so the credentials were probably never checked.',
      evidence: lines(statusLine(attempt.exchange), ...correlationLines(attempt)),
      nextStep: "Try again in a moment. If it persists, send the time and any correlation id to the server's operator.",
    }];
  }
  return [];
}

export function tokenBodyFindings(attempt: DiagnosedAttempt): Finding[] {
  if (attempt.tokenProblem === undefined) return [];
  return [{
    id: 'token-unreadable', severity: 'error', certainty: 'certain',
    cause: `The server answered ${attempt.exchange.response?.status ?? '2xx'}, but no usable token could be read from the body: ${attempt.tokenProblem}`,
    evidence: lines(statusLine(attempt.exchange), `Content-Type: ${headerValue(attempt.exchange.response?.headers ?? [], 'content-type') ?? '(none)'}.`),
    nextStep: 'Read the raw body: a proxy may have answered, or the URL is not an OAuth token endpoint.',
  }];
}

export function signatureFindings(attempt: DiagnosedAttempt, verification: VerificationSummary | undefined): Finding[] {
  if (!verification || verification.status === 'valid' || !attempt.token) return [];
  const unreachable = verification.status === 'keys-unreachable';
  return [{
    id: 'token-signature-unverified', severity: unreachable ? 'info' : 'warning', certainty: unreachable ? 'possible' : 'likely',
    cause: `The token's signature could not be confirmed against ${attempt.environment.label}'s published keys (${verification.status}).`,
    evidence: lines(verification.message, verification.kid && `kid in the token header: ${verification.kid}.`),
    nextStep: unreachable
      ? 'Check that the discovery document and JWKS of this environment can be reached, then verify again.'
      : 'The PoS API will likely refuse this token. Check that the token URL and the environment belong together.',
  }];
}
