import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { HistoryEntry } from '../../../shared/domain/history';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { useApi } from '../../lib/api-context';
import { formatDateTime } from '../../lib/format';
import '../../diagnosis.css';
import { compareAttempts, countDifferences } from './attempt-diff';
import { DiffTable } from './diff-table';
import { createCompareStore } from './use-compare-store';

function titleOf(letter: string, entry: HistoryEntry<TokenAttempt>): string {
  const status = entry.summary.status ?? 'no answer';
  const at = formatDateTime(Date.parse(entry.summary.at));
  return `${letter}: ${status}, ${entry.summary.environment.label}, ${at}`;
}

function Comparison({ entries }: { entries: [HistoryEntry<TokenAttempt>, HistoryEntry<TokenAttempt>] }) {
  const [left, right] = entries;
  const sections = useMemo(() => compareAttempts(left.attempt, right.attempt), [left, right]);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const total = countDifferences(sections);
  return (
    <>
      <p className="compare-total">
        {total === 0
          ? 'The two attempts are the same in every compared field.'
          : `${total} ${total === 1 ? 'field differs' : 'fields differ'}; they are highlighted and marked "Differs".`}
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={onlyDifferences}
          onChange={(event) => setOnlyDifferences(event.target.checked)}
        />
        Show only differences
      </label>
      <div className="compare-sections">
        {sections.map((section) => (
          <DiffTable
            key={section.id}
            section={section}
            leftTitle={titleOf('A', left)}
            rightTitle={titleOf('B', right)}
            onlyDifferences={onlyDifferences}
          />
        ))}
      </div>
    </>
  );
}

/** Two History attempts side by side: request headers, decoded Basic, parameters, status, body, claims, findings. */
export function CompareDialog({ ids, onClose }: { ids: readonly [string, string]; onClose: () => void }) {
  const api = useApi();
  const [store] = useState(() => createCompareStore(api));
  const status = useStore(store, (s) => s.status);
  const entries = useStore(store, (s) => s.entries);
  const error = useStore(store, (s) => s.error);
  const [leftId, rightId] = ids;

  useEffect(() => {
    void store.getState().load([leftId, rightId]);
  }, [store, leftId, rightId]);

  return (
    <ModalDialog title="Compare two attempts" onClose={onClose} className="dialog-xl compare-dialog" closeLabel="Close">
      {status === 'loading' && (
        <p className="muted" role="status">
          Loading both attempts…
        </p>
      )}
      {status === 'failed' && error && (
        <ErrorAlert title="The attempts could not be compared" message={error.message} />
      )}
      {status === 'ready' && entries && <Comparison entries={entries} />}
    </ModalDialog>
  );
}
