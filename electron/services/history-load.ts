import { basename } from 'node:path';
import type { HistoryEntry, HistoryNotice } from '../../shared/domain/history';
import { stripJwtSignatures } from '../../shared/domain/redaction';
import { fileTimestamp, moveAsideCorrupt, writeFileAtomic } from './atomic-file';
import { redactCapturedText } from './credential-redaction';
import { parseLog, readIfPresent } from './history-files';
import { createHistoryList, type HistoryList, type ListCaps, type StoredEntry } from './history-list';
import { entrySchema, snapshotSchema } from './history-schema';

/**
 * Reads History back: the snapshot, capped (only the newest entries that fit are even checked, so a 50 MB file
 * opens in the time it takes to parse it), each kept entry checked in full, then the log replayed over it.
 * Whatever cannot be used is set aside and said once, never a reason not to start.
 */
export interface LoadedHistory<Attempt> {
  list: HistoryList<Attempt>;
  notices: HistoryNotice[];
  /** The files on disk differ from the list (a log to fold in, entries capped, set aside or re-redacted). */
  needsCompaction: boolean;
}

/** A redacted copy and its line: no JWT signature anywhere, no opaque token in the response body, no undefineds. */
export function storedEntry<Attempt>(entry: HistoryEntry<Attempt>): { stored: StoredEntry<Attempt>; changed: boolean } {
  const text = JSON.stringify(entry);
  const copy = JSON.parse(stripJwtSignatures(text)) as HistoryEntry<{ exchange?: { response?: { body?: unknown } } }>;
  const response = copy.attempt.exchange?.response;
  if (typeof response?.body === 'string') response.body = redactCapturedText(response.body);
  const json = JSON.stringify(copy);
  return {
    stored: { entry: copy as HistoryEntry<Attempt>, json, bytes: Buffer.byteLength(json) },
    changed: json !== text,
  };
}

const UNREADABLE: Record<string, string> = {
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function setAside(path: string, now: number, why: string, notices: HistoryNotice[]): void {
  const name = basename(path);
  try {
    const movedTo = moveAsideCorrupt(path, now);
    notices.push({
      source: 'history',
      movedTo,
      message: `Your request history could not be read (${why}), so ${name} was moved aside as ${movedTo} and History starts empty. Profiles, settings and saved secrets are not affected.`,
    });
  } catch {
    notices.push({
      source: 'history',
      movedTo: name,
      message: `Your request history could not be read (${why}) and ${name} could not be moved aside. History starts empty; new attempts are kept in ${name.replace(/\.json$/, '.log')}.`,
    });
  }
}

function readSnapshot(path: string, now: number, notices: HistoryNotice[]): unknown[] {
  const read = readIfPresent(path);
  if (!read.ok) {
    setAside(path, now, UNREADABLE[read.code] ?? read.code, notices);
    return [];
  }
  if (read.text === undefined) return [];
  try {
    return snapshotSchema.parse(JSON.parse(read.text)).entries;
  } catch {
    setAside(path, now, 'it is not a History file this version can open', notices);
    return [];
  }
}

interface Rejected {
  index: number;
  reason: string;
}

/** Walks from the newest entry back, keeping valid ones until the caps are reached; older ones are not even checked. */
function newestThatFit<Attempt>(
  raw: unknown[],
  caps: ListCaps,
  rejected: Rejected[],
): { kept: StoredEntry<Attempt>[]; changed: boolean } {
  const kept: StoredEntry<Attempt>[] = [];
  let bytes = caps.frameBytes;
  let changed = false;
  for (let index = raw.length - 1; index >= 0; index -= 1) {
    const checked = entrySchema.safeParse(raw[index]);
    if (!checked.success) {
      rejected.push({ index, reason: checked.error.issues[0]?.message ?? 'malformed' });
      continue;
    }
    const { stored, changed: redacted } = storedEntry<Attempt>(checked.data as HistoryEntry<Attempt>);
    if (kept.length > 0 && (kept.length >= caps.maxEntries || bytes + stored.bytes + 1 > caps.maxBytes)) {
      changed = true; // the rest is older than what fits
      break;
    }
    kept.push(stored);
    bytes += stored.bytes + 1;
    changed ||= redacted;
  }
  return { kept: kept.reverse(), changed };
}

function replay<Attempt>(list: HistoryList<Attempt>, operations: unknown[], rejected: Rejected[]): void {
  operations.forEach((operation, index) => {
    const op = operation as { add?: unknown; dropped?: unknown; delete?: unknown; clear?: unknown } | null;
    if (op?.clear === true) return list.clear();
    if (typeof op?.delete === 'string') return void list.remove(op.delete);
    const checked = entrySchema.safeParse(op?.add);
    if (checked.success) {
      list.push(storedEntry<Attempt>(checked.data as HistoryEntry<Attempt>).stored);
      if (Array.isArray(op?.dropped)) for (const id of op.dropped) if (typeof id === 'string') list.remove(id);
      return;
    }
    rejected.push({ index: -1 - index, reason: checked.error?.issues[0]?.message ?? 'not a History operation' });
  });
}

export function loadHistory<Attempt>(
  paths: { snapshot: string; log: string },
  caps: ListCaps,
  now: number,
): LoadedHistory<Attempt> {
  const notices: HistoryNotice[] = [];
  const rejected: Rejected[] = [];
  const raw = readSnapshot(paths.snapshot, now, notices);
  const { kept, changed } = newestThatFit<Attempt>(raw, caps, rejected);
  const list = createHistoryList<Attempt>(caps);
  for (const stored of kept) list.push(stored);
  const log = readIfPresent(paths.log);
  const parsed = log.ok && log.text !== undefined ? parseLog(log.text) : undefined;
  if (!log.ok) setAside(paths.log, now, UNREADABLE[log.code] ?? log.code, notices);
  if (parsed) replay(list, parsed.operations, rejected);
  if (rejected.length > 0) notices.push(setAsideEntries(paths.snapshot, raw, rejected, now));
  return { list, notices, needsCompaction: changed || rejected.length > 0 || (parsed?.bytes ?? 0) > 0 };
}

/** Keeps the entries that could not be opened in a file of their own, with the reason for each. */
function setAsideEntries(snapshotPath: string, raw: unknown[], rejected: Rejected[], now: number): HistoryNotice {
  const target = `${snapshotPath}.set-aside-${fileTimestamp(now)}`;
  const entries = rejected.map(({ index, reason }) => ({
    reason,
    ...(index >= 0 ? { entry: raw[index] } : { logLine: -1 - index }),
  }));
  let movedTo = basename(target);
  try {
    writeFileAtomic(target, stripJwtSignatures(JSON.stringify({ entries }, null, 1)));
  } catch {
    movedTo = '';
  }
  const count = rejected.length === 1 ? 'One attempt' : `${rejected.length} attempts`;
  const verb = rejected.length === 1 ? 'was' : 'were';
  const where = movedTo ? `${verb} set aside in ${movedTo}` : `${verb} left out`;
  return {
    source: 'history',
    movedTo,
    message: `${count} in History could not be opened and ${where}; the rest of History opened as usual.`,
  };
}
