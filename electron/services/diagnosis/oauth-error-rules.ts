import type { Finding } from '../../../shared/domain/diagnosis';
import { headerValue } from '../../../shared/domain/exchange';
import { authMethodOf, credentialsUnreadable, formField } from './attempt-facts';
import { lines, statusLine, truncate } from './evidence';
import type { DiagnosedAttempt } from './types';

/** The token endpoint's RFC 6749 §5.2 errors other than invalid_client, each explained with what was sent. */

function requestFacts(attempt: DiagnosedAttempt): string[] {
  const type = headerValue(attempt.exchange.request.headers, 'content-type');
  const grant = formField(attempt, 'grant_type');
  return lines(
    `Content-Type sent: ${type ?? '(none)'}.`,
    grant === undefined ? 'The body has no grant_type.' : `grant_type sent: ${grant}.`,
  );
}

function errorLine(attempt: DiagnosedAttempt): string | undefined {
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
  if (/merchant_vat|vat/i.test(description))
    return 'Fix merchant_vat (DK or FI followed by 8 digits, no dash), or leave it out.';
  if (authMethodOf(attempt) === 'basic' && formField(attempt, 'client_secret') !== undefined) {
    return 'Send the credentials one way only: the Basic header or client_id/client_secret in the body, not both.';
  }
  if (formField(attempt, 'grant_type') === undefined) return 'Add grant_type=client_credentials to the form body.';
  return (
    'Compare the request with the documented one: a form-encoded body with grant_type=client_credentials and a Basic header; ' +
    'the error description names the parameter.'
  );
}

interface Explanation {
  id: Finding['id'];
  cause: string;
  next: (attempt: DiagnosedAttempt) => string;
}

const EXPLANATIONS: Record<string, Explanation> = {
  invalid_request: {
    id: 'invalid-request',
    cause:
      'The server found the request itself malformed (invalid_request): a parameter is missing, repeated or unreadable, or the ' +
      'Basic header could not be decoded.',
    next: invalidRequestHint,
  },
  unsupported_grant_type: {
    id: 'unsupported-grant-type',
    cause:
      "The server does not accept the grant_type sent; MobilePay's token endpoint only issues tokens for client_credentials.",
    next: () =>
      'Send grant_type=client_credentials in an application/x-www-form-urlencoded body (not JSON, not in the query string).',
  },
  /** The request was right, so the server or the route in front of it is at fault. */
  unsupported_grant_type_sent_right: {
    id: 'unsupported-grant-type',
    cause:
      'The server refused grant_type=client_credentials although the request sent exactly that in a form body: this URL is not a ' +
      'token endpoint that issues client_credentials tokens (wrong endpoint or a route that rewrites the body), or this client is not allowed that grant.',
    next: () =>
      "Check the token URL ({auth base}/connect/token of the right environment); if it is right, ask the server's operator to allow the " +
      'client_credentials grant for this client. The request itself needs no change.',
  },
  invalid_scope: {
    id: 'invalid-scope',
    cause: 'The client asked for a scope it may not have; MobilePay integrator clients get integrator_scope.',
    next: () => 'Leave scope out (the server grants integrator_scope) or send scope=integrator_scope.',
  },
  unauthorized_client: {
    id: 'unauthorized-client',
    cause: 'The client is known, but it is not allowed to use the client_credentials grant here.',
    next: () =>
      "Check the environment; if it is right, ask the server's operator to enable client_credentials for this client.",
  },
};

/** grant_type=client_credentials in an application/x-www-form-urlencoded body: what the server asked for. */
function sentClientCredentialsForm(attempt: DiagnosedAttempt): boolean {
  const type = headerValue(attempt.exchange.request.headers, 'content-type') ?? '';
  return (
    /^application\/x-www-form-urlencoded\b/i.test(type) && formField(attempt, 'grant_type') === 'client_credentials'
  );
}

export function oauthErrorFindings(attempt: DiagnosedAttempt): Finding[] {
  const error = attempt.oauthError?.error;
  if (error === undefined || error === 'invalid_client') return [];
  const evidence = lines(
    statusLine(attempt.exchange),
    errorLine(attempt),
    ...requestFacts(attempt),
    error === 'invalid_scope' && `scope sent: ${formField(attempt, 'scope') ?? '(none)'}.`,
  );
  const key =
    error === 'unsupported_grant_type' && sentClientCredentialsForm(attempt)
      ? 'unsupported_grant_type_sent_right'
      : error;
  const known = Object.hasOwn(EXPLANATIONS, key) ? EXPLANATIONS[key] : undefined;
  if (known) {
    return [
      {
        id: known.id,
        severity: 'error',
        certainty: 'certain',
        cause: known.cause,
        evidence,
        nextStep: known.next(attempt),
      },
    ];
  }
  return [
    {
      id: 'oauth-error-other',
      severity: 'error',
      certainty: 'likely',
      cause: `The token endpoint refused the request with the OAuth error "${truncate(error, 60)}".`,
      evidence,
      nextStep:
        'Read the error description; RFC 6749 §5.2 defines the standard codes. Other codes come from the server, and its operator ' +
        'can explain them.',
    },
  ];
}
