import { create } from 'zustand';
import { DEFAULT_ENVIRONMENT } from '../../../shared/domain/environments';
import type { ProfileSummary } from '../../../shared/domain/profile';
import type { AppInfo, ConsoleApi, DemoClient, EnvironmentSummary, SandboxStatus, TokenAttempt } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';
import { buildTokenRequest, formFromProfile } from './token-request';
import type { SavedSecret, TokenForm } from './token-request';

/** Where an IPC error happened, so the alert can say what failed. */
export type ErrorContext = 'load' | 'request' | 'sandbox' | 'demo';

export interface TokenError extends IpcError {
  context: ErrorContext;
}

/** The token feature's state. Holds no secret: a typed secret stays in the form and arrives as an argument. */
export interface TokenState {
  form: TokenForm;
  ready: boolean;
  appInfo?: AppInfo;
  environments: EnvironmentSummary[];
  sandbox?: SandboxStatus;
  busy: boolean;
  lastAttempt?: TokenAttempt;
  error?: TokenError;
  load(): Promise<void>;
  watchSandbox(): () => void;
  updateForm(patch: Partial<TokenForm>): void;
  /** Fills the form from a selected profile (its secret stays in main). */
  applyProfile(profile: ProfileSummary): void;
  startSandbox(): Promise<void>;
  fetchDemoClients(): Promise<DemoClient[]>;
  /** A typed secret (may be empty) and, when a profile is selected, its saved secret to fall back on. */
  requestToken(clientSecret: string, saved?: SavedSecret): Promise<void>;
  dismissError(): void;
}

export const INITIAL_FORM: TokenForm = {
  environmentId: DEFAULT_ENVIRONMENT,
  customTokenUrl: '',
  clientId: '',
  merchantVat: '',
  basicEncoding: 'form',
  sendIbmClientId: false,
};

export function createTokenStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  return create<TokenState>()((set, get) => ({
    form: INITIAL_FORM,
    ready: false,
    environments: [],
    busy: false,

    async load() {
      const [info, environments, sandbox] = await Promise.all([
        invoke('app:info', {}),
        invoke('environments:list', {}),
        invoke('sandbox:status', {}),
      ]);
      const failed = [info, environments, sandbox].find((result) => !result.ok);
      set({
        ready: true,
        ...(info.ok ? { appInfo: info.value } : {}),
        ...(environments.ok ? { environments: environments.value } : {}),
        ...(sandbox.ok ? { sandbox: sandbox.value } : {}),
        ...(failed && !failed.ok ? { error: { ...failed.error, context: 'load' as const } } : {}),
      });
    },

    watchSandbox() {
      return api.on('sandbox:changed', (status) => set({ sandbox: status }));
    },

    updateForm(patch) {
      set({ form: { ...get().form, ...patch } });
    },

    applyProfile(profile) {
      set({ form: formFromProfile(profile) });
    },

    async startSandbox() {
      const result = await invoke('sandbox:start', {});
      if (result.ok) set({ sandbox: result.value });
      else set({ error: { ...result.error, context: 'sandbox' } });
    },

    async fetchDemoClients() {
      const result = await invoke('sandbox:demo-clients', {});
      if (result.ok) return result.value;
      set({ error: { ...result.error, context: 'demo' } });
      return [];
    },

    async requestToken(clientSecret, saved) {
      const input = buildTokenRequest(get().form, clientSecret, saved);
      if (!input || get().busy) return;
      set({ busy: true, error: undefined });
      const result = await invoke('token:request', input);
      if (result.ok) set({ busy: false, lastAttempt: result.value });
      else set({ busy: false, error: { ...result.error, context: 'request' } });
    },

    dismissError() {
      set({ error: undefined });
    },
  }));
}

export type TokenStore = ReturnType<typeof createTokenStore>;
