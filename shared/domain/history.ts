import type { EnvironmentId } from './environments';

/**
 * How a token attempt is listed in History. The attempt itself (already redacted: secret → fingerprint, token
 * signature hidden) is kept alongside and opened in the viewer.
 */
import type { AttemptOutcome } from './exchange';

type HistoryOutcome = AttemptOutcome;

export interface HistorySummary {
  id: string;
  /** ISO time the request started. */
  at: string;
  environment: { id: EnvironmentId; label: string; production: boolean };
  profileId?: string;
  profileName?: string;
  clientId?: string;
  merchantVat?: string;
  /** HTTP status; absent when no answer came back. */
  status?: number;
  outcome: HistoryOutcome;
  durationMs: number;
}

export interface HistoryEntry<Attempt = unknown> {
  summary: HistorySummary;
  attempt: Attempt;
}

/**
 * What changed in History, pushed to the window as `history:changed`: the new summary (newest, goes first), the ids
 * that left (deleted, or dropped by the caps), or everything cleared.
 */
export interface HistoryChange {
  added?: HistorySummary;
  removedIds: string[];
  cleared?: true;
}

/** The list after a change: what the window holds, updated without asking main for the whole list again. */
export function applyHistoryChange(list: readonly HistorySummary[], change: HistoryChange): HistorySummary[] {
  if (change.cleared) return [];
  const gone = new Set(change.removedIds);
  if (change.added) gone.add(change.added.id);
  const kept = list.filter((summary) => !gone.has(summary.id));
  return change.added ? [change.added, ...kept] : kept;
}

export interface HistoryNotice {
  source: 'history';
  /** The name of the moved-aside file, e.g. history.json.corrupt-2026-11-25T10-00-00-000Z. */
  movedTo: string;
  message: string;
}

export const HISTORY_LIMITS = { entries: 200, bytes: 2 * 1024 * 1024 } as const;
