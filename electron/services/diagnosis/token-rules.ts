import type { Finding } from '../../../shared/domain/diagnosis';
import { headerValue } from '../../../shared/domain/exchange';
import { describeRedactedSecret } from '../../../shared/domain/redaction';
import { ibmClientIdSent } from './attempt-facts';
import { encodingCanExplain, encodingSettledAccepted } from './encoding-rules';
import { authenticateLine, lines, parseAuthenticate, statusLine } from './evidence';
import type { DiagnosedAttempt, PreviousSuccess, TokenDiagnosisInput } from './types';

/** invalid_client, and what the history says about this client id. */

function isInvalidClient(attempt: DiagnosedAttempt): boolean {
  if (attempt.oauthError?.error === 'invalid_client') return true;
  const response = attempt.exchange.response;
  const challenge = response ? parseAuthenticate(headerValue(response.headers, 'www-authenticate')) : undefined;
  return challenge?.params.error === 'invalid_client';
}

export function invalidClientFindings(input: TokenDiagnosisInput): Finding[] {
  const { attempt } = input;
  // Proven right by the other encoding: "check the pair" would send the user the wrong way.
  if (!isInvalidClient(attempt) || encodingSettledAccepted(input)) return [];
  const encodingOpen = encodingCanExplain(input);
  const sentAuthorization = headerValue(attempt.exchange.request.headers, 'authorization');
  return [
    {
      id: 'invalid-client',
      severity: 'error',
      certainty: encodingOpen ? 'possible' : 'certain',
      cause:
        `${attempt.environment.label} did not accept this client id and secret${encodingOpen ? ' as encoded' : ''}. A wrong secret and an unknown client id get exactly ` +
        'the same answer, so the response cannot say which of the two is wrong.',
      evidence: lines(
        statusLine(attempt.exchange),
        `error: invalid_client${attempt.oauthError?.description ? ` ("${attempt.oauthError.description}")` : ''}.`,
        authenticateLine(attempt.exchange),
        input.clientId !== undefined && `Client ID sent: ${input.clientId}.`,
        input.credentials?.secret && `Secret sent: ${describeRedactedSecret(input.credentials.secret)}.`,
        sentAuthorization && `Authorization as sent (redacted): ${sentAuthorization}.`,
        !ibmClientIdSent(attempt) && 'x-ibm-client-id was not sent (MobilePay’s gateway wanted it in 2020–2022).',
      ),
      nextStep:
        (encodingOpen
          ? 'First settle the Basic encoding (the finding above): the pair may be right. If both encodings are refused: '
          : '') +
        `Check that both values are ${attempt.environment.label}'s pair (sandbox and production credentials differ), compare the ` +
        "secret's fingerprint with the saved profile or the credentials e-mail, and paste both again. If the secret has special " +
        'characters, run the client-auth probe.',
    },
  ];
}

function uniqueEnvironments(matches: readonly PreviousSuccess[]): PreviousSuccess[] {
  const seen = new Set<string>();
  return matches.filter((match) => (seen.has(match.environmentId) ? false : (seen.add(match.environmentId), true)));
}

/** A refused client id that worked before, elsewhere ("these look like X's credentials") or here. */
export function historyFindings(input: TokenDiagnosisInput): Finding[] {
  const { attempt, clientId } = input;
  // Only the authorization server's own verdict: a 401 from a gateway or proxy says nothing about the secret.
  const refused = isInvalidClient(attempt) && !encodingSettledAccepted(input);
  if (!refused || clientId === undefined || !input.previousSuccesses) return [];
  const same = input.previousSuccesses.filter((success) => success.clientId === clientId);
  const elsewhere = uniqueEnvironments(same.filter((success) => success.environmentId !== attempt.environment.id));
  const here = same.some((success) => success.environmentId === attempt.environment.id);
  const findings: Finding[] = [];
  const first = elsewhere[0];
  if (first && !here) {
    const names = elsewhere.map((success) => success.environmentLabel).join(' and ');
    findings.push({
      id: 'credentials-other-environment',
      severity: 'error',
      certainty: 'likely',
      cause: `These look like ${first.environmentLabel}'s credentials: this client id got a token from ${names} before, but ${attempt.environment.label} refused it.`,
      evidence: [
        `Client ID ${clientId} succeeded against ${names} (history).`,
        `This attempt went to ${attempt.environment.label}: ${attempt.tokenUrl}.`,
        statusLine(attempt.exchange),
      ],
      nextStep: `Switch the environment to ${first.environmentLabel}, or use ${attempt.environment.label}'s own credentials: each environment issues its own id and secret.`,
    });
  }
  if (here) {
    findings.push({
      id: 'credentials-worked-here-before',
      severity: 'warning',
      certainty: 'likely',
      cause: `This client id got a token from ${attempt.environment.label} before, so the id is known there; the secret is the likelier culprit (changed, mistyped or pasted with extra characters).`,
      evidence: [
        `Client ID ${clientId} succeeded against ${attempt.environment.label} earlier (history).`,
        statusLine(attempt.exchange),
      ],
      nextStep:
        'Compare the secret with the one that worked (the profile’s "Is this the same secret?" check), or ask whether it was rotated.',
    });
  }
  return findings;
}
