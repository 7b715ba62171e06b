import type { HandlerDeps } from '../handlers/deps';
import type { Handlers } from '../handlers/index';
import { appDataDir } from './app-data';
import { sandboxOrigin } from './attached-sandbox';
import type { CliCore } from './cli-core';
import { CLI_VERSION } from './cli-version';
import { asCliError, type ExitCode } from './exit-codes';
import { colorFor } from './terminal';

export interface GlobalFlags {
  json?: boolean;
  dataDir?: string;
  sandbox?: string;
  color?: boolean;
}

export interface CommandContext {
  handlers: Handlers;
  deps: HandlerDeps;
  json: boolean;
  out: (text: string) => void;
  paint: ReturnType<typeof colorFor>;
  errPaint: ReturnType<typeof colorFor>;
}

const env = (flags: GlobalFlags): NodeJS.ProcessEnv =>
  flags.color === false ? { ...process.env, NO_COLOR: '1' } : process.env;

/**
 * Runs one command over the app's handlers and sets the exit code. Errors become one line on stderr (or a JSON
 * object on stdout with --json); never a stack, never a secret (handler messages are safe to show by contract).
 */
export async function runCommand(
  flags: GlobalFlags,
  body: (context: CommandContext) => Promise<ExitCode>,
): Promise<void> {
  const json = flags.json ?? false;
  let core: CliCore | undefined;
  try {
    // The app's handlers and services, loaded once a command runs (not for --help of it).
    const { createCliCore } = await import('./cli-core');
    core = createCliCore({
      dataDir: flags.dataDir ?? appDataDir(),
      ...(flags.sandbox ? { sandboxOrigin: sandboxOrigin(flags.sandbox) } : {}),
      version: CLI_VERSION,
    });
    const context: CommandContext = {
      handlers: core.handlers,
      deps: core.deps,
      json,
      out: (text) => process.stdout.write(`${text}\n`),
      paint: colorFor(process.stdout, env(flags)),
      errPaint: colorFor(process.stderr, env(flags)),
    };
    process.exitCode = await body(context);
  } catch (error) {
    const failure = asCliError(error);
    if (json) process.stdout.write(`${JSON.stringify({ exitCode: failure.exitCode, error: failure.message })}\n`);
    else process.stderr.write(`${colorFor(process.stderr, env(flags))('red', 'error:')} ${failure.message}\n`);
    process.exitCode = failure.exitCode;
  } finally {
    await core?.shutdown();
  }
}
