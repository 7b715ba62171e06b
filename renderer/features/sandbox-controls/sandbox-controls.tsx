import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { LocalEnvironmentId } from '../../../shared/domain/sandbox-faults';
import { Badge } from '../../components/badge';
import { BusyButton } from '../../components/busy-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useApi } from '../../lib/api-context';
import '../../diagnosis.css';
import { DEFAULT_FAULTS, describeActiveFaults } from './fault-draft';
import { FaultSwitchesForm } from './fault-switches-form';
import { LOCAL_LABELS } from '../../lib/local-environments';
import { shortKid } from '../../lib/short-reference';
import { createSandboxControlsStore } from './use-sandbox-controls-store';

const ROTATE_MESSAGE =
  'The sandbox signs new tokens with a new key and stops publishing the old one. Tokens it issued before stop ' +
  'verifying: PoS calls with them get 401 and their signature check fails. Request a new token afterwards.';

/** Fault switches and key rotation for one embedded sandbox (Local sandbox or Local production). */
export function SandboxControls({ environment }: { environment: LocalEnvironmentId }) {
  const api = useApi();
  const [store] = useState(() => createSandboxControlsStore(api, environment));
  const status = useStore(store, (s) => s.status);
  const busy = useStore(store, (s) => s.busy);
  const error = useStore(store, (s) => s.error);
  const notice = useStore(store, (s) => s.notice);
  const [confirmingRotate, setConfirmingRotate] = useState(false);
  const [resets, setResets] = useState(0);
  const label = LOCAL_LABELS[environment];
  const faults = status?.faults ?? DEFAULT_FAULTS;
  const active = describeActiveFaults(faults);
  const running = status?.state === 'running';

  async function reset() {
    if (await store.getState().resetFaults()) setResets((count) => count + 1);
  }

  useEffect(() => {
    const unsubscribe = store.getState().watch();
    void store.getState().load();
    return unsubscribe;
  }, [store]);

  return (
    <section className="panel sandbox-controls" aria-labelledby={`${environment}-controls-heading`}>
      <div className="panel-header">
        <h2 id={`${environment}-controls-heading`}>Sandbox controls</h2>
        <span className="muted">{label}</span>
      </div>
      <p className="sandbox-controls-status">
        {!status ? (
          <span className="muted">Loading…</span>
        ) : running ? (
          <>
            <Badge text="Running" tone="success" /> signing key{' '}
            <code>{status.kid ? shortKid(status.kid) : 'unknown'}</code>
          </>
        ) : (
          <>
            <Badge
              text={status.state === 'failed' ? 'Failed' : 'Stopped'}
              tone={status.state === 'failed' ? 'danger' : 'neutral'}
            />{' '}
            It starts with the first request, or when a switch is applied.
          </>
        )}
      </p>
      <p className="muted sandbox-active-faults">Active faults: {active.length === 0 ? 'none' : active.join(', ')}.</p>
      <details className="fault-details">
        <summary>Fault switches</summary>
        <FaultSwitchesForm
          // A reset starts the form afresh: what was typed (even a number it refused) gives way to the defaults.
          key={resets}
          idPrefix={`${environment}-fault`}
          faults={faults}
          busy={busy === 'apply'}
          rejection={error?.action === 'apply' && error.code === 'INVALID_INPUT' ? error.message : undefined}
          onApply={(patch) => store.getState().applyFaults(patch)}
        />
      </details>
      <div className="button-row">
        <BusyButton
          type="button"
          className="button button-secondary button-small"
          busy={busy === 'reset'}
          onClick={() => void reset()}
        >
          Reset faults
        </BusyButton>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setConfirmingRotate(true)}
        >
          Rotate signing key…
        </button>
      </div>
      {error && error.action !== 'rotate' && (
        <ErrorAlert
          title={error.action === 'load' ? 'The sandbox status could not be read' : 'The sandbox refused the change'}
          message={error.message}
          onDismiss={store.getState().dismissError}
        />
      )}
      <p role="status" className="profiles-feedback profiles-feedback-success">
        {notice}
      </p>
      {confirmingRotate && (
        <ConfirmDialog
          title={`Rotate the signing key of ${label}?`}
          message={ROTATE_MESSAGE}
          confirmLabel="Rotate signing key"
          danger
          onConfirm={async () => {
            const problem = await store.getState().rotateKey();
            if (!problem) setConfirmingRotate(false);
            return problem;
          }}
          onCancel={() => setConfirmingRotate(false)}
        />
      )}
    </section>
  );
}
