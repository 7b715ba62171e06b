import { useState } from 'react';
import type { BasicEncoding } from '../../../shared/ipc/schemas';
import { useStore } from 'zustand';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { useApi } from '../../lib/api-context';
import '../../diagnosis.css';
import { Sensitive } from '../../components/sensitive';
import type { ProbeLaunch } from './probe-request';
import { ProbeResults } from './probe-results';
import { createClientAuthProbeStore } from './use-client-auth-probe-store';

interface ClientAuthProbeDialogProps extends ProbeLaunch {
  onClose: () => void;
  /** "Use this encoding" in the verdict: the form takes the accepted Basic encoding and the dialog closes. */
  onUseEncoding?: (encoding: BasicEncoding) => void;
}

/**
 * Asks first (it sends the credentials up to three times), then shows what each way of sending them got. The
 * request may hold the typed secret: it goes to main on Confirm and nowhere else.
 */
export function ClientAuthProbeDialog({
  request,
  tokenUrl,
  environmentLabel,
  production,
  onClose,
  onUseEncoding,
}: ClientAuthProbeDialogProps) {
  const api = useApi();
  const [store] = useState(() => createClientAuthProbeStore(api));
  const status = useStore(store, (s) => s.status);
  const result = useStore(store, (s) => s.result);
  const error = useStore(store, (s) => s.error);
  const asking = status === 'idle';

  return (
    <ModalDialog title="Probe client authentication" onClose={onClose} className="dialog-xl">
      <p className="dialog-description">
        This sends the client id{' '}
        <code>
          <Sensitive kind="clientId" value={request.clientId} label="Client ID" />
        </code>{' '}
        and its secret to <code>{tokenUrl}</code> ({environmentLabel}) up to three times: as Basic form-encoded, as
        Basic raw, and as client_secret_post in the form body. Each is a real token request.
      </p>
      {production && (
        <p className="production-warning">
          <strong>PRODUCTION</strong> — these are live credentials; the three requests go to live MobilePay.
        </p>
      )}
      {status === 'running' && (
        <p className="muted" role="status">
          Probing… (three requests)
        </p>
      )}
      {status === 'failed' && error && <ErrorAlert title="The probe could not run" message={error.message} />}
      {result && (
        <ProbeResults
          result={result}
          onUseEncoding={
            onUseEncoding &&
            ((encoding) => {
              onUseEncoding(encoding);
              onClose();
            })
          }
        />
      )}
      <div className="dialog-actions">
        {asking ? (
          <>
            <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
              Cancel
            </button>
            <button
              type="button"
              className={`button ${production ? 'button-danger' : 'button-primary'}`}
              onClick={() => void store.getState().run(request)}
            >
              Confirm
            </button>
          </>
        ) : (
          // Confirm is gone once pressed: focus moves here rather than falling out of the dialog.
          <button type="button" className="button button-secondary" onClick={onClose} autoFocus>
            Close
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
