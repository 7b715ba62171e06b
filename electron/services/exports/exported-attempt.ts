import type { Exchange } from '../../../shared/domain/exchange';
import { reasonPhrase } from '../../../shared/domain/exchange';
import type { PosAttempt, TokenAttempt } from '../../../shared/domain/attempts';

/** One attempt of this run as the exports take it: a token request or a PoS V10 call. */
export type ExportedAttempt = { kind: 'token'; attempt: TokenAttempt } | { kind: 'pos'; attempt: PosAttempt };

export const KIND_LABELS: Record<ExportedAttempt['kind'], string> = {
  token: 'Token request',
  pos: 'PoS V10 call',
};

export function environmentLine({ environment }: ExportedAttempt['attempt']): string {
  return environment.production
    ? `${environment.label} — PRODUCTION (live credentials and merchants)`
    : environment.label;
}

/** `401 Unauthorized`, or why nothing came back. */
export function statusLine(exchange: Exchange): string {
  const { response, failure } = exchange;
  if (response) return `${response.status} ${reasonPhrase(response.status, response.statusText)}`.trim();
  if (failure) return `no response: ${failure.kind}${failure.code ? ` (${failure.code})` : ''}: ${failure.message}`;
  return 'no response';
}

/** What the server said went wrong, in one line, when it said so: OAuth error or MobilePay's PoS error. */
export function serverErrorLine(entry: ExportedAttempt): string | undefined {
  if (entry.kind === 'token') {
    const error = entry.attempt.oauthError;
    return error ? `${error.error}${error.description ? `: ${error.description}` : ''}` : undefined;
  }
  const error = entry.attempt.error;
  if (!error || (!error.code && !error.message)) return undefined;
  return [error.code ? `code ${error.code}` : undefined, error.message].filter(Boolean).join(': ');
}
