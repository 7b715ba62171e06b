import { create } from 'zustand';
import { applyHistoryChange, type HistoryEntry, type HistorySummary } from '../../../shared/domain/history';
import type { ConsoleApi, TokenAttempt } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { answeredAtStart } from '../../lib/bootstrap-api';
import { safeInvoker } from '../../lib/safe-invoke';

/**
 * History as the renderer lists it: summaries only (environment, profile, VAT, status, time). An opened attempt
 * goes to the token viewer; it is already redacted by main (secret → fingerprint, token signature stripped).
 */
export interface HistoryState {
  status: 'loading' | 'ready' | 'failed';
  /** Newest first. */
  entries: HistorySummary[];
  loadError?: IpcError;
  load(): Promise<HistorySummary[]>;
  open(id: string): Promise<IpcResult<HistoryEntry<TokenAttempt>>>;
  remove(id: string): Promise<IpcResult<{ deleted: true }>>;
  clear(): Promise<IpcResult<{ cleared: true }>>;
}

export function createHistoryStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  let watching = false;
  // The list the start-up answer holds is the first state; load() then only starts watching.
  const atStart = answeredAtStart(api, 'history:list', {});
  return create<HistoryState>()((set, get) => ({
    status: atStart ? (atStart.ok ? 'ready' : 'failed') : 'loading',
    entries: atStart?.ok ? atStart.value : [],
    loadError: atStart && !atStart.ok ? atStart.error : undefined,

    async load() {
      // From the first load on, main's history:changed keeps the list current (no re-read of the whole list).
      if (!watching) {
        watching = true;
        api.on('history:changed', (change) => set({ entries: applyHistoryChange(get().entries, change) }));
      }
      const result = await invoke('history:list', {});
      if (result === atStart) return get().entries;
      if (!result.ok) {
        set({ status: 'failed', loadError: result.error });
        return get().entries;
      }
      set({ status: 'ready', entries: result.value, loadError: undefined });
      return result.value;
    },

    async open(id) {
      const result = await invoke('history:get', { id });
      // Opening one that another window (or the cap) removed: the list catches up.
      if (!result.ok && result.error.code === 'NOT_FOUND')
        set({ entries: get().entries.filter((entry) => entry.id !== id) });
      return result;
    },

    async remove(id) {
      const result = await invoke('history:delete', { id });
      if (result.ok || result.error.code === 'NOT_FOUND')
        set({ entries: get().entries.filter((entry) => entry.id !== id) });
      return result;
    },

    async clear() {
      const result = await invoke('history:clear', {});
      if (result.ok) set({ entries: [] });
      return result;
    },
  }));
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
