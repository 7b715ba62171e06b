/** Every IPC call resolves to one of these; handlers never throw across the boundary. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'ENCRYPTION_UNAVAILABLE',
  'SECRET_MISSING',
  'SECRET_NEEDS_REENTRY',
  'UNSUPPORTED',
  'NETWORK',
  'SANDBOX_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  /** Short, safe to show; never a secret, a token or a stack. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside handlers for an expected failure; register/preview turn it into `fail(code, message)`. */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}
