import { create } from 'zustand';
import type { ConsoleApi, InspectedToken, RequestOf } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';

/**
 * A pasted token's inspection. The pasted token itself is never kept here: it passes through `inspect` as an
 * argument, straight to main. What comes back is the decoded view (signature hidden) and the signature check.
 */
export interface InspectState {
  status: 'idle' | 'inspecting' | 'done' | 'failed';
  result?: InspectedToken;
  error?: IpcError;
  /** When the answer arrived (local clock), for the time-based checks. */
  inspectedAt?: number;
  inspect(request: RequestOf<'token:inspect'>): Promise<void>;
  /** The pasted text changed: the last answer no longer describes it (an answer still on its way is dropped). */
  clear(): void;
}

export function createInspectStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  let latest = 0;
  return create<InspectState>()((set) => ({
    status: 'idle',

    async inspect(request) {
      const asked = ++latest;
      set({ status: 'inspecting', error: undefined });
      const result = await invoke('token:inspect', request);
      if (asked !== latest) return;
      if (result.ok) set({ status: 'done', result: result.value, inspectedAt: Date.now() });
      else set({ status: 'failed', result: undefined, error: result.error });
    },

    clear() {
      latest++;
      set({ status: 'idle', result: undefined, error: undefined, inspectedAt: undefined });
    },
  }));
}
