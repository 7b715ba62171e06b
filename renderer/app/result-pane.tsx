import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { EnvironmentSummary, TokenAttempt } from '../../shared/ipc/contract';
import { PanelBoundary } from '../components/panel-boundary';
import { localEnvironmentOf } from '../lib/local-environments';
import { onDemand } from '../components/on-demand';
import { consoleActions } from './console-actions';
import { ResponsePane } from './response-pane';
import type { ResponseTab } from './response-pane';
import type { ConsoleStores } from './use-console-stores';
import type { ToolDialog } from './workbench-dialogs';

// Shown only after a request: their code loads on demand (preloaded once the page is idle).
const AttemptExports = onDemand(async () => (await import('./attempt-extras')).AttemptExports, 'Exports');
const AttemptPosProbe = onDemand(async () => (await import('./attempt-extras')).AttemptPosProbe, 'the PoS call');
const TokenPanel = onDemand(async () => (await import('./token-panel')).TokenPanel, 'the token');

interface ResultPaneProps {
  stores: ConsoleStores;
  attempt?: TokenAttempt;
  tab: ResponseTab;
  onTabChange: (tab: ResponseTab) => void;
  onOpenDialog: (dialog: ToolDialog) => void;
  /** The active sandbox faults, where results are read. */
  chips: ReactNode;
}

/** Inspect a pasted token, Decode a Basic header: at the end of the tab row. */
function PaneTools({ onOpenDialog }: { onOpenDialog: (dialog: ToolDialog) => void }) {
  return (
    <div className="pane-tools">
      <button type="button" className="button button-secondary button-small" onClick={() => onOpenDialog('inspect')}>
        Inspect a pasted token…
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => onOpenDialog('decode-basic')}
      >
        Decode a Basic header…
      </button>
    </div>
  );
}

/** Each tab fails on its own, and starts afresh with the next attempt. */
function TabBoundary({ name, attempt, children }: { name: string; attempt: TokenAttempt; children: ReactNode }) {
  return (
    <PanelBoundary name={name} resetKey={attempt.id}>
      {children}
    </PanelBoundary>
  );
}

/** The Token tab of an attempt with a token (or a token problem): countdown-driven refresh, claims, signature. */
function AttemptToken({ stores, attempt }: { stores: ConsoleStores; attempt: TokenAttempt }) {
  const { store, verificationStore } = stores;
  const source = useStore(store, (s) => s.attemptSource);
  const autoRefresh = useStore(store, (s) => s.autoRefresh);
  const verification = useStore(verificationStore, (s) => s.byAttempt[attempt.id]);
  const actions = store.getState();
  return (
    <TokenPanel
      attempt={attempt}
      source={source}
      verification={verification}
      onVerify={() => void verificationStore.getState().verify(attempt.id)}
      autoRefresh={autoRefresh}
      onAutoRefreshChange={actions.setAutoRefresh}
      onRefreshDue={() => void actions.send({ automatic: true })}
      onCopyToken={() => consoleActions({ store }).copyToken(attempt.id)}
    />
  );
}

/** The Token, PoS and Exports tabs of an attempt, each failing on its own. */
function attemptTabs(
  stores: ConsoleStores,
  attempt: TokenAttempt,
  environments: EnvironmentSummary[],
  formVat: string,
) {
  return {
    token: (attempt.token || attempt.tokenProblem) && (
      <TabBoundary name="Token tab" attempt={attempt}>
        <AttemptToken stores={stores} attempt={attempt} />
      </TabBoundary>
    ),
    pos: attempt.token && (
      <TabBoundary name="PoS tab" attempt={attempt}>
        <AttemptPosProbe attempt={attempt} environments={environments} formVat={formVat} />
      </TabBoundary>
    ),
    exports: (
      <TabBoundary name="Exports tab" attempt={attempt}>
        <AttemptExports attempt={attempt} />
      </TabBoundary>
    ),
  };
}

/** The response pane wired to the stores: status and findings, then the Token, PoS and Exports tabs. */
export function ResultPane({ stores, attempt, tab, onTabChange, onOpenDialog, chips }: ResultPaneProps) {
  const { store } = stores;
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  const source = useStore(store, (s) => s.attemptSource);
  const refreshNotice = useStore(store, (s) => s.refreshNotice);
  const environments = useStore(
    store,
    useShallow((s) => s.environments),
  );
  const formVat = useStore(store, (s) => s.form.merchantVat);
  const localEnvironment = useStore(store, (s) => localEnvironmentOf(s.form.environmentId));
  const actions = store.getState();
  return (
    <ResponsePane
      error={error}
      onDismissError={actions.dismissError}
      onStartSandbox={() => void actions.startSandbox(localEnvironment)}
      attempt={attempt}
      source={source}
      busy={busy}
      tab={tab}
      onTabChange={onTabChange}
      refreshNotice={refreshNotice}
      chips={chips}
      tools={<PaneTools onOpenDialog={onOpenDialog} />}
      {...(attempt ? attemptTabs(stores, attempt, environments, formVat) : {})}
    />
  );
}
