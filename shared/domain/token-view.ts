import { decodeJwt, decodeProtectedHeader } from 'jose';

/** What the console shows of a token: its decoded parts (never the signature) and its timing. */
export interface TokenView {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** header.payload.<signature hidden> */
  redacted: string;
  /** epoch seconds from the claims, when present and numeric */
  iat?: number;
  nbf?: number;
  exp?: number;
}

export type TokenDecode = { ok: true; view: TokenView } | { ok: false; message: string };

function numericClaim(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The token in what a support person pastes from a log: a bare token, `Bearer <token>`, a whole
 * `Authorization: Bearer <token>` line, or the token in quotes or with a trailing comma (a JSON log). When something
 * else still surrounds it (a log line, a whole token response `{"access_token":"eyJ…"}`), the first JWT-shaped run
 * of text is taken; one word is kept as it is, damaged or not, for decodeToken to judge.
 */
export function tokenFromPastedText(text: string): string {
  const unwrapped = text
    .trim()
    .replace(/^(?:"?authorization"?\s*[:=]\s*)/i, '')
    .replace(/^["'`]|["'`,;]+$/g, '')
    .trim()
    .replace(/^bearer\s+/i, '')
    .replace(/^["'`]|["'`,;]+$/g, '');
  if (!/\s/.test(unwrapped) && !unwrapped.startsWith('{')) return unwrapped;
  return /[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/.exec(unwrapped)?.[0] ?? unwrapped;
}

/** A pasted Authorization: Basic value holds a client id and secret, not a token: the Basic decoder reads those. */
export function looksLikeBasicHeader(text: string): boolean {
  return /^\s*(?:"?authorization"?\s*[:=]\s*)?["'`]?basic\s+\S/i.test(text);
}

export function decodeToken(token: string): TokenDecode {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return { ok: false, message: `A JWT has three dot-separated parts; this one has ${parts.length}.` };
  }
  try {
    const header = decodeProtectedHeader(token) as Record<string, unknown>;
    const claims = decodeJwt(token) as Record<string, unknown>;
    return {
      ok: true,
      view: {
        header,
        claims,
        redacted: `${parts[0]}.${parts[1]}.<signature hidden>`,
        iat: numericClaim(claims.iat),
        nbf: numericClaim(claims.nbf),
        exp: numericClaim(claims.exp),
      },
    };
  } catch {
    return {
      ok: false,
      message: 'The token is not a readable JWT: its header or payload is not Base64url-encoded JSON.',
    };
  }
}

export type ExpiryState = 'valid' | 'expiring' | 'expired';

/** Amber under five minutes, red when expired. */
const EXPIRING_SOON_MS = 5 * 60 * 1000;

export function expiryState(remainingMs: number): ExpiryState {
  if (remainingMs <= 0) return 'expired';
  if (remainingMs < EXPIRING_SOON_MS) return 'expiring';
  return 'valid';
}

export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
