import { isLocalEnvironmentId, type LocalEnvironmentId, type SandboxFaults } from '../../shared/domain/sandbox-faults';
import type { RequestOf, SandboxStatus } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import type { StartedSandbox } from '../services/sandbox-runner';
import type { HandlerDeps } from './deps';

export function runnerFor(deps: HandlerDeps, environment: LocalEnvironmentId = 'local') {
  return deps.sandboxes[environment];
}

/**
 * The fault switches of the local sandbox an environment id names, for the diagnosis. Read after the call: a switch
 * flipped while a slow request was on its way gives the generic findings, which is fine for a demo tool.
 */
export function sandboxFaultsOf(deps: HandlerDeps, environmentId: string): { sandboxFaults?: SandboxFaults } {
  const faults = isLocalEnvironmentId(environmentId) ? runnerFor(deps, environmentId).status().faults : undefined;
  return faults ? { sandboxFaults: faults } : {};
}

/** The running sandbox, started if need be; a start failure is SANDBOX_UNAVAILABLE with the reason. */
export async function startedSandbox(
  deps: HandlerDeps,
  environment: LocalEnvironmentId = 'local',
): Promise<StartedSandbox> {
  const runner = runnerFor(deps, environment);
  try {
    return await runner.ensureStarted();
  } catch {
    throw new HandlerError('SANDBOX_UNAVAILABLE', runner.status().message ?? 'The local sandbox could not start.');
  }
}

export async function startSandbox(
  deps: HandlerDeps,
  { environment }: RequestOf<'sandbox:start'>,
): Promise<SandboxStatus> {
  await startedSandbox(deps, environment).catch(() => undefined);
  return runnerFor(deps, environment).status();
}

/** Fault switches from the UI: validated by the sandbox itself; a bad value changes nothing. */
export async function setFaults(
  deps: HandlerDeps,
  { environment, faults }: RequestOf<'sandbox:set-faults'>,
): Promise<SandboxStatus> {
  const sandbox = await startedSandbox(deps, environment);
  try {
    sandbox.setFaults(faults);
  } catch (error) {
    throw new HandlerError('INVALID_INPUT', error instanceof Error ? error.message : 'Invalid fault setting.');
  }
  runnerFor(deps, environment).refresh();
  return runnerFor(deps, environment).status();
}

export async function rotateKey(
  deps: HandlerDeps,
  { environment }: RequestOf<'sandbox:rotate-key'>,
): Promise<SandboxStatus> {
  const sandbox = await startedSandbox(deps, environment);
  await sandbox.rotateSigningKey();
  // Our own cached copy of its keys is stale now: the next check must see what a fresh client sees.
  deps.verifier.forget({ environmentId: environment ?? 'local', authBase: sandbox.authBase });
  runnerFor(deps, environment).refresh();
  return runnerFor(deps, environment).status();
}
