import { NUMBER_FAULT_RANGES } from '../../shared/domain/sandbox-faults';
import { validateFaultPatch } from './faults';
import type { SandboxFaults } from './faults';

const { tokenLifetimeSeconds: lifetimeRange, clockSkewSeconds: skewRange, delayMs: delayRange } = NUMBER_FAULT_RANGES;

/** Thrown for a bad command line: the CLI prints the message and the usage, and exits 2. */
export class CliUsageError extends Error {}

/** parseArgs option definitions of the fault flags. */
export const FAULT_FLAG_OPTIONS = {
  'token-lifetime': { type: 'string' },
  'clock-skew': { type: 'string' },
  'server-error': { type: 'string' },
  'delay-ms': { type: 'string' },
  'drop-connection': { type: 'boolean' },
  'require-ibm-client-id': { type: 'boolean' },
  'basic-decoding': { type: 'string' },
  'rotate-key': { type: 'boolean' },
} as const;

export interface FaultFlagValues {
  'token-lifetime'?: string;
  'clock-skew'?: string;
  'server-error'?: string;
  'delay-ms'?: string;
  'drop-connection'?: boolean;
  'require-ibm-client-id'?: boolean;
  'basic-decoding'?: string;
  'rotate-key'?: boolean;
}

export const FAULT_FLAG_USAGE = [
  'Fault switches (all off by default; they can also be changed at runtime through the API):',
  `  --token-lifetime N          tokens expire after N seconds (${lifetimeRange.min}-${lifetimeRange.max}; default 3700)`,
  '  --clock-skew ±N             the server clock runs N seconds ahead (+) or behind (-): Date header, token',
  '                              iat/nbf/exp and the PoS API expiry checks',
  '  --server-error 500|503      token and PoS requests get that status with an HTML body, like a proxy',
  `  --delay-ms N                token and PoS requests are answered N ms late (${delayRange.min}-${delayRange.max})`,
  '  --drop-connection           token and PoS requests get no answer: the connection is reset',
  '  --require-ibm-client-id     the token endpoint requires x-ibm-client-id (the 2020-2022 IBM gateway)',
  '  --basic-decoding raw|form   read Basic credentials raw instead of form-decoded (default form)',
  '  --rotate-key                rotate the signing key once at start (older tokens stop verifying)',
];

/**
 * node:util parseArgs refuses `--clock-skew -30` (a value that starts with a dash looks like an option);
 * join such a pair into `--clock-skew=-30` first.
 */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (arg === '--clock-skew' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

export function faultsFromFlags(values: FaultFlagValues): Partial<SandboxFaults> {
  const faults: Partial<SandboxFaults> = {};
  const lifetime = values['token-lifetime'];
  if (lifetime !== undefined) {
    faults.tokenLifetimeSeconds = wholeNumber(
      '--token-lifetime',
      lifetime,
      lifetimeRange.min,
      lifetimeRange.max,
      'seconds',
    );
  }
  const skew = values['clock-skew'];
  if (skew !== undefined) {
    faults.clockSkewSeconds = wholeNumber(
      '--clock-skew',
      skew,
      skewRange.min,
      skewRange.max,
      'seconds',
      ' (signed: -90 = behind, +300 = ahead)',
    );
  }
  const serverError = values['server-error'];
  if (serverError !== undefined) {
    if (serverError !== '500' && serverError !== '503') {
      throw new CliUsageError(`--server-error must be 500 or 503, got '${serverError}'`);
    }
    faults.serverError = serverError === '500' ? 500 : 503;
  }
  const delay = values['delay-ms'];
  if (delay !== undefined)
    faults.delayMs = wholeNumber('--delay-ms', delay, delayRange.min, delayRange.max, 'milliseconds');
  if (values['drop-connection']) faults.dropConnection = true;
  if (values['require-ibm-client-id']) faults.requireIbmClientId = true;
  const decoding = values['basic-decoding'];
  if (decoding !== undefined) {
    if (decoding !== 'raw' && decoding !== 'form') {
      throw new CliUsageError(`--basic-decoding must be 'raw' or 'form', got '${decoding}'`);
    }
    faults.basicDecoding = decoding;
  }
  try {
    return validateFaultPatch(faults);
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

function wholeNumber(flag: string, text: string, min: number, max: number, unit: string, hint = ''): number {
  const value = /^[+-]?\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new CliUsageError(`${flag} must be a whole number of ${unit} from ${min} to ${max}${hint}, got '${text}'`);
  }
  return value;
}
