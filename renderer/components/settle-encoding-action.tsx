import { useState } from 'react';
import type { Finding, FindingAction } from '../../shared/domain/diagnosis';
import { BusyButton } from './busy-button';
import { useApi } from '../lib/api-context';
import { safeInvoker } from '../lib/safe-invoke';

export interface SettledEncoding {
  attemptId: string;
  findings: Finding[];
  /** "200 OK" or "401 Unauthorized": what the extra request got. */
  retryOutcome: string;
}

interface SettleEncodingActionProps {
  action: FindingAction;
  onSettled: (settled: SettledEncoding) => void;
}

/**
 * "Try once raw": main sends the refused request once more with the other Basic encoding (recorded in History) and
 * answers with findings that say which encoding the server reads. "Always" lets main do that by itself for this
 * environment from now on (for this run of the app).
 */
export function SettleEncodingAction({ action, onSettled }: SettleEncodingActionProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [always, setAlways] = useState(false);
  const [error, setError] = useState<string>();
  async function run() {
    setBusy(true);
    setError(undefined);
    const result = await safeInvoker(api)('token:settle-encoding', {
      attemptId: action.attemptId,
      ...(always ? { always: true } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const response = result.value.retry.exchange.response;
    onSettled({
      attemptId: action.attemptId,
      findings: result.value.findings,
      retryOutcome: response ? String(response.status) : 'no answer',
    });
  }
  return (
    <div className="finding-action">
      <BusyButton type="button" className="button button-secondary button-small" busy={busy} onClick={() => void run()}>
        {busy ? 'Sending once more…' : action.label}
      </BusyButton>
      <label className="finding-action-always">
        <input type="checkbox" checked={always} onChange={(event) => setAlways(event.target.checked)} /> Always check
        the other encoding for this environment
      </label>
      {error && (
        <p className="finding-action-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
