import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { useApi } from '../../lib/api-context';
import { shortcutBlocked } from '../../lib/shortcut-guard';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { formatDuration } from '../../lib/format';
import { Sensitive } from '../../components/sensitive';
import { flowDetails } from './flow-details';
import { stageKey } from './flow-stage';
import { exchangeCaption, stepStates } from './flow-steps';
import type { ExchangeRef, FlowPhase, FlowProgress } from './flow-steps';
import { FlowViewer } from './flow-viewer';
import { SequenceDiagram } from './sequence-diagram';
import { StageControls } from './stage-controls';
import { createGuidedFlowStore, GUIDED_FLOW_VAT } from './use-guided-flow-store';
import type { GuidedFlowStore } from './use-guided-flow-store';
import { useStageAutoPlay } from './use-stage-auto-play';

const FAILED_DURING = {
  preparing: 'Getting the demo credentials failed',
  token: 'The token request failed',
  pos: 'The PoS call failed',
} as const;

/** One line for the live region: what the flow is doing now, or how it ended. */
function progressLine({ phase, tokenAttempt, posAttempt }: FlowProgress): string {
  switch (phase) {
    case 'idle':
      return 'Not run yet.';
    case 'preparing':
      return 'Getting the demo credentials from the local sandbox…';
    case 'token':
      return 'Steps 1–3: requesting a token from the local sandbox…';
    case 'pos':
      return `Token received in ${formatDuration(tokenAttempt?.exchange.durationMs ?? 0)}. Steps 4–5: calling the PoS V10 API…`;
    case 'done':
      return `Done: all five steps in ${formatDuration((tokenAttempt?.exchange.durationMs ?? 0) + (posAttempt?.exchange.durationMs ?? 0))} of HTTP time.`;
    case 'failed':
      return 'Stopped: see the step that failed.';
  }
}

/** "Again" only once a run has ended (done, or stopped at a failure); the first run says what it is doing. */
function runLabel(phase: FlowPhase): string {
  if (phase === 'idle') return 'Run the flow';
  return phase === 'done' || phase === 'failed' ? 'Run the flow again' : 'Running…';
}

/** Routes the stage's keys (see stageKey) to the store; every other key goes on its way untouched. */
function onStageKey(store: GuidedFlowStore, event: KeyboardEvent<HTMLElement>) {
  const key = stageKey(event.nativeEvent);
  if (!key || shortcutBlocked()) return;
  event.preventDefault();
  const actions = store.getState();
  if (key === 'next') actions.next();
  else if (key === 'back') actions.back();
  else actions.togglePlay();
}

interface GuidedFlowPageProps {
  /** The token, decoded and explained, for the viewer (composed by the app layer: another feature draws it). */
  renderDecodedToken?: (attempt: TokenAttempt) => ReactNode;
  /** Sandbox fault switches left on, named before the run (composed by the app layer). */
  faultsNotice?: ReactNode;
  /** False while another view is shown (the stage stays mounted, hidden): auto-play pauses then. */
  active?: boolean;
}

/** The seed's five steps, run live against the Local sandbox with its demo client and no typing, one step at a time. */
export function GuidedFlowPage({ renderDecodedToken, faultsNotice, active = true }: GuidedFlowPageProps) {
  const api = useApi();
  const [store] = useState(() => createGuidedFlowStore(api));
  const position = useStore(store, (s) => s.position);
  const playing = useStore(store, (s) => s.playing);
  const progress = useStore(
    store,
    useShallow(({ phase, tokenAttempt, posAttempt, failure }): FlowProgress => ({
      phase,
      tokenAttempt,
      posAttempt,
      failure,
    })),
  );
  const client = useStore(store, (s) => s.client);
  const [shown, setShown] = useState<ExchangeRef>();
  const [focusViewer, setFocusViewer] = useState(0);
  const viewerHeading = useRef<HTMLHeadingElement>(null);
  const stageRef = useRef<HTMLElement>(null);
  const { phase, tokenAttempt, posAttempt, failure } = progress;
  const running = phase === 'preparing' || phase === 'token' || phase === 'pos';
  const states = stepStates(progress);
  const { next, back, pause, togglePlay } = store.getState();
  useStageAutoPlay({ playing, position, states, running, next, pause });

  // Nobody watches a hidden stage: leaving the guided flow pauses auto-play where it was.
  useEffect(() => {
    if (!active) pause();
  }, [active, pause]);

  useEffect(() => {
    if (focusViewer > 0) viewerHeading.current?.focus();
  }, [focusViewer]);

  function run() {
    if (running) return;
    setShown(undefined);
    void store.getState().run();
    // The stage takes the focus, so the presenter's next Space pauses or plays it instead of pressing Run again
    // (which would start the whole flow over), and the clicker's keys step it.
    stageRef.current?.focus({ preventScroll: true });
  }

  function showInViewer(exchange: ExchangeRef) {
    setShown(exchange);
    setFocusViewer((n) => n + 1);
  }

  return (
    <main className="guided-flow">
      {/* The stage: clicking anywhere on it gives it the focus its keys need (tabIndex -1: no extra Tab stop). */}
      <section
        ref={stageRef}
        className="panel flow-stage"
        aria-labelledby="guided-flow-heading"
        tabIndex={-1}
        onKeyDown={(event) => onStageKey(store, event)}
      >
        <div className="panel-header">
          <h2 id="guided-flow-heading">Guided flow: the five steps of Integrator Authentication</h2>
        </div>
        <p className="flow-intro">
          Runs against the <strong>Local sandbox</strong> with its demo client and merchant VAT{' '}
          <Sensitive kind="vat" value={GUIDED_FLOW_VAT} label="Merchant VAT" />: a token request (steps 1–3), then{' '}
          <code>GET /pos/v10/stores</code> with that token (steps 4–5). Nothing to type; the console&apos;s form is left
          as it is.
        </p>
        {faultsNotice}
        <div className="stage-toolbar">
          <BusyButton type="button" className="button button-primary" onClick={run} busy={running}>
            {runLabel(phase)}
          </BusyButton>
          <StageControls position={position} playing={playing} onBack={back} onNext={next} onTogglePlay={togglePlay} />
          <p className="flow-progress" role="status" aria-live="polite">
            {progressLine(progress)}
          </p>
        </div>
        {failure && <ErrorAlert title={FAILED_DURING[failure.during]} message={failure.message} />}
        <SequenceDiagram
          states={states}
          position={position}
          details={flowDetails({ client, vat: GUIDED_FLOW_VAT, tokenAttempt, posAttempt })}
          durations={{ token: tokenAttempt?.exchange.durationMs, pos: posAttempt?.exchange.durationMs }}
          captions={{ token: exchangeCaption('token', progress), pos: exchangeCaption('pos', progress) }}
          onShowInViewer={showInViewer}
        />
      </section>
      <FlowViewer
        shown={shown}
        exchanges={{ token: tokenAttempt?.exchange, pos: posAttempt?.exchange }}
        headingRef={viewerHeading}
        decodedToken={tokenAttempt?.token && renderDecodedToken?.(tokenAttempt)}
      />
    </main>
  );
}
