import { create } from 'zustand';
import type { VerificationResult } from '../../../shared/domain/verification';
import type { ConsoleApi } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';

/** Signature checks by attempt id. Main holds the token; the renderer only names the attempt. */
export type VerificationEntry =
  { state: 'checking' } | { state: 'done'; result: VerificationResult } | { state: 'failed'; error: IpcError };

export interface VerificationState {
  byAttempt: Record<string, VerificationEntry>;
  verify(attemptId: string): Promise<void>;
}

export function createVerificationStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  return create<VerificationState>()((set, get) => ({
    byAttempt: {},

    async verify(attemptId) {
      if (get().byAttempt[attemptId]?.state === 'checking') return;
      set({ byAttempt: { ...get().byAttempt, [attemptId]: { state: 'checking' } } });
      const result = await invoke('token:verify', { attemptId });
      const entry: VerificationEntry = result.ok
        ? { state: 'done', result: result.value }
        : { state: 'failed', error: result.error };
      set({ byAttempt: { ...get().byAttempt, [attemptId]: entry } });
    },
  }));
}
