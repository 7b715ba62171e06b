import { reasonPhrase } from '../../../shared/domain/exchange';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { errorTitle } from './error-text';
import type { LastRequest } from './token-state';

/** How the last Request token went, in one line next to the button. */
export interface RequestOutcome {
  tone: 'success' | 'error';
  text: string;
}

/**
 * The answer to the last Request token, said where it was asked: the Response panel is often out of view from the
 * button (the form is long), and a screen reader hears this line. Only for a fresh request: an attempt opened from
 * History is announced by the Response panel it is opened in.
 */
export function requestOutcome(
  last: LastRequest | undefined,
  shown: TokenAttempt | undefined,
): RequestOutcome | undefined {
  if (!last) return undefined;
  if (!last.ok) return { tone: 'error', text: `${errorTitle(last.error.code, last.error.context)}.` };
  const attempt = shown?.id === last.attemptId ? shown : undefined;
  if (!attempt) return undefined;
  const response = attempt.exchange.response;
  if (!response) {
    const cause = attempt.findings[0]?.cause;
    return { tone: 'error', text: `No answer${cause ? `: ${cause}` : '.'}` };
  }
  const status = `${response.status} ${reasonPhrase(response.status, response.statusText)}`.trim();
  if (attempt.token) return { tone: 'success', text: `${status}: token received.` };
  if (attempt.oauthError) return { tone: 'error', text: `${status}: ${attempt.oauthError.error}.` };
  return { tone: 'error', text: `${status}: no token.` };
}
