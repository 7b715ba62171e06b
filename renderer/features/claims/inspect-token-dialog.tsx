import { useState } from 'react';
import type { FormEvent } from 'react';
import { useStore } from 'zustand';
import { checkCustomTokenUrl } from '../../../shared/domain/environments';
import type { EnvironmentId } from '../../../shared/domain/environments';
import type { EnvironmentSummary } from '../../../shared/ipc/contract';
import { BusyButton } from '../../components/busy-button';
import { ModalDialog } from '../../components/modal-dialog';
import { PastedSecretField } from '../../components/pasted-secret-field';
import { TextField } from '../../components/text-field';
import { useApi } from '../../lib/api-context';
import { InspectResult } from './inspect-result';
import { createInspectStore } from './use-inspect-store';

interface InspectTokenDialogProps {
  environments: EnvironmentSummary[];
  initialEnvironment: EnvironmentId;
  onClose: () => void;
}

/**
 * "Inspect a pasted token" (e.g. from a customer's log): decoded and checked against the chosen environment's keys.
 * The pasted token is a bearer credential: masked, never written into the markup, dropped when the dialog closes.
 */
export function InspectTokenDialog({ environments, initialEnvironment, onClose }: InspectTokenDialogProps) {
  const api = useApi();
  const [store] = useState(() => createInspectStore(api));
  const status = useStore(store, (s) => s.status);
  const result = useStore(store, (s) => s.result);
  const error = useStore(store, (s) => s.error);
  const inspectedAt = useStore(store, (s) => s.inspectedAt);
  const [token, setToken] = useState('');
  const [environment, setEnvironment] = useState<EnvironmentId>(initialEnvironment);
  const [customUrl, setCustomUrl] = useState('');
  const urlCheck = environment === 'custom' ? checkCustomTokenUrl(customUrl) : undefined;
  const canInspect = token.trim() !== '' && (urlCheck === undefined || urlCheck.ok);

  function changeToken(value: string) {
    setToken(value);
    if (store.getState().status !== 'idle') store.getState().clear();
  }

  function inspect(event?: FormEvent) {
    event?.preventDefault();
    if (!canInspect || status === 'inspecting') return;
    void store
      .getState()
      .inspect({ environment, token: token.trim(), ...(urlCheck?.ok ? { customTokenUrl: urlCheck.url } : {}) });
  }

  return (
    <ModalDialog
      title="Inspect a pasted token"
      description="Paste an access token (e.g. from a log). It is decoded here and its signature is checked against the chosen environment's published keys. Nothing is saved."
      onClose={onClose}
      className="dialog-xl"
    >
      <form className="dialog-form" aria-label="Inspect a pasted token" onSubmit={inspect} noValidate>
        <PastedSecretField
          id="inspect-token"
          label="Pasted token"
          noun="pasted token"
          rows={4}
          value={token}
          onChange={changeToken}
        />
        <div className="field">
          <label className="field-label" htmlFor="inspect-environment">
            Minted by (environment)
          </label>
          <select
            id="inspect-environment"
            className="input select"
            value={environment}
            onChange={(event) => setEnvironment(event.target.value as EnvironmentId)}
          >
            {environments.map((env) => (
              <option key={env.id} value={env.id}>
                {env.label} — {env.badge}
              </option>
            ))}
          </select>
        </div>
        {environment === 'custom' && (
          <TextField
            id="inspect-custom-url"
            label="Custom token endpoint URL"
            type="url"
            value={customUrl}
            onChange={setCustomUrl}
            message={
              urlCheck && !urlCheck.ok && customUrl.trim() !== ''
                ? { tone: 'error', text: urlCheck.message }
                : undefined
            }
          />
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Close
          </button>
          <BusyButton
            type="submit"
            className="button button-primary"
            disabled={!canInspect}
            busy={status === 'inspecting'}
          >
            Inspect
          </BusyButton>
        </div>
      </form>
      <InspectResult
        status={status}
        result={result}
        error={error}
        inspectedAt={inspectedAt}
        onVerifyAgain={canInspect ? () => inspect() : undefined}
      />
    </ModalDialog>
  );
}
