import { CliUsageError, parseCliArgs, usage } from './cli-args';
import { formatBanner, formatJsonLine, reportStartFailure } from './cli-output';
import { startSandbox } from './index';

/**
 * `npm run sandbox -- [--port N] [--json] [--data-dir DIR] [--flavor F] [fault flags]`: runs the local sandbox
 * until Ctrl+C / SIGTERM.
 * Exit codes: 0 stopped by a signal or --help, 1 failed to start, 2 bad command line.
 */
export interface SandboxRunExtras {
  /** --host of `integrator-console sandbox` (default loopback). */
  host?: string;
  /** Set in a worker of the multi-worker sandbox: the port all workers share, and this worker's number. */
  port?: number;
  workerId?: number;
  /** Workers after the first print nothing: one banner per sandbox. */
  quiet?: boolean;
  /** Extra lines for --help (the multi-worker options). */
  usageExtra?: string;
}

export async function runSandboxCli(argv: readonly string[], extras: SandboxRunExtras = {}): Promise<void> {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`sandbox: ${error.message}\n\n${usage()}\n`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(`${usage()}${extras.usageExtra ?? ''}\n`);
    return;
  }
  if (options.json) {
    // stdout carries exactly one JSON line; anything a library logs goes to stderr instead.
    console.log = console.error;
    console.info = console.error;
  }

  const sandbox = await startSandbox({
    dataDir: options.dataDir,
    port: extras.port ?? options.port,
    ...(extras.host ? { host: extras.host } : {}),
    ...(extras.workerId !== undefined ? { workerId: extras.workerId } : {}),
    flavor: options.flavor,
    faults: options.faults,
  });
  if (options.rotateKey) await sandbox.rotateSigningKey();
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  if (!extras.quiet)
    process.stdout.write(`${options.json ? formatJsonLine(sandbox) : formatBanner(sandbox, options.dataDir)}\n`);
}

// Run directly (`node --import tsx electron/sandbox/cli.ts`), not when the integrator-console command imports it.
// (Bundled into dist-cli/cli.js, import.meta.url is the bundle's, so the entry is told apart by its file name.)
if (/electron[\\/]sandbox[\\/]cli\.ts$/.test(process.argv[1] ?? '')) {
  runSandboxCli(process.argv.slice(2)).catch(reportStartFailure);
}
