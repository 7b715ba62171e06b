import { useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, PointerEvent, ReactNode } from 'react';

interface SplitViewProps {
  /** Where the split is remembered (localStorage: a UI-only preference, no secret). */
  storageKey: string;
  /** Accessible name of the separator, e.g. "Resize request and response". */
  label: string;
  first: ReactNode;
  second: ReactNode;
  /** The first pane's share of the width, in percent, when nothing is remembered. */
  initial?: number;
}

const MIN = 28;
const MAX = 65;
const STEP = 2;

const clamp = (value: number) => Math.min(MAX, Math.max(MIN, Math.round(value)));

function readSplit(key: string, fallback: number): number {
  try {
    const stored = Number(window.localStorage.getItem(key));
    return Number.isFinite(stored) && stored > 0 ? clamp(stored) : fallback;
  } catch {
    return fallback;
  }
}

function writeSplit(key: string, value: number): void {
  try {
    window.localStorage.setItem(key, String(value));
  } catch {
    // Storage may be unavailable (private mode): the split still applies for this run.
  }
}

/**
 * Two panes side by side with a separator between them: drag it, or focus it and use the arrow keys (Home/End for
 * the limits). The split is remembered across runs.
 */
export function SplitView({ storageKey, label, first, second, initial = 45 }: SplitViewProps) {
  const [split, setSplit] = useState(() => readSplit(storageKey, initial));
  const container = useRef<HTMLDivElement>(null);

  function apply(value: number) {
    const next = clamp(value);
    setSplit(next);
    writeSplit(storageKey, next);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const box = container.current?.getBoundingClientRect();
    if (box && box.width > 0) apply(((event.clientX - box.left) / box.width) * 100);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowLeft: split - STEP, ArrowRight: split + STEP, Home: MIN, End: MAX };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    apply(target);
  }

  return (
    <div ref={container} className="split-view" style={{ '--split': `${split}%` } as CSSProperties}>
      <div className="split-pane">{first}</div>
      <div
        className="split-handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={split}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane">{second}</div>
    </div>
  );
}
