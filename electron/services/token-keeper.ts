/**
 * The full access tokens of the last few requests, in main's memory only (never on disk, never sent to the
 * renderer). The renderer sees a TokenView without the signature; "verify signature", "copy token" and
 * "reveal" come back here by attempt id.
 */
interface KeptTokenMeta {
  environmentId: string;
  /** The auth base the token came from; needed to fetch its keys. Absent when the URL was not an auth base. */
  authBase?: string;
}

export interface KeptToken extends KeptTokenMeta {
  attemptId: string;
  token: string;
  /** Epoch ms when it was remembered. */
  keptAt: number;
}

export interface TokenKeeper {
  /** Keeps the token; the oldest is dropped once more than `capacity` are kept. */
  remember(attemptId: string, token: string, meta: KeptTokenMeta): void;
  get(attemptId: string): KeptToken | undefined;
  forget(attemptId: string): boolean;
  clear(): void;
  size(): number;
}

const DEFAULT_KEPT_TOKENS = 20;

export function createTokenKeeper(options: { capacity?: number; now?: () => number } = {}): TokenKeeper {
  const capacity = Math.max(1, Math.floor(options.capacity ?? DEFAULT_KEPT_TOKENS));
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, so its first key is always the oldest.
  const kept = new Map<string, KeptToken>();
  return {
    remember(attemptId, token, meta) {
      kept.delete(attemptId);
      const entry: KeptToken = { attemptId, token, keptAt: now(), environmentId: meta.environmentId };
      if (meta.authBase !== undefined) entry.authBase = meta.authBase;
      kept.set(attemptId, entry);
      while (kept.size > capacity) {
        const oldest = kept.keys().next().value;
        if (oldest === undefined) break;
        kept.delete(oldest);
      }
    },
    get: (attemptId) => {
      const entry = kept.get(attemptId);
      return entry ? { ...entry } : undefined;
    },
    forget: (attemptId) => kept.delete(attemptId),
    clear: () => kept.clear(),
    size: () => kept.size,
  };
}

/** The auth base of a token endpoint URL (…/connect/token → …), or undefined when the URL does not end that way. */
export function authBaseOfTokenUrl(tokenUrl: string): string | undefined {
  const match = /^(https?:\/\/.+?)\/connect\/token\/?$/i.exec(tokenUrl.trim());
  return match?.[1];
}
