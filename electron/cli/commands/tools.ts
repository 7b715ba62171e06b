import type { Argv } from 'yargs';
import { COMMAND_HELP } from './command-help';
import { ENVIRONMENT_IDS, type EnvironmentId } from '../../../shared/domain/environments';
import { decodeToken, looksLikeBasicHeader, tokenFromPastedText } from '../../../shared/domain/token-view';
import { stripSignaturesDeep } from '../../services/exports/export-redaction';
import { badInput, EXIT, type ExitCode } from '../exit-codes';
import { formatClaims } from '../human-output';
import { runCommand, type CommandContext, type GlobalFlags } from '../run-command';
import { readStdin } from '../terminal';

type InputFlags = GlobalFlags & { text?: string };

/** An argument, or stdin when there is none (or it is "-"): a header or a token, alone or inside a log line. */
async function inputText(flags: InputFlags, what: string): Promise<string> {
  const given = flags.text?.trim();
  const text = given && given !== '-' ? given : await readStdin();
  if (text.trim() === '') throw badInput(`Give the ${what} as an argument or on stdin.`);
  return text.trim();
}

/** From a log line, the `Basic <base64>` part; anything else as it is, for the decoder to explain. */
function basicPartOf(text: string): string {
  const lines = text.split(/\r?\n/);
  const line = lines.find((candidate) => /\bBasic\s+\S/i.test(candidate));
  const match = line ? /\bBasic\s+([A-Za-z0-9+/=_%-]+)/i.exec(line) : null;
  return match ? `Basic ${match[1] ?? ''}` : text;
}

async function decodeBasic(context: CommandContext, flags: InputFlags): Promise<ExitCode> {
  const text = basicPartOf(await inputText(flags, 'Authorization: Basic header'));
  const report = await context.handlers['probe:decode-basic']({ text: text.slice(0, 10_000) });
  if (context.json) {
    context.out(
      JSON.stringify({
        command: 'decode-basic',
        exitCode: report.problems.length > 0 ? EXIT.refused : EXIT.ok,
        ...report,
      }),
    );
  } else {
    const lines = [`Client id       ${report.clientId ?? '(none)'}`];
    if (report.secret)
      lines.push(
        `Client secret   ${report.secret.length} characters, fingerprint ${report.secret.fingerprint} (never shown)`,
      );
    lines.push(`Form-encoded    ${report.looksFormEncoded ? 'yes (RFC 6749 §2.3.1)' : 'no'}`);
    if (report.matchesProfile)
      lines.push(`Matches profile "${report.matchesProfile.name}" (${report.matchesProfile.via})`);
    lines.push(...report.problems.map((problem) => `${context.paint('yellow', '!')} ${problem}`));
    context.out(lines.join('\n'));
  }
  return report.problems.length > 0 ? EXIT.refused : EXIT.ok;
}

async function inspect(
  context: CommandContext,
  flags: InputFlags & { env?: EnvironmentId; tokenUrl?: string },
): Promise<ExitCode> {
  const text = await inputText(flags, 'token');
  if (looksLikeBasicHeader(text))
    throw badInput('This is an Authorization: Basic header (the client id and secret), not a token: use decode-basic.');
  const environment = flags.tokenUrl ? 'custom' : flags.env;
  if (environment) {
    const result = await context.handlers['token:inspect']({
      environment,
      ...(flags.tokenUrl ? { customTokenUrl: flags.tokenUrl } : {}),
      token: text.slice(0, 20_000),
    });
    if (result.problem) throw badInput(result.problem);
    const verified = result.verification?.status === 'valid';
    const exitCode = result.verification && !verified ? EXIT.refused : EXIT.ok;
    if (context.json) context.out(JSON.stringify(stripSignaturesDeep({ command: 'inspect', exitCode, ...result })));
    else {
      context.out(
        [
          ...(result.token ? formatClaims(result.token, context.paint) : []),
          '',
          `Signature: ${result.verification?.message ?? 'not checked'}`,
        ]
          .join('\n')
          .trimStart(),
      );
    }
    return exitCode;
  }
  const decoded = decodeToken(tokenFromPastedText(text));
  if (!decoded.ok) throw badInput(decoded.message);
  if (context.json)
    context.out(JSON.stringify(stripSignaturesDeep({ command: 'inspect', exitCode: EXIT.ok, token: decoded.view })));
  else
    context.out(
      [
        ...formatClaims(decoded.view, context.paint),
        '',
        "Signature: not checked (add --env to verify it against that environment's keys)",
      ]
        .join('\n')
        .trimStart(),
    );
  return EXIT.ok;
}

export function registerToolCommands(yargs: Argv<GlobalFlags>): Argv<GlobalFlags> {
  return yargs
    .command(
      COMMAND_HELP['decode-basic'].command,
      COMMAND_HELP['decode-basic'].describe,
      (y) =>
        y
          .positional('text', {
            type: 'string',
            describe:
              'the header or a log line holding it; "-" or nothing reads stdin (better: an argument stays in shell history)',
          })
          .example("grep -m1 'Authorization: Basic' app.log | $0 decode-basic", ''),
      (flags) => runCommand(flags, (context) => decodeBasic(context, flags as InputFlags)),
    )
    .command(
      COMMAND_HELP.inspect.command,
      COMMAND_HELP.inspect.describe,
      (y) =>
        y
          .positional('text', {
            type: 'string',
            describe: 'the token or a log line holding it; "-" or nothing reads stdin',
          })
          .option('env', {
            alias: 'e',
            choices: ENVIRONMENT_IDS,
            describe: "verify the signature against this environment's keys",
          })
          .option('token-url', { type: 'string', describe: 'verify against the keys of this custom token endpoint' })
          .example('kubectl logs pos-7f | $0 inspect --env local --sandbox http://127.0.0.1:8080', '')
          .epilogue('Exit codes: 0 decoded (and valid when checked), 2 signature not valid, 4 not a token.'),
      (flags) =>
        runCommand(flags, (context) =>
          inspect(context, flags as InputFlags & { env?: EnvironmentId; tokenUrl?: string }),
        ),
    );
}
