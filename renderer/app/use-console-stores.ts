import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { preloadOnDemand } from '../components/on-demand';
import { createVerificationStore } from '../features/claims/use-verification-store';
import { createHistoryStore } from '../features/history/use-history-store';
import type { HistoryStore } from '../features/history/use-history-store';
import { createProfilesStore, selectedSavedSecret } from '../features/profiles/use-profiles-store';
import { createSecretHolder } from '../features/token/secret-holder';
import { createTokenStore } from '../features/token/use-token-store';
import type { TokenStore } from '../features/token/use-token-store';
import { useApi } from '../lib/api-context';
import { markAppReady } from '../lib/app-ready';

/** The console's stores and the typed-secret holder, made once per mounted workbench. */
function useCreatedStores() {
  const api = useApi();
  const [secret] = useState(createSecretHolder);
  const [profilesStore] = useState(() => createProfilesStore(api));
  const [historyStore] = useState(() => createHistoryStore(api));
  const [verificationStore] = useState(() => createVerificationStore(api));
  // After each attempt a token's signature is checked at once. History follows main's history:changed push.
  const [store] = useState(() =>
    createTokenStore(api, undefined, {
      secret,
      savedSecret: () => selectedSavedSecret(profilesStore.getState()),
      afterAttempt: (attempt) => {
        if (attempt.token) void verificationStore.getState().verify(attempt.id);
      },
    }),
  );
  return { secret, profilesStore, historyStore, verificationStore, store };
}

export type ConsoleStores = ReturnType<typeof useCreatedStores>;

/** Loads what the console shows first; resolves the two flags that, with the token store's own, make it ready. */
function useInitialLoad({ store, profilesStore, historyStore }: ConsoleStores) {
  // Already loaded when the start-up answer held their lists.
  const [profilesLoaded, setProfilesLoaded] = useState(() => profilesStore.getState().ready);
  const [historyLoaded, setHistoryLoaded] = useState(() => historyStore.getState().status !== 'loading');
  useEffect(() => {
    const { load, watchSandbox, keepAdHocDraftOnReload, applyProfile, seedRecentVats } = store.getState();
    const unsubscribe = watchSandbox();
    const stopKeepingDraft = keepAdHocDraftOnReload();
    void load();
    // The last used profile fills the form before the app says it is ready.
    void profilesStore
      .getState()
      .load()
      .then((selected) => {
        if (selected) applyProfile(selected);
        setProfilesLoaded(true);
      });
    void historyStore
      .getState()
      .load()
      .then((entries) => {
        seedRecentVats(entries.map((entry) => entry.merchantVat));
        setHistoryLoaded(true);
      });
    return () => {
      unsubscribe();
      stopKeepingDraft();
    };
  }, [store, profilesStore, historyStore]);
  return profilesLoaded && historyLoaded;
}

/**
 * The stores, loaded. The send action falls back on the selected profile's stored secret (described, never the
 * value), read from the profiles store when it sends. The console only counts as ready (data-app-ready) once its
 * data and the display settings are there.
 */
export function useConsoleStores(displayReady: boolean): ConsoleStores {
  const stores = useCreatedStores();
  const { store } = stores;
  const loaded = useInitialLoad(stores);
  const ready = useStore(store, (s) => s.ready);

  useEffect(() => {
    if (!(displayReady && ready && loaded)) return;
    markAppReady();
    // Once the console is usable, the dialogs' code loads in the background so they open at once.
    void preloadOnDemand();
  }, [displayReady, ready, loaded]);
  return stores;
}

/** The attempt the response pane shows: one opened from History closes when it is deleted there (or History is cleared). */
export function useShownAttempt(store: TokenStore, historyStore: HistoryStore): TokenAttempt | undefined {
  const source = useStore(store, (s) => s.attemptSource);
  const lastAttempt = useStore(store, (s) => s.lastAttempt);
  const historyIds = useStore(
    historyStore,
    useShallow((s) => s.entries.map((entry) => entry.id)),
  );
  return lastAttempt && (source !== 'history' || historyIds.includes(lastAttempt.id)) ? lastAttempt : undefined;
}
