import { create } from 'zustand';
import { shallow } from 'zustand/shallow';
import type { AppInfo, ConsoleApi, EnvironmentSummary, SandboxStatus } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { ProfileSummary } from '../../../shared/domain/profile';
import { answeredAtStart } from '../../lib/bootstrap-api';
import { safeInvoker } from '../../lib/safe-invoke';
import { readAdHocDraft, sessionDraftStorage, writeAdHocDraft } from './ad-hoc-draft';
import { bindingOf, profileRefusal } from './profile-binding';
import { mergeRecentVats } from './recent-vats';
import { createSecretHolder } from './secret-holder';
import { sendTokenRequest } from './send-action';
import type { SendDeps } from './send-action';
import { buildTokenRequest, formFromProfile } from '../../lib/token-form';
import { DEFAULT_AUTO_REFRESH, INITIAL_FORM, type TokenError, type TokenState } from './token-state';

/** `draftStorage`: where the ad-hoc draft outlives a reload; the window's sessionStorage unless told otherwise. */
export function createTokenStore(
  api: ConsoleApi,
  draftStorage: Storage | undefined = sessionDraftStorage(),
  deps: SendDeps = { secret: createSecretHolder() },
) {
  const invoke = safeInvoker(api);
  const draft = readAdHocDraft(draftStorage, INITIAL_FORM);
  const atStart = startAnswers(api);
  const lastUsed = lastUsedProfile(api);
  return create<TokenState>()((set, get) => ({
    // The last used profile, when the start-up answer names one, fills the form from the first render; otherwise
    // nothing is selected until profiles load, and the last used profile replaces this with applyProfile.
    form: lastUsed ? formFromProfile(lastUsed) : (draft ?? INITIAL_FORM),
    adHoc: !lastUsed,
    ...(lastUsed ? { profileBinding: bindingOf(lastUsed) } : {}),
    adHocDraft: draft,
    ready: false,
    environments: [],
    sandboxes: {},
    busy: false,
    productionConfirmed: false,
    confirmingProduction: false,
    refreshNotice: '',
    recentVats: recentVatsAtStart(api),
    autoRefresh: DEFAULT_AUTO_REFRESH,
    // The start-up answer, when it is already in, is the first state: the first render is the usable form.
    ...(atStart ? loadedState(atStart) : {}),

    async load() {
      const loaded = await Promise.all([
        invoke('app:info', {}),
        invoke('environments:list', {}),
        invoke('sandbox:status', {}),
        invoke('sandbox:status', { environment: 'local-production' }),
      ] as const);
      // Answered from the same start-up answer as the first state: nothing new to set (no second render).
      if (atStart && loaded.every((result, index) => result === atStart[index])) return;
      set(loadedState(loaded));
    },

    watchSandbox() {
      // Both local sandboxes report on the same event, each under its environment.
      return api.on('sandbox:changed', (status) =>
        set({ sandboxes: { ...get().sandboxes, [status.environment]: status } }),
      );
    },

    updateForm(patch) {
      const form = { ...get().form, ...patch };
      // A profile's fields edited for a request are not the ad-hoc form's. The last request's outcome was for the
      // inputs before this change, so it is no longer said under the button.
      set(get().adHoc ? { form, adHocDraft: form, lastRequest: undefined } : { form, lastRequest: undefined });
    },

    applyProfile(profile) {
      const form = formFromProfile(profile);
      const profileBinding = bindingOf(profile);
      const now = get();
      // The profile the form already shows (the last used one, from the start-up answer): nothing changes, no render.
      const showing = !now.adHoc && !now.lastRequest && shallow(now.form, form);
      if (showing && shallow(now.profileBinding, profileBinding)) return;
      set({ form, adHoc: false, lastRequest: undefined, profileBinding });
    },

    applyAdHoc() {
      const form = get().adHocDraft ?? get().form;
      set({ form, adHocDraft: form, adHoc: true, lastRequest: undefined, profileBinding: undefined });
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
      set({ sandboxes: { ...get().sandboxes, [environment]: result.value } });
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
        const error: TokenError = profileRefusal(result.error, input, get().profileBinding);
        set({ busy: false, error, lastRequest: { ok: false, error } });
        return undefined;
      }
      set({
        busy: false,
        lastAttempt: result.value,
        attemptSource: 'request',
        lastRequest: { ok: true, attemptId: result.value.id },
      });
      return result.value;
    },

    showAttempt(attempt, source) {
      set({ lastAttempt: attempt, attemptSource: source, error: undefined });
    },

    send: (options) => sendTokenRequest(get, set, deps, options),

    confirmProduction() {
      const waiting = get().confirmingProduction;
      set({ productionConfirmed: true, confirmingProduction: false });
      if (waiting) void get().send();
    },

    cancelProduction() {
      set({ confirmingProduction: false });
    },

    seedRecentVats(newestFirst) {
      const recentVats = mergeRecentVats([...get().recentVats, ...newestFirst]);
      if (!shallow(recentVats, get().recentVats)) set({ recentVats });
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

type Loaded = readonly [
  IpcResult<AppInfo>,
  IpcResult<EnvironmentSummary[]>,
  IpcResult<SandboxStatus>,
  IpcResult<SandboxStatus>,
];

/** The four start-up answers, synchronously, if the start-up answer is in (all or none). */
function startAnswers(api: ConsoleApi): Loaded | undefined {
  const info = answeredAtStart(api, 'app:info', {});
  const environments = answeredAtStart(api, 'environments:list', {});
  const sandbox = answeredAtStart(api, 'sandbox:status', {});
  const production = answeredAtStart(api, 'sandbox:status', { environment: 'local-production' });
  return info && environments && sandbox && production ? [info, environments, sandbox, production] : undefined;
}

/** The merchant VATs of the History in the start-up answer, newest first: the VAT picker's list from the first render. */
function recentVatsAtStart(api: ConsoleApi): string[] {
  const listed = answeredAtStart(api, 'history:list', {});
  return listed?.ok ? mergeRecentVats(listed.value.map((entry) => entry.merchantVat)) : [];
}

function lastUsedProfile(api: ConsoleApi): ProfileSummary | undefined {
  const listed = answeredAtStart(api, 'profiles:list', {});
  return listed?.ok ? listed.value.profiles.find((profile) => profile.id === listed.value.selectedId) : undefined;
}

function loadedState([info, environments, sandbox, production]: Loaded): Partial<TokenState> {
  // Local production is optional: its status failing does not make the console fail to load.
  const failed = [info, environments, sandbox].find((result) => !result.ok);
  return {
    ready: true,
    ...(info.ok ? { appInfo: info.value } : {}),
    ...(environments.ok ? { environments: environments.value } : {}),
    sandboxes: {
      ...(sandbox.ok ? { local: sandbox.value } : {}),
      ...(production.ok ? { 'local-production': production.value } : {}),
    },
    ...(failed && !failed.ok ? { error: { ...failed.error, context: 'load' as const } } : {}),
  };
}
