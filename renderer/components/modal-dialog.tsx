import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  /** Escape, the Cancel button and a finished action all end here; the parent then unmounts the dialog. */
  onClose: () => void;
  children: ReactNode;
  /** Optional sentence under the title, also the dialog's accessible description. */
  description?: ReactNode;
  className?: string;
  /**
   * The form holds input that closing would lose: Escape and the Cancel button (DialogCancelButton) then ask
   * "Discard your changes?" first. A pristine dialog closes at once.
   */
  isDirty?: boolean;
  /** 'alertdialog' for a question that interrupts (the discard confirmation). */
  role?: 'alertdialog';
  /** A footer with one secondary button of this name that closes the dialog (focused first), e.g. "Close". */
  closeLabel?: string;
}

/** How a dialog's own Cancel button asks to close: through the discard check when the form is dirty. */
const RequestCloseContext = createContext<() => void>(() => undefined);

/** The dialog's Cancel button: closes the dialog it is in, asking first when its form has unsaved changes. */
export function DialogCancelButton({ children = 'Cancel' }: { children?: ReactNode }) {
  const requestClose = useContext(RequestCloseContext);
  return (
    <button type="button" className="button button-secondary" onClick={requestClose}>
      {children}
    </button>
  );
}

/** Asked before a dirty dialog closes. It names the dialog, never what was typed (which may be a secret). */
function DiscardChangesDialog({
  dialogTitle,
  onKeepEditing,
  onDiscard,
}: {
  dialogTitle: string;
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  return (
    <ModalDialog
      role="alertdialog"
      title="Discard your changes?"
      description={`What you entered in “${dialogTitle}” has not been saved. Discarding it closes the dialog.`}
      onClose={onKeepEditing}
    >
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onKeepEditing} data-autofocus>
          Keep editing
        </button>
        <button type="button" className="button button-danger" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </ModalDialog>
  );
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hidden) : [];
}

/**
 * A real modal: native <dialog> opened with showModal (the page behind is inert), aria-modal, Tab kept inside,
 * Escape cancels, and focus goes back to whatever opened it. Mount it to open it, unmount it to close it.
 * The field to focus first carries data-autofocus (React's autoFocus fires before the dialog is open).
 * With isDirty, closing asks first in a second modal on top (Keep editing focused); Keep editing returns focus to
 * where it was, Discard calls onClose.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  description,
  className,
  isDirty = false,
  role,
  closeLabel,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);

  function requestClose() {
    if (isDirty) setConfirmingDiscard(true);
    else onClose();
  }

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const first = dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(dialog)[0];
    first?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Escape') {
      // Handled here rather than by the native cancel, so the dialog never closes behind React's back.
      event.preventDefault();
      event.stopPropagation();
      requestClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <>
      <dialog
        ref={ref}
        role={role}
        className={`dialog${className ? ` ${className}` : ''}`}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        onKeyDown={onKeyDown}
        onCancel={(event) => {
          event.preventDefault();
          requestClose();
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {description && (
          <p id={descriptionId} className="dialog-description">
            {description}
          </p>
        )}
        <RequestCloseContext.Provider value={requestClose}>{children}</RequestCloseContext.Provider>
        {closeLabel && (
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={requestClose} data-autofocus>
              {closeLabel}
            </button>
          </div>
        )}
      </dialog>
      {/* A sibling, not a child: its keys (Escape, Tab) must not reach this dialog's handler. */}
      {confirmingDiscard && (
        <DiscardChangesDialog
          dialogTitle={title}
          onKeepEditing={() => setConfirmingDiscard(false)}
          onDiscard={onClose}
        />
      )}
    </>
  );
}
