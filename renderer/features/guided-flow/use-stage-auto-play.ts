import { useEffect } from 'react';
import { autoPlayMove, STEP_MS } from './flow-stage';
import type { StepState } from './flow-steps';

interface AutoPlay {
  playing: boolean;
  position: number;
  states: readonly StepState[];
  running: boolean;
  next: () => void;
  pause: () => void;
}

/**
 * While playing: the next step after STEP_MS on this one. Any change (a manual Next or Back, the live state of the
 * run) starts the wait over, so each step gets its full time on the stage. Stops by itself at the end.
 */
export function useStageAutoPlay({ playing, position, states, running, next, pause }: AutoPlay): void {
  const move = playing ? autoPlayMove(states, position, running) : 'wait';
  useEffect(() => {
    if (!playing) return;
    if (move === 'stop') {
      pause();
      return;
    }
    if (move === 'wait') return;
    const timer = setTimeout(next, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, position, move, next, pause]);
}
