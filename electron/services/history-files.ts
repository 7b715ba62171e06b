import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { PRIVATE_FILE_MODE, syncDirectory, writeFileAtomic } from './atomic-file';

/**
 * History on disk: a snapshot (`history.json`, rewritten atomically) and an append-only log beside it
 * (`history.log`, one JSON operation per line, each line flushed before the attempt is reported). An attempt costs
 * one appended line; the snapshot is rewritten only when the log has grown as large as it (compaction), so the
 * work per attempt stays proportional to the attempt, not to History.
 *
 * Crash safety: a line is written with one write and flushed; a kill mid-write leaves at most a torn last line
 * without its newline, which is ignored when read (that attempt was never reported as saved). A kill during
 * compaction leaves the old snapshot or the new one (atomic rename) with the whole log still there; replaying the
 * log over either gives the same History, because every operation is idempotent (add replaces by id).
 */
export type ReadOutcome = { ok: true; text: string | undefined } | { ok: false; code: string };

/** The file's text, undefined when there is none, or why it could not be read (EISDIR, EACCES, …). */
export function readIfPresent(path: string): ReadOutcome {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ENOENT' ? { ok: true, text: undefined } : { ok: false, code };
  }
}

export interface ParsedLog {
  /** Each complete line, parsed; lines that are not JSON are counted, not returned. */
  operations: unknown[];
  unreadableLines: number;
  bytes: number;
}

export function parseLog(text: string): ParsedLog {
  const lines = text.split('\n');
  lines.pop(); // after the last newline: empty, or a torn line a kill left behind
  const operations: unknown[] = [];
  let unreadableLines = 0;
  for (const line of lines) {
    if (line === '') continue;
    try {
      operations.push(JSON.parse(line));
    } catch {
      unreadableLines += 1;
    }
  }
  return { operations, unreadableLines, bytes: Buffer.byteLength(text) };
}

export interface HistoryFiles {
  /** Appends one operation line (the JSON is given already serialized) and flushes it; returns the log's size. */
  append(operationJson: string): number;
  /** Writes the snapshot atomically, then drops the log it now contains. */
  compact(snapshotJson: string): void;
}

/** Opened after the load, which compacts any log it found: so the log starts empty and always ends with a newline. */
export function historyFiles(snapshotPath: string, logPath: string): HistoryFiles {
  let logBytes = 0;
  return {
    append(operationJson) {
      const line = Buffer.from(`${operationJson}\n`);
      const created = !existsSync(logPath);
      const fd = openSync(logPath, 'a', PRIVATE_FILE_MODE);
      try {
        for (let written = 0; written < line.length;) written += writeSync(fd, line, written);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      if (created) syncDirectory(dirname(logPath));
      logBytes += line.length;
      return logBytes;
    },
    compact(snapshotJson) {
      writeFileAtomic(snapshotPath, snapshotJson);
      rmSync(logPath, { force: true });
      syncDirectory(dirname(logPath));
      logBytes = 0;
    },
  };
}
