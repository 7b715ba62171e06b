import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ENVIRONMENT_IDS } from '../../shared/domain/environments';
import { HISTORY_LIMITS, type HistoryEntry, type HistoryNotice, type HistorySummary } from '../../shared/domain/history';
import { stripJwtSignatures } from '../../shared/domain/redaction';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { moveAsideCorrupt, writeFileAtomic } from './atomic-file';
import { redactCapturedText } from './credential-redaction';

/**
 * Every token attempt, redacted, in `<dir>/history.json`: newest first in the list, capped by count and by total
 * size with the oldest dropped first. An unreadable file is moved aside (never deleted) and History starts empty.
 */
export const HISTORY_FILE_NAME = 'history.json';
const FORMAT = 'integrator-console-history';
const VERSION = 1;

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
  /** Returns the pending notices (a corrupt file moved aside) once, then forgets them. */
  notices(): HistoryNotice[];
}

export interface HistoryOptions {
  dir: string;
  maxEntries?: number;
  /** Cap on the serialized file. The newest attempt is always kept, even alone above it. */
  maxBytes?: number;
  now?: () => number;
}

const optionalText = z.string().max(2000).optional();
const summarySchema = z.object({
  id: z.string().min(1).max(200),
  at: z.string(),
  environment: z.object({ id: z.enum(ENVIRONMENT_IDS), label: z.string(), production: z.boolean() }),
  profileId: optionalText,
  profileName: optionalText,
  clientId: optionalText,
  merchantVat: optionalText,
  status: z.number().int().optional(),
  outcome: z.enum(['token', 'oauth-error', 'http-error', 'network-error']),
  durationMs: z.number(),
});
const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  entries: z.array(z.object({ summary: summarySchema, attempt: z.looseObject({ id: z.string() }) })),
});

function serialize(entries: readonly AttemptHistoryEntry[]): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, entries });
}

const EMPTY_FILE_BYTES = Buffer.byteLength(serialize([]));
const bytesOf = (entry: AttemptHistoryEntry) => Buffer.byteLength(JSON.stringify(entry));

function summarize(attempt: TokenAttempt, extra: HistoryExtra): HistorySummary {
  const claimedClient = attempt.token?.claims.client_id;
  const clientId = extra.clientId ?? (typeof claimedClient === 'string' ? claimedClient : undefined);
  return {
    id: attempt.id,
    at: attempt.exchange.startedAt,
    environment: { id: attempt.environment.id, label: attempt.environment.label, production: attempt.environment.production },
    profileId: attempt.profileId,
    profileName: extra.profileName,
    clientId,
    merchantVat: attempt.merchantVat,
    status: attempt.exchange.response?.status,
    outcome: attempt.outcome,
    durationMs: attempt.exchange.durationMs,
  };
}

/**
 * The attempt is redacted already; a second pass makes sure no usable credential reaches the disk: no JWT
 * signature anywhere, no opaque token in the response body (and no undefineds).
 */
function redactedCopy(entry: AttemptHistoryEntry): AttemptHistoryEntry {
  const copy = JSON.parse(stripJwtSignatures(JSON.stringify(entry))) as AttemptHistoryEntry;
  const response = copy.attempt.exchange?.response;
  if (typeof response?.body === 'string') response.body = redactCapturedText(response.body);
  return copy;
}

function load(path: string, now: () => number, notices: HistoryNotice[]): AttemptHistoryEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const parsed = fileSchema.parse(JSON.parse(text));
    return (parsed.entries as unknown as AttemptHistoryEntry[]).map(redactedCopy);
  } catch {
    const movedTo = moveAsideCorrupt(path, now());
    notices.push({
      source: 'history',
      movedTo,
      message: `Your request history could not be read, so the file was moved aside as ${movedTo} and History starts empty. Profiles, settings and saved secrets are not affected.`,
    });
    return [];
  }
}

export function openHistory(options: HistoryOptions): AttemptHistory {
  const path = join(options.dir, HISTORY_FILE_NAME);
  const now = options.now ?? Date.now;
  const maxEntries = Math.max(1, options.maxEntries ?? HISTORY_LIMITS.entries);
  const maxBytes = options.maxBytes ?? HISTORY_LIMITS.bytes;
  const pending: HistoryNotice[] = [];
  // Oldest first, so the cap drops from the front; sizes[i] is the serialized size of entries[i].
  const entries = load(path, now, pending);
  const sizes = entries.map(bytesOf);

  const fileBytes = () => EMPTY_FILE_BYTES + sizes.reduce((sum, size) => sum + size, 0) + Math.max(0, entries.length - 1);
  const persist = () => writeFileAtomic(path, stripJwtSignatures(serialize(entries)));
  const indexOf = (id: string) => entries.findIndex((entry) => entry.summary.id === id);
  const removeAt = (index: number) => {
    entries.splice(index, 1);
    sizes.splice(index, 1);
  };

  return {
    add(attempt, extra = {}) {
      const entry = redactedCopy({ summary: summarize(attempt, extra), attempt });
      const existing = indexOf(entry.summary.id);
      if (existing !== -1) removeAt(existing);
      entries.push(entry);
      sizes.push(bytesOf(entry));
      while (entries.length > 1 && (entries.length > maxEntries || fileBytes() > maxBytes)) removeAt(0);
      persist();
      return entry.summary;
    },
    list: () => entries.map((entry) => structuredClone(entry.summary)).reverse(),
    get(id) {
      const entry = entries[indexOf(id)];
      return entry ? redactedCopy(entry) : undefined;
    },
    delete(id) {
      const index = indexOf(id);
      if (index === -1) return false;
      removeAt(index);
      persist();
      return true;
    },
    clear() {
      entries.length = 0;
      sizes.length = 0;
      persist();
    },
    notices: () => pending.splice(0, pending.length),
  };
}
