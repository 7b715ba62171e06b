import { create } from 'zustand';
import type { BasicHeaderReport } from '../../../shared/domain/basic-header';
import type { ConsoleApi } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';

/** The decoder's report (client id, secret fingerprint, problems). The pasted header is an argument, never kept. */
export interface BasicDecoderState {
  status: 'idle' | 'decoding' | 'done' | 'failed';
  report?: BasicHeaderReport;
  error?: IpcError;
  decode(text: string): Promise<void>;
}

export function createBasicDecoderStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  return create<BasicDecoderState>()((set) => ({
    status: 'idle',
    async decode(text) {
      set({ status: 'decoding', error: undefined });
      const result = await invoke('probe:decode-basic', { text });
      set(
        result.ok
          ? { status: 'done', report: result.value }
          : { status: 'failed', error: result.error, report: undefined },
      );
    },
  }));
}
