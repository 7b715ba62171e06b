import { useEffect, useState } from 'react';
import { expiryState, formatRemaining } from '../../../shared/domain/token-view';

interface ExpiryCountdownProps {
  /** epoch ms when the token stops working */
  expiresAt: number;
  /** epoch ms when its lifetime began (iat, or when it was received), for the progress bar */
  startedAt: number;
}

const STATE_LABEL = { valid: 'Valid', expiring: 'Expiring soon', expired: 'Expired' } as const;

/** The only part of the page that ticks: it owns its 1 s interval, so nothing else re-renders each second. */
export function ExpiryCountdown({ expiresAt, startedAt }: ExpiryCountdownProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const remaining = expiresAt - now;
  const state = expiryState(remaining);
  const lifetime = Math.max(1, expiresAt - startedAt);
  const percent = Math.round(Math.min(100, Math.max(0, (remaining / lifetime) * 100)));
  return (
    <div className={`countdown countdown-${state}`} role="timer" aria-label="Token expires in">
      <div className="countdown-text">
        <span className="countdown-value">{state === 'expired' ? 'Expired' : formatRemaining(remaining)}</span>
        <span className="countdown-state">
          {state === 'expired' ? `${formatRemaining(remaining)} ago` : STATE_LABEL[state]}
        </span>
      </div>
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
