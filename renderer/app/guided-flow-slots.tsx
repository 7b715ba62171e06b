import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { SandboxFaults } from '../../shared/domain/sandbox-faults';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { BusyButton } from '../components/busy-button';
import { attemptChecks } from '../features/claims/token-checks';
import { TokenDetails } from '../features/claims/token-details';
import { createVerificationStore } from '../features/claims/use-verification-store';
import { DEFAULT_FAULTS } from '../features/sandbox-controls/fault-draft';
import { createSandboxControlsStore } from '../features/sandbox-controls/use-sandbox-controls-store';
import { useApi } from '../lib/api-context';

/**
 * What the guided flow borrows from other features, composed here (features never import each other): the decoded
 * token for its viewer, and the sandbox faults left switched on, named on the stage before the run.
 */

/** The guided flow's token decoded and explained, its signature checked against the sandbox's keys as it opens. */
export function FlowDecodedToken({ attempt }: { attempt: TokenAttempt }) {
  const api = useApi();
  const [verification] = useState(() => createVerificationStore(api));
  const entry = useStore(verification, (s) => s.byAttempt[attempt.id]);
  const [now] = useState(() => Date.now());
  useEffect(() => {
    void verification.getState().verify(attempt.id);
  }, [verification, attempt.id]);
  if (!attempt.token) return null;
  return (
    <TokenDetails
      view={attempt.token}
      checks={attemptChecks(attempt, attempt.token, now)}
      verification={entry}
      onVerify={() => void verification.getState().verify(attempt.id)}
      clockSkewMs={attempt.exchange.clockSkewMs}
    />
  );
}

/** Each switch that is on, and what the run will show because of it (the flow runs with the first demo client). */
export function faultConsequences(faults: SandboxFaults): string[] {
  const said: string[] = [];
  if (faults.dropConnection) said.push('the sandbox drops every connection — step 1 will get no answer');
  else if (faults.serverError !== null)
    said.push(`the token endpoint answers ${faults.serverError} — the run will stop at step 2 with that failure`);
  else if (faults.requireIbmClientId)
    said.push('the token endpoint requires x-ibm-client-id, which the flow does not send — step 2 will refuse it');
  if (faults.delayMs !== 0) said.push(`every answer comes ${faults.delayMs} ms late — the steps will wait for it`);
  if (faults.tokenLifetimeSeconds !== DEFAULT_FAULTS.tokenLifetimeSeconds)
    said.push(`tokens live ${faults.tokenLifetimeSeconds} s instead of 3700 s`);
  if (faults.clockSkewSeconds !== 0)
    said.push(
      `the sandbox's clock is off by ${faults.clockSkewSeconds > 0 ? '+' : ''}${faults.clockSkewSeconds} s — the token's times will look shifted`,
    );
  if (faults.basicDecoding !== 'form') said.push('the token endpoint reads Basic credentials raw (not form-decoded)');
  return said;
}

/** "Fault active: …" on the stage while the local sandbox has switches on, with Reset faults beside it. */
export function StageFaultsNotice() {
  const api = useApi();
  const [controls] = useState(() => createSandboxControlsStore(api, 'local'));
  const faults = useStore(controls, (s) => s.status?.faults);
  const busy = useStore(controls, (s) => s.busy === 'reset');
  const error = useStore(controls, (s) => (s.error?.action === 'reset' ? s.error.message : undefined));
  useEffect(() => {
    const { load, watch } = controls.getState();
    void load();
    return watch();
  }, [controls]);
  const said = faults ? faultConsequences(faults) : [];
  if (said.length === 0) return null;
  return (
    <div className="stage-faults" role="note" aria-labelledby="stage-faults-heading">
      <p id="stage-faults-heading" className="stage-faults-title">
        <strong>{said.length === 1 ? 'Fault active' : `${said.length} faults active`}</strong> in the local sandbox,
        left on from earlier:
      </p>
      <ul className="stage-faults-list">
        {said.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="button-row">
        <BusyButton
          type="button"
          className="button button-secondary button-small"
          busy={busy}
          onClick={() => void controls.getState().resetFaults()}
        >
          Reset faults
        </BusyButton>
        {error && <span className="field-error">{error}</span>}
      </div>
    </div>
  );
}
