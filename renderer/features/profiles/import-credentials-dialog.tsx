import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { parseCredentialBlock } from '../../../shared/domain/credential-import';
import { ENVIRONMENTS } from '../../../shared/domain/environments';
import type { EnvironmentId } from '../../../shared/domain/environments';
import type { ProfileCreateInput } from '../../../shared/domain/profile';
import { BusyButton } from '../../components/busy-button';
import { DialogCancelButton, ModalDialog } from '../../components/modal-dialog';
import { PastedSecretField } from '../../components/pasted-secret-field';
import { TextField } from '../../components/text-field';
import { ImportFindings } from './import-findings';
import { environmentFromHint, hasAnomalies, importInput, suggestedName } from './import-plan';
import { ZipCredentialsPicker } from './zip-credentials-picker';

interface ImportCredentialsDialogProps {
  /** The token form's environment, used when the paste does not say. */
  currentEnvironment: EnvironmentId;
  /** Resolves to an error message to show, or undefined when saved (the parent then closes the dialog). */
  onSave: (input: ProfileCreateInput) => Promise<string | undefined>;
  onClose: () => void;
}

/**
 * Paste → parse (pure, in the renderer) → show what was found → save. Invisible characters are trimmed only when
 * the user ticks "Trim these characters". The pasted text lives in this component only and is dropped on close.
 */
export function ImportCredentialsDialog({ currentEnvironment, onSave, onClose }: ImportCredentialsDialogProps) {
  const [text, setText] = useState('');
  const [trim, setTrim] = useState(false);
  const [name, setName] = useState<string>();
  const [environment, setEnvironment] = useState<EnvironmentId>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const block = useMemo(() => parseCredentialBlock(text), [text]);
  const anomalies = hasAnomalies(block);
  const choices = {
    trim: anomalies && trim,
    name: name ?? suggestedName(block),
    environment: environment ?? environmentFromHint(block, currentEnvironment),
  };
  const input = importInput(block, choices);
  // Something pasted, or a name or environment chosen: closing then asks before dropping it.
  const dirty = text !== '' || name !== undefined || environment !== undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!input || busy) return;
    setBusy(true);
    setError(undefined);
    const problem = await onSave(input);
    setBusy(false);
    if (problem) setError(problem);
    else setText('');
  }

  return (
    <ModalDialog
      title="Import credentials"
      description="Paste what you received (client_id / client_secret lines, key=value pairs or JSON, in any order) or open the onboarding zip. Nothing is changed unless you choose to."
      onClose={onClose}
      isDirty={dirty}
      className="dialog-wide"
    >
      <form className="dialog-form" aria-label="Import credentials" onSubmit={(event) => void save(event)} noValidate>
        <PastedSecretField
          id="import-text"
          label="Pasted credentials"
          noun="pasted text"
          rows={5}
          value={text}
          onChange={setText}
        />
        <ZipCredentialsPicker onFound={(found) => setText(found)} />
        {text.trim() !== '' && <ImportFindings block={block} trim={choices.trim} />}
        {anomalies && (
          <label className="choice trim-choice">
            <input type="checkbox" checked={trim} onChange={(event) => setTrim(event.target.checked)} />
            Trim these characters
          </label>
        )}
        <TextField id="import-name" label="Name" value={choices.name} onChange={setName} />
        <div className="field">
          <label className="field-label" htmlFor="import-environment">
            Environment
          </label>
          <select
            id="import-environment"
            className="input select"
            value={choices.environment}
            onChange={(event) => setEnvironment(event.target.value as EnvironmentId)}
          >
            {ENVIRONMENTS.map((env) => (
              <option key={env.id} value={env.id}>
                {env.label} — {env.badge}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p className="field-message field-message-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <DialogCancelButton />
          <BusyButton type="submit" className="button button-primary" disabled={!input} busy={busy}>
            Save profile
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}
