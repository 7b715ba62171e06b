import type { EnvironmentId } from './environments';

/**
 * How a token attempt is listed in History. The attempt itself (already redacted: secret → fingerprint, token
 * signature hidden) is kept alongside and opened in the viewer.
 */
import type { AttemptOutcome } from './exchange';

export type HistoryOutcome = AttemptOutcome;

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

export interface HistoryNotice {
  source: 'history';
  /** The name of the moved-aside file, e.g. history.json.corrupt-2026-11-25T10-00-00-000Z. */
  movedTo: string;
  message: string;
}

export const HISTORY_LIMITS = { entries: 200, bytes: 2 * 1024 * 1024 } as const;
