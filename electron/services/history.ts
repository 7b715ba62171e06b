import { join } from 'node:path';
import {
  HISTORY_LIMITS,
  type HistoryChange,
  type HistoryEntry,
  type HistoryNotice,
  type HistorySummary,
} from '../../shared/domain/history';
import type { TokenAttempt } from '../../shared/domain/attempts';
import { historyFiles } from './history-files';
import { loadHistory, storedEntry } from './history-load';

/**
 * Every token attempt, redacted, newest first in the list, capped by count and by total size with the oldest dropped
 * first. On disk: `<dir>/history.json` (a snapshot) and `<dir>/history.log` (appended per change; history-files.ts
 * says why and how a kill mid-write loses nothing that was reported saved). An unreadable file or entry is set
 * aside (never deleted) and said once.
 */
export const HISTORY_FILE_NAME = 'history.json';
export const HISTORY_LOG_NAME = 'history.log';
const FRAME_START = '{"format":"integrator-console-history","version":1,"entries":[';
const FRAME_END = ']}';
/** The log is folded into the snapshot once it is as large as the snapshot, and never for less than this. */
const MIN_COMPACTION_BYTES = 256 * 1024;

export type AttemptHistoryEntry = HistoryEntry<TokenAttempt>;

/** What the attempt does not say itself: the handler knows the profile's name and the client id used. */
export interface HistoryExtra {
  profileName?: string;
  clientId?: string;
}

export interface AttemptHistory {
  add(attempt: TokenAttempt, extra?: HistoryExtra): HistorySummary;
  /** Newest first. */
  list(): HistorySummary[];
  get(id: string): AttemptHistoryEntry | undefined;
  delete(id: string): boolean;
  clear(): void;
  /** Returns the pending notices (a file or entries set aside) once, then forgets them. */
  notices(): HistoryNotice[];
}

export interface HistoryOptions {
  dir: string;
  maxEntries?: number;
  /** Cap on the serialized snapshot. The newest attempt is always kept, even alone above it. */
  maxBytes?: number;
  now?: () => number;
  /** Called after every change, with what changed (main pushes it to the window as `history:changed`). */
  onChange?: (change: HistoryChange) => void;
}

function summarize(attempt: TokenAttempt, extra: HistoryExtra): HistorySummary {
  const claimedClient = attempt.token?.claims.client_id;
  const clientId = extra.clientId ?? (typeof claimedClient === 'string' ? claimedClient : undefined);
  return {
    id: attempt.id,
    at: attempt.exchange.startedAt,
    environment: {
      id: attempt.environment.id,
      label: attempt.environment.label,
      production: attempt.environment.production,
    },
    profileId: attempt.profileId,
    profileName: extra.profileName,
    clientId,
    merchantVat: attempt.merchantVat,
    status: attempt.exchange.response?.status,
    outcome: attempt.outcome,
    durationMs: attempt.exchange.durationMs,
  };
}

export function openHistory(options: HistoryOptions): AttemptHistory {
  const paths = { snapshot: join(options.dir, HISTORY_FILE_NAME), log: join(options.dir, HISTORY_LOG_NAME) };
  const now = options.now ?? Date.now;
  const caps = {
    maxEntries: Math.max(1, options.maxEntries ?? HISTORY_LIMITS.entries),
    maxBytes: options.maxBytes ?? HISTORY_LIMITS.bytes,
    frameBytes: FRAME_START.length + FRAME_END.length,
  };
  const { list, notices: pending, needsCompaction } = loadHistory<TokenAttempt>(paths, caps, now());
  const files = historyFiles(paths.snapshot, paths.log);
  let compactionBroken = false;
  const compact = () => {
    if (compactionBroken) return;
    try {
      files.compact(
        `${FRAME_START}${list
          .all()
          .map((item) => item.json)
          .join(',')}${FRAME_END}`,
      );
    } catch {
      compactionBroken = true; // e.g. a folder that could not be moved aside: the log alone still keeps every change
    }
  };
  const record = (operationJson: string, change: HistoryChange) => {
    const logBytes = files.append(operationJson);
    if (logBytes >= Math.max(MIN_COMPACTION_BYTES, list.fileBytes())) compact();
    options.onChange?.(change);
  };
  if (needsCompaction) compact();

  return {
    add(attempt, extra = {}) {
      const { stored } = storedEntry<TokenAttempt>({ summary: summarize(attempt, extra), attempt });
      const removedIds = list.push(stored);
      // The ids the caps dropped go in the same line, so a replay under other caps gives this same History.
      record(`{"add":${stored.json},"dropped":${JSON.stringify(removedIds)}}`, {
        added: stored.entry.summary,
        removedIds,
      });
      return stored.entry.summary;
    },
    list: () => [...list.summaries()],
    get(id) {
      const found = list.find(id);
      return found ? (JSON.parse(found.json) as AttemptHistoryEntry) : undefined;
    },
    delete(id) {
      if (!list.remove(id)) return false;
      record(JSON.stringify({ delete: id }), { removedIds: [id] });
      return true;
    },
    clear() {
      list.clear();
      record('{"clear":true}', { removedIds: [], cleared: true });
    },
    notices: () => pending.splice(0, pending.length),
  };
}
