import type Conf from 'conf';
import { basename, dirname, join } from 'node:path';
import type { SetAsideRecord } from '../../shared/domain/set-aside';
import type { StoreNotice } from '../../shared/domain/vault';
import { fileTimestamp, moveAsideCorrupt, writeFileAtomic } from './atomic-file';
import { readStoreFile, type SetAsideWhy } from './store-file';

/**
 * Opens one conf store file so that no file content stops the app: unreadable or oversized → moved aside; not a
 * JSON object or failing the whole-file schema → moved aside; single bad records or values → screened out, with a
 * copy of the original kept beside it. Every case leaves a notice naming the kept file.
 */
export interface StoreMessages {
  /** The file could not be read or is too large; `why` says which. */
  setAsideFile(why: SetAsideWhy, movedTo: string): string;
  corrupt(movedTo: string): string;
  /** Some records or values were left out; the original is kept as `copy`. */
  screened(setAside: readonly SetAsideRecord[], copy: string): string;
}

export interface StoreOpenOptions<T extends Record<string, unknown>> {
  path: string;
  source: StoreNotice['source'];
  maxBytes: number;
  now: () => number;
  make: () => Conf<T>;
  /** Takes the parsed file, returns it without the records or values that fail, and why each failed. */
  screen?: (data: Record<string, unknown>) => { data: Record<string, unknown>; setAside: SetAsideRecord[] };
  messages: StoreMessages;
  notices: StoreNotice[];
}

const isCorruption = (error: unknown): boolean =>
  error instanceof Error && /^(Config schema violation|Something went wrong during the migration)/.test(error.message);

function parseObject(original: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(original.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `<name>.set-aside-<timestamp>` next to the file, holding `bytes` exactly. */
function keepCopy(path: string, bytes: Buffer, epochMs: number): string {
  const copy = join(dirname(path), `${basename(path)}.set-aside-${fileTimestamp(epochMs)}`);
  writeFileAtomic(copy, bytes);
  return basename(copy);
}

/** conf writes defaults and migrations before it validates, so the bytes read first are what goes aside. */
function moveAsideWhole(options: StoreOpenOptions<Record<string, unknown>>, original: Buffer): void {
  const movedTo = moveAsideCorrupt(options.path, options.now());
  writeFileAtomic(join(dirname(options.path), movedTo), original);
  options.notices.push({ source: options.source, movedTo, message: options.messages.corrupt(movedTo) });
}

/** `keptAs`: the name of the copy of the file as it was, when records were set aside. */
export function openStore<T extends Record<string, unknown>>(
  options: StoreOpenOptions<T>,
): { store: Conf<T>; setAside: SetAsideRecord[]; keptAs?: string } {
  const { path, now, notices, messages, source } = options;
  const untyped = options as unknown as StoreOpenOptions<Record<string, unknown>>;
  const read = readStoreFile(path, { maxBytes: options.maxBytes, now });
  if (read.movedAside) {
    const { movedTo, why } = read.movedAside;
    notices.push({ source, movedTo, message: messages.setAsideFile(why, movedTo) });
  }
  const original = read.original;
  if (original === undefined) return { store: options.make(), setAside: [] };
  const parsed = parseObject(original);
  if (!parsed) {
    moveAsideWhole(untyped, original);
    return { store: options.make(), setAside: [] };
  }
  const screened = options.screen?.(parsed) ?? { data: parsed, setAside: [] };
  let keptAs: string | undefined;
  if (screened.setAside.length > 0) {
    keptAs = keepCopy(path, original, now());
    writeFileAtomic(path, JSON.stringify(screened.data, undefined, '\t'));
    notices.push({ source, movedTo: keptAs, message: messages.screened(screened.setAside, keptAs) });
  }
  try {
    return { store: options.make(), setAside: screened.setAside, ...(keptAs ? { keptAs } : {}) };
  } catch (error) {
    if (!isCorruption(error)) throw error;
    moveAsideWhole(untyped, original);
    return { store: options.make(), setAside: [] };
  }
}
