import { onDemand, preloadOnDemand } from '../components/on-demand';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { credentialsReadSameEitherWay } from '../../shared/domain/credential-hygiene';
import type { ProfileSummary } from '../../shared/domain/profile';
import { SplitView } from '../components/split-view';
import { createVerificationStore } from '../features/claims/use-verification-store';
import { createHistoryStore } from '../features/history/use-history-store';
import type { ProfileFormValues } from '../features/profiles/profile-values';
import { createProfilesStore } from '../features/profiles/use-profiles-store';
import { probeLaunch } from '../features/probes/probe-request';
import type { ProbeLaunch } from '../features/probes/probe-request';
import { RequestForm } from '../features/token/request-form';
import { requestOutcome } from '../features/token/request-outcome';
import { revealResponse } from '../features/token/reveal-response';
import { createSecretHolder } from '../features/token/secret-holder';
import { createTokenStore } from '../features/token/use-token-store';
import { useApi } from '../lib/api-context';
import { markAppReady } from '../lib/app-ready';
import { localEnvironmentOf } from '../lib/local-environments';
import { usePresentation } from '../lib/presentation';
import type { SavedSecret } from '../lib/token-form';
const AttemptExports = onDemand(async () => (await import('./attempt-extras')).AttemptExports, 'Exports'), AttemptPosProbe = onDemand(async () => (await import('./attempt-extras')).AttemptPosProbe, 'the PoS call'); // on demand: shown after a request
import type { CommandRegistry } from './commands';
import { consoleActions, seedFrom } from './console-actions';
import { FaultsChip } from './faults-chip';
import { ResponsePane } from './response-pane';
import type { ResponseTab } from './response-pane';
import { savedMerchantsControl } from './saved-merchants-control';
import { Sidebar } from './sidebar';
const TokenPanel = onDemand(async () => (await import('./token-panel')).TokenPanel, 'the token'); // on demand: shown after a request
import { workbenchCommands } from './workbench-commands';

// Tools opened from a button or the palette load when first opened.
const InspectTokenDialog = onDemand(async () => (await import('../features/claims/inspect-token-dialog')).InspectTokenDialog, 'Inspect a pasted token');
const ClientAuthProbeDialog = onDemand(async () => (await import('../features/probes/client-auth-probe-dialog')).ClientAuthProbeDialog, 'Probe client authentication');
const SnippetsDialog = onDemand(async () => (await import('../features/snippets/snippets-dialog')).SnippetsDialog, 'Copy as code');
const BasicHeaderDialog = onDemand(async () => (await import('../features/probes/basic-header-dialog')).BasicHeaderDialog, 'Decode a Basic header');

export type ToolDialog = 'snippets' | 'inspect' | 'decode-basic';

interface WorkbenchProps {
  /** The app's display settings (presentation mode) are known; until then the page loads, hidden. */
  displayReady?: boolean;
  /** Where the workbench puts its commands for the palette and the shortcuts. */
  commands?: CommandRegistry;
}

/**
 * The console: the sidebar (profiles, sandbox, History), and the request beside its response, split and resizable.
 * It only counts as ready (data-app-ready) once its data and the display settings are there.
 */
