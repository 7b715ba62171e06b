import { useState } from 'react';
import type { FormEvent } from 'react';
import { useStore } from 'zustand';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { PastedSecretField } from '../../components/pasted-secret-field';
import { useApi } from '../../lib/api-context';
import '../../diagnosis.css';
import { BasicHeaderReportView } from './basic-header-report';
import { createBasicDecoderStore } from './use-basic-decoder-store';

/**
 * Paste an Authorization: Basic value from a customer's log → what is in it. The pasted text is as sensitive as
 * the secret inside it: it stays in this component (never in the markup, never in a store) and goes to main to decode.
 */
export function BasicHeaderDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const [store] = useState(() => createBasicDecoderStore(api));
  const status = useStore(store, (s) => s.status);
  const report = useStore(store, (s) => s.report);
  const error = useStore(store, (s) => s.error);
  const [text, setText] = useState('');

  function decode(event: FormEvent) {
    event.preventDefault();
    if (text.trim() !== '') void store.getState().decode(text);
  }

  return (
    <ModalDialog
      title="Decode a Basic header"
      description="Paste an Authorization: Basic value, a whole log line, a curl command (-H or -u), a JSON member or an HTTP request. You see the client id, the secret's fingerprint and length (never the secret) and what is wrong with it."
      onClose={onClose}
      className="dialog-xl"
    >
      <form className="dialog-form" aria-label="Decode a Basic header" onSubmit={decode} noValidate>
        <PastedSecretField
          id="basic-header-text"
          label="Authorization header"
          noun="pasted text"
          rows={3}
          placeholder="Authorization: Basic ZGVtby1jbGllbnQ6…"
          value={text}
          onChange={setText}
        />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Close
          </button>
          <BusyButton
            type="submit"
            className="button button-primary"
            disabled={text.trim() === ''}
            busy={status === 'decoding'}
          >
            Decode
          </BusyButton>
        </div>
      </form>
      {status === 'failed' && error && <ErrorAlert title="The header could not be decoded" message={error.message} />}
      {report && <BasicHeaderReportView report={report} />}
    </ModalDialog>
  );
}
