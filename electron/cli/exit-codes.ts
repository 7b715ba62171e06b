import type { AttemptOutcome } from '../../shared/domain/exchange';
import { HandlerError } from '../../shared/ipc/result';

/** What a CI step branches on. Documented in `--help` and the README. */
export const EXIT = { ok: 0, failed: 1, refused: 2, network: 3, badInput: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const badInput = (message: string) => new CliError(EXIT.badInput, message);

export function exitCodeForOutcome(outcome: AttemptOutcome): ExitCode {
  if (outcome === 'token') return EXIT.ok;
  return outcome === 'network-error' ? EXIT.network : EXIT.refused;
}

const HANDLER_EXIT: Partial<Record<HandlerError['code'], ExitCode>> = {
  INVALID_INPUT: EXIT.badInput,
  SECRET_MISSING: EXIT.badInput,
  SECRET_NEEDS_REENTRY: EXIT.badInput,
  NOT_FOUND: EXIT.badInput,
  UNSUPPORTED: EXIT.badInput,
  NETWORK: EXIT.network,
  SANDBOX_UNAVAILABLE: EXIT.network,
};

/** A handler's refusal, a RangeError from parsing, or a bug: each to its exit code and a one-line message. */
export function asCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof HandlerError) return new CliError(HANDLER_EXIT[error.code] ?? EXIT.failed, error.message);
  if (error instanceof RangeError) return badInput(error.message);
  return new CliError(EXIT.failed, error instanceof Error ? error.message : String(error));
}
