import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { HistorySummary } from '../../../shared/domain/history';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { focusWasLost } from '../../lib/focus';
import { COMPARE_LIMIT, HistoryList, whenText } from './history-list';
import type { HistoryStore } from './use-history-store';

interface HistorySectionProps {
  /** The history feature's store; this section is the feature's page, shown inside the token screen. */
  store: HistoryStore;
  /** The attempt shown in the viewer, marked in the list. */
  currentId?: string;
  /** An attempt opened from History goes to the viewer. */
  onOpened: (attempt: TokenAttempt) => void;
  /** The comparison of two picked attempts (the compare feature's dialog, composed by the app). */
  renderCompare: (ids: [string, string], onClose: () => void) => ReactNode;
}

interface Feedback {
  tone: 'success' | 'error';
  text: string;
}

/** Where focus goes once a row (or all of them) is gone: a remaining row by id, else the empty state. */
interface FocusAfterRemoval {
  id?: string;
}

/** An entry matches when every word of the filter is found in its status, environment, profile, client id or VAT. */
export function matchesFilter(entry: HistorySummary, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = [
    entry.status,
    entry.outcome,
    entry.environment.label,
    entry.profileName,
    entry.clientId,
    entry.merchantVat,
  ]
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}

/** Every attempt, redacted, newest first: open one in the viewer, delete one, or clear them all (asked first). */
export function HistorySection({ store, currentId, onOpened, renderCompare }: HistorySectionProps) {
  const status = useStore(store, (s) => s.status);
  const entries = useStore(
    store,
    useShallow((s) => s.entries),
  );
  const loadError = useStore(store, (s) => s.loadError);
  const [busyId, setBusyId] = useState<string>();
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const [refocus, setRefocus] = useState<FocusAfterRemoval>();
  const [query, setQuery] = useState('');
  const shown = entries.filter((entry) => matchesFilter(entry, query));
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  // A deleted attempt drops out of the selection.
  const selectedIds = picked.filter((id) => entries.some((entry) => entry.id === id));

  function toggleSelected(id: string) {
    setPicked((current) =>
      current.includes(id) ? current.filter((item) => item !== id) : [...current, id].slice(-COMPARE_LIMIT),
    );
  }

  async function open(id: string) {
    setBusyId(id);
    setFeedback(undefined);
    const result = await store.getState().open(id);
    setBusyId(undefined);
    if (result.ok) onOpened(result.value.attempt);
    else setFeedback({ tone: 'error', text: result.error.message });
  }

  // A deleted row takes its focused Delete button with it, which leaves focus on <body> and a screen reader user
  // nowhere. The row that moved into its place (else the one above, else the empty state) takes focus instead: its
  // Open button, not its Delete, so a held Enter cannot delete one attempt after another.
  useEffect(() => {
    if (!refocus || !focusWasLost()) return;
    const rows = sectionRef.current?.querySelectorAll<HTMLButtonElement>('.history-open') ?? [];
    const row =
      refocus.id === undefined ? undefined : [...rows].find((button) => button.dataset.attemptId === refocus.id);
    (row ?? emptyRef.current ?? headingRef.current)?.focus();
  }, [refocus]);

  async function remove(entry: HistorySummary) {
    const index = store.getState().entries.findIndex((item) => item.id === entry.id);
    const result = await store.getState().remove(entry.id);
    setFeedback(
      result.ok
        ? { tone: 'success', text: `Deleted the attempt of ${whenText(entry)}.` }
        : { tone: 'error', text: result.error.message },
    );
    const left = store.getState().entries;
    // A failed delete leaves the row, and focus on its button.
    if (left.some((item) => item.id === entry.id)) return;
    setRefocus({ id: (left[index] ?? left[index - 1])?.id });
  }

  async function clear(): Promise<string | undefined> {
    const result = await store.getState().clear();
    if (!result.ok) return result.error.message;
    setConfirmingClear(false);
    setFeedback({ tone: 'success', text: 'History cleared.' });
    // The dialog gives focus back to Clear all, which is gone with the entries.
    setRefocus({});
    return undefined;
  }

  return (
    <section
      ref={sectionRef}
      className="panel history-panel"
      aria-labelledby="history-heading"
      aria-busy={status === 'loading'}
    >
      <div className="panel-header">
        <h2 id="history-heading" ref={headingRef} tabIndex={-1}>
          History
        </h2>
        {entries.length > 0 && (
          <button type="button" className="button button-ghost button-small" onClick={() => setConfirmingClear(true)}>
            Clear all
          </button>
        )}
      </div>
      {entries.length > 1 && (
        <div className="compare-bar">
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={selectedIds.length !== COMPARE_LIMIT}
            aria-describedby="compare-hint"
            onClick={() => setComparing(true)}
          >
            Compare
          </button>
          <span id="compare-hint" className="muted">
            {selectedIds.length === COMPARE_LIMIT
              ? 'Two attempts selected.'
              : `Select two attempts to compare (${selectedIds.length} of 2 selected).`}
          </span>
        </div>
      )}
      {status === 'loading' && <p className="muted">Loading history…</p>}
      {status === 'failed' && loadError && (
        <ErrorAlert title="History could not be loaded" message={loadError.message}>
          <button type="button" className="button button-secondary" onClick={() => void store.getState().load()}>
            Try again
          </button>
        </ErrorAlert>
      )}
      {status === 'ready' && entries.length === 0 && (
        <p ref={emptyRef} tabIndex={-1} className="empty-state empty-state-small">
          No attempts yet. Every token request is kept here, redacted: no secret, no usable token.
        </p>
      )}
      {entries.length > 0 && (
        <div className="history-filter">
          <label className="visually-hidden" htmlFor="history-filter">
            Filter History
          </label>
          <input
            id="history-filter"
            className="input"
            type="search"
            placeholder="Filter: status, client id, VAT, environment…"
            value={query}
            aria-describedby="history-filter-count"
            onChange={(event) => setQuery(event.target.value)}
          />
          <span id="history-filter-count" className="muted" aria-live="polite">
            {query.trim() === '' ? '' : `${shown.length} of ${entries.length}`}
          </span>
        </div>
      )}
      {entries.length > 0 && (
        <HistoryList
          entries={shown}
          currentId={currentId}
          busyId={busyId}
          onOpen={(id) => void open(id)}
          onDelete={(entry) => void remove(entry)}
          selectedIds={selectedIds}
          onToggleSelected={entries.length > 1 ? toggleSelected : undefined}
        />
      )}
      <p role="status" className={`profiles-feedback${feedback ? ` profiles-feedback-${feedback.tone}` : ''}`}>
        {feedback?.text}
      </p>
      {comparing &&
        selectedIds.length === COMPARE_LIMIT &&
        renderCompare([selectedIds[0] ?? '', selectedIds[1] ?? ''], () => setComparing(false))}
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
