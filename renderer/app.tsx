import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { AppInfo } from '../shared/ipc/contract';
import { AppHeader } from './components/app-header';
import type { AppView } from './components/app-header';
import { ErrorAlert } from './components/error-alert';
import { GuidedFlowPage } from './features/guided-flow/guided-flow-page';
import { PresentationProvider } from './features/presentation/presentation-provider';
import { usePresentationChrome } from './features/presentation/use-presentation-chrome';
import { createPresentationStore } from './features/presentation/use-presentation-store';
import { TokenPage } from './features/token/token-page';
import { WelcomeDialog } from './features/welcome/welcome-dialog';
import { useApi } from './lib/api-context';
import { safeInvoker } from './lib/safe-invoke';

/**
 * The app around the console: header (views, presentation mode), the console and the guided flow, and the
 * first-run welcome. Nothing is shown until the display settings are known, so a value that presentation mode
 * should mask is never painted unmasked first.
 */
export function App() {
  const api = useApi();
  const [presentation] = useState(() => createPresentationStore(api));
  const loaded = useStore(presentation, (s) => s.loaded);
  const presentationMode = useStore(presentation, (s) => s.presentationMode);
  const welcomeSeen = useStore(presentation, (s) => s.welcomeSeen);
  const problem = useStore(presentation, (s) => s.problem);
  const [appInfo, setAppInfo] = useState<AppInfo>();
  const [view, setView] = useState<AppView>('console');
  // The guided flow is mounted the first time it is opened, then kept (hidden) with its last run.
  const [guidedOpened, setGuidedOpened] = useState(false);
  usePresentationChrome(presentation);

  useEffect(() => {
    void presentation.getState().load();
    void safeInvoker(api)('app:info', {}).then((result) => {
      if (result.ok) setAppInfo(result.value);
    });
  }, [api, presentation]);

  function changeView(next: AppView) {
    setView(next);
    if (next === 'guided-flow') setGuidedOpened(true);
  }

  return (
    <PresentationProvider store={presentation}>
      <div className="app app-shell">
        <AppHeader
          appInfo={appInfo}
          presentationMode={presentationMode}
          onTogglePresentation={() => void presentation.getState().togglePresentationMode()}
          view={view}
          onViewChange={changeView}
        />
        {problem && (
          <div className="app-problem">
            <ErrorAlert title="Display settings" message={problem} tone="warning" onDismiss={() => presentation.getState().dismissProblem()} />
          </div>
        )}
        {/* The console loads its data while the display settings load, hidden until both are known (never painted unmasked). */}
        <div className="view-panel" hidden={!loaded || view !== 'console'}>
          <TokenPage displayReady={loaded} />
        </div>
        {loaded ? (
          <>
            {guidedOpened && (
              <div className="view-panel" hidden={view !== 'guided-flow'}>
                <GuidedFlowPage />
              </div>
            )}
            {!welcomeSeen && <WelcomeDialog onGetStarted={() => void presentation.getState().markWelcomeSeen()} />}
          </>
        ) : (
          <p className="muted app-loading" role="status">
            Loading…
          </p>
        )}
      </div>
    </PresentationProvider>
  );
}
