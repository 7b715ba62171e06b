import type { HistoryEntry, HistorySummary } from '../../shared/domain/history';

/**
 * History in memory, oldest first, capped by count and by serialized size with the oldest dropped first. Each entry
 * keeps its serialized line, so writing it out never serializes or redacts the list again.
 */
export interface StoredEntry<Attempt> {
  entry: HistoryEntry<Attempt>;
  /** JSON.stringify(entry), already redacted. */
  json: string;
  bytes: number;
}

export interface HistoryList<Attempt> {
  /** Adds (replacing the same id), applies the caps; returns the ids dropped by the caps. */
  push(stored: StoredEntry<Attempt>): string[];
  remove(id: string): boolean;
  clear(): void;
  find(id: string): StoredEntry<Attempt> | undefined;
  /** Newest first; the same array until the list changes. */
  summaries(): readonly HistorySummary[];
  /** Oldest first. */
  all(): readonly StoredEntry<Attempt>[];
  /** The snapshot file's size for the entries held now. */
  fileBytes(): number;
}

export interface ListCaps {
  maxEntries: number;
  maxBytes: number;
  /** Size of the snapshot's frame with no entries. */
  frameBytes: number;
}

export function createHistoryList<Attempt>(caps: ListCaps): HistoryList<Attempt> {
  const stored: StoredEntry<Attempt>[] = [];
  let entryBytes = 0;
  let summaries: HistorySummary[] | undefined;
  const fileBytes = () => caps.frameBytes + entryBytes + Math.max(0, stored.length - 1);
  const removeAt = (index: number): string => {
    const [gone] = stored.splice(index, 1);
    entryBytes -= gone!.bytes;
    summaries = undefined;
    return gone!.entry.summary.id;
  };
  const indexOf = (id: string) => stored.findIndex((item) => item.entry.summary.id === id);

  return {
    push(item) {
      const existing = indexOf(item.entry.summary.id);
      if (existing !== -1) removeAt(existing);
      stored.push(item);
      entryBytes += item.bytes;
      summaries = undefined;
      const dropped: string[] = [];
      while (stored.length > 1 && (stored.length > caps.maxEntries || fileBytes() > caps.maxBytes))
        dropped.push(removeAt(0));
      return dropped;
    },
    remove(id) {
      const index = indexOf(id);
      if (index === -1) return false;
      removeAt(index);
      return true;
    },
    clear() {
      stored.length = 0;
      entryBytes = 0;
      summaries = undefined;
    },
    find: (id) => stored[indexOf(id)],
    summaries: () => (summaries ??= stored.map((item) => Object.freeze(item.entry.summary)).reverse()),
    all: () => stored,
    fileBytes,
  };
}
