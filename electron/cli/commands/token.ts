import type { Argv } from 'yargs';
import { COMMAND_HELP } from './command-help';
import { CliError, EXIT, exitCodeForOutcome, type ExitCode } from '../exit-codes';
import { formatTokenAttempt, summaryLine } from '../human-output';
import { tokenAttemptJson } from '../json-output';
import { resolveRequest, type CredentialFlags } from '../credentials';
import { runCommand, type CommandContext, type GlobalFlags } from '../run-command';
import { withSpinner } from '../terminal';
import { withCredentialOptions } from './credential-options';

type TokenFlags = GlobalFlags & CredentialFlags & { output?: 'token' | 'summary'; timeout?: number };

/** token and diagnose: one request through the app's token handler; they differ in what comes first and the exit code. */
async function requestAndReport(
  context: CommandContext,
  flags: TokenFlags,
  command: 'token' | 'diagnose',
): Promise<ExitCode> {
  const request = await resolveRequest(context.deps, flags);
  const attempt = await withSpinner(
    'Requesting a token…',
    context.handlers['token:request']({ ...request, ...(flags.timeout ? { timeoutMs: flags.timeout } : {}) }),
  );
  const exitCode = exitCodeForOutcome(attempt.outcome);
  if (flags.output === 'token') {
    const kept = context.deps.tokens.get(attempt.id);
    if (!kept) throw new CliError(exitCode === EXIT.ok ? EXIT.failed : exitCode, summaryLine(attempt));
    context.out(kept.token);
    return exitCode;
  }
  if (flags.output === 'summary') context.out(summaryLine(attempt));
  else if (context.json)
    context.out(JSON.stringify(tokenAttemptJson(command, attempt, exitCode, summaryLine(attempt))));
  else context.out(formatTokenAttempt(attempt, context.paint, command === 'diagnose'));
  return exitCode;
}

const EXIT_CODES_HELP =
  'Exit codes: 0 token, 2 refused (the first line names the cause), 3 network, 4 bad input, 1 anything else.';

export function registerTokenCommands(yargs: Argv<GlobalFlags>): Argv<GlobalFlags> {
  return yargs
    .command(
      COMMAND_HELP.token.command,
      COMMAND_HELP.token.describe,
      (y) =>
        withCredentialOptions(y)
          .option('output', {
            alias: 'o',
            choices: ['token', 'summary'] as const,
            describe: 'token: print only the access token, for $(…); summary: one line',
          })
          .option('timeout', { type: 'number', describe: 'request timeout in ms (default 10000)' })
          .example('MOBILEPAY_CLIENT_ID=… MOBILEPAY_CLIENT_SECRET=… $0 token --env mp-sandbox --vat DK12345678', '')
          .example('TOKEN=$($0 token --demo --output token)', 'only the token, for the next command')
          .epilogue(EXIT_CODES_HELP),
      (flags) => runCommand(flags, (context) => requestAndReport(context, flags as TokenFlags, 'token')),
    )
    .command(
      COMMAND_HELP.diagnose.command,
      COMMAND_HELP.diagnose.describe,
      (y) =>
        withCredentialOptions(y)
          .option('output', {
            alias: 'o',
            choices: ['summary'] as const,
            describe: 'summary: the one line for a ticket',
          })
          .option('timeout', { type: 'number', describe: 'request timeout in ms (default 10000)' })
          .example('$0 diagnose --profile "Shop A" --output summary', 'one line a ticket can hold')
          .epilogue(EXIT_CODES_HELP),
      (flags) => runCommand(flags, (context) => requestAndReport(context, flags as TokenFlags, 'diagnose')),
    );
}
