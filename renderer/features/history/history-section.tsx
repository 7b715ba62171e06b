import { useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { HistorySummary } from '../../../shared/domain/history';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { HistoryList, whenText } from './history-list';
import type { HistoryStore } from './use-history-store';

interface HistorySectionProps {
  /** The history feature's store; this section is the feature's page, shown inside the token screen. */
  store: HistoryStore;
  /** The attempt shown in the viewer, marked in the list. */
  currentId?: string;
  /** An attempt opened from History goes to the viewer. */
  onOpened: (attempt: TokenAttempt) => void;
}

interface Feedback {
  tone: 'success' | 'error';
  text: string;
}

/** Every attempt, redacted, newest first: open one in the viewer, delete one, or clear them all (asked first). */
export function HistorySection({ store, currentId, onOpened }: HistorySectionProps) {
  const status = useStore(store, (s) => s.status);
  const entries = useStore(store, useShallow((s) => s.entries));
  const loadError = useStore(store, (s) => s.loadError);
  const [busyId, setBusyId] = useState<string>();
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();

  async function open(id: string) {
    setBusyId(id);
    setFeedback(undefined);
    const result = await store.getState().open(id);
    setBusyId(undefined);
    if (result.ok) onOpened(result.value.attempt);
    else setFeedback({ tone: 'error', text: result.error.message });
  }

  async function remove(entry: HistorySummary) {
    const result = await store.getState().remove(entry.id);
    setFeedback(result.ok ? { tone: 'success', text: `Deleted the attempt of ${whenText(entry)}.` } : { tone: 'error', text: result.error.message });
  }

  async function clear(): Promise<string | undefined> {
    const result = await store.getState().clear();
    if (!result.ok) return result.error.message;
    setConfirmingClear(false);
    setFeedback({ tone: 'success', text: 'History cleared.' });
    return undefined;
  }

  return (
    <section className="panel history-panel" aria-labelledby="history-heading" aria-busy={status === 'loading'}>
      <div className="panel-header">
        <h2 id="history-heading">History</h2>
        {entries.length > 0 && (
          <button type="button" className="button button-ghost button-small" onClick={() => setConfirmingClear(true)}>
            Clear all
          </button>
        )}
      </div>
      {status === 'loading' && <p className="muted">Loading history…</p>}
      {status === 'failed' && loadError && (
        <ErrorAlert title="History could not be loaded" message={loadError.message}>
          <button type="button" className="button button-secondary" onClick={() => void store.getState().load()}>
            Try again
          </button>
        </ErrorAlert>
      )}
      {status === 'ready' && entries.length === 0 && (
        <p className="empty-state empty-state-small">No attempts yet. Every token request is kept here, redacted: no secret, no usable token.</p>
      )}
      {entries.length > 0 && (
        <HistoryList entries={entries} currentId={currentId} busyId={busyId} onOpen={(id) => void open(id)} onDelete={(entry) => void remove(entry)} />
      )}
      <p role="status" className={`profiles-feedback${feedback ? ` profiles-feedback-${feedback.tone}` : ''}`}>
        {feedback?.text}
      </p>
      {confirmingClear && (
        <ConfirmDialog
          title="Clear all history?"
          message={`${entries.length === 1 ? 'The saved attempt is' : `All ${entries.length} saved attempts are`} removed from this computer. This cannot be undone.`}
          confirmLabel="Clear all"
          danger
          onConfirm={clear}
          onCancel={() => setConfirmingClear(false)}
        />
      )}
    </section>
  );
}
