import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import type { ProfileSummary } from '../../shared/domain/profile';
import { PanelBoundary } from '../components/panel-boundary';
import { SplitView } from '../components/split-view';
import type { ProfileFormValues } from '../features/profiles/profile-values';
import type { ProbeLaunch } from '../features/probes/probe-request';
import { revealResponse } from '../features/token/reveal-response';
import { localEnvironmentOf } from '../lib/local-environments';
import { usePresentation } from '../lib/presentation';
import type { CommandRegistry } from './commands';
import { FaultsChip } from './faults-chip';
import { RequestPane } from './request-pane';
import type { ResponseTab } from './response-pane';
import { ResultPane } from './result-pane';
import { Sidebar } from './sidebar';
import { useConsoleStores, useShownAttempt } from './use-console-stores';
import type { ConsoleStores } from './use-console-stores';
import { workbenchCommands } from './workbench-commands';
import { WorkbenchDialogs } from './workbench-dialogs';
import type { ToolDialog } from './workbench-dialogs';

interface WorkbenchProps {
  /** The app's display settings (presentation mode) are known; until then the page loads, hidden. */
  displayReady?: boolean;
  /** Where the workbench puts its commands for the palette and the shortcuts. */
  commands?: CommandRegistry;
}

/** What the workbench itself holds: the open tab and dialog, and the moves between the panes. */
function useWorkbenchControls({ store, secret }: ConsoleStores) {
  const [createSeed, setCreateSeed] = useState<ProfileFormValues>();
  const [dialog, setDialog] = useState<ToolDialog>();
  const [probe, setProbe] = useState<ProbeLaunch>();
  const [tab, setTab] = useState<ResponseTab>('response');
  const actions = store.getState();
  return {
    createSeed,
    setCreateSeed,
    dialog,
    setDialog,
    probe,
    setProbe,
    tab,
    setTab,
    /** The Response tab, its heading focused (a screen reader starts reading there). */
    showResponse() {
      flushSync(() => setTab('response'));
      revealResponse();
    },
    // Ad hoc gets its own fields back; a secret typed for it does not survive the switch (the form remounts).
    applyProfile(profile: ProfileSummary | undefined) {
      secret.set('');
      if (profile) actions.applyProfile(profile);
      else actions.applyAdHoc();
    },
    send() {
      setTab('response');
      void actions.send();
    },
  };
}

type WorkbenchControls = ReturnType<typeof useWorkbenchControls>;

/** The sidebar wired to the stores: profiles fill the form, an attempt opened from History shows in the response. */
function WorkbenchSidebar({
  stores,
  controls,
  attemptId,
}: {
  stores: ConsoleStores;
  controls: WorkbenchControls;
  attemptId?: string;
}) {
  const { store } = stores;
  const environmentId = useStore(store, (s) => s.form.environmentId);
  const { on: presenting } = usePresentation();
  return (
    <PanelBoundary name="Sidebar" className="sidebar">
      <Sidebar
        profilesStore={stores.profilesStore}
        historyStore={stores.historyStore}
        currentEnvironment={environmentId}
        localEnvironment={localEnvironmentOf(environmentId)}
        onApplyProfile={controls.applyProfile}
        createSeed={controls.createSeed}
        onCreateSeedDone={() => controls.setCreateSeed(undefined)}
        presenting={presenting}
        currentAttemptId={attemptId}
        onOpenAttempt={(opened) => {
          store.getState().showAttempt(opened, 'history');
          controls.showResponse();
        }}
      />
    </PanelBoundary>
  );
}

/**
 * The console: the sidebar (profiles, sandbox, History), and the request beside its response, split and resizable.
 * It only counts as ready (data-app-ready) once its data and the display settings are there.
 */
export function Workbench({ displayReady = true, commands }: WorkbenchProps) {
  const stores = useConsoleStores(displayReady);
  const { store } = stores;
  const controls = useWorkbenchControls(stores);
  const { setDialog, setTab, showResponse } = controls;
  const attempt = useShownAttempt(store, stores.historyStore);
  const environmentId = useStore(store, (s) => s.form.environmentId);
  const sandboxes = useStore(store, (s) => s.sandboxes);
  const localEnvironment = localEnvironmentOf(environmentId);
  commands?.register('workbench', workbenchCommands({ setDialog, setTab, showResponse }));

  const faults = <FaultsChip sandbox={localEnvironment ? sandboxes[localEnvironment] : undefined} />;
  const request = (
    <PanelBoundary name="Request" className="request-pane">
      <RequestPane
        stores={stores}
        attempt={attempt}
        onSend={controls.send}
        onShowResponse={showResponse}
        onOpenDialog={setDialog}
        onProbe={controls.setProbe}
        onSaveAsProfile={controls.setCreateSeed}
        chips={faults}
      />
    </PanelBoundary>
  );
  const response = (
    <PanelBoundary name="Response" className="response-pane" resetKey={attempt?.id}>
      <ResultPane
        stores={stores}
        attempt={attempt}
        tab={controls.tab}
        onTabChange={setTab}
        onOpenDialog={setDialog}
        chips={faults}
      />
    </PanelBoundary>
  );

  return (
    <div className="workbench">
      {/* The first Tab stop offers a way past the sidebar and the form. */}
      <button type="button" className="skip-link" onClick={showResponse}>
        Skip to Response
      </button>
      <WorkbenchSidebar stores={stores} controls={controls} attemptId={attempt?.id} />
      <main className="workbench-main">
        <SplitView
          storageKey="integrator-console.split"
          label="Resize request and response"
          first={request}
          second={response}
        />
      </main>
      <WorkbenchDialogs
        stores={stores}
        dialog={controls.dialog}
        onCloseDialog={() => setDialog(undefined)}
        probe={controls.probe}
        onCloseProbe={() => controls.setProbe(undefined)}
      />
    </div>
  );
}
