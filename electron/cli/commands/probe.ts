import type { Argv } from 'yargs';
import { COMMAND_HELP } from './command-help';
import type { ClientAuthProbeResult } from '../../../shared/domain/probes';
import { resolveTokenUrl } from '../../handlers/targets';
import { resolveRequest, type CredentialFlags } from '../credentials';
import { badInput, EXIT, type ExitCode } from '../exit-codes';
import { probeJsonSchema } from '../json-output';
import { runCommand, type CommandContext, type GlobalFlags } from '../run-command';
import { confirm, withSpinner } from '../terminal';
import { withCredentialOptions } from './credential-options';

const METHOD_LABELS = {
  'basic-form': 'Basic, form-encoded (RFC 6749)',
  'basic-raw': 'Basic, raw',
  post: 'client_secret_post',
} as const;

function formatProbe(result: ClientAuthProbeResult, context: CommandContext): string {
  const lines = result.rows.map((row) => {
    const mark = row.accepted ? context.paint('green', '✔') : context.paint('red', '✖');
    const error = row.oauthError ? ` ${row.oauthError.error}` : '';
    return `  ${mark} ${METHOD_LABELS[row.method].padEnd(32)} ${row.status ?? 'no answer'}${error}  ${context.paint('dim', `${row.durationMs} ms`)}`;
  });
  const differing = result.differingCharacters
    .map((ch) => `${ch.char} at ${ch.position} → ${ch.formEncoded}`)
    .join(', ');
  return [
    context.paint('bold', result.verdict),
    ...lines,
    ...(differing ? ['', `Characters the two Basic forms encode differently: ${differing}`] : []),
  ].join('\n');
}

async function probe(
  context: CommandContext,
  flags: GlobalFlags & CredentialFlags & { yes?: boolean },
): Promise<ExitCode> {
  const request = await resolveRequest(context.deps, flags);
  const tokenUrl = await resolveTokenUrl(context.deps, request);
  if (!flags.yes) {
    const question = `This sends the credentials of ${request.clientId} to ${tokenUrl} up to three times (Basic form-encoded, Basic raw, client_secret_post). Send?`;
    if (!process.stdin.isTTY)
      throw badInput('probe sends the credentials up to three times: add --yes to confirm in a script.');
    if (!(await confirm(question))) throw badInput('Nothing was sent.');
  }
  const { basicEncoding: _encoding, ...probeRequest } = request;
  const result = await withSpinner(
    'Probing client authentication…',
    context.handlers['probe:client-auth'](probeRequest),
  );
  const accepted = result.rows.some((row) => row.accepted);
  const networkOnly = result.rows.every((row) => row.outcome === 'network-error');
  const exitCode: ExitCode = accepted ? EXIT.ok : networkOnly ? EXIT.network : EXIT.refused;
  if (context.json) {
    const rows = result.rows.map(({ method, status, accepted: ok, outcome }) => ({
      method,
      ...(status !== undefined ? { status } : {}),
      accepted: ok,
      outcome,
    }));
    context.out(JSON.stringify(probeJsonSchema.parse({ command: 'probe', exitCode, verdict: result.verdict, rows })));
  } else context.out(formatProbe(result, context));
  return exitCode;
}

export function registerProbeCommand(yargs: Argv<GlobalFlags>): Argv<GlobalFlags> {
  return yargs.command(
    COMMAND_HELP.probe.command,
    COMMAND_HELP.probe.describe,
    (y) =>
      withCredentialOptions(y)
        .option('yes', { alias: 'y', type: 'boolean', describe: 'send without asking (scripts)' })
        .epilogue('Exit codes: 0 one method accepted, 2 all refused, 3 network, 4 bad input or not confirmed.'),
    (flags) =>
      runCommand(flags, (context) => probe(context, flags as GlobalFlags & CredentialFlags & { yes?: boolean })),
  );
}
