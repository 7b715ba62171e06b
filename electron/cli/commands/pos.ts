import { randomUUID } from 'node:crypto';
import type { Argv } from 'yargs';
import { COMMAND_HELP } from './command-help';
import { tokenFromPastedText } from '../../../shared/domain/token-view';
import { resolveTokenUrl } from '../../handlers/targets';
import { authBaseOfTokenUrl } from '../../services/token-keeper';
import { resolveRequest, type CredentialFlags } from '../credentials';
import { CliError, EXIT, exitCodeForOutcome, type ExitCode } from '../exit-codes';
import { formatPosAttempt, posSummary, summaryLine } from '../human-output';
import { posAttemptJson } from '../json-output';
import { runCommand, type CommandContext, type GlobalFlags } from '../run-command';
import { firstLine, readStdin, withSpinner } from '../terminal';
import { withCredentialOptions } from './credential-options';

const RESOURCES = ['stores', 'store', 'pointofsales', 'pointofsale'] as const;
type PosFlags = GlobalFlags &
  CredentialFlags & {
    resource: (typeof RESOURCES)[number];
    id?: string;
    tokenStdin?: boolean;
    clientSystemVersion?: string;
    vatHeader?: string;
  };

/** A token piped in (kept in memory under a fresh id, like one the app received), else one requested now. */
async function tokenAttemptId(context: CommandContext, flags: PosFlags): Promise<string> {
  if (flags.tokenStdin) {
    const environment = flags.tokenUrl ? 'custom' : (flags.env ?? 'local');
    const authBase = authBaseOfTokenUrl(
      await resolveTokenUrl(context.deps, {
        environment,
        ...(flags.tokenUrl ? { customTokenUrl: flags.tokenUrl } : {}),
      }),
    );
    const id = randomUUID();
    context.deps.tokens.remember(id, tokenFromPastedText(firstLine(await readStdin()).trim()), {
      environmentId: environment,
      ...(authBase ? { authBase } : {}),
    });
    return id;
  }
  const attempt = await withSpinner(
    'Requesting a token…',
    context.handlers['token:request'](await resolveRequest(context.deps, flags)),
  );
  if (attempt.outcome !== 'token')
    throw new CliError(exitCodeForOutcome(attempt.outcome), `No token, so no PoS call: ${summaryLine(attempt)}`);
  return attempt.id;
}

async function callPos(context: CommandContext, flags: PosFlags): Promise<ExitCode> {
  const attemptId = await tokenAttemptId(context, flags);
  const call = context.handlers['pos:call']({
    attemptId,
    resource: flags.resource,
    ...(flags.id ? { id: flags.id } : {}),
    ...(flags.clientSystemVersion ? { clientSystemVersion: flags.clientSystemVersion } : {}),
    ...(flags.vatHeader ? { merchantVat: flags.vatHeader } : {}),
  });
  const attempt = await withSpinner('Calling the PoS V10 API…', call);
  const status = attempt.exchange.response?.status;
  const exitCode: ExitCode = status === undefined ? EXIT.network : status < 400 ? EXIT.ok : EXIT.refused;
  context.out(
    context.json
      ? JSON.stringify(posAttemptJson(attempt, exitCode, posSummary(attempt)))
      : formatPosAttempt(attempt, context.paint),
  );
  return exitCode;
}

export function registerPosCommand(yargs: Argv<GlobalFlags>): Argv<GlobalFlags> {
  return yargs.command(
    COMMAND_HELP.pos.command,
    COMMAND_HELP.pos.describe,
    (y) =>
      withCredentialOptions(y)
        .positional('resource', {
          choices: RESOURCES,
          describe: 'stores | store <storeId> | pointofsales <storeId> | pointofsale <posId>',
          demandOption: true,
        })
        .positional('id', { type: 'string', describe: 'the store or point of sale id' })
        .option('token-stdin', { type: 'boolean', describe: 'use the token on stdin instead of requesting one' })
        .option('client-system-version', {
          type: 'string',
          describe: 'X-MobilePay-Client-System-Version (Major.Minor.Build)',
        })
        .option('vat-header', {
          type: 'string',
          describe: 'X-MobilePay-Merchant-VAT-Number (by default only when the token has no merchant_vat)',
        })
        .example('$0 pos stores --demo --env local', '')
        .example('$0 token --demo -o token | $0 pos stores --token-stdin', '')
        .epilogue('Exit codes: 0 2xx, 2 refused (4xx/5xx, or no token), 3 network, 4 bad input.'),
    (flags) => runCommand(flags, (context) => callPos(context, flags as unknown as PosFlags)),
  );
}
