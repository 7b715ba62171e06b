import { SEVERITY_LABELS } from '../../../shared/domain/diagnosis';
import { headerValue, reasonPhrase } from '../../../shared/domain/exchange';
import type { HeaderList } from '../../../shared/domain/exchange';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { formatClaimValue, prettyBody } from '../../lib/format';

/** "The working one against the customer's": two attempts side by side, row by row, differences marked. */
interface DiffRow {
  label: string;
  /** undefined = the attempt has no such row (a header not sent, a claim not present). */
  left?: string;
  right?: string;
  differs: boolean;
}

export interface DiffSection {
  id: 'overview' | 'headers' | 'basic' | 'parameters' | 'status' | 'body' | 'claims' | 'findings';
  title: string;
  rows: DiffRow[];
}

type Pairs = [label: string, value: string][];

/** Rows for two lists of named values, in order of first appearance; a name may repeat (headers do). */
function pairRows(left: Pairs, right: Pairs, fold = (label: string) => label): DiffRow[] {
  const labels: string[] = [];
  for (const [label] of [...left, ...right]) if (!labels.some((seen) => fold(seen) === fold(label))) labels.push(label);
  const pick = (pairs: Pairs, label: string) => {
    const values = pairs.filter(([name]) => fold(name) === fold(label)).map(([, value]) => value);
    return values.length === 0 ? undefined : values.join('\n');
  };
  return labels.map((label) => row(label, pick(left, label), pick(right, label)));
}

function row(label: string, left: string | undefined, right: string | undefined): DiffRow {
  return { label, left, right, differs: left !== right };
}

const REDACTED_BASIC = /^Basic <secret sha256:([0-9a-f]+)…, (\d+) chars> \(client id (.*), (form-encoded|raw)\)$/s;

/** The redacted Authorization description main stores, read back into its parts. */
export function decodedBasic(headers: HeaderList): Pairs {
  const value = headerValue(headers, 'authorization');
  if (value === undefined) return [['Authorization', 'not sent (client_secret_post or none)']];
  const match = REDACTED_BASIC.exec(value);
  if (!match) return [['Authorization', value]];
  const [, fingerprint = '', length = '', clientId = '', encoding = ''] = match;
  return [
    ['Client id', clientId],
    ['Secret', `sha256:${fingerprint}…, ${length} chars`],
    ['Encoding', encoding],
  ];
}

export function formParameters(body: string): Pairs {
  if (body.trim() === '') return [];
  return [...new URLSearchParams(body).entries()];
}

function statusPairs(attempt: TokenAttempt): Pairs {
  const response = attempt.exchange.response;
  const pairs: Pairs = [
    [
      'Status',
      response ? `${response.status} ${reasonPhrase(response.status, response.statusText)}`.trim() : 'no answer',
    ],
    ['Outcome', attempt.outcome],
  ];
  if (attempt.oauthError)
    pairs.push([
      'OAuth error',
      attempt.oauthError.description
        ? `${attempt.oauthError.error}: ${attempt.oauthError.description}`
        : attempt.oauthError.error,
    ]);
  if (attempt.exchange.failure)
    pairs.push(['Network failure', `${attempt.exchange.failure.kind}: ${attempt.exchange.failure.message}`]);
  return pairs;
}

function findingPairs(attempt: TokenAttempt): Pairs {
  return (attempt.findings ?? []).map((finding) => [
    finding.id,
    `${SEVERITY_LABELS[finding.severity]}: ${finding.cause}`,
  ]);
}

function claimPairs(attempt: TokenAttempt): Pairs {
  return Object.entries(attempt.token?.claims ?? {}).map(([name, value]) => [name, formatClaimValue(value)]);
}

export function compareAttempts(left: TokenAttempt, right: TokenAttempt): DiffSection[] {
  const headers = (attempt: TokenAttempt): Pairs =>
    attempt.exchange.request.headers.map(([name, value]) => [name, value]);
  const body = (attempt: TokenAttempt) =>
    attempt.exchange.response ? prettyBody(attempt.exchange.response.body).text : undefined;
  return [
    {
      id: 'overview',
      title: 'Overview',
      rows: [
        row('Environment', left.environment.label, right.environment.label),
        row('Token endpoint', left.tokenUrl, right.tokenUrl),
        row('Merchant VAT', left.merchantVat ?? 'none', right.merchantVat ?? 'none'),
      ],
    },
    {
      id: 'headers',
      title: 'Request headers',
      rows: pairRows(headers(left), headers(right), (name) => name.toLowerCase()),
    },
    {
      id: 'basic',
      title: 'Decoded Basic',
      rows: pairRows(decodedBasic(left.exchange.request.headers), decodedBasic(right.exchange.request.headers)),
    },
    {
      id: 'parameters',
      title: 'Parameters',
      rows: pairRows(formParameters(left.exchange.request.body), formParameters(right.exchange.request.body)),
    },
    { id: 'status', title: 'Status', rows: pairRows(statusPairs(left), statusPairs(right)) },
    { id: 'body', title: 'Body', rows: [row('Response body', body(left), body(right))] },
    { id: 'claims', title: 'Claims', rows: pairRows(claimPairs(left), claimPairs(right)) },
    { id: 'findings', title: 'Findings', rows: pairRows(findingPairs(left), findingPairs(right)) },
  ];
}

export function countDifferences(sections: readonly DiffSection[]): number {
  return sections.reduce((sum, section) => sum + section.rows.filter((r) => r.differs).length, 0);
}
