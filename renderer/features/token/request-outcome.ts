import { reasonPhrase } from '../../../shared/domain/exchange';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { errorTitle } from './error-text';
import type { AttemptSource, TokenError } from './use-token-store';

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
export function requestOutcome(attempt: TokenAttempt | undefined, source: AttemptSource | undefined, error: TokenError | undefined): RequestOutcome | undefined {
  if (error?.context === 'request') return { tone: 'error', text: `${errorTitle(error.code, error.context)}.` };
  if (!attempt || source !== 'request') return undefined;
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
