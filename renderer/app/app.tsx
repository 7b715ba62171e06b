import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import type { AppInfo } from '../../shared/ipc/contract';
import { AppHeader } from '../components/app-header';
import type { AppView } from '../components/app-header';
import { ErrorAlert } from '../components/error-alert';
import { onDemand } from '../components/on-demand';
import { PresentationProvider } from '../features/presentation/presentation-provider';
import { usePresentationChrome } from '../features/presentation/use-presentation-chrome';
import { createPresentationStore } from '../features/presentation/use-presentation-store';
import { WelcomeDialog } from '../features/welcome/welcome-dialog';
import { useApi } from '../lib/api-context';
import { answeredAtStart } from '../lib/bootstrap-api';
import { safeInvoker } from '../lib/safe-invoke';
import { createCommandRegistry } from './commands';
import type { Command } from './commands';
import { useAppShortcuts } from './use-app-shortcuts';
import { Workbench } from './workbench';
import './layout.css';

// Opened from a shortcut or a button, never on the first screen: their code loads when first opened (or preloaded).
const CommandPalette = onDemand(async () => (await import('./command-palette')).CommandPalette, 'the command palette');
const ShortcutSheet = onDemand(async () => (await import('./command-palette')).ShortcutSheet, 'the keyboard shortcuts');
const GuidedFlowPage = onDemand(async () => (await import('./guided-flow-view')).GuidedFlowView, 'the guided flow');

type Overlay = 'palette' | 'shortcuts';

/**
 * The app around the console: header (views, presentation mode), the workbench and the guided flow, the command
 * palette and the first-run welcome. Nothing is shown until the display settings are known, so a value that
 * presentation mode should mask is never painted unmasked first.
 */
export function App() {
  const api = useApi();
  const [presentation] = useState(() => createPresentationStore(api));
  const [commands] = useState(createCommandRegistry);
  const loaded = useStore(presentation, (s) => s.loaded);
  const presentationMode = useStore(presentation, (s) => s.presentationMode);
  const welcomeSeen = useStore(presentation, (s) => s.welcomeSeen);
  const problem = useStore(presentation, (s) => s.problem);
  // From the start-up answer when it is in (the effect below then sets the same object: no second render).
  const [appInfo, setAppInfo] = useState<AppInfo | undefined>(() => {
    const atStart = answeredAtStart(api, 'app:info', {});
    return atStart?.ok ? atStart.value : undefined;
  });
  const [view, setView] = useState<AppView>('console');
  const [overlay, setOverlay] = useState<Overlay>();
  // The guided flow is mounted the first time it is opened, then kept (hidden) with its last run.
  const [guidedOpened, setGuidedOpened] = useState(false);
  usePresentationChrome(presentation);
  useAppShortcuts({
    registry: commands,
    openPalette: () => setOverlay('palette'),
    openSheet: () => setOverlay('shortcuts'),
  });

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

  commands.register('app', [
    {
      id: 'presentation',
      label: 'Toggle presentation mode',
      shortcut: appInfo?.platform === 'darwin' ? '⌘⇧P' : 'Ctrl+Shift+P',
      run: () => void presentation.getState().togglePresentationMode(),
    },
    { id: 'view-console', label: 'Go to the console', run: () => changeView('console') },
    { id: 'view-guided', label: 'Go to the guided flow', run: () => changeView('guided-flow') },
    { id: 'shortcuts', label: 'Keyboard shortcuts', shortcut: 'Ctrl+/ or ?', run: () => setOverlay('shortcuts') },
  ]);

  function runCommand(command: Command) {
    // The palette closes first (focus goes back where it was), then the command may move it.
    flushSync(() => setOverlay(undefined));
    // A console command from the guided flow brings the console back first.
    if (
      view !== 'console' &&
      !command.id.startsWith('view-') &&
      command.id !== 'presentation' &&
      command.id !== 'shortcuts'
    )
      flushSync(() => setView('console'));
    command.run();
  }

  return (
    <PresentationProvider store={presentation}>
      <div className="app-shell">
        <AppHeader
          appInfo={appInfo}
          presentationMode={presentationMode}
          onTogglePresentation={() => void presentation.getState().togglePresentationMode()}
          view={view}
          onViewChange={changeView}
          onOpenPalette={() => setOverlay('palette')}
        />
        {problem && (
          <div className="app-problem">
            <ErrorAlert
              title="Display settings"
              message={problem}
              tone="warning"
              onDismiss={() => presentation.getState().dismissProblem()}
            />
          </div>
        )}
        {/* The console loads its data while the display settings load, hidden until both are known (never painted unmasked). */}
        <div className="view-panel view-console" hidden={!loaded || view !== 'console'}>
          <Workbench displayReady={loaded} commands={commands} />
        </div>
        {loaded ? (
          <>
            {guidedOpened && (
              <div className="view-panel view-guided" hidden={view !== 'guided-flow'}>
                <GuidedFlowPage active={view === 'guided-flow'} />
              </div>
            )}
            {!welcomeSeen && <WelcomeDialog onGetStarted={() => void presentation.getState().markWelcomeSeen()} />}
          </>
        ) : (
          <p className="muted app-loading" role="status">
            Loading…
          </p>
        )}
        {overlay === 'palette' && (
          <CommandPalette commands={commands.list()} onClose={() => setOverlay(undefined)} onRun={runCommand} />
        )}
        {overlay === 'shortcuts' && <ShortcutSheet commands={commands.list()} onClose={() => setOverlay(undefined)} />}
      </div>
    </PresentationProvider>
  );
}
