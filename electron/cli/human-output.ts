import { reasonPhrase } from '../../shared/domain/exchange';
import type { Finding } from '../../shared/domain/diagnosis';
import type { TokenView } from '../../shared/domain/token-view';
import type { PosAttempt, TokenAttempt } from '../../shared/ipc/contract';
import type { colorFor } from './terminal';

type Paint = ReturnType<typeof colorFor>;

const SEVERITY_MARK: Record<Finding['severity'], string> = { error: '✖', warning: '!', info: 'i' };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

/** The line a ticket holds: outcome, status, the first finding's cause. */
export function summaryLine(
  attempt: Pick<TokenAttempt, 'outcome' | 'exchange' | 'findings' | 'oauthError' | 'environment'>,
): string {
  const status = attempt.exchange.response?.status;
  const cause = attempt.findings.find((finding) => finding.severity !== 'info')?.cause ?? attempt.findings[0]?.cause;
  if (attempt.outcome === 'token')
    return `OK ${status ?? ''} token from ${attempt.environment.label}${cause ? ` — ${cause}` : ''}`.replace('  ', ' ');
  if (attempt.outcome === 'network-error')
    return `NETWORK ${cause ?? attempt.exchange.failure?.message ?? 'no answer'}`;
  const error = attempt.oauthError ? ` ${attempt.oauthError.error}` : '';
  return `REFUSED ${status ?? ''}${error} — ${cause ?? 'no finding explains it; see the response below'}`;
}

function formatFindingsBlock(findings: readonly Finding[], paint: Paint): string[] {
  if (findings.length === 0) return [];
  const lines = ['', paint('bold', 'Findings')];
  for (const finding of findings) {
    lines.push(
      `  ${paint(SEVERITY_STYLE[finding.severity], SEVERITY_MARK[finding.severity])} ${finding.cause} ${paint('dim', `(${finding.certainty})`)}`,
    );
    for (const evidence of finding.evidence) lines.push(paint('dim', `      · ${evidence}`));
    lines.push(`      → ${finding.nextStep}`);
  }
  return lines;
}

export function formatClaims(view: TokenView, paint: Paint, nowMs = Date.now()): string[] {
  const lines = ['', paint('bold', 'Token'), `  ${view.redacted}`, '', paint('bold', 'Claims')];
  const width = Math.max(...Object.keys(view.claims).map((name) => name.length), 3);
  for (const [name, value] of Object.entries(view.claims)) {
    const time =
      ['exp', 'iat', 'nbf'].includes(name) && typeof value === 'number'
        ? `  (${describeTime(value * 1000, nowMs)})`
        : '';
    lines.push(
      `  ${name.padEnd(width)}  ${typeof value === 'string' ? value : JSON.stringify(value)}${paint('dim', time)}`,
    );
  }
  return lines;
}

function describeTime(ms: number, nowMs: number): string {
  const minutes = Math.round((ms - nowMs) / 60_000);
  const when = minutes === 0 ? 'now' : minutes > 0 ? `in ${minutes} min` : `${-minutes} min ago`;
  return `${new Date(ms).toISOString()}, ${when}`;
}

function responseLines(attempt: Pick<TokenAttempt, 'exchange'>, paint: Paint): string[] {
  const response = attempt.exchange.response;
  if (!response) return [];
  const lines = [
    '',
    paint('bold', 'Response'),
    `  HTTP ${response.status} ${reasonPhrase(response.status, response.statusText)}`,
  ];
  if (response.body)
    lines.push(
      ...response.body
        .split('\n')
        .slice(0, 20)
        .map((line) => `  ${line}`),
    );
  return lines;
}

export function formatTokenAttempt(attempt: TokenAttempt, paint: Paint, findingsFirst: boolean): string {
  const head = summaryLine(attempt);
  const styled = paint(attempt.outcome === 'token' ? 'green' : 'red', head);
  const where = paint(
    'dim',
    `${attempt.environment.label} · POST ${attempt.tokenUrl} · ${attempt.exchange.durationMs} ms`,
  );
  const findings = formatFindingsBlock(attempt.findings, paint);
  const token = attempt.token ? formatClaims(attempt.token, paint) : [];
  const body = attempt.outcome === 'token' ? [] : responseLines(attempt, paint);
  const parts = findingsFirst
    ? [styled, where, ...findings, ...body, ...token]
    : [styled, where, ...token, ...findings, ...body];
  return parts.join('\n');
}

export function posSummary(attempt: PosAttempt): string {
  const status = attempt.exchange.response?.status;
  const cause = attempt.findings.find((finding) => finding.severity !== 'info')?.cause;
  if (status === undefined) return `NETWORK ${attempt.exchange.failure?.message ?? 'no answer'}`;
  const code = attempt.error?.code ? ` code ${attempt.error.code}` : '';
  return `${status < 400 ? 'OK' : 'REFUSED'} ${status}${code}${cause ? ` — ${cause}` : ''}`;
}

export function formatPosAttempt(attempt: PosAttempt, paint: Paint): string {
  const ok = (attempt.exchange.response?.status ?? 500) < 400;
  const request = attempt.exchange.request;
  const lines = [
    paint(ok ? 'green' : 'red', posSummary(attempt)),
    paint('dim', `${attempt.environment.label} · ${request.method} ${request.url} · ${attempt.exchange.durationMs} ms`),
  ];
  if (attempt.json !== undefined) lines.push('', JSON.stringify(attempt.json, null, 2));
  lines.push(...formatFindingsBlock(attempt.findings, paint));
  return lines.join('\n');
}
