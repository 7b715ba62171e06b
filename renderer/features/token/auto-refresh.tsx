import { useEffect, useEffectEvent, useRef } from 'react';
import type { TokenTiming } from './token-timing';
import type { AutoRefreshSettings } from './token-state';

interface AutoRefreshProps {
  attemptId: string;
  timing: TokenTiming;
  settings: AutoRefreshSettings;
  onSettingsChange: (patch: Partial<AutoRefreshSettings>) => void;
  /** Called once per token when the lead time before expiry is reached (server time). */
  onDue: () => void;
}

const LEAD_MINUTES = [1, 2, 5, 10, 15, 20, 30, 45, 60] as const;

/**
 * "Refresh automatically": one timer for the moment itself (no ticking, so nothing re-renders while waiting).
 * It fires once per token; the new token schedules the next refresh.
 */
export function AutoRefresh({ attemptId, timing, settings, onSettingsChange, onDue }: AutoRefreshProps) {
  const firedFor = useRef<string | undefined>(undefined);
  const fire = useEffectEvent(() => {
    if (firedFor.current === attemptId) return;
    firedFor.current = attemptId;
    onDue();
  });
  const leadMs = settings.minutesBefore * 60_000;
  const fireAt = timing.expiresAt - leadMs;
  // A lead as long as the token's lifetime would fire as soon as each new token arrives: never schedule that.
  const tooLong = fireAt <= timing.startedAt;

  useEffect(() => {
    if (!settings.enabled || tooLong) return;
    const delay = Math.max(0, fireAt - (Date.now() + timing.clockSkewMs));
    const timer = setTimeout(() => fire(), Math.min(delay, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [settings.enabled, tooLong, fireAt, timing.clockSkewMs]);

  return (
    <fieldset className="auto-refresh">
      <legend className="visually-hidden">Automatic refresh</legend>
      <div className="field-row auto-refresh-row">
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(event) => onSettingsChange({ enabled: event.target.checked })}
          />
          Refresh automatically
        </label>
        <span className="inline-field">
          <label className="field-label" htmlFor="auto-refresh-minutes">
            Minutes before expiry
          </label>
          <select
            id="auto-refresh-minutes"
            className="input select"
            value={settings.minutesBefore}
            aria-describedby="auto-refresh-hint"
            onChange={(event) => onSettingsChange({ minutesBefore: Number(event.target.value) })}
          >
            {LEAD_MINUTES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p id="auto-refresh-hint" className="field-message field-message-hint">
        {tooLong
          ? `This token lives less than ${settings.minutesBefore} min, so it is not refreshed automatically; choose a shorter lead.`
          : 'Re-sends the form as it is then. Works with a saved profile, or with demo or typed credentials still in the form; a secret typed over a saved profile’s is used once and not kept, so it cannot be re-sent.'}
      </p>
    </fieldset>
  );
}
