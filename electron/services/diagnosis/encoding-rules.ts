import type { Finding } from '../../../shared/domain/diagnosis';
import { describeRedactedSecret } from '../../../shared/domain/redaction';
import type { BasicEncoding } from '../../../shared/ipc/schemas';
import { authMethodOf, clientAuthRefused, gotToken } from './attempt-facts';
import { lines } from './evidence';
import type { CredentialContext, DiagnosedAttempt, TokenDiagnosisInput } from './types';

/**
 * Form-encoded vs raw Basic credentials (RFC 6749 §2.3.1) only differ when a value has reserved characters; when
 * they do, a refusal is explained by the encoding as well as by a wrong pair, so the encoding leads until it is
 * settled: by the local sandbox's known decoding, or by one extra request with the other encoding.
 */

const NAMES: Record<BasicEncoding, string> = { form: 'form-encoded (RFC 6749)', raw: 'raw' };
const SHORT: Record<BasicEncoding, string> = { form: 'form-encoded', raw: 'raw' };
const otherEncoding = (encoding: BasicEncoding): BasicEncoding => (encoding === 'form' ? 'raw' : 'form');

/** How a local sandbox reads Basic credentials, in the words of a finding that knows it for certain. */
const SANDBOX_DECODING: Readonly<
  Record<BasicEncoding, { reads: string; evidence: string; nextStep: (other: string) => string }>
> = {
  form: {
    reads: "The local sandbox form-decodes Basic credentials (RFC 6749 §2.3.1, as MobilePay's IdentityServer did)",
    evidence: 'The local sandbox form-decodes Basic credentials (its default).',
    nextStep: (other) =>
      `Switch Basic encoding to ${other}: that is what MobilePay expects. A client that must send raw Basic needs its secret form-encoded first.`,
  },
  raw: {
    reads: "The local sandbox's Basic decoding switch reads credentials raw (without form-decoding)",
    evidence: 'Sandbox fault: Basic decoding raw.',
    nextStep: (other) =>
      `Switch Basic encoding to ${other}, or set Basic decoding back to form in Sandbox controls → Fault switches (or press Reset faults).`,
  },
};

function encodingDiffers(
  attempt: DiagnosedAttempt,
  credentials: CredentialContext | undefined,
): credentials is CredentialContext {
  if (!credentials || authMethodOf(attempt) !== 'basic') return false;
  return credentials.secretHasReservedChars || credentials.clientIdHasReservedChars === true;
}

/**
 * True while the encoding can explain this refusal: Basic with reserved characters, refused, and neither the
 * sandbox's known decoding nor an extra request has ruled it out. The invalid_client finding then steps back.
 */
export function encodingCanExplain(input: TokenDiagnosisInput): boolean {
  const { attempt, credentials } = input;
  if (!encodingDiffers(attempt, credentials) || !clientAuthRefused(attempt)) return false;
  const known = input.sandboxFaults?.basicDecoding;
  if (known !== undefined && known === credentials.basicEncoding) return false;
  return input.encodingCheck?.verdict !== 'refused';
}

/** The pair is proven right: the same credentials got a token with the other encoding. */
export const encodingSettledAccepted = (input: TokenDiagnosisInput): boolean =>
  input.encodingCheck?.verdict === 'accepted' && clientAuthRefused(input.attempt);

function reservedLine(credentials: CredentialContext): string {
  const which = credentials.secretHasReservedChars ? 'secret' : 'client id';
  return `The ${which} contains characters such as + / = % & : or space that form-encoding changes, so the two encodings send different bytes.`;
}

function sandboxKnown(credentials: CredentialContext, decoding: BasicEncoding): Finding {
  const known = SANDBOX_DECODING[decoding];
  return {
    id: 'basic-encoding-mismatch',
    severity: 'error',
    certainty: 'certain',
    cause: `${known.reads}, and they were sent ${NAMES[credentials.basicEncoding]}: this secret reads differently in the two, so the server compared other bytes than the client meant.`,
    evidence: lines(
      `Basic credentials were sent ${NAMES[credentials.basicEncoding]}.`,
      known.evidence,
      credentials.secret && `Secret: ${describeRedactedSecret(credentials.secret)}.`,
    ),
    nextStep: known.nextStep(NAMES[decoding]),
  };
}

