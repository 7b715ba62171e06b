import { useState } from 'react';
import type { ReactNode } from 'react';
import { BusyButton } from './busy-button';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Resolves to an error message to show, or undefined when done (the parent then closes the dialog). */
  onConfirm: () => Promise<string | undefined>;
  onCancel: () => void;
  danger?: boolean;
}

/** "Are you sure?" with Cancel focused first, so Enter on an accidental open does nothing destructive. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  danger = false,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setBusy(true);
    setError(undefined);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
  }

  return (
    <ModalDialog title={title} description={message} onClose={onCancel}>
      {error && (
        <p className="field-message field-message-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <BusyButton
          type="button"
          className={`button ${danger ? 'button-danger' : 'button-primary'}`}
          onClick={() => void confirm()}
          busy={busy}
        >
          {confirmLabel}
        </BusyButton>
      </div>
    </ModalDialog>
  );
}
