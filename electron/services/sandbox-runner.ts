import type { SandboxFaults } from '../../shared/domain/sandbox-faults';
import type { LocalEnvironmentId } from '../../shared/domain/sandbox-faults';
import type { DemoClient, SandboxStatus } from '../../shared/domain/sandbox-status';

/** What the runner needs from a started sandbox (electron/sandbox's RunningSandbox satisfies it). */
export interface StartedSandbox {
  authBase: string;
  posBase: string;
  clients: readonly DemoClient[];
  faults(): SandboxFaults;
  /** Throws a plain Error for a value out of range; nothing changes then. */
  setFaults(patch: Partial<SandboxFaults>): SandboxFaults;
  rotateSigningKey(): Promise<{ kid: string }>;
  signingKid(): string;
  close(): Promise<void>;
}

export interface SandboxRunner {
  readonly environment: LocalEnvironmentId;
  status(): SandboxStatus;
  /** Starts the sandbox the first time it is needed; later calls share the same instance (or the same start). */
  ensureStarted(): Promise<StartedSandbox>;
  /** Call after changing faults or keys, so the status (and everyone listening) sees them. */
  refresh(): void;
  stop(): Promise<void>;
}

/**
 * Owns one embedded sandbox's lifecycle for main and the preview: started lazily on first use, stopped on quit.
 * `onChange` hears every state change (main forwards it to the renderer as `sandbox:changed`).
 */
export function createSandboxRunner(
  environment: LocalEnvironmentId,
  start: () => Promise<StartedSandbox>,
  onChange: (status: SandboxStatus) => void = () => {},
): SandboxRunner {
  let current: SandboxStatus = { environment, state: 'stopped' };
  let starting: Promise<StartedSandbox> | undefined;
  let running: StartedSandbox | undefined;

  const set = (next: Omit<SandboxStatus, 'environment'>) => {
    current = { environment, ...next };
    onChange(current);
  };
  const describeRunning = (sandbox: StartedSandbox) =>
    set({
      state: 'running',
      authBase: sandbox.authBase,
      posBase: sandbox.posBase,
      faults: sandbox.faults(),
      kid: sandbox.signingKid(),
    });

  return {
    environment,
    status: () => current,
    ensureStarted() {
      if (!starting) {
        set({ state: 'starting' });
        starting = start().then(
          (sandbox) => {
            running = sandbox;
            describeRunning(sandbox);
            return sandbox;
          },
          (error: unknown) => {
            starting = undefined;
            set({
              state: 'failed',
              message: `The local sandbox could not start: ${error instanceof Error ? error.message : String(error)}`,
            });
            throw error;
          },
        );
      }
      return starting;
    },
    refresh() {
      if (running) describeRunning(running);
    },
    async stop() {
      const pending = starting;
      starting = undefined;
      running = undefined;
      if (!pending) return;
      const sandbox = await pending.catch(() => undefined);
      await sandbox?.close();
      set({ state: 'stopped' });
    },
  };
}
