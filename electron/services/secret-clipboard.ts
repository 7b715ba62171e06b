import { createHash, timingSafeEqual } from 'node:crypto';

/** Electron's `clipboard` fits this (asynchronous reads and writes since Electron 45); tests pass a fake. */
export interface ClipboardPort {
  writeText(text: string): void | Promise<void>;
  readText(): string | Promise<string>;
  clear(): void;
}

/** Defaults to the global timers, looked up at call time so Vitest's fake timers apply. */
export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const CLIPBOARD_CLEAR_MS = 30_000;

const globalTimers: TimerPort = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SecretClipboard {
  copy(secret: string): { clearsAfterMs: number };
  /** At quit: clear now if the clipboard still holds what we put there (a promise when the clipboard reads asynchronously). */
  dispose(): void | Promise<void>;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** A synchronous clipboard (the tests' fake) is answered at once, an asynchronous one (Electron 45) when it has read. */
function afterReading(text: string | Promise<string>, then: (current: string) => void): void | Promise<void> {
  return typeof text === 'string' ? then(text) : text.then(then, () => undefined);
}

/**
 * Puts a secret on the clipboard and clears it after 30 s — but only if the clipboard still holds that secret:
 * whatever the user copied since is theirs. Only a digest is kept meanwhile, not the secret itself.
 */
export function createSecretClipboard(
  clipboard: ClipboardPort,
  timers: TimerPort = globalTimers,
  clearAfterMs = CLIPBOARD_CLEAR_MS,
): SecretClipboard {
  let pending: { handle: unknown; digest: Buffer } | undefined;

  const clearIfUnchanged = (): void | Promise<void> => {
    const copied = pending;
    pending = undefined;
    if (!copied) return;
    return afterReading(clipboard.readText(), (current) => {
      if (timingSafeEqual(digest(current), copied.digest)) clipboard.clear();
    });
  };

  return {
    copy(secret) {
      if (pending) timers.clearTimeout(pending.handle);
      // A failed asynchronous write leaves nothing to clear; the 30 s check then finds other text and does nothing.
      void Promise.resolve(clipboard.writeText(secret)).catch(() => undefined);
      pending = { digest: digest(secret), handle: timers.setTimeout(() => void clearIfUnchanged(), clearAfterMs) };
      return { clearsAfterMs: clearAfterMs };
    },
    dispose() {
      if (!pending) return;
      timers.clearTimeout(pending.handle);
      return clearIfUnchanged();
    },
  };
}
