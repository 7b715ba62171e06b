import type { Channel, ConsoleApi, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

export type Invoker = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

/** The contract says invoke never rejects; if a bridge breaks anyway, callers still get an IpcResult. */
export function safeInvoker(api: ConsoleApi): Invoker {
  return async (channel, request) => {
    try {
      return await api.invoke(channel, request);
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'The console could not reach its main process.' } };
    }
  };
}
