import { LAST_STEP } from './flow-stage';
import { STEPS } from './flow-steps';

interface StageControlsProps {
  position: number;
  playing: boolean;
  onBack: () => void;
  onNext: () => void;
  onTogglePlay: () => void;
}

/**
 * Back, Play/Pause and Next, and where the stage is ("Step 2 of 5"). At either end the button stays focusable
 * (aria-disabled, not disabled), so the stage keeps the keyboard focus and its keys keep working.
 */
export function StageControls({ position, playing, onBack, onNext, onTogglePlay }: StageControlsProps) {
  const atStart = position <= 0;
  const atEnd = position >= LAST_STEP;
  return (
    <div className="stage-controls" role="group" aria-label="Step through the flow">
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={atStart || undefined}
        aria-keyshortcuts="ArrowLeft B"
        title="Back (← or B)"
        onClick={atStart ? undefined : onBack}
      >
        <span aria-hidden="true">← </span>Back
      </button>
      <button
        type="button"
        className="button button-secondary stage-play"
        aria-keyshortcuts="Space"
        title="Play or pause (Space on the stage)"
        onClick={onTogglePlay}
      >
        {playing ? (
          <>
            <span aria-hidden="true">❚❚ </span>Pause
          </>
        ) : (
          <>
            <span aria-hidden="true">▶ </span>
            {atEnd ? 'Play again' : 'Play'}
          </>
        )}
      </button>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={atEnd || undefined}
        aria-keyshortcuts="ArrowRight N"
        title="Next (→ or N)"
        onClick={atEnd ? undefined : onNext}
      >
        Next<span aria-hidden="true"> →</span>
      </button>
      <p className="stage-position" aria-live="polite">
        <strong>
          Step {position + 1} of {STEPS.length}
        </strong>
        <span className="stage-position-title">: {STEPS[position]?.title}</span>
      </p>
      <ol className="stage-dots" aria-hidden="true">
        {STEPS.map((step, index) => (
          <li
            key={step.id}
            className={
              index < position
                ? 'stage-dot stage-dot-past'
                : index === position
                  ? 'stage-dot stage-dot-here'
                  : 'stage-dot'
            }
          />
        ))}
      </ol>
    </div>
  );
}
