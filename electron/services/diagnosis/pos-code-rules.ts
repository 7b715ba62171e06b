import type { Finding, FindingId } from '../../../shared/domain/diagnosis';
import { checkMerchantVat } from '../../../shared/domain/vat';
import { lines, statusLine } from './evidence';
import { VAT_HEADER, VERSION_HEADER, claimText, errorLines, posError, sentHeaderLine, sentValues } from './pos-facts';
import type { PosDiagnosisInput } from './types';

/** MobilePay's PoS V10 error codes (DOMAIN.md §5), each explained with the request facts that matter for it. */

type Facts = (string | undefined | false)[];

interface CodeRule {
  id: FindingId;
  cause: string;
  nextStep: string;
  facts: (input: PosDiagnosisInput) => Facts;
}

function vatFacts(input: PosDiagnosisInput): Facts {
  const claim = claimText(input.token?.view.claims, 'merchant_vat');
  const bound = claim ? `The token is bound to merchant_vat ${claim}.` : 'The token has no merchant_vat claim.';
  return [sentHeaderLine(input.exchange, VAT_HEADER), input.token && bound];
}

const versionFacts = (input: PosDiagnosisInput): Facts => [sentHeaderLine(input.exchange, VERSION_HEADER)];

function vatProblem(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const check = checkMerchantVat(value);
  return check.status === 'malformed' ? check.message : undefined;
}

const SEND_ONCE =
  'Send it once; check whether the HTTP library, a default-headers setting or a proxy adds it a second time.';

const CODES: Record<string, CodeRule> = {
  '1151': {
    id: 'pos-1151',
    facts: vatFacts,
    cause: `The call had no ${VAT_HEADER} header and the token is not bound to a merchant, so the API cannot tell which merchant the call is for.`,
    nextStep: `Send ${VAT_HEADER} (e.g. DK12345678) with every call, or request the token with merchant_vat so it is bound to the merchant.`,
  },
  '1153': {
    id: 'pos-1153',
    facts: versionFacts,
    cause: `The call had no ${VERSION_HEADER} header, which every PoS V10 call needs.`,
    nextStep: `Send ${VERSION_HEADER} with the PoS system's version as Major.Minor.Build, e.g. 2.1.1.`,
  },
  '1155': {
    id: 'pos-1155',
    facts: vatFacts,
    cause: `The ${VAT_HEADER} header was sent more than once.`,
    nextStep: SEND_ONCE,
  },
  '1157': {
    id: 'pos-1157',
    facts: versionFacts,
    cause: `The ${VERSION_HEADER} header was sent more than once.`,
    nextStep: SEND_ONCE,
  },
  '1159': {
    id: 'pos-1159',
    facts: (input) => [...vatFacts(input), vatProblem(sentValues(input.exchange, VAT_HEADER)[0])],
    cause: `The ${VAT_HEADER} header is not a valid merchant VAT number.`,
    nextStep: 'Send DK or FI followed by the 8 digits, without spaces or a dash, e.g. DK12345678.',
  },
  '1161': {
    id: 'pos-1161',
    facts: versionFacts,
    cause: `The ${VERSION_HEADER} header is not a version in the form Major.Minor.Build.`,
    nextStep: 'Send three dot-separated numbers, e.g. 2.1.1.',
  },
  '1182': {
    id: 'pos-1182',
    facts: (input) => [...vatFacts(input), vatProblem(claimText(input.token?.view.claims, 'merchant_vat'))],
    cause: 'The merchant_vat claim inside the token is not valid, so every call with this token fails.',
    nextStep:
      'Request a new token with a correct merchant_vat (DK or FI + 8 digits), or without merchant_vat and send the VAT header on each call.',
  },
  '1121': {
    id: 'pos-1121',
    facts: (input) => [`URL: ${input.exchange.request.url}`],
    cause: 'The point-of-sale lookup was called without any of storeId, beaconId or merchantPosId.',
    nextStep: 'Add ?storeId=<a store id from GET /stores> (or beaconId / merchantPosId) to the call.',
  },
  '1099': {
    id: 'pos-1099',
    facts: () => [],
    cause: 'The PoS API rejected the request without naming the problem (code 1099, unknown).',
    nextStep: 'Check the Authorization, version and VAT headers, and send the correlationId to MobilePay support.',
  },
};

/** Rules by status when the code is not one of the above. */
const BY_STATUS: { matches: (status: number) => boolean; rule: CodeRule }[] = [
  {
    matches: (status) => status === 400,
    rule: {
      id: 'pos-400-other',
      facts: () => [],
      cause: 'The PoS API found the request malformed.',
      nextStep: 'Read the message above and compare the headers and parameters with the PoS V10 conventions.',
    },
  },
  {
    matches: (status) => status === 403,
    rule: {
      id: 'pos-403',
      facts: (input) => {
        const clientId = claimText(input.token?.view.claims, 'client_id');
        return [...vatFacts(input), clientId && `Token client_id: ${clientId}.`];
      },
      cause:
        "The token was accepted, but the store or point of sale belongs to another merchant or integrator (MobilePay's 1400–1411 codes), " +
        'so the call is not allowed.',
      nextStep:
        'Check that the merchant VAT (header or token claim) is the merchant that owns this store or point of sale, and that the ' +
        'merchant has given this integrator access.',
    },
  },
  {
    matches: (status) => status === 404,
    rule: {
      id: 'pos-404',
      facts: (input) => [`URL: ${input.exchange.request.url}`],
      cause: 'The store or point of sale does not exist for this merchant, or the path is wrong.',
      nextStep: 'List the merchant’s stores with GET /stores first and use an id from there.',
    },
  },
  {
    matches: (status) => status >= 500,
    rule: {
      id: 'pos-server-error',
      facts: () => [],
      cause: 'The PoS API failed on its own side (5xx, MobilePay codes 2000–2999); the request itself may be fine.',
      nextStep:
        'Retry with backoff (MobilePay suggests 2 retries, at most 5); if it persists, send the correlationId and time to MobilePay.',
    },
  },
];

export function posCodeFindings(input: PosDiagnosisInput): Finding[] {
  const status = input.exchange.response?.status;
  if (status === undefined || status < 400) return [];
  const error = posError(input.exchange);
  const byCode = error?.code !== undefined && Object.hasOwn(CODES, error.code) ? CODES[error.code] : undefined;
  const rule = byCode ?? BY_STATUS.find((candidate) => candidate.matches(status))?.rule;
  if (!rule) return [];
  return [
    {
      id: rule.id,
      severity: 'error',
      certainty: error?.code !== undefined ? 'certain' : 'likely',
      cause: rule.cause,
      evidence: lines(statusLine(input.exchange), ...errorLines(error), ...rule.facts(input)),
      nextStep: rule.nextStep,
    },
  ];
}
