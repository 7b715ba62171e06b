import { useEffect, useState } from 'react';
import { expiryState, formatRemaining } from '../../../shared/domain/token-view';

interface ExpiryCountdownProps {
  /** epoch ms, server time, when the token stops working (its exp) */
  expiresAt: number;
  /** epoch ms, server time, when its lifetime began (iat, or when it was received), for the progress bar */
  startedAt: number;
  /** Server minus local clock (ms, positive when the server is ahead): remaining = expiresAt − (now + skew). */
  clockSkewMs?: number;
  /** The expiry expires_in gives (server time), shown only when it disagrees with exp by more than 2 s. */
  expiresInAt?: number;
  /** What expiresAt comes from: the token's exp, or (without one) expires_in. */
  basis?: 'exp' | 'expires_in';
}

const STATE_LABEL = { valid: 'Valid', expiring: 'Expiring soon', expired: 'Expired' } as const;

/** Beyond this, the two expiries are shown side by side. */
export const EXPIRY_DISAGREEMENT_MS = 2000;

function describeRemaining(remaining: number): string {
  return remaining > 0 ? `in ${formatRemaining(remaining)}` : `${formatRemaining(remaining)} ago`;
}

/** The only part of the page that ticks: it owns its 1 s interval, so nothing else re-renders each second. */
export function ExpiryCountdown({
  expiresAt,
  startedAt,
  clockSkewMs = 0,
  expiresInAt,
  basis = 'exp',
}: ExpiryCountdownProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const serverNow = now + clockSkewMs;
  const remaining = expiresAt - serverNow;
  const state = expiryState(remaining);
  const lifetime = Math.max(1, expiresAt - startedAt);
  const percent = Math.round(Math.min(100, Math.max(0, (remaining / lifetime) * 100)));
  const disagreement = expiresInAt !== undefined && Math.abs(expiresInAt - expiresAt) > EXPIRY_DISAGREEMENT_MS;
  return (
    <div className={`countdown countdown-${state}`} role="timer" aria-label="Token expires in">
      <div className="countdown-text">
        <span className="countdown-value">{state === 'expired' ? 'Expired' : formatRemaining(remaining)}</span>
        <span className="countdown-state">
          {state === 'expired' ? `${formatRemaining(remaining)} ago` : STATE_LABEL[state]}
        </span>
        <span className="muted countdown-basis">
          by {basis}
          {clockSkewMs !== 0 && ', corrected for the server clock'}
        </span>
      </div>
      {disagreement && (
        <p className="countdown-alternate">
          By expires_in: {describeRemaining(expiresInAt - serverNow)} —{' '}
          {Math.round(Math.abs(expiresInAt - expiresAt) / 1000)} s {expiresInAt > expiresAt ? 'later' : 'earlier'} than
          exp says.
        </p>
      )}
      <div
        className="progress"
        role="progressbar"
        aria-label="Lifetime left"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% of the token lifetime left`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
