import { create } from 'zustand';
import type { CodeSnippet, ConsoleApi, RequestOf } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';

/** "Copy as code" for the current form. Snippets read the id and secret from environment variables: no secret here. */
export interface SnippetsState {
  status: 'loading' | 'ready' | 'failed';
  snippets: CodeSnippet[];
  error?: IpcError;
  load(request: RequestOf<'token:snippets'>): Promise<void>;
}

export function createSnippetsStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  return create<SnippetsState>()((set) => ({
    status: 'loading',
    snippets: [],

    async load(request) {
      set({ status: 'loading', error: undefined });
      const result = await invoke('token:snippets', request);
      if (result.ok) set({ status: 'ready', snippets: result.value });
      else set({ status: 'failed', snippets: [], error: result.error });
    },
  }));
}
