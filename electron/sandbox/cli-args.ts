import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isSandboxFlavor } from './clients';
import type { SandboxFlavor } from './clients';
import {
  CliUsageError,
  FAULT_FLAG_OPTIONS,
  FAULT_FLAG_USAGE,
  faultsFromFlags,
  joinNegativeValues,
} from './cli-fault-args';
import type { FaultFlagValues } from './cli-fault-args';
import type { SandboxFaults } from './faults';

export { CliUsageError } from './cli-fault-args';

export interface CliOptions {
  port: number;
  json: boolean;
  dataDir: string;
  help: boolean;
  flavor: SandboxFlavor;
  /** Only the switches given on the command line; the rest keep their defaults. */
  faults: Partial<SandboxFaults>;
  /** --rotate-key: rotate the signing key once, right after start. */
  rotateKey: boolean;
}

function defaultDataDir(home: string = homedir()): string {
  return join(home, '.integrator-console', 'sandbox');
}

export function usage(home?: string): string {
  return [
    'Usage: npm run sandbox -- [--port N] [--json] [--data-dir DIR] [--flavor sandbox|production] [fault flags]',
    '       node --import tsx electron/sandbox/cli.ts [options]',
    '',
    'Runs the local MobilePay PoS V10 Integrator Authentication sandbox on 127.0.0.1',
    '(token endpoint, discovery, JWKS, PoS V10 read-only subset) and prints its URLs and the demo credentials.',
    '',
    'Options:',
    '  --port N                    port to listen on (default: a free port)',
    '  --json                      print one JSON line {authBase, tokenUrl, discoveryUrl, jwksUrl, clients, flavor,',
    '                              posBase, faults, kid} and nothing else',
    `  --data-dir DIR              where the signing keys + certificates are kept (default: ${defaultDataDir(home)})`,
    '  --flavor sandbox|production "Local sandbox" (default) or "Local production": other clients, other keys',
    '  -h, --help                  show this help',
    '',
    ...FAULT_FLAG_USAGE,
    '',
    'Ctrl+C or SIGTERM stops the sandbox.',
  ].join('\n');
}

type ParsedValues = FaultFlagValues & {
  port?: string;
  json?: boolean;
  'data-dir'?: string;
  help?: boolean;
  flavor?: string;
};

export function parseCliArgs(argv: readonly string[], cwd: string = process.cwd(), home?: string): CliOptions {
  let values: ParsedValues;
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(argv),
      options: {
        port: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        flavor: { type: 'string' },
        ...FAULT_FLAG_OPTIONS,
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
    flavor: parseFlavor(values.flavor),
    faults: faultsFromFlags(values),
    rotateKey: values['rotate-key'] ?? false,
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

function parseFlavor(text: string | undefined): SandboxFlavor {
  if (text === undefined) return 'sandbox';
  if (!isSandboxFlavor(text)) throw new CliUsageError(`--flavor must be 'sandbox' or 'production', got '${text}'`);
  return text;
}
