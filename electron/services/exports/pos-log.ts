import type { PosAttempt } from '../../../shared/domain/attempts';
import { stripSignaturesDeep } from './export-redaction';

/**
 * The PoS V10 calls of this run, newest first, in memory only: History persists token attempts, and a PoS call is
 * worth exporting (HAR, "Copy for support") only while the session that made it is open. Capped; the oldest go first.
 */
export interface PosAttemptLog {
  add(attempt: PosAttempt): void;
  /** Newest first. */
  list(): PosAttempt[];
  get(id: string): PosAttempt | undefined;
  clear(): void;
}

export const POS_LOG_LIMIT = 100;

export function createPosAttemptLog(options: { maxEntries?: number } = {}): PosAttemptLog {
  const maxEntries = Math.max(1, options.maxEntries ?? POS_LOG_LIMIT);
  // Oldest first, so the cap drops from the front.
  const entries: PosAttempt[] = [];
  return {
    add(attempt) {
      const existing = entries.findIndex((entry) => entry.id === attempt.id);
      if (existing !== -1) entries.splice(existing, 1);
      // A copy, so later changes by the caller do not reach the log; no usable token in it either.
      entries.push(stripSignaturesDeep(attempt));
      if (entries.length > maxEntries) entries.splice(0, entries.length - maxEntries);
    },
    list: () => entries.map((entry) => structuredClone(entry)).reverse(),
    get(id) {
      const found = entries.find((entry) => entry.id === id);
      return found ? structuredClone(found) : undefined;
    },
    clear() {
      entries.length = 0;
    },
  };
}
