// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tokenAttempt } from '../../test-support/attempts';
import { DEFAULT_AUTO_REFRESH } from './token-state';
import { TokenPanel } from '../../app/token-panel';

const START = Date.UTC(2026, 10, 26, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const checks = () => screen.getByRole('region', { name: 'Consistency checks' }).textContent ?? '';

function renderPanel(skewMs: number, lifetimeSeconds = 3) {
  const attempt = tokenAttempt(START, { lifetimeSeconds, clockSkewMs: skewMs });
  render(
    <TokenPanel
      attempt={attempt}
      onVerify={() => undefined}
      autoRefresh={DEFAULT_AUTO_REFRESH}
      onAutoRefreshChange={() => undefined}
      onRefreshDue={() => undefined}
      onCopyToken={async () => ({ tone: 'success', text: '' })}
    />,
  );
}

describe('the token checks as the token expires', () => {
  it.each([0, 90_000, -90_000])(
    'turn from "Valid … until" to "Expired" when exp passes on server time (skew %i ms), without waiting for a re-render',
    (skewMs) => {
      renderPanel(skewMs);
      expect(checks()).toMatch(/Valid on server time until/);
      act(() => vi.advanceTimersByTime(2_000));
      expect(checks()).toMatch(/Valid on server time until/);
      act(() => vi.advanceTimersByTime(1_500));
      expect(checks()).toMatch(/Expired on server time at/);
      expect(checks()).not.toMatch(/Valid on server time until/);
    },
  );

  it('catch up within a minute after the machine slept through exp (timers do not run while asleep)', () => {
    renderPanel(0, 3700);
    expect(checks()).toMatch(/Valid on server time until/);
    // Asleep: the clock jumps past exp while no timer runs.
    vi.setSystemTime(START + 3_800_000);
    act(() => vi.advanceTimersByTime(60_000));
    expect(checks()).toMatch(/Expired on server time at/);
  });
});
