import { create } from 'zustand';
import type { ConsoleApi, PosAttempt } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';
import { buildPosRequest, listedIds } from './pos-options';
import type { PosOptions, PosResource } from './pos-options';

/** PoS calls made with one token attempt: the last call (redacted, diagnosed) and the ids its answers listed. */
export interface PosState {
  busy?: PosResource;
  last?: PosAttempt;
  /** From the last GET /stores that answered 200. */
  storeIds: string[];
  /** From the last GET /pointofsales that answered 200. */
  posIds: string[];
  error?: IpcError;
  call(resource: PosResource, options: PosOptions, id?: string): Promise<void>;
  dismissError(): void;
}

export function createPosStore(api: ConsoleApi, attemptId: string) {
  const invoke = safeInvoker(api);
  return create<PosState>()((set, get) => ({
    storeIds: [],
    posIds: [],
    async call(resource, options, id) {
      if (get().busy) return;
      set({ busy: resource, error: undefined });
      const result = await invoke('pos:call', buildPosRequest(attemptId, resource, options, id));
      if (!result.ok) {
        set({ busy: undefined, error: result.error });
        return;
      }
      const last = result.value;
      const ok = last.status === 200;
      set({
        busy: undefined,
        last,
        ...(resource === 'stores' && ok ? { storeIds: listedIds(last.json, 'storeIds'), posIds: [] } : {}),
        ...(resource === 'pointofsales' && ok ? { posIds: listedIds(last.json, 'posIds') } : {}),
      });
    },
    dismissError() {
      set({ error: undefined });
    },
  }));
}
