import type { Argv } from 'yargs';
import { commandWord, registerCommands } from './commands/lazy-commands';
import { EXIT } from './exit-codes';
import { CLI_VERSION } from './cli-version';
import type { GlobalFlags } from './run-command';

/** Options that would put a secret into shell history and the process list; refused before anything else reads them. */
const SECRET_OPTION = /^-{1,2}(client[-_]?secret|secret|password|token)(=|$)/i;

function secretOnCommandLine(argv: readonly string[]): string | undefined {
  const found = argv.find((arg) => SECRET_OPTION.test(arg));
  return found?.replace(/=.*$/, '');
}

async function build(argv: string[]): Promise<Argv<GlobalFlags>> {
  const { default: yargs } = await import('yargs');
  const base = yargs(argv)
    .scriptName('integrator-console')
    .usage(
      '$0 <command> [options]\n\nMobilePay PoS V10 Integrator Authentication from the command line: the same requests, findings and redaction as the app.',
    )
    .option('json', {
      type: 'boolean',
      describe: "one JSON object on stdout (redacted like the app's exports)",
      global: true,
    })
    .option('data-dir', {
      type: 'string',
      describe: "the app's data folder, for --profile (default: the app's, or $INTEGRATOR_CONSOLE_USER_DATA)",
      global: true,
    })
    .option('sandbox', {
      type: 'string',
      describe: 'use the sandbox already running at this URL for --env local / local-production',
      global: true,
    })
    .option('color', {
      type: 'boolean',
      describe: 'colour (default: only on a terminal; NO_COLOR turns it off)',
      global: true,
    });
  const withCommands = await registerCommands(base as Argv<GlobalFlags>, commandWord(argv));
  return withCommands
    .command(
      'sandbox',
      'Run the local sandbox (token endpoint, JWKS, PoS V10 subset); --workers N, --host, see sandbox --help',
      {},
      () => {
        // Reached only when options came before it; the sandbox parses its own options, so it must come first.
        process.stderr.write(
          'error: put sandbox first, with its options after it: integrator-console sandbox [--workers N] [--json] …\n',
        );
        process.exitCode = EXIT.badInput;
      },
    )
    .completion('completion', 'Print a bash/zsh completion script: integrator-console completion >> ~/.bashrc')
    .demandCommand(1, 'Name a command: token, diagnose, probe, decode-basic, inspect, pos, import-zip, sandbox.')
    .strict()
    .recommendCommands()
    .version(CLI_VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .epilogue(
      'Secrets never go on the command line: use MOBILEPAY_CLIENT_ID / MOBILEPAY_CLIENT_SECRET, --secret-stdin, or --profile.\n' +
        'Exit codes: 0 ok, 2 refused (named cause), 3 network, 4 bad input, 1 anything else.',
    )
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`error: ${message}\nRun integrator-console --help for the commands and options.\n`);
      process.exit(EXIT.badInput);
    });
}

/**
 * Loads only what the command needs (issue 13): `sandbox` imports the sandbox and not yargs or any other command;
 * every other command imports yargs and its own module (lazy-commands.ts).
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const secret = secretOnCommandLine(argv);
  if (secret) {
    process.stderr.write(
      `error: ${secret} is refused: a secret on the command line stays in shell history and the process list. Use MOBILEPAY_CLIENT_SECRET, --secret-stdin or --password-stdin.\n`,
    );
    process.exitCode = EXIT.badInput;
    return;
  }
  // The sandbox has its own option parser (fault switches, --flavor…) and help; it also runs inside cluster workers.
  if (argv[0] === 'sandbox') {
    const { runSandboxCluster } = await import('../sandbox/cluster');
    await runSandboxCluster(argv.slice(1));
    return;
  }
  await (await build(argv)).parseAsync();
}
