import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SecretDescription } from '../../../shared/domain/vault';
import { BusyButton } from '../../components/busy-button';
import { DialogCancelButton, ModalDialog } from '../../components/modal-dialog';
import { focusFirstInvalid } from '../../lib/focus';
import { ProfileFormFields } from './profile-form-fields';
import { checkProfileValues, hasErrors } from './profile-values';
import type { ProfileFormValues } from './profile-values';

interface ProfileFormDialogProps {
  mode: 'create' | 'edit';
  initial: ProfileFormValues;
  /** Edit only: the stored secret's description. */
  storedSecret?: SecretDescription;
  /** Resolves to an error message to show, or undefined when saved (the parent then closes the dialog). */
  onSubmit: (values: ProfileFormValues) => Promise<string | undefined>;
  onClose: () => void;
}

/** Anything changed since the dialog opened (a typed secret included): closing then asks first. */
function changedFrom(initial: ProfileFormValues, values: ProfileFormValues): boolean {
  return (Object.keys(initial) as (keyof ProfileFormValues)[]).some((key) => values[key] !== initial[key]);
}

/** Create or edit a profile. A typed secret lives in this component's state only and leaves it on save. */
export function ProfileFormDialog({ mode, initial, storedSecret, onSubmit, onClose }: ProfileFormDialogProps) {
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const checks = checkProfileValues(values);
  const formRef = useRef<HTMLFormElement>(null);
  // Each refused submit takes focus to the field at fault (after the render that marks it).
  const [refusedSubmits, setRefusedSubmits] = useState(0);
  useEffect(() => {
    if (refusedSubmits > 0) focusFirstInvalid(formRef.current);
  }, [refusedSubmits]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (busy) return;
    if (hasErrors(checks)) {
      setRefusedSubmits((count) => count + 1);
      return;
    }
    setBusy(true);
    setError(undefined);
    const problem = await onSubmit(values);
    setBusy(false);
    if (problem) setError(problem);
    else setValues((current) => ({ ...current, clientSecret: '' }));
  }

  return (
    <ModalDialog
      title={mode === 'create' ? 'New profile' : `Edit profile ${initial.name}`}
      onClose={onClose}
      isDirty={changedFrom(initial, values)}
      className="dialog-wide"
    >
      <form
        ref={formRef}
        className="dialog-form"
        aria-label={mode === 'create' ? 'New profile' : 'Edit profile'}
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <ProfileFormFields
          values={values}
          checks={checks}
          showAllErrors={attempted}
          storedSecret={storedSecret}
          onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
        />
        {error && (
          <p className="field-message field-message-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <DialogCancelButton />
          <BusyButton type="submit" className="button button-primary" busy={busy}>
            {mode === 'create' ? 'Create profile' : 'Save changes'}
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}
