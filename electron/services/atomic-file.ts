import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Owner read/write only: the files under userData hold credentials metadata or ciphertext. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Writes `data` so that a crash leaves either the old file or the new one, never half of each: a temp file in the
 * same directory (same filesystem, so rename is atomic), flushed to disk, then renamed over the target.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = PRIVATE_FILE_MODE): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dir);
}

/** Makes a rename or a new file durable; not every platform lets a directory be opened, so this is best effort. */
export function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  }
}

/** A file-name-safe timestamp: 2026-11-25T10-00-00-000Z. */
export function fileTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}

/**
 * Renames an unreadable file to `<name>.corrupt-<timestamp>` (never deletes it: the user may want it back) and
 * returns the new base name.
 */
export function moveAsideCorrupt(path: string, epochMs: number): string {
  const stem = `${path}.corrupt-${fileTimestamp(epochMs)}`;
  let target = stem;
  for (let n = 2; existsSync(target); n += 1) target = `${stem}-${n}`;
  renameSync(path, target);
  return basename(target);
}
