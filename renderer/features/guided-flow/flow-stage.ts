import type { StepState } from './flow-steps';

/** How long auto-play shows each step: long enough for a room to read the arrow and its one-line explanation. */
export const STEP_MS = 4000;
export const LAST_STEP = 4;

export type AutoPlayMove = 'advance' | 'wait' | 'stop';

/**
 * What auto-play does after showing `position` for STEP_MS: moves on; waits while the run has not got past this
 * step yet (it moves on once the live state changes); or stops at the last step and at a step that failed (the
 * run ended there, and the room should see why; Next still walks on through the "Not reached" steps).
 */
export function autoPlayMove(states: readonly StepState[], position: number, running: boolean): AutoPlayMove {
  const status = states[position]?.status;
  if (position >= LAST_STEP || status === 'failed') return 'stop';
  if (running && (status === 'active' || status === 'waiting')) return 'wait';
  return 'advance';
}

export type StageKey = 'next' | 'back' | 'toggle';

const KEYS: Record<string, StageKey> = {
  ArrowRight: 'next',
  PageDown: 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'back',
  PageUp: 'back',
  b: 'back',
  B: 'back',
  ' ': 'toggle',
};

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Elements whose own keys win: a button or link takes Space (and a tab list its arrows) as it always does. */
function ownsKey(target: EventTarget | null, key: StageKey): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[role="tablist"], [role="dialog"], dialog')) return true;
  return key === 'toggle' && Boolean(target.closest('button, a, summary, [role="button"]'));
}

/**
 * The stage's keys (→/PageDown/N next, ←/PageUp/B back, Space play/pause) for a keydown inside the stage; undefined
 * when the key is not the stage's: with a modifier (Shift+B decodes a Basic header), in a text field, in a dialog
 * or a tab list, or Space on a control that Space activates.
 */
export function stageKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target' | 'defaultPrevented'>,
): StageKey | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return undefined;
  const key = KEYS[event.key];
  if (!key || typingIn(event.target) || ownsKey(event.target, key)) return undefined;
  return key;
}
