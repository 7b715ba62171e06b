import { CliUsageError, parseCliArgs, usage } from './cli-args';
import { formatBanner, formatJsonLine } from './cli-output';
import { startSandbox } from './index';

/**
 * `npm run sandbox -- [--port N] [--json] [--data-dir DIR] [--flavor F] [fault flags]`: runs the local sandbox
 * until Ctrl+C / SIGTERM.
 * Exit codes: 0 stopped by a signal or --help, 1 failed to start, 2 bad command line.
 */
async function main(argv: readonly string[]): Promise<void> {
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
    process.stdout.write(`${usage()}\n`);
    return;
  }
  if (options.json) {
    // stdout carries exactly one JSON line; anything a library logs goes to stderr instead.
    console.log = console.error;
    console.info = console.error;
  }

  const sandbox = await startSandbox({
    dataDir: options.dataDir,
    port: options.port,
    flavor: options.flavor,
    faults: options.faults,
  });
  if (options.rotateKey) await sandbox.rotateSigningKey();
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  process.stdout.write(`${options.json ? formatJsonLine(sandbox) : formatBanner(sandbox, options.dataDir)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const hint = code === 'EADDRINUSE' ? ' (that port is taken; pick another with --port, or omit it for a free one)' : '';
  process.stderr.write(`sandbox: failed to start: ${message}${hint}\n`);
  process.exit(1);
});