function settled(input: TokenDiagnosisInput, credentials: CredentialContext, evidence: string[]): Finding[] {
  const check = input.encodingCheck;
  if (!check) return [];
  const used = credentials.basicEncoding;
  const checkLine = `One extra request with the same credentials sent ${NAMES[check.encoding]}: ${check.outcome}.`;
  if (check.verdict === 'accepted') {
    return [
      {
        id: 'basic-encoding-mismatch',
        severity: 'error',
        certainty: 'certain',
        cause: `The server reads Basic credentials ${SHORT[check.encoding]}: the same id and secret got a token sent ${SHORT[check.encoding]} and were refused sent ${SHORT[used]}. The pair is right.`,
        evidence: [...evidence, checkLine],
        nextStep: `Switch Basic encoding to ${NAMES[check.encoding]} for this environment (Options). Customers whose client encodes the other way need that changed, not new credentials.`,
      },
    ];
  }
  if (check.verdict === 'refused') {
    return [
      {
        id: 'basic-encoding-ruled-out',
        severity: 'info',
        certainty: 'certain',
        cause: 'The Basic encoding is not the cause: the server refused these credentials both form-encoded and raw.',
        evidence: [...evidence, checkLine],
        nextStep: 'Look at the id and secret themselves (the findings above).',
      },
    ];
  }
  return [];
}

function refusedOpen(input: TokenDiagnosisInput, credentials: CredentialContext, evidence: string[]): Finding {
  const used = credentials.basicEncoding;
  const other = otherEncoding(used);
  const inconclusive = input.encodingCheck?.verdict === 'inconclusive';
  return {
    id: 'basic-encoding-mismatch',
    severity: 'error',
    certainty: 'likely',
    cause:
      `The server refused Basic credentials sent ${NAMES[used]}, and this secret reads differently ${SHORT[other]}: a server that decodes ` +
      `Basic the other way refuses a right pair exactly like this, so check the encoding before the pair.`,
    evidence: lines(
      ...evidence,
      inconclusive && `One extra request sent ${NAMES[other]} gave no verdict: ${input.encodingCheck?.outcome}.`,
    ),
    nextStep:
      `Send the same credentials once ${SHORT[other]} to settle it: a token then means the server reads ${SHORT[other]} and the pair is right; ` +
      'a second refusal rules the encoding out. (Or switch Basic encoding in Options, or run the client-auth probe.)',
    ...(input.attemptId && !inconclusive
      ? {
          action: {
            kind: 'settle-encoding' as const,
            attemptId: input.attemptId,
            encoding: other,
            label: `Try once ${SHORT[other]}`,
          },
        }
      : {}),
  };
}

export function basicEncodingFindings(input: TokenDiagnosisInput): Finding[] {
  const { attempt, credentials } = input;
  if (!encodingDiffers(attempt, credentials)) return [];
  const serverDecoding = input.sandboxFaults?.basicDecoding;
  const evidence = lines(
    `Basic credentials were sent ${NAMES[credentials.basicEncoding]}.`,
    reservedLine(credentials),
    credentials.secret && `Secret: ${describeRedactedSecret(credentials.secret)}.`,
  );
  if (clientAuthRefused(attempt)) {
    if (serverDecoding !== undefined)
      return serverDecoding === credentials.basicEncoding ? [] : [sandboxKnown(credentials, serverDecoding)];
    const done = settled(input, credentials, evidence);
    return done.length > 0 ? done : [refusedOpen(input, credentials, evidence)];
  }
  if (!gotToken(attempt)) return [];
  const other = otherEncoding(credentials.basicEncoding);
  return [
    {
      id: 'credential-reserved-characters',
      severity: 'info',
      certainty: 'possible',
      cause: `This secret works here ${NAMES[credentials.basicEncoding]}, but a client that encodes Basic credentials the ${NAMES[other]} way will get 401 invalid_client with it.`,
      evidence,
      nextStep:
        'If a customer gets 401 with these credentials, compare their Basic header with the decoder, or run the client-auth probe.',
    },
  ];
}
