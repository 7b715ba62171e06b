import type { HistorySummary } from '../../shared/domain/history';
import type { TokenAttempt } from '../../shared/ipc/contract';
import type { AttemptHistory, AttemptHistoryEntry, HistoryExtra } from '../services/history';

function summaryOf(attempt: TokenAttempt, extra: HistoryExtra): HistorySummary {
  return {
    id: attempt.id,
    at: attempt.exchange.startedAt,
    environment: attempt.environment,
    ...(attempt.profileId ? { profileId: attempt.profileId } : {}),
    ...(extra.profileName ? { profileName: extra.profileName } : {}),
    ...(extra.clientId ? { clientId: extra.clientId } : {}),
    ...(attempt.merchantVat ? { merchantVat: attempt.merchantVat } : {}),
    ...(attempt.exchange.response ? { status: attempt.exchange.response.status } : {}),
    outcome: attempt.outcome,
    durationMs: attempt.exchange.durationMs,
  };
}

/**
 * A command-line run keeps its attempts in memory only: a script's hundred `diagnose` calls must not crowd the
 * app's History, and nothing of them is written anywhere.
 */
export function createMemoryHistory(): AttemptHistory {
  const entries: AttemptHistoryEntry[] = [];
  const indexOf = (id: string) => entries.findIndex((entry) => entry.summary.id === id);
  return {
    add(attempt, extra = {}) {
      const summary = summaryOf(attempt, extra);
      entries.unshift({ summary, attempt });
      return summary;
    },
    list: () => entries.map((entry) => entry.summary),
    get: (id) => entries[indexOf(id)],
    delete: (id) => {
      const index = indexOf(id);
      if (index >= 0) entries.splice(index, 1);
      return index >= 0;
    },
    clear: () => void entries.splice(0, entries.length),
    notices: () => [],
  };
}
