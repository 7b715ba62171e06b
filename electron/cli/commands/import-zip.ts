import { readFile } from 'node:fs/promises';
import type { Argv } from 'yargs';
import { COMMAND_HELP } from './command-help';
import { fingerprintSecret } from '../../services/basic-auth';
import { readCredentialsZip, ZipImportError, type CredentialsZip } from '../../services/zip-import/index';
import { badInput, EXIT, exitCodeForOutcome, type ExitCode } from '../exit-codes';
import { formatTokenAttempt, summaryLine } from '../human-output';
import { tokenAttemptJson } from '../json-output';
import { runCommand, type CommandContext, type GlobalFlags } from '../run-command';
import { firstLine, promptHidden, readStdin, withSpinner } from '../terminal';
import type { CredentialFlags } from '../credentials';
import { ENVIRONMENT_IDS } from '../../../shared/domain/environments';

type ZipFlags = GlobalFlags &
  Pick<CredentialFlags, 'env' | 'tokenUrl' | 'vat'> & { file: string; passwordStdin?: boolean; diagnose?: boolean };

async function openWithPassword(bytes: Uint8Array, flags: ZipFlags): Promise<CredentialsZip> {
  try {
    return await readCredentialsZip(bytes, undefined);
  } catch (error) {
    if (!(error instanceof ZipImportError) || error.reason !== 'password-needed') throw error;
  }
  const password = flags.passwordStdin
    ? firstLine(await readStdin())
    : await promptHidden('Zip password (it came separately, by SMS): ');
  return readCredentialsZip(bytes, password);
}

/** Field hygiene like the paste dialog: what is odd about a value, by position, never the value. */
function hygieneLines(found: CredentialsZip): string[] {
  return found.block.fields.flatMap((field) =>
    field.anomalies.map((anomaly) => `! ${field.field}: ${anomaly.description}`),
  );
}

async function importZip(context: CommandContext, flags: ZipFlags): Promise<ExitCode> {
  const bytes = await readFile(flags.file).catch(() => {
    throw badInput(`Cannot read ${flags.file}.`);
  });
  const found = await openWithPassword(bytes, flags).catch((error: unknown) => {
    throw error instanceof ZipImportError ? badInput(error.message) : error;
  });
  const clientId = found.block.clientId ?? '';
  const secret = fingerprintSecret(found.block.clientSecret ?? '');
  const report = {
    source: found.source,
    encryption: found.encryption,
    clientId,
    secret,
    environmentHint: found.block.environmentHint,
    hygiene: hygieneLines(found),
  };
  if (!flags.diagnose) {
    if (context.json) context.out(JSON.stringify({ command: 'import-zip', exitCode: EXIT.ok, ...report }));
    else {
      context.out(
        [
          `Read from       ${found.source} (${found.encryption === 'none' ? 'not encrypted' : found.encryption === 'aes' ? 'AES' : 'ZipCrypto'}, in memory only)`,
          `Client id       ${clientId}`,
          `Client secret   ${secret.length} characters, fingerprint ${secret.fingerprint}`,
          ...report.hygiene,
        ].join('\n'),
      );
      context.out(
        'Check them with: integrator-console import-zip FILE --diagnose --env mp-sandbox; save them with Import credentials in the app.',
      );
    }
    return EXIT.ok;
  }
  const environment = flags.tokenUrl
    ? 'custom'
    : (flags.env ?? (found.block.environmentHint === 'production' ? 'mp-production' : 'mp-sandbox'));
  const request = {
    environment,
    ...(flags.tokenUrl ? { customTokenUrl: flags.tokenUrl } : {}),
    clientId,
    clientSecret: found.block.clientSecret ?? '',
    ...(flags.vat ? { merchantVat: flags.vat } : {}),
    basicEncoding: 'form' as const,
    sendIbmClientId: false,
  };
  const attempt = await withSpinner('Requesting a token…', context.handlers['token:request'](request));
  const exitCode = exitCodeForOutcome(attempt.outcome);
  context.out(
    context.json
      ? JSON.stringify(tokenAttemptJson('import-zip', attempt, exitCode, summaryLine(attempt)))
      : formatTokenAttempt(attempt, context.paint, true),
  );
  return exitCode;
}

export function registerImportZipCommand(yargs: Argv<GlobalFlags>): Argv<GlobalFlags> {
  return yargs.command(
    COMMAND_HELP['import-zip'].command,
    COMMAND_HELP['import-zip'].describe,
    (y) =>
      y
        .positional('file', { type: 'string', demandOption: true, describe: 'the password-protected zip as received' })
        .option('password-stdin', {
          type: 'boolean',
          describe: 'read the zip password from the first line of stdin (default: ask at the terminal)',
        })
        .option('diagnose', {
          type: 'boolean',
          describe: 'request a token with the credentials found (nothing is written to disk)',
        })
        .option('env', {
          alias: 'e',
          choices: ENVIRONMENT_IDS,
          describe: 'environment for --diagnose (default: what the zip says, else mp-sandbox)',
        })
        .option('token-url', { type: 'string', describe: 'a custom token endpoint for --diagnose' })
        .option('vat', { type: 'string', describe: 'merchant_vat for --diagnose' })
        .epilogue(
          'Exit codes: 0 credentials found (and, with --diagnose, a token), 2 refused, 3 network, 4 wrong password, no credentials, damaged or oversized zip.',
        ),
    (flags) => runCommand(flags, (context) => importZip(context, flags as unknown as ZipFlags)),
  );
}
