/**
 * Fault switches: ways to make the sandbox fail the way a real MobilePay environment (or the network in front of
 * it) failed, so a customer's 401/500/timeout can be reproduced on purpose (DOMAIN.md §7). All of them can be
 * changed while the sandbox runs; key rotation is an action, not a switch (RunningSandbox.rotateSigningKey).
 */
import {
  DEFAULT_FAULTS,
  NUMBER_FAULT_RANGES,
  type NumberFault,
  type SandboxFaults,
} from '../../shared/domain/sandbox-faults';

export { DEFAULT_FAULTS, type SandboxFaults };

type FaultName = keyof SandboxFaults;
type Check = (value: unknown) => string | undefined;

const wholeNumber =
  (name: NumberFault, unit: string): Check =>
  (value) => {
    const { min, max } = NUMBER_FAULT_RANGES[name];
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : `${name} must be a whole number of ${unit} from ${min} to ${max}, got ${describe(value)}`;
  };

const flag =
  (name: string): Check =>
  (value) =>
    typeof value === 'boolean' ? undefined : `${name} must be true or false, got ${describe(value)}`;

const CHECKS: Record<FaultName, Check> = {
  tokenLifetimeSeconds: wholeNumber('tokenLifetimeSeconds', 'seconds'),
  clockSkewSeconds: wholeNumber('clockSkewSeconds', 'seconds'),
  serverError: (value) =>
    value === null || value === 500 || value === 503
      ? undefined
      : `serverError must be null (off), 500 or 503, got ${describe(value)}`,
  delayMs: wholeNumber('delayMs', 'milliseconds'),
  dropConnection: flag('dropConnection'),
  requireIbmClientId: flag('requireIbmClientId'),
  basicDecoding: (value) =>
    value === 'form' || value === 'raw' ? undefined : `basicDecoding must be 'form' or 'raw', got ${describe(value)}`,
};

/** Checks a patch; throws an Error naming every bad field (and any unknown one). Returns a clean copy. */
export function validateFaultPatch(patch: unknown): Partial<SandboxFaults> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new Error(`fault settings must be an object, got ${describe(patch)}`);
  }
  const problems: string[] = [];
  const clean: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(patch)) {
    if (!Object.hasOwn(CHECKS, name)) {
      problems.push(`unknown fault '${name}' (known: ${Object.keys(CHECKS).join(', ')})`);
      continue;
    }
    if (value === undefined) continue;
    const problem = CHECKS[name as FaultName](value);
    if (problem) problems.push(problem);
    else clean[name] = value;
  }
  if (problems.length > 0) throw new Error(`invalid sandbox faults: ${problems.join('; ')}`);
  return clean as Partial<SandboxFaults>;
}

/** The live fault settings of one running sandbox, and the clock they imply. */
export interface FaultState {
  current(): Readonly<SandboxFaults>;
  /** Validates, applies and returns the full new settings; on a bad patch nothing changes. */
  update(patch: Partial<SandboxFaults>): Readonly<SandboxFaults>;
  /** The sandbox's (possibly skewed) time in epoch milliseconds. */
  now(): number;
}

export function createFaultState(initial: Partial<SandboxFaults> = {}, realNow: () => number = Date.now): FaultState {
  let faults: Readonly<SandboxFaults> = Object.freeze({ ...DEFAULT_FAULTS, ...validateFaultPatch(initial) });
  return {
    current: () => faults,
    update(patch) {
      faults = Object.freeze({ ...faults, ...validateFaultPatch(patch) });
      return faults;
    },
    now: () => realNow() + faults.clockSkewSeconds * 1000,
  };
}

/** The switches that differ from the defaults, for banners and logs ('none' when all are off). */
export function describeActiveFaults(faults: Readonly<SandboxFaults>): string {
  const active = (Object.keys(DEFAULT_FAULTS) as FaultName[])
    .filter((name) => faults[name] !== DEFAULT_FAULTS[name])
    .map((name) => `${name}=${String(faults[name])}`);
  return active.length > 0 ? active.join(', ') : 'none';
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 20 ? `${value.slice(0, 20)}...` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
