import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ProfileSummary } from '../../../shared/domain/profile';
import { useApi } from '../../lib/api-context';
import { markAppReady } from '../../lib/app-ready';
import { InspectTokenDialog } from '../claims/inspect-token-dialog';
import { createVerificationStore } from '../claims/use-verification-store';
import { AttemptExports, AttemptPosProbe } from '../diagnosis/attempt-extras';
import { HistorySection } from '../history/history-section';
import { usePresentation } from '../../lib/presentation';
import { createHistoryStore } from '../history/use-history-store';
import { ProfilesSection } from '../profiles/profiles-section';
import type { ProfileFormValues } from '../profiles/profile-values';
import { createProfilesStore } from '../profiles/use-profiles-store';
import { ClientAuthProbeDialog } from '../probes/client-auth-probe-dialog';
import { DecodeBasicTool } from '../probes/decode-basic-tool';
import { probeLaunch } from '../probes/probe-request';
import type { ProbeLaunch } from '../probes/probe-request';
import { localEnvironmentOf } from '../sandbox-controls/local-environments';
import { SandboxControls } from '../sandbox-controls/sandbox-controls';
import { SnippetsDialog } from '../snippets/snippets-dialog';
import { consoleActions, seedFrom } from './console-actions';
import { RequestForm } from './request-form';
import { requestOutcome } from './request-outcome';
import { revealResponse } from './reveal-response';
import { savedMerchantsControl } from './saved-merchants';
import type { RequestFormHandle } from './request-form';
import { ResponseColumn } from './response-column';
import type { SavedSecret } from './token-request';
import { createTokenStore } from './use-token-store';

type ToolDialog = 'snippets' | 'inspect';

/**
 * The token console: profiles, the request form and History on one side; the exchange and the token on the other.
 * `displayReady`: the app's display settings (presentation mode) are known. The page loads its data meanwhile,
 * hidden, and only counts as ready (data-app-ready) once both are there.
 */
