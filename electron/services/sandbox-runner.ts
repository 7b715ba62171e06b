import type { SandboxStatus } from '../../shared/ipc/contract';

/** What the runner needs from a started sandbox (electron/sandbox's RunningSandbox satisfies it). */
export interface StartedSandbox {
  authBase: string;
  close(): Promise<void>;
}

export interface SandboxRunner {
  status(): SandboxStatus;
  /** Starts the sandbox the first time it is needed; later calls share the same instance (or the same start). */
  ensureStarted(): Promise<StartedSandbox>;
  stop(): Promise<void>;
}

/**
 * Owns the embedded sandbox's lifecycle for main and the preview: started lazily on first use, stopped on quit.
 * `onChange` hears every state change (main forwards it to the renderer as `sandbox:changed`).
 */
export function createSandboxRunner(start: () => Promise<StartedSandbox>, onChange: (status: SandboxStatus) => void = () => {}): SandboxRunner {
  let current: SandboxStatus = { state: 'stopped' };
  let starting: Promise<StartedSandbox> | undefined;

  const set = (next: SandboxStatus) => {
    current = next;
    onChange(next);
  };

  return {
    status: () => current,
    ensureStarted() {
      if (!starting) {
        set({ state: 'starting' });
        starting = start().then(
          (sandbox) => {
            set({ state: 'running', authBase: sandbox.authBase });
            return sandbox;
          },
          (error: unknown) => {
            starting = undefined;
            set({ state: 'failed', message: `The local sandbox could not start: ${error instanceof Error ? error.message : String(error)}` });
            throw error;
          },
        );
      }
      return starting;
    },
    async stop() {
      const pending = starting;
      starting = undefined;
      if (!pending) return;
      const sandbox = await pending.catch(() => undefined);
      await sandbox?.close();
      set({ state: 'stopped' });
    },
  };
}
