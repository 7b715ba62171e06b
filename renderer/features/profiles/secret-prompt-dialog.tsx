import { useState } from 'react';
import type { FormEvent } from 'react';
import { BusyButton } from '../../components/busy-button';
import { ModalDialog } from '../../components/modal-dialog';
import { useUnmirroredValue } from '../../components/use-unmirrored-value';

export interface PromptResult {
  tone: 'success' | 'warning' | 'error';
  text: string;
}

interface SecretPromptDialogProps {
  title: string;
  description: string;
  label: string;
  submitLabel: string;
  /** A result to show (the dialog stays open), or undefined when done (the parent then closes the dialog). */
  onSubmit: (value: string) => Promise<PromptResult | undefined>;
  onClose: () => void;
}

/** One masked field for a secret (compare, re-enter). The value is cleared as soon as it has been sent. */
export function SecretPromptDialog({
  title,
  description,
  label,
  submitLabel,
  onSubmit,
  onClose,
}: SecretPromptDialogProps) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PromptResult>();
  const inputRef = useUnmirroredValue<HTMLInputElement>(value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value === '' || busy) return;
    const sent = value;
    setValue('');
    setBusy(true);
    setResult(undefined);
    const outcome = await onSubmit(sent);
    setBusy(false);
    setResult(outcome);
    // The dialog stays open with its answer and an empty field, which disables the focused button: focus goes to
    // the field instead (the next thing to do is paste another value), not to <body>.
    if (outcome) inputRef.current?.focus();
  }

  return (
    <ModalDialog title={title} description={description} onClose={onClose}>
      <form className="dialog-form" aria-label={title} onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field-label" htmlFor="secret-prompt">
            {label}
          </label>
          <input
            id="secret-prompt"
            className="input"
            type="password"
            ref={inputRef}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <p role="status" className={`prompt-result${result ? ` prompt-result-${result.tone}` : ''}`}>
          {result?.text}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {result ? 'Close' : 'Cancel'}
          </button>
          <BusyButton type="submit" className="button button-primary" disabled={value === ''} busy={busy}>
            {submitLabel}
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}
