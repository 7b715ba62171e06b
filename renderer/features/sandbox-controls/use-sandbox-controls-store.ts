import { create } from 'zustand';
import type { LocalEnvironmentId, SandboxFaults } from '../../../shared/domain/sandbox-faults';
import type { ConsoleApi, SandboxStatus } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { answeredAtStart } from '../../lib/bootstrap-api';
import { safeInvoker } from '../../lib/safe-invoke';
import { DEFAULT_FAULTS } from './fault-draft';

export type SandboxAction = 'apply' | 'reset' | 'rotate';

/** One embedded sandbox's status and the actions on its fault switches and signing key. */
export interface SandboxControlsState {
  status?: SandboxStatus;
  busy?: SandboxAction;
  error?: IpcError & { action: SandboxAction | 'load' };
  /** What the last action did, announced politely. */
  notice?: string;
  load(): Promise<void>;
  watch(): () => void;
  /** Resolves to true when the sandbox took the settings. */
  applyFaults(faults: Partial<SandboxFaults>): Promise<boolean>;
  resetFaults(): Promise<boolean>;
  /** Resolves to an error message, or undefined when rotated (for the confirmation dialog). */
  rotateKey(): Promise<string | undefined>;
  dismissError(): void;
}

export function createSandboxControlsStore(api: ConsoleApi, environment: LocalEnvironmentId) {
  const invoke = safeInvoker(api);
  // The status in the start-up answer is the first state: the first render shows the sandbox as it is, and load()
  // answered from the same answer sets nothing (no second render of the controls before the console is ready).
  const atStart = answeredAtStart(api, 'sandbox:status', { environment });
  return create<SandboxControlsState>()((set, get) => {
    async function change(action: SandboxAction, run: () => Promise<IpcResult<SandboxStatus>>, notice: string) {
      if (get().busy) return false;
      set({ busy: action, error: undefined, notice: undefined });
      const result = await run();
      if (!result.ok) {
        set({ busy: undefined, error: { ...result.error, action } });
        return false;
      }
      set({ busy: undefined, status: result.value, notice });
      return true;
    }

    return {
      ...(atStart?.ok ? { status: atStart.value } : {}),
      async load() {
        const result = await invoke('sandbox:status', { environment });
        if (result === atStart && atStart.ok) return;
        set(result.ok ? { status: result.value } : { error: { ...result.error, action: 'load' } });
      },
      watch() {
        return api.on('sandbox:changed', (status) => {
          if (status.environment === environment) set({ status });
        });
      },
      applyFaults(faults) {
        return change('apply', () => invoke('sandbox:set-faults', { environment, faults }), 'Fault switches applied.');
      },
      resetFaults() {
        return change(
          'reset',
          () => invoke('sandbox:set-faults', { environment, faults: { ...DEFAULT_FAULTS } }),
          'Fault switches reset to the defaults.',
        );
      },
      async rotateKey() {
        const rotated = await change(
          'rotate',
          () => invoke('sandbox:rotate-key', { environment }),
          'Signing key rotated: tokens issued before now no longer verify.',
        );
        return rotated ? undefined : (get().error?.message ?? 'The key was not rotated.');
      },
      dismissError() {
        set({ error: undefined });
      },
    };
  });
}
