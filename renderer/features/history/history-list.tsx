import type { HistorySummary } from '../../../shared/domain/history';
import { reasonPhrase } from '../../../shared/domain/exchange';
import { Badge } from '../../components/badge';
import { formatDateTime } from '../../lib/format';
import { environmentBadge } from '../../lib/secret-text';

interface HistoryListProps {
  entries: HistorySummary[];
  /** The attempt shown in the viewer. */
  currentId?: string;
  busyId?: string;
  onOpen: (id: string) => void;
  onDelete: (entry: HistorySummary) => void;
  /** Picked for Compare (at most two). */
  selectedIds?: readonly string[];
  onToggleSelected?: (id: string) => void;
}

export const COMPARE_LIMIT = 2;

const OUTCOME_TEXT: Record<HistorySummary['outcome'], string> = {
  token: 'token',
  'oauth-error': 'OAuth error',
  'http-error': 'HTTP error',
  'network-error': 'no answer',
};

function statusText(entry: HistorySummary): string {
  if (entry.status === undefined) return OUTCOME_TEXT[entry.outcome];
  return `${entry.status} ${reasonPhrase(entry.status)}`.trim();
}

export function whenText(entry: HistorySummary): string {
  return formatDateTime(Date.parse(entry.at));
}

function tone(entry: HistorySummary): 'success' | 'warning' | 'danger' {
  if (entry.outcome === 'token') return 'success';
  return entry.outcome === 'network-error' || (entry.status ?? 0) >= 500 ? 'danger' : 'warning';
}

/** Newest first. Each row opens in the viewer; Delete removes just that attempt. */
export function HistoryList({
  entries,
  currentId,
  busyId,
  onOpen,
  onDelete,
  selectedIds = [],
  onToggleSelected,
}: HistoryListProps) {
  const full = selectedIds.length >= COMPARE_LIMIT;
  return (
    <ul className="history-list" aria-label="Attempts">
      {entries.map((entry) => {
        const badge = environmentBadge(entry.environment.id);
        const who = entry.profileName ?? (entry.clientId ? `${entry.clientId} (ad hoc)` : 'Ad hoc');
        const selected = selectedIds.includes(entry.id);
        return (
          <li key={entry.id} className={`history-item${entry.id === currentId ? ' history-item-current' : ''}`}>
            {onToggleSelected && (
              <label className="compare-pick">
                <input
                  type="checkbox"
                  checked={selected}
                  disabled={full && !selected}
                  onChange={() => onToggleSelected(entry.id)}
                />
                <span className="compare-pick-text">Select</span>
                <span className="visually-hidden"> attempt of {whenText(entry)} for comparison</span>
              </label>
            )}
            <button
              type="button"
              className="history-open"
              data-attempt-id={entry.id}
              aria-current={entry.id === currentId ? 'true' : undefined}
              aria-busy={busyId === entry.id}
              onClick={() => onOpen(entry.id)}
            >
              <span className="visually-hidden">Open attempt: </span>
              <span className="history-line">
                <Badge text={badge.text} tone={badge.tone} />
                <span className={`history-status status-${tone(entry)}`}>{statusText(entry)}</span>
                <time dateTime={entry.at} className="muted">
                  {whenText(entry)}
                </time>
              </span>
              <span className="history-line history-details">
                <span>{who}</span>
                <span>{entry.merchantVat ?? 'no VAT'}</span>
              </span>
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              aria-label={`Delete attempt of ${whenText(entry)}`}
              onClick={() => onDelete(entry)}
            >
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}