export function TokenPage({ displayReady = true }: { displayReady?: boolean }) {
  const api = useApi();
  const [store] = useState(() => createTokenStore(api));
  const [profilesStore] = useState(() => createProfilesStore(api));
  const [historyStore] = useState(() => createHistoryStore(api));
  const [verificationStore] = useState(() => createVerificationStore(api));
  const [profilesLoaded, setProfilesLoaded] = useState(false);
  const [historyLoaded, setHistoryLoaded] = useState(false);
  const [createSeed, setCreateSeed] = useState<ProfileFormValues>();
  const [dialog, setDialog] = useState<ToolDialog>();
  const [refreshNotice, setRefreshNotice] = useState('');
  const [probe, setProbe] = useState<ProbeLaunch>();
  const formRef = useRef<RequestFormHandle>(null);
  const automatic = useRef(false);
  const form = useStore(store, (s) => s.form);
  const ready = useStore(store, (s) => s.ready);
  const environments = useStore(store, useShallow((s) => s.environments));
  const sandboxes = useStore(store, (s) => s.sandboxes);
  const busy = useStore(store, (s) => s.busy);
  const source = useStore(store, (s) => s.attemptSource);
  const historyIds = useStore(historyStore, useShallow((s) => s.entries.map((entry) => entry.id)));
  const lastAttempt = useStore(store, (s) => s.lastAttempt);
  const lastRequest = useStore(store, (s) => s.lastRequest);
  // An attempt opened from History closes when it is deleted there (or History is cleared).
  const attempt = lastAttempt && (source !== 'history' || historyIds.includes(lastAttempt.id)) ? lastAttempt : undefined;
  const error = useStore(store, (s) => s.error);
  const productionConfirmed = useStore(store, (s) => s.productionConfirmed);
  const recentVats = useStore(store, useShallow((s) => s.recentVats));
  const autoRefresh = useStore(store, (s) => s.autoRefresh);
  const verification = useStore(verificationStore, (s) => (attempt ? s.byAttempt[attempt.id] : undefined));
  const selectedId = useStore(profilesStore, (s) => s.selectedId);
  const selectedSecret = useStore(profilesStore, (s) => s.profiles.find((p) => p.id === s.selectedId)?.secret);
  const selectedMerchants = useStore(profilesStore, (s) => s.profiles.find((p) => p.id === s.selectedId)?.merchants);
  const merchants = selectedId && selectedMerchants ? savedMerchantsControl(profilesStore, selectedId, selectedMerchants) : undefined;
  const savedSecret: SavedSecret | undefined = selectedId && selectedSecret ? { profileId: selectedId, secret: selectedSecret } : undefined;
  const actions = store.getState();
  const { on: presenting } = usePresentation();
  const run = consoleActions({ store, historyStore, verificationStore, savedSecret, setRefreshNotice });
  const localEnvironment = localEnvironmentOf(form.environmentId);
  const sandbox = localEnvironment ? sandboxes[localEnvironment] : undefined;
  const startSandbox = () => void actions.startSandbox(localEnvironment);

  useEffect(() => {
    const { load, watchSandbox, keepAdHocDraftOnReload, applyProfile, seedRecentVats } = store.getState();
    const unsubscribe = watchSandbox();
    const stopKeepingDraft = keepAdHocDraftOnReload();
    void load();
    // The last used profile fills the form before the app says it is ready.
    void profilesStore.getState().load().then((selected) => {
      if (selected) applyProfile(selected);
      setProfilesLoaded(true);
    });
    void historyStore.getState().load().then((entries) => {
      seedRecentVats(entries.map((entry) => entry.merchantVat));
      setHistoryLoaded(true);
    });
    return () => {
      unsubscribe();
      stopKeepingDraft();
    };
  }, [store, profilesStore, historyStore]);

  useEffect(() => {
    if (displayReady && ready && profilesLoaded && historyLoaded) markAppReady();
  }, [displayReady, ready, profilesLoaded, historyLoaded]);

  // Ad hoc gets its own fields back; a secret typed for it does not survive the switch (the form remounts).
  function applyProfile(profile: ProfileSummary | undefined) {
    if (profile) actions.applyProfile(profile);
    else actions.applyAdHoc();
  }

  function refreshDue() {
    automatic.current = true;
    const blockers = formRef.current?.sendAutomatically() ?? ['The request form is not available.'];
    if (blockers.length > 0) {
      automatic.current = false;
      run.announceBlocked(blockers);
    }
  }

  function send(secret: string) {
    const wasAutomatic = automatic.current;
    automatic.current = false;
    void run.send(secret, wasAutomatic);
  }

  return (
    <div className="app">
      {/* The request column is long (profiles, form, History): the first Tab stop offers a way past it. */}
      <button type="button" className="skip-link" onClick={revealResponse}>
        Skip to Response
      </button>
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
            ref={formRef}
            form={form}
            environments={environments}
            sandbox={sandbox}
            busy={busy}
            outcome={requestOutcome(lastRequest, source === 'request' ? attempt : undefined)}
            onShowResponse={revealResponse}
            recentVats={recentVats}
            productionConfirmed={productionConfirmed}
            onConfirmProduction={actions.confirmProduction}
            savedSecret={savedSecret}
            merchants={merchants}
            onFormChange={actions.updateForm}
            onStartSandbox={startSandbox}
            onLoadDemoClients={() => actions.fetchDemoClients(localEnvironment)}
            onSend={send}
            onSaveAsProfile={(secret) => setCreateSeed(seedFrom(form, secret))}
            onCopyAsCode={() => setDialog('snippets')}
            onProbeClientAuth={(secret) => setProbe(probeLaunch(form, secret, savedSecret, environments, sandbox))}
          />
          {localEnvironment && <SandboxControls key={`sandbox-controls-${localEnvironment}`} environment={localEnvironment} />}
          {presenting ? (
            <p className="presentation-note" role="note">
              History is hidden in presentation mode.
            </p>
          ) : (
            <HistorySection
              store={historyStore}
              currentId={attempt?.id}
              onOpened={(opened) => {
                actions.showAttempt(opened, 'history');
                revealResponse();
              }}
            />
          )}
        </div>
        <ResponseColumn
          error={error}
          onDismissError={actions.dismissError}
          onStartSandbox={startSandbox}
          attempt={attempt}
          source={source}
          busy={busy}
          verification={verification}
          onVerify={(id) => void verificationStore.getState().verify(id)}
          autoRefresh={autoRefresh}
          onAutoRefreshChange={actions.setAutoRefresh}
          onRefreshDue={refreshDue}
          onCopyToken={run.copyToken}
          refreshNotice={refreshNotice}
          onInspect={() => setDialog('inspect')}
          tools={<DecodeBasicTool />}
          afterResponse={attempt && <AttemptExports attempt={attempt} />}
        >
          {attempt && <AttemptPosProbe attempt={attempt} environments={environments} formVat={form.merchantVat} />}
        </ResponseColumn>
      </main>
      {dialog === 'snippets' && <SnippetsDialog form={form} onClose={() => setDialog(undefined)} />}
      {probe && <ClientAuthProbeDialog {...probe} onClose={() => setProbe(undefined)} />}
      {dialog === 'inspect' && <InspectTokenDialog environments={environments} initialEnvironment={form.environmentId} onClose={() => setDialog(undefined)} />}
    </div>
  );
}
