import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface CliOptions {
  port: number;
  json: boolean;
  dataDir: string;
  help: boolean;
}

/** Bad command line: the CLI prints the message and the usage, and exits 2. */
export class CliUsageError extends Error {}

export function defaultDataDir(home: string = homedir()): string {
  return join(home, '.integrator-console', 'sandbox');
}

export function usage(home?: string): string {
  return [
    'Usage: npm run sandbox -- [--port N] [--json] [--data-dir DIR]',
    '       node --import tsx electron/sandbox/cli.ts [options]',
    '',
    'Runs the local MobilePay PoS V10 Integrator Authentication sandbox on 127.0.0.1',
    '(token endpoint, discovery, JWKS) and prints its URLs and the demo credentials.',
    '',
    'Options:',
    '  --port N        port to listen on (default: a free port)',
    '  --json          print one JSON line {authBase, tokenUrl, discoveryUrl, jwksUrl, clients} and nothing else',
    `  --data-dir DIR  where the signing key + certificate are kept (default: ${defaultDataDir(home)})`,
    '  -h, --help      show this help',
    '',
    'Ctrl+C or SIGTERM stops the sandbox.',
  ].join('\n');
}

export function parseCliArgs(argv: readonly string[], cwd: string = process.cwd(), home?: string): CliOptions {
  let values: { port?: string; json?: boolean; 'data-dir'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  return {
    port: parsePort(values.port),
    json: values.json ?? false,
    dataDir: values['data-dir'] === undefined ? defaultDataDir(home) : parseDataDir(values['data-dir'], cwd),
    help: values.help ?? false,
  };
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new CliUsageError(`--port must be a whole number from 0 to 65535 (0 = any free port), got '${text}'`);
  }
  return port;
}

function parseDataDir(text: string, cwd: string): string {
  if (text.trim() === '') throw new CliUsageError('--data-dir must not be empty');
  return resolve(cwd, text);
}
