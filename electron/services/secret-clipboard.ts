import { createHash, timingSafeEqual } from 'node:crypto';

/** Electron's `clipboard` fits this; tests pass a fake. */
export interface ClipboardPort {
  writeText(text: string): void;
  readText(): string;
  clear(): void;
}

/** Defaults to the global timers, looked up at call time so Vitest's fake timers apply. */
export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const CLIPBOARD_CLEAR_MS = 30_000;

export const globalTimers: TimerPort = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SecretClipboard {
  copy(secret: string): { clearsAfterMs: number };
  /** At quit: clear now if the clipboard still holds what we put there. */
  dispose(): void;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Puts a secret on the clipboard and clears it after 30 s — but only if the clipboard still holds that secret:
 * whatever the user copied since is theirs. Only a digest is kept meanwhile, not the secret itself.
 */
export function createSecretClipboard(clipboard: ClipboardPort, timers: TimerPort = globalTimers, clearAfterMs = CLIPBOARD_CLEAR_MS): SecretClipboard {
  let pending: { handle: unknown; digest: Buffer } | undefined;

  const clearIfUnchanged = () => {
    const copied = pending;
    pending = undefined;
    if (copied && timingSafeEqual(digest(clipboard.readText()), copied.digest)) clipboard.clear();
  };

  return {
    copy(secret) {
      if (pending) timers.clearTimeout(pending.handle);
      clipboard.writeText(secret);
      pending = { digest: digest(secret), handle: timers.setTimeout(clearIfUnchanged, clearAfterMs) };
      return { clearsAfterMs: clearAfterMs };
    },
    dispose() {
      if (!pending) return;
      timers.clearTimeout(pending.handle);
      clearIfUnchanged();
    },
  };
}
