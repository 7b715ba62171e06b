import { useEffect, useState } from 'react';

/** The longest single wait: timers do not count time the machine sleeps, so a long one would wake up late. */
const LONGEST_WAIT_MS = 60_000;

/**
 * Now (epoch ms), read again once each time one of `moments` (epoch ms on this machine's clock) passes: for text that
 * changes at known instants ("valid until …" → "expired") without rendering every second. It waits at most a minute
 * at a time and renders only when a moment has really passed, so a laptop waking from sleep catches up within a minute.
 */
export function useNowAcross(moments: readonly (number | undefined)[]): number {
  const [now, setNow] = useState(() => Date.now());
  const next = moments
    .filter((moment): moment is number => moment !== undefined && moment > now)
    .sort((a, b) => a - b)[0];
  useEffect(() => {
    if (next === undefined) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const wait = () => {
      const left = next - Date.now();
      if (left <= 0) setNow(Date.now());
      else timer = setTimeout(wait, Math.min(left, LONGEST_WAIT_MS));
    };
    wait();
    return () => clearTimeout(timer);
  }, [next]);
  return now;
}
