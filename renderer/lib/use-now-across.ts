import { useEffect, useState } from 'react';

/**
 * Now (epoch ms), read again once each time one of `moments` (epoch ms on this machine's clock) passes: for text that
 * changes at known instants ("valid until …" → "expired") without rendering every second.
 */
export function useNowAcross(moments: readonly (number | undefined)[]): number {
  const [now, setNow] = useState(() => Date.now());
  const next = moments.filter((moment): moment is number => moment !== undefined && moment > now).sort((a, b) => a - b)[0];
  useEffect(() => {
    if (next === undefined) return undefined;
    // At least `next`, so the moment counts as passed even if the timer fires a little early.
    const timer = setTimeout(() => setNow(Math.max(Date.now(), next)), Math.min(Math.max(next - Date.now(), 0), 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [next]);
  return now;
}
