import type { Finding, FindingCertainty, FindingId, FindingSeverity } from '../../../shared/domain/diagnosis';
import type { Anomaly, AnomalyKind } from '../../../shared/domain/invisible-characters';
import { checkMerchantVat } from '../../../shared/domain/vat';
import { clientAuthRefused, gotToken } from './attempt-facts';
import { lines } from './evidence';
import type { CredentialContext, DiagnosedAttempt, TokenDiagnosisInput } from './types';

/** What is wrong with the values themselves: pasted extras, characters encodings disagree on, the VAT. */

interface AnomalyGroup {
  id: FindingId;
  kinds: readonly AnomalyKind[];
  what: string;
  fix: string;
}

const GROUPS: readonly AnomalyGroup[] = [
  {
    id: 'credential-whitespace',
    kinds: ['leading-whitespace', 'trailing-whitespace', 'line-break', 'tab'],
    what: 'spaces, tabs or line breaks',
    fix: 'Paste the value again without the surrounding whitespace or line break (the field offers a cleaned suggestion).',
  },
  {
    id: 'credential-quotes',
    kinds: ['wrapping-quotes'],
    what: 'quotes around the value',
    fix: 'Remove the quotes: they came from a config file or an e-mail, not from the credential.',
  },
  {
    id: 'credential-invisible',
    kinds: ['zero-width', 'non-breaking-space', 'unusual-space', 'invisible', 'control'],
    what: 'invisible or unusual characters',
    fix: 'Type the value again or paste it from the original file; chat tools, PDFs and rich-text mail add such characters.',
  },
];

function weight(attempt: DiagnosedAttempt): {
  severity: FindingSeverity;
  certainty: FindingCertainty;
  verdict: string;
} {
  if (clientAuthRefused(attempt))
    return { severity: 'error', certainty: 'likely', verdict: 'and the server refused the credentials' };
  if (gotToken(attempt))
    return {
      severity: 'info',
      certainty: 'possible',
      verdict: 'although this server accepted them; other clients or servers may not',
    };
  return { severity: 'warning', certainty: 'possible', verdict: 'which servers usually do not strip' };
}

export function credentialValueFindings(
  attempt: DiagnosedAttempt,
  credentials: CredentialContext | undefined,
): Finding[] {
  if (!credentials) return [];
  const { severity, certainty, verdict } = weight(attempt);
  const labelled: [string, Anomaly][] = [
    ...credentials.clientIdInspection.anomalies.map((a): [string, Anomaly] => ['Client ID', a]),
    ...credentials.secretInspection.anomalies.map((a): [string, Anomaly] => ['Client secret', a]),
  ];
  return GROUPS.flatMap((group) => {
    const hits = labelled.filter(([, anomaly]) => group.kinds.includes(anomaly.kind));
    if (hits.length === 0) return [];
    const fields = [...new Set(hits.map(([field]) => field.toLowerCase()))].join(' and the ');
    return [
      {
        id: group.id,
        severity,
        certainty,
        cause: `The ${fields} contain${fields.includes(' and ') ? '' : 's'} ${group.what}, ${verdict}.`,
        evidence: hits.map(([field, anomaly]) => `${field}: ${anomaly.description}.`),
        nextStep: group.fix,
      },
    ];
  });
}

export function vatFindings(input: TokenDiagnosisInput): Finding[] {
  const vat = input.requestedVat ?? input.attempt.merchantVat;
  if (vat === undefined || vat.trim() === '') return [];
  const check = checkMerchantVat(vat);
  const refused = input.attempt.exchange.response !== undefined && input.attempt.exchange.response.status >= 400;
  if (check.status === 'malformed') {
    return [
      {
        id: 'vat-malformed',
        severity: refused ? 'error' : 'warning',
        certainty: refused ? 'likely' : 'possible',
        cause:
          'The merchant VAT is not in the form MobilePay expects (DK or FI followed by 8 digits), so the token request or every PoS call with it fails.',
        evidence: lines(`merchant_vat as entered: "${vat}".`, check.message),
        nextStep: `${check.message} Or leave it empty and send the merchant VAT header with each PoS call instead.`,
      },
    ];
  }
  if (check.status === 'checksum-warning') {
    return [
      {
        id: 'vat-checksum',
        severity: 'info',
        certainty: 'possible',
        cause: `The merchant VAT ${vat.trim()} is well-formed but its check digit does not add up; it may be a typo, or a MobilePay test number (those fail the check).`,
        evidence: [check.message],
        nextStep: "Compare the number with the merchant's registration; if it is a test number, carry on.",
      },
    ];
  }
  return [];
}
