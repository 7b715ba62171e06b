import type { TokenAttempt } from '../../../shared/ipc/contract';

/** When a token stops working, on the server's clock (epoch ms), from exp and from expires_in. */
export interface TokenTiming {
  /** What the countdown follows: exp when the token has one, else receipt + expires_in. */
  expiresAt: number;
  basis: 'exp' | 'expires_in';
  /** Receipt + expires_in, when the response gave one. */
  expiresInAt?: number;
  /** iat, or the receipt time. */
  startedAt: number;
  /** Server minus local clock (ms); 0 when the server sent no Date. */
  clockSkewMs: number;
}

export function tokenTiming(attempt: TokenAttempt): TokenTiming | undefined {
  const skew = attempt.exchange.clockSkewMs ?? 0;
  // receivedAt is this machine's clock; the same moment on the server's clock is receivedAt + skew.
  const receivedServer = attempt.receivedAt + skew;
  const expiresIn = attempt.tokenResponse?.expiresIn;
  const expiresInAt = expiresIn !== undefined ? receivedServer + expiresIn * 1000 : undefined;
  const exp = attempt.token?.exp;
  const expiresAt = exp !== undefined ? exp * 1000 : expiresInAt;
  if (expiresAt === undefined) return undefined;
  const iat = attempt.token?.iat;
  return {
    expiresAt,
    basis: exp !== undefined ? 'exp' : 'expires_in',
    ...(expiresInAt !== undefined ? { expiresInAt } : {}),
    startedAt: iat !== undefined ? iat * 1000 : receivedServer,
    clockSkewMs: skew,
  };
}
