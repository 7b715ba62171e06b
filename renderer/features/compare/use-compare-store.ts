import { create } from 'zustand';
import type { HistoryEntry } from '../../../shared/domain/history';
import type { ConsoleApi, TokenAttempt } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';

/** Two attempts read back from History (already redacted by main) for the side-by-side view. */
export interface CompareState {
  status: 'loading' | 'ready' | 'failed';
  entries?: [HistoryEntry<TokenAttempt>, HistoryEntry<TokenAttempt>];
  error?: IpcError;
  load(ids: readonly [string, string]): Promise<void>;
}

export function createCompareStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  return create<CompareState>()((set) => ({
    status: 'loading',
    async load([leftId, rightId]) {
      set({ status: 'loading', error: undefined });
      const [left, right] = await Promise.all([
        invoke('history:get', { id: leftId }),
        invoke('history:get', { id: rightId }),
      ]);
      if (!left.ok) set({ status: 'failed', error: left.error });
      else if (!right.ok) set({ status: 'failed', error: right.error });
      else set({ status: 'ready', entries: [left.value, right.value] });
    },
  }));
}
