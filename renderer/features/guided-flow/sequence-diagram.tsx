import type { ReactNode } from 'react';
import { MaskedText } from '../../components/sensitive';
import { PARTIES, STEPS } from './flow-steps';
import type { ExchangeRef, StepDefinition, StepId, StepState, StepStatus } from './flow-steps';
import './guided-flow.css';

/** A symbol per status, so the state never depends on colour alone (the words say it too). */
const MARKERS: Record<StepStatus, string> = { waiting: '○', active: '◔', done: '✓', failed: '✕', skipped: '–' };

const EXCHANGE_NAMES: Record<ExchangeRef, string> = { token: 'token exchange', pos: 'PoS call' };

interface SequenceDiagramProps {
  states: readonly StepState[];
  current?: number;
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
      <strong>Token exchange (steps 1–3): {caption}</strong> One HTTP request and its answer: the server&apos;s checking (2)
      and issuing (3) happen inside it, so they cannot be timed separately.
    </p>
  ) : (
    <p className="flow-group-caption">
      <strong>PoS call (steps 4–5): {caption}</strong> The request with the bearer token and the API&apos;s answer.
    </p>
  );
}

interface StepProps {
  step: StepDefinition;
  state: StepState;
  current: boolean;
  detail?: ReactNode;
  durationMs?: number;
  caption: string;
  onShowInViewer: (exchange: ExchangeRef) => void;
}

function SequenceStep({ step, state, current, detail, durationMs, caption, onShowInViewer }: StepProps) {
  const firstOfGroup = step.number === 1 || step.number === 4;
  return (
    <li className={`flow-step flow-step-${state.status} flow-group-${step.exchange}`} aria-current={current ? 'step' : undefined}>
      {firstOfGroup && <GroupCaption exchange={step.exchange} caption={caption} />}
      <div className="flow-lanes" aria-hidden="true">
        <div className={`flow-arrow flow-arrow-${step.from}-${step.to}`}>
          <span className="flow-arrow-label">{step.message}</span>
        </div>
      </div>
      <div className="flow-step-body">
        <span className="flow-step-marker" aria-hidden="true">
          {MARKERS[state.status]}
        </span>
        <div className="flow-step-text">
          <h3 className="flow-step-title">
            {step.number}. {step.title}{' '}
            <span className="muted flow-step-parties">
              {PARTIES[step.from]} → {PARTIES[step.to]}
            </span>
          </h3>
          <p className="flow-step-explanation">{step.explanation}</p>
          {detail && <div className="flow-step-detail">{detail}</div>}
          <p className="flow-step-status">
            <strong>
              <MaskedText text={state.text} />
            </strong>
            {state.timing && <span className="flow-step-timing"> · {state.timing}</span>}
          </p>
          {durationMs !== undefined && (
            <button
              type="button"
              className="button button-ghost button-small"
              aria-label={`Show in viewer: step ${step.number}, the ${EXCHANGE_NAMES[step.exchange]}`}
              onClick={() => onShowInViewer(step.exchange)}
            >
              Show in viewer
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

/**
 * The seed's five steps as a sequence diagram: three lifelines (client, authorization server, PoS V10 API) and an
 * arrow per step, drawn with CSS over an ordered list that screen readers read as the steps with their status.
 */
export function SequenceDiagram({ states, current, details, durations, captions, onShowInViewer }: SequenceDiagramProps) {
  return (
    <div className="sequence">
      <div className="flow-parties" aria-hidden="true">
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
            current={index === current}
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
