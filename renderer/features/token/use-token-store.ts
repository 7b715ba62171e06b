import { create } from 'zustand';
import { DEFAULT_ENVIRONMENT } from '../../../shared/domain/environments';
import type { ProfileSummary } from '../../../shared/domain/profile';
import type { LocalEnvironmentId } from '../../../shared/domain/sandbox-faults';
import type { AppInfo, ConsoleApi, DemoClient, EnvironmentSummary, SandboxStatus, TokenAttempt } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { safeInvoker } from '../../lib/safe-invoke';
import { readAdHocDraft, sessionDraftStorage, writeAdHocDraft } from './ad-hoc-draft';
import { mergeRecentVats } from './recent-vats';
import { buildTokenRequest, formFromProfile } from './token-request';
import type { SavedSecret, TokenForm } from './token-request';

/** Where an IPC error happened, so the alert can say what failed. */
export type ErrorContext = 'load' | 'request' | 'sandbox' | 'demo';

export interface TokenError extends IpcError {
  context: ErrorContext;
}

/** A fresh answer to Request token, or an attempt opened from History (its token is no longer usable here). */
export type AttemptSource = 'request' | 'history';

/** How the last Request token ended: with an attempt (any status), or not sent at all. */
export type LastRequest = { ok: true; attemptId: string } | { ok: false; error: TokenError };

export interface AutoRefreshSettings {
  enabled: boolean;
  /** Re-send this many minutes before the token expires (server time). */
  minutesBefore: number;
}

export const DEFAULT_AUTO_REFRESH: AutoRefreshSettings = { enabled: false, minutesBefore: 10 };

