import { formatFindings } from '../../../shared/domain/diagnosis';
import { stripJwtSignatures } from '../../../shared/domain/redaction';
import type { AppInfo } from '../../../shared/domain/app-info';
import { redactUrl } from './export-redaction';
import { environmentLine, KIND_LABELS, serverErrorLine, statusLine, type ExportedAttempt } from './exported-attempt';
import { clockSkewLine, correlationIds, localTime, posCurl } from './support-details';
import { tokenCurlFor } from './token-curl';

/**
 * "Copy for support": one attempt as plain text for a ticket or a chat: who/where/when, what was sent and what
 * came back, the correlation ids the other side needs to find it in their logs, the findings, and the curl command
 * that repeats it (credentials read from environment variables). Built from redacted data only.
 */
export type SupportTextInput = ExportedAttempt & {
  appInfo: AppInfo;
  /** The curl command to include; default: the token request's "Copy as code" curl, or one built from the PoS call. */
  snippet?: string;
  /** When it was copied, epoch ms; default now. */
  now?: number;
};

const field = (label: string, value: string) => `${`${label}:`.padEnd(16)} ${value}`;

function tokenLines(input: ExportedAttempt): string[] {
  if (input.kind !== 'token')
    return input.attempt.tampered.length > 0 ? [field('Changed on purpose', input.attempt.tampered.join('; '))] : [];
  const { attempt } = input;
  const lines = attempt.merchantVat ? [field('Merchant VAT', attempt.merchantVat)] : [];
  const claims = attempt.token?.claims;
  if (claims) {
    const shown = ['client_id', 'merchant_vat', 'integrator_id', 'aud']
      .filter((name) => claims[name] !== undefined)
      .map((name) => `${name} ${JSON.stringify(claims[name])}`);
    const expires = attempt.token?.exp === undefined ? [] : [`exp ${new Date(attempt.token.exp * 1000).toISOString()}`];
    lines.push(field('Token', [...shown, ...expires].join(', ') || 'no claims'));
  }
  if (attempt.tokenProblem) lines.push(field('Token problem', attempt.tokenProblem));
  return lines;
}

function curlSection(input: SupportTextInput): string[] {
  const curl =
    input.snippet ??
    (input.kind === 'pos'
      ? posCurl(input.attempt.exchange.request, input.attempt.tampered)
      : tokenCurlFor(input.attempt));
  if (!curl) return [];
  return ['', 'Repeat it with curl (credentials from environment variables):', curl.trimEnd()];
}

export function supportText(input: SupportTextInput): string {
  const { appInfo, attempt } = input;
  const { exchange } = attempt;
  const startedMs = Date.parse(exchange.startedAt);
  const now = input.now ?? Date.now();
  const ids = correlationIds(input);
  const serverError = serverErrorLine(input);
  const lines = [
    `Integrator Console ${appInfo.version} (${appInfo.shell}, ${appInfo.platform}): ${KIND_LABELS[input.kind]}`,
    '',
    field('Environment', environmentLine(attempt)),
    field('Time', `${exchange.startedAt} (local ${localTime(startedMs)})`),
    field('Duration', `${exchange.durationMs} ms`),
    field('Clock skew', clockSkewLine(exchange)),
    field('Request', `${exchange.request.method} ${redactUrl(exchange.request.url)}`),
    field('Status', statusLine(exchange)),
    ...(serverError ? [field('Server said', serverError)] : []),
    ...tokenLines(input),
    field('Correlation ids', ids.length > 0 ? ids.join('; ') : 'none in the answer'),
    field('Attempt id', attempt.id),
    field('Copied', `${new Date(now).toISOString()} (local ${localTime(now)})`),
    '',
    'Findings:',
    attempt.findings.length > 0 ? formatFindings(attempt.findings) : 'none',
    ...curlSection(input),
  ];
  return `${stripJwtSignatures(lines.join('\n'))}\n`;
}
