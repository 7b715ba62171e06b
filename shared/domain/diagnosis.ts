/**
 * What the console concludes from one attempt (a token request or a PoS call): findings a support person can act
 * on. Each says why, what in the exchange shows it (never a secret: fingerprints, lengths and positions only), what
 * to do next, and how sure it is. Produced in main (electron/services/diagnosis), shown next to the response and
 * included in exports.
 */
export type FindingSeverity = 'error' | 'warning' | 'info';
export type FindingCertainty = 'certain' | 'likely' | 'possible';

/**
 * Every finding id, most important first within a severity: the order here is the display order.
 * Ids are stable (tests, exports and the UI key on them); add new ones, never rename.
 */
export const FINDING_IDS = [
  // Nothing came back.
  'network-dns',
  'network-refused',
  'network-tls',
  'network-timeout',
  'network-reset',
  'network-too-large',
  'network-other',
  // Token endpoint: client authentication. The encoding leads: when it can explain a refusal, the pair may be right.
  'basic-encoding-mismatch',
  'credentials-other-environment',
  'credential-whitespace',
  'credential-quotes',
  'credential-invisible',
  'invalid-client',
  'credentials-worked-here-before',
  'gateway-body',
  'non-oauth-body-html',
  'unauthorized-unexplained',
  'invalid-request',
  'unsupported-grant-type',
  'invalid-scope',
  'unauthorized-client',
  'vat-malformed',
  'oauth-error-other',
  'token-endpoint-not-found',
  'redirect',
  'token-server-error',
  'token-unreadable',
  'token-signature-unverified',
  // PoS V10 API.
  'pos-missing-bearer',
  'pos-token-expired',
  'pos-token-not-yet-valid',
  'pos-token-expired-accepted',
  'pos-signature-other-environment',
  'pos-signing-key-rotated',
  'pos-token-tampered',
  'pos-unauthorized',
  'pos-1151',
  'pos-1153',
  'pos-1155',
  'pos-1157',
  'pos-1159',
  'pos-1161',
  'pos-1182',
  'pos-1121',
  'pos-1099',
  'pos-400-other',
  'pos-403',
  'pos-404',
  'pos-server-error',
  'pos-non-json-body',
  // Either side.
  'token-expired',
  'token-not-yet-valid',
  'clock-skew',
  'vat-checksum',
  'credential-reserved-characters',
  'basic-encoding-ruled-out',
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

/**
 * Something the user can do from the finding itself, answered by main. `settle-encoding`: send the refused attempt
 * once more with the other Basic encoding (channel token:settle-encoding) and say which encoding the server reads.
 */
export interface FindingAction {
  kind: 'settle-encoding';
  attemptId: string;
  encoding: 'form' | 'raw';
  /** The button's text, e.g. "Try once raw". */
  label: string;
}

export interface Finding {
  id: FindingId;
  severity: FindingSeverity;
  certainty: FindingCertainty;
  /** One sentence: why this happened. */
  cause: string;
  /** What in the exchange shows it. Never a secret or a usable token. */
  evidence: string[];
  /** What to check or do next. */
  nextStep: string;
  action?: FindingAction;
}

const SEVERITY_RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Errors before warnings before notes; within a severity, in FINDING_IDS order. One finding per id. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<FindingId>();
  const unique = findings.filter((finding) => (seen.has(finding.id) ? false : (seen.add(finding.id), true)));
  return unique.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || FINDING_IDS.indexOf(a.id) - FINDING_IDS.indexOf(b.id),
  );
}

export const SEVERITY_LABELS: Record<FindingSeverity, string> = { error: 'Problem', warning: 'Warning', info: 'Note' };
export const CERTAINTY_LABELS: Record<FindingCertainty, string> = {
  certain: 'Certain',
  likely: 'Likely',
  possible: 'Possible',
};

/** Plain text for "Copy for support" and exports: one block per finding. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((finding) =>
      [
        `[${SEVERITY_LABELS[finding.severity]}, ${CERTAINTY_LABELS[finding.certainty].toLowerCase()}] ${finding.cause}`,
        ...finding.evidence.map((line) => `  - ${line}`),
        `  Next: ${finding.nextStep}`,
      ].join('\n'),
    )
    .join('\n\n');
}
