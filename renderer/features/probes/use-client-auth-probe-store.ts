import { create } from 'zustand';
import type { ClientAuthProbeResult } from '../../../shared/domain/probes';
import type { ConsoleApi } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';
import type { ClientAuthProbeRequest } from './probe-request';

/** The probe's answer (statuses, which characters differ, the verdict). The request with its secret is never kept. */
export interface ClientAuthProbeState {
  status: 'idle' | 'running' | 'done' | 'failed';
  result?: ClientAuthProbeResult;
  error?: IpcError;
  run(request: ClientAuthProbeRequest): Promise<void>;
}

export function createClientAuthProbeStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  return create<ClientAuthProbeState>()((set, get) => ({
    status: 'idle',
    async run(request) {
      if (get().status === 'running') return;
      set({ status: 'running', error: undefined, result: undefined });
      const result = await invoke('probe:client-auth', request);
      set(result.ok ? { status: 'done', result: result.value } : { status: 'failed', error: result.error });
    },
  }));
}
