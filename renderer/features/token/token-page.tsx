import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ProfileSummary } from '../../../shared/domain/profile';
import { AppHeader } from '../../components/app-header';
import { ErrorAlert } from '../../components/error-alert';
import { useApi } from '../../lib/api-context';
import { markAppReady } from '../../lib/app-ready';
import { ProfilesSection } from '../profiles/profiles-section';
import type { ProfileFormValues } from '../profiles/profile-values';
import { createProfilesStore } from '../profiles/use-profiles-store';
import { errorTitle } from './error-text';
import { RequestForm } from './request-form';
import { ResponsePanel } from './response-panel';
import { TokenPanel } from './token-panel';
import type { SavedSecret, TokenForm } from './token-request';
import { createTokenStore } from './use-token-store';

/** "Save as profile" from the ad-hoc form: its fields and the typed secret, for the New profile dialog only. */
function seedFrom(form: TokenForm, clientSecret: string): ProfileFormValues {
  return {
    name: '',
    environment: form.environmentId,
    customTokenUrl: form.customTokenUrl,
    clientId: form.clientId,
    clientSecret,
    defaultMerchantVat: form.merchantVat.trim(),
    basicEncoding: form.basicEncoding,
    sendIbmClientId: form.sendIbmClientId,
    notes: '',
  };
}

/** The token console: profiles and the request form on one side, the captured exchange and decoded token on the other. */
export function TokenPage() {
  const api = useApi();
  const [store] = useState(() => createTokenStore(api));
  const [profilesStore] = useState(() => createProfilesStore(api));
  const [profilesLoaded, setProfilesLoaded] = useState(false);
  const [createSeed, setCreateSeed] = useState<ProfileFormValues>();
  const form = useStore(store, (s) => s.form);
  const ready = useStore(store, (s) => s.ready);
  const appInfo = useStore(store, (s) => s.appInfo);
  const environments = useStore(store, useShallow((s) => s.environments));
  const sandbox = useStore(store, (s) => s.sandbox);
  const busy = useStore(store, (s) => s.busy);
  const attempt = useStore(store, (s) => s.lastAttempt);
  const error = useStore(store, (s) => s.error);
  const selectedId = useStore(profilesStore, (s) => s.selectedId);
  const selectedSecret = useStore(profilesStore, (s) => s.profiles.find((p) => p.id === s.selectedId)?.secret);
  const savedSecret: SavedSecret | undefined = selectedId && selectedSecret ? { profileId: selectedId, secret: selectedSecret } : undefined;
  const actions = store.getState();

  useEffect(() => {
    const { load, watchSandbox, applyProfile } = store.getState();
    const unsubscribe = watchSandbox();
    void load();
    // The last used profile fills the form before the app says it is ready.
    void profilesStore.getState().load().then((selected) => {
      if (selected) applyProfile(selected);
      setProfilesLoaded(true);
    });
    return unsubscribe;
  }, [store, profilesStore]);

  useEffect(() => {
    if (ready && profilesLoaded) markAppReady();
  }, [ready, profilesLoaded]);

  function applyProfile(profile: ProfileSummary | undefined) {
    if (profile) actions.applyProfile(profile);
  }

  return (
    <div className="app">
      <AppHeader appInfo={appInfo} />
      <main className="layout">
        <div className="column column-request">
          <ProfilesSection
            store={profilesStore}
            currentEnvironment={form.environmentId}
            onApply={applyProfile}
            createSeed={createSeed}
            onCreateSeedDone={() => setCreateSeed(undefined)}
          />
          <RequestForm
            // A new selection starts with an empty secret field: nothing typed for one profile goes with another.
            key={selectedId ?? 'ad-hoc'}
            form={form}
            environments={environments}
            sandbox={sandbox}
            busy={busy}
            savedSecret={savedSecret}
            onFormChange={actions.updateForm}
            onStartSandbox={() => void actions.startSandbox()}
            onLoadDemoClients={actions.fetchDemoClients}
            onSend={(secret) => void actions.requestToken(secret, savedSecret)}
            onSaveAsProfile={(secret) => setCreateSeed(seedFrom(form, secret))}
          />
        </div>
        <div className="column column-response">
          {error && (
            <ErrorAlert title={errorTitle(error.code, error.context)} message={error.message} onDismiss={actions.dismissError}>
              {error.code === 'SANDBOX_UNAVAILABLE' && (
                <button type="button" className="button button-secondary" onClick={() => void actions.startSandbox()}>
                  Start sandbox
                </button>
              )}
            </ErrorAlert>
          )}
          <ResponsePanel attempt={attempt} busy={busy} />
          {attempt && (attempt.token || attempt.tokenProblem) && <TokenPanel attempt={attempt} />}
        </div>
      </main>
    </div>
  );
}
