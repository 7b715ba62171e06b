import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClipboardPort } from './secret-clipboard';

/** TEST SUPPORT, never used by the app: a clipboard in memory that counts how often it was cleared. */
export interface FakeClipboard extends ClipboardPort {
  text: string;
  clears: number;
}

export function fakeClipboard(): FakeClipboard {
  const clipboard: FakeClipboard = {
    text: '',
    clears: 0,
    writeText: (text) => {
      clipboard.text = text;
    },
    readText: () => clipboard.text,
    clear: () => {
      clipboard.text = '';
      clipboard.clears += 1;
    },
  };
  return clipboard;
}

/** A fresh temp directory per test and a way to remove them all afterwards. */
export function tempDirs(prefix: string): { make(): string; cleanup(): void } {
  const made: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    cleanup: () => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
