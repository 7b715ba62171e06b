import { useEffect, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { MaskedText } from '../../components/sensitive';
import { PARTIES, STEPS } from './flow-steps';
import type { ExchangeRef, StepDefinition, StepId, StepState, StepStatus } from './flow-steps';
import './guided-flow.css';

/** A symbol per status, so the state never depends on colour alone (the words say it too). */
const MARKERS: Record<StepStatus, string> = { waiting: '○', active: '◔', done: '✓', failed: '✕', skipped: '–' };

const EXCHANGE_NAMES: Record<ExchangeRef, string> = { token: 'token exchange', pos: 'PoS call' };

interface SequenceDiagramProps {
  states: readonly StepState[];
  /** The step on the stage: the ones before it are shown done, the ones after it are still to come. */
  position: number;
  /** Per step, what this run actually sent or got (masked in presentation mode by the caller). */
  details: Partial<Record<StepId, ReactNode>>;
  /** How long each exchange took, once it has answered. */
  durations: Partial<Record<ExchangeRef, number>>;
  /** Each exchange's state in words (its time, or "in progress…"), for its group's caption. */
  captions: Record<ExchangeRef, string>;
  onShowInViewer: (exchange: ExchangeRef) => void;
}

function GroupCaption({ exchange, caption }: { exchange: ExchangeRef; caption: string }) {
  return exchange === 'token' ? (
    <p className="flow-group-caption">
      <strong>Token exchange (steps 1–3): {caption}</strong> One HTTP request and its answer: the server&apos;s checking
      (2) and issuing (3) happen inside it, so they cannot be timed separately.
    </p>
  ) : (
    <p className="flow-group-caption">
      <strong>PoS call (steps 4–5): {caption}</strong> The request with the bearer token and the API&apos;s answer.
    </p>
  );
}

type Place = 'past' | 'here' | 'next';

interface StepProps {
  step: StepDefinition;
  hereRef?: RefObject<HTMLLIElement | null>;
  state: StepState;
  place: Place;
  detail?: ReactNode;
  durationMs?: number;
  caption: string;
  onShowInViewer: (exchange: ExchangeRef) => void;
}

function StepStatusLine({ state, className }: { state: StepState; className: string }) {
  return (
    <p className={className}>
      <strong>
        <MaskedText text={state.text} />
      </strong>
      {state.timing && <span className="flow-step-timing"> · {state.timing}</span>}
    </p>
  );
}

/** The step on the stage, in full: what happens, what this run sent or got, its status and a way to its exchange. */
function StepBody({ step, state, detail, durationMs, onShowInViewer }: Omit<StepProps, 'place' | 'caption'>) {
  return (
    <div className="flow-step-body">
      <p className="flow-step-explanation">{step.explanation}</p>
      {detail && <div className="flow-step-detail">{detail}</div>}
      <StepStatusLine state={state} className="flow-step-status" />
      {durationMs !== undefined && (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={`Show in viewer: step ${step.number}, the ${EXCHANGE_NAMES[step.exchange]}`}
          onClick={() => onShowInViewer(step.exchange)}
        >
          Show in viewer
        </button>
      )}
    </div>
  );
}

function SequenceStep({ step, state, place, caption, hereRef, ...body }: StepProps) {
  const firstOfGroup = step.number === 1 || step.number === 4;
  const shown = place === 'next' ? 'waiting' : state.status;
  return (
    <li
      ref={place === 'here' ? hereRef : undefined}
      className={`flow-step flow-step-${shown} flow-step-${place} flow-group-${step.exchange}`}
      aria-current={place === 'here' ? 'step' : undefined}
    >
      {firstOfGroup && <GroupCaption exchange={step.exchange} caption={caption} />}
      <div className="flow-row">
        <h3 className="flow-step-title">
          <span className="flow-step-marker" aria-hidden="true">
            {MARKERS[shown]}
          </span>
          <span>
            {step.number}. {step.title}
            <span className="visually-hidden">
              {' '}
              {PARTIES[step.from]} → {PARTIES[step.to]}
            </span>
          </span>
        </h3>
        <div className="flow-lanes" aria-hidden="true">
          <div className={`flow-arrow flow-arrow-${step.from}-${step.to}`}>
            <span className="flow-arrow-label">{step.message}</span>
          </div>
        </div>
      </div>
      {place === 'here' && <StepBody step={step} state={state} {...body} />}
      {place === 'past' && <StepStatusLine state={state} className="visually-hidden" />}
      {place === 'next' && <p className="visually-hidden">Still to come.</p>}
    </li>
  );
}

/**
 * The seed's five steps as a sequence diagram across the whole stage: three lifelines (client, authorization server,
 * PoS V10 API) under plain lane headings and an arrow per step, drawn with CSS over an ordered list that screen
 * readers read as the steps with their status. One step at a time is on the stage, opened up in large type.
 */
export function SequenceDiagram({
  states,
  position,
  details,
  durations,
  captions,
  onShowInViewer,
}: SequenceDiagramProps) {
  const here = useRef<HTMLLIElement>(null);
  const scrolledFor = useRef(position);
  // A step that comes on below the fold (a small window, presentation mode's zoom) is scrolled into view; smoothly
  // only for those who have not asked for less motion. Only when the step changes: the page opens at its top.
  useEffect(() => {
    if (scrolledFor.current === position) return;
    scrolledFor.current = position;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    here.current?.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [position]);
  return (
    <div className="sequence">
      <div className="flow-row flow-parties" aria-hidden="true">
        <span />
        <div className="flow-party-lanes">
          {Object.values(PARTIES).map((party) => (
            <span key={party} className="flow-party">
              {party}
            </span>
          ))}
        </div>
      </div>
      <ol className="flow-steps" aria-label="The five steps">
        {STEPS.map((step, index) => (
          <SequenceStep
            key={step.id}
            step={step}
            state={states[index] ?? { status: 'waiting', text: 'Not started' }}
            place={index < position ? 'past' : index === position ? 'here' : 'next'}
            hereRef={here}
            detail={details[step.id]}
            durationMs={durations[step.exchange]}
            caption={captions[step.exchange]}
            onShowInViewer={onShowInViewer}
          />
        ))}
      </ol>
    </div>
  );
}