export function Workbench({ displayReady = true, commands }: WorkbenchProps) {
  const api = useApi();
  const [secret] = useState(createSecretHolder);
  const [profilesStore] = useState(() => createProfilesStore(api));
  const [historyStore] = useState(() => createHistoryStore(api));
  const [verificationStore] = useState(() => createVerificationStore(api));
  // After each attempt History is re-read, and a token's signature is checked at once.
  const [store] = useState(() =>
    createTokenStore(api, undefined, {
      secret,
      afterAttempt: (attempt) => {
        void historyStore.getState().load();
        if (attempt.token) void verificationStore.getState().verify(attempt.id);
      },
    }),
  );
  const [profilesLoaded, setProfilesLoaded] = useState(() => profilesStore.getState().ready); // from the start-up answer
  const [historyLoaded, setHistoryLoaded] = useState(() => historyStore.getState().status !== 'loading');
  const [createSeed, setCreateSeed] = useState<ProfileFormValues>();
  const [dialog, setDialog] = useState<ToolDialog>();
  const [probe, setProbe] = useState<ProbeLaunch>();
  const [tab, setTab] = useState<ResponseTab>('response');
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
  const confirmingProduction = useStore(store, (s) => s.confirmingProduction);
  const refreshNotice = useStore(store, (s) => s.refreshNotice);
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
  const run = consoleActions({ store });
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

  // The send action falls back on the selected profile's stored secret (described, never the value).
  useEffect(() => {
    store.getState().setSavedSecret(selectedId && selectedSecret ? { profileId: selectedId, secret: selectedSecret } : undefined);
  }, [store, selectedId, selectedSecret]);

  useEffect(() => {
    if (!(displayReady && ready && profilesLoaded && historyLoaded)) return;
    markAppReady();
    // Once the console is usable, the dialogs' code loads in the background so they open at once.
    void preloadOnDemand();
  }, [displayReady, ready, profilesLoaded, historyLoaded]);

  /** The Response tab, its heading focused (a screen reader starts reading there). */
  function showResponse() {
    flushSync(() => setTab('response'));
    revealResponse();
  }

  commands?.register('workbench', workbenchCommands({ setDialog, setTab, showResponse }));

  // Ad hoc gets its own fields back; a secret typed for it does not survive the switch (the form remounts).
  function applyProfile(profile: ProfileSummary | undefined) {
    secret.set('');
    if (profile) actions.applyProfile(profile);
    else actions.applyAdHoc();
  }

  function send() {
    setTab('response');
    void actions.send();
  }

  const faults = <FaultsChip sandbox={sandbox} />;
  const request = (
    <RequestForm
      // A new selection starts with an empty secret field: nothing typed for one profile goes with another.
      key={selectedId ?? 'ad-hoc'}
      form={form}
      environments={environments}
      sandbox={sandbox}
      busy={busy}
      outcome={requestOutcome(lastRequest, source === 'request' ? attempt : undefined)}
      onShowResponse={showResponse}
      recentVats={recentVats}
      confirmingProduction={confirmingProduction}
      onConfirmProduction={actions.confirmProduction}
      onCancelProduction={actions.cancelProduction}
      secret={secret}
      savedSecret={savedSecret}
      merchants={merchants}
      onFormChange={actions.updateForm}
      onStartSandbox={startSandbox}
      onLoadDemoClients={() => actions.fetchDemoClients(localEnvironment)}
      onSend={send}
      onSaveAsProfile={(secret) => setCreateSeed(seedFrom(form, secret))}
      onCopyAsCode={() => setDialog('snippets')}
      onProbeClientAuth={(secret) => setProbe(probeLaunch(form, secret, savedSecret, environments, sandbox))}
      chips={faults}
    />
  );
  const hasToken = attempt && (attempt.token || attempt.tokenProblem);
  const response = (
    <ResponsePane
      error={error}
      onDismissError={actions.dismissError}
      onStartSandbox={startSandbox}
      attempt={attempt}
      source={source}
      busy={busy}
      tab={tab}
      onTabChange={setTab}
      refreshNotice={refreshNotice}
      chips={faults}
      tools={
        <div className="pane-tools">
          <button type="button" className="button button-secondary button-small" onClick={() => setDialog('inspect')}>
            Inspect a pasted token…
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setDialog('decode-basic')}>
            Decode a Basic header…
          </button>
        </div>
      }
      token={
        hasToken && (
          <TokenPanel
            attempt={attempt}
            source={source}
            verification={verification}
            onVerify={() => void verificationStore.getState().verify(attempt.id)}
            autoRefresh={autoRefresh}
            onAutoRefreshChange={actions.setAutoRefresh}
            onRefreshDue={() => void actions.send({ automatic: true })}
            onCopyToken={() => run.copyToken(attempt.id)}
          />
        )
      }
      pos={attempt?.token && <AttemptPosProbe attempt={attempt} environments={environments} formVat={form.merchantVat} />}
      exports={attempt && <AttemptExports attempt={attempt} />}
    />
  );

  return (
    <div className="workbench">
      {/* The first Tab stop offers a way past the sidebar and the form. */}
      <button type="button" className="skip-link" onClick={showResponse}>
        Skip to Response
      </button>
      <Sidebar
        profilesStore={profilesStore}
        historyStore={historyStore}
        currentEnvironment={form.environmentId}
        localEnvironment={localEnvironment}
        onApplyProfile={applyProfile}
        createSeed={createSeed}
        onCreateSeedDone={() => setCreateSeed(undefined)}
        presenting={presenting}
        currentAttemptId={attempt?.id}
        onOpenAttempt={(opened) => {
          actions.showAttempt(opened, 'history');
          showResponse();
        }}
      />
      <main className="workbench-main">
        <SplitView storageKey="integrator-console.split" label="Resize request and response" first={request} second={response} />
      </main>
      {dialog === 'snippets' && (
        <SnippetsDialog
          form={form}
          // A typed secret that reads the same either way gets the plain curl -u; a saved one is unknown here.
          plainCredentials={secret.get() ? credentialsReadSameEitherWay(form.clientId, secret.get()) : undefined}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'decode-basic' && <BasicHeaderDialog onClose={() => setDialog(undefined)} />}
      {probe && <ClientAuthProbeDialog {...probe} onUseEncoding={(basicEncoding) => actions.updateForm({ basicEncoding })} onClose={() => setProbe(undefined)} />}
      {dialog === 'inspect' && <InspectTokenDialog environments={environments} initialEnvironment={form.environmentId} onClose={() => setDialog(undefined)} />}
    </div>
  );
}