/** The token feature's state. Holds no secret and no usable token: a typed secret arrives as an argument. */
export interface TokenState {
  form: TokenForm;
  /** No profile is selected: the form is the ad-hoc one, and its edits are kept as the ad-hoc draft. */
  adHoc: boolean;
  /**
   * The ad-hoc form's fields, kept while a profile fills the form so that choosing Ad-hoc again brings them back.
   * Undefined until ad hoc has held anything (or a reload found one). Never a secret: the typed one stays in the form.
   */
  adHocDraft?: TokenForm;
  ready: boolean;
  appInfo?: AppInfo;
  environments: EnvironmentSummary[];
  /** The Local sandbox's status (the default environment). */
  sandbox?: SandboxStatus;
  /** Both embedded sandboxes, Local sandbox and Local production, by environment. */
  sandboxes: Partial<Record<LocalEnvironmentId, SandboxStatus>>;
  busy: boolean;
  lastAttempt?: TokenAttempt;
  attemptSource?: AttemptSource;
  /** The last Request token's end, kept after its error is dismissed (the line under the button still tells it). */
  lastRequest?: LastRequest;
  error?: TokenError;
  /** Production was confirmed once in this run; later requests to it go without asking. */
  productionConfirmed: boolean;
  /** Recently used merchant VATs, newest first: seeded from History on load, then kept for the session. */
  recentVats: string[];
  autoRefresh: AutoRefreshSettings;
  load(): Promise<void>;
  watchSandbox(): () => void;
  updateForm(patch: Partial<TokenForm>): void;
  /** Fills the form from a selected profile (its secret stays in main). */
  applyProfile(profile: ProfileSummary): void;
  /**
   * Ad hoc chosen (or the selected profile deleted): the ad-hoc draft comes back. With none yet, the form stays as it
   * is, a profile's fields as a starting point, and becomes the draft.
   */
  applyAdHoc(): void;
  /** Writes the ad-hoc draft for the next load of the window whenever the page goes away (a reload); see ad-hoc-draft.ts. */
  keepAdHocDraftOnReload(): () => void;
  /** The Local sandbox unless told otherwise. */
  startSandbox(environment?: LocalEnvironmentId): Promise<void>;
  fetchDemoClients(environment?: LocalEnvironmentId): Promise<DemoClient[]>;
  /** A typed secret (may be empty) and, when a profile is selected, its saved secret to fall back on. */
  requestToken(clientSecret: string, saved?: SavedSecret): Promise<TokenAttempt | undefined>;
  /** Shows an attempt opened from History in the viewer. */
  showAttempt(attempt: TokenAttempt, source: AttemptSource): void;
  confirmProduction(): void;
  seedRecentVats(newestFirst: readonly (string | undefined)[]): void;
  setAutoRefresh(patch: Partial<AutoRefreshSettings>): void;
  /** Main copies the attempt's usable token to the clipboard (and clears it later); the renderer never holds it. */
  copyToken(attemptId: string): Promise<IpcResult<{ clearsAfterMs: number }>>;
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

/** `draftStorage`: where the ad-hoc draft outlives a reload; the window's sessionStorage unless told otherwise. */
export function createTokenStore(api: ConsoleApi, draftStorage: Storage | undefined = sessionDraftStorage()) {
  const invoke = safeInvoker(api);
  const draft = readAdHocDraft(draftStorage, INITIAL_FORM);
  return create<TokenState>()((set, get) => ({
    form: draft ?? INITIAL_FORM,
    // Until profiles load, nothing is selected; the last used profile, if any, replaces this with applyProfile.
    adHoc: true,
    adHocDraft: draft,
    ready: false,
    environments: [],
    sandboxes: {},
    busy: false,
    productionConfirmed: false,
    recentVats: [],
    autoRefresh: DEFAULT_AUTO_REFRESH,

    async load() {
      const [info, environments, sandbox, production] = await Promise.all([
        invoke('app:info', {}),
        invoke('environments:list', {}),
        invoke('sandbox:status', {}),
        invoke('sandbox:status', { environment: 'local-production' }),
      ]);
      // Local production is optional: its status failing does not make the console fail to load.
      const failed = [info, environments, sandbox].find((result) => !result.ok);
      set({
        ready: true,
        ...(info.ok ? { appInfo: info.value } : {}),
        ...(environments.ok ? { environments: environments.value } : {}),
        ...(sandbox.ok ? { sandbox: sandbox.value } : {}),
        sandboxes: {
          ...(sandbox.ok ? { local: sandbox.value } : {}),
          ...(production.ok ? { 'local-production': production.value } : {}),
        },
        ...(failed && !failed.ok ? { error: { ...failed.error, context: 'load' as const } } : {}),
      });
    },

    watchSandbox() {
      // Both local sandboxes report on the same event; `sandbox` stays the Local sandbox's.
      return api.on('sandbox:changed', (status) => {
        const sandboxes = { ...get().sandboxes, [status.environment]: status };
        set(status.environment === 'local' ? { sandbox: status, sandboxes } : { sandboxes });
      });
    },

    updateForm(patch) {
      const form = { ...get().form, ...patch };
      // A profile's fields edited for a request are not the ad-hoc form's.
      set(get().adHoc ? { form, adHocDraft: form } : { form });
    },

    applyProfile(profile) {
      set({ form: formFromProfile(profile), adHoc: false });
    },

    applyAdHoc() {
      const form = get().adHocDraft ?? get().form;
      set({ form, adHocDraft: form, adHoc: true });
    },

    keepAdHocDraftOnReload() {
      // On pagehide rather than on every change: one write per reload instead of one per keystroke, and a page that
      // never unloads (a component test) leaves nothing behind for the next one.
      const save = () => {
        const { adHocDraft } = get();
        if (adHocDraft) writeAdHocDraft(draftStorage, adHocDraft);
      };
      window.addEventListener('pagehide', save);
      return () => window.removeEventListener('pagehide', save);
    },

    async startSandbox(environment = 'local') {
      const result = await invoke('sandbox:start', environment === 'local' ? {} : { environment });
      if (!result.ok) {
        set({ error: { ...result.error, context: 'sandbox' } });
        return;
      }
      const sandboxes = { ...get().sandboxes, [environment]: result.value };
      set(environment === 'local' ? { sandbox: result.value, sandboxes } : { sandboxes });
    },

    async fetchDemoClients(environment = 'local') {
      const result = await invoke('sandbox:demo-clients', environment === 'local' ? {} : { environment });
      if (result.ok) return result.value;
      set({ error: { ...result.error, context: 'demo' } });
      return [];
    },

    async requestToken(clientSecret, saved) {
      const input = buildTokenRequest(get().form, clientSecret, saved);
      if (!input || get().busy) return undefined;
      if (input.environment === 'mp-production' && !get().productionConfirmed) return undefined;
      set({ busy: true, error: undefined, recentVats: mergeRecentVats([input.merchantVat, ...get().recentVats]) });
      const result = await invoke('token:request', input);
      if (!result.ok) {
        const error: TokenError = { ...result.error, context: 'request' };
        set({ busy: false, error, lastRequest: { ok: false, error } });
        return undefined;
      }
      set({ busy: false, lastAttempt: result.value, attemptSource: 'request', lastRequest: { ok: true, attemptId: result.value.id } });
      return result.value;
    },

    showAttempt(attempt, source) {
      set({ lastAttempt: attempt, attemptSource: source, error: undefined });
    },

    confirmProduction() {
      set({ productionConfirmed: true });
    },

    seedRecentVats(newestFirst) {
      set({ recentVats: mergeRecentVats([...get().recentVats, ...newestFirst]) });
    },

    setAutoRefresh(patch) {
      set({ autoRefresh: { ...get().autoRefresh, ...patch } });
    },

    copyToken: (attemptId) => invoke('token:copy', { attemptId }),

    dismissError() {
      set({ error: undefined });
    },
  }));
}

export type TokenStore = ReturnType<typeof createTokenStore>;
