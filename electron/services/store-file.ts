import { readFileSync, statSync } from 'node:fs';
import { moveAsideCorrupt } from './atomic-file';

/**
 * The first look at a store file (profiles.json, settings.json) before anything parses it: a folder where the file
 * should be, a file that cannot be read (EISDIR, EACCES, …) or one far larger than the store can be is moved aside —
 * kept whole for the user, never deleted — and reported, instead of stopping the app or stalling its start.
 */
export type SetAsideWhy = { kind: 'unreadable'; code: string } | { kind: 'too-large'; bytes: number };

export interface StoreFileRead {
  /** The bytes as they were, when the file exists and could be read. */
  original?: Buffer;
  movedAside?: { movedTo: string; why: SetAsideWhy };
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'unknown error';

export function readStoreFile(path: string, options: { maxBytes: number; now: () => number }): StoreFileRead {
  const aside = (why: SetAsideWhy): StoreFileRead => ({
    movedAside: { movedTo: moveAsideCorrupt(path, options.now()), why },
  });
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return aside({ kind: 'unreadable', code: 'EISDIR' });
    if (!stats.isFile()) return aside({ kind: 'unreadable', code: 'not a file' });
    size = stats.size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return {};
    return aside({ kind: 'unreadable', code: errorCode(error) });
  }
  // Decided on the size alone: a 50 MB file is never read, so it cannot hold up the start.
  if (size > options.maxBytes) return aside({ kind: 'too-large', bytes: size });
  try {
    return { original: readFileSync(path) };
  } catch (error) {
    return aside({ kind: 'unreadable', code: errorCode(error) });
  }
}

/** "could not be read (EACCES)" / "is too large (50.0 MB) to be a … file" — the first half of a notice. */
export function describeWhy(why: SetAsideWhy, what: string): string {
  if (why.kind === 'unreadable') return `could not be read (${why.code})`;
  return `is too large (${(why.bytes / 1024 / 1024).toFixed(1)} MB) to be ${what}`;
}
