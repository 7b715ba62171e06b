import { checkTokenConsistency } from '../../../shared/domain/claims';
import type { ConsistencyCheck } from '../../../shared/domain/claims';
import type { TokenView } from '../../../shared/domain/token-view';
import type { TokenAttempt } from '../../../shared/ipc/contract';

/** The checks for a token this app requested: against the VAT asked for, expires_in and server time. */
export function attemptChecks(attempt: TokenAttempt, view: TokenView, nowMs: number): ConsistencyCheck[] {
  return checkTokenConsistency({
    view,
    requestedVat: attempt.merchantVat,
    expiresIn: attempt.tokenResponse?.expiresIn,
    nowMs,
    clockSkewMs: attempt.exchange.clockSkewMs,
  });
}

/** A pasted token has no request to compare with: what VAT was asked for is unknown, so that check is left out. */
export function pastedTokenChecks(view: TokenView, nowMs: number): ConsistencyCheck[] {
  return checkTokenConsistency({ view, nowMs }).filter((check) => check.check !== 'merchant-vat');
}
