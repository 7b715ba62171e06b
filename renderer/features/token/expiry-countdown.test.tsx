// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExpiryCountdown } from './expiry-countdown';

const START = Date.UTC(2025, 0, 1, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ['setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const timer = () => screen.getByRole('timer', { name: 'Token expires in' });
const progress = () => Number(screen.getByRole('progressbar').getAttribute('aria-valuenow'));

describe('ExpiryCountdown', () => {
  it('counts down once a second and shrinks the progress bar', () => {
    render(<ExpiryCountdown expiresAt={START + 3700_000} startedAt={START} />);
    expect(timer().textContent).toContain('1:01:40');
    expect(timer().textContent).toContain('Valid');
    expect(progress()).toBe(100);
    act(() => vi.advanceTimersByTime(3000));
    expect(timer().textContent).toContain('1:01:37');
    act(() => vi.advanceTimersByTime(1850_000));
    expect(progress()).toBe(50);
  });

  it('turns amber under five minutes and red "Expired" at zero', () => {
    render(<ExpiryCountdown expiresAt={START + 301_000} startedAt={START - 3399_000} />);
    expect(timer().className).toContain('countdown-valid');
    act(() => vi.advanceTimersByTime(2000));
    expect(timer().className).toContain('countdown-expiring');
    expect(timer().textContent).toContain('4:59');
    expect(timer().textContent).toContain('Expiring soon');
    act(() => vi.advanceTimersByTime(302_000));
    expect(timer().className).toContain('countdown-expired');
    expect(timer().textContent).toContain('Expired');
    expect(timer().textContent).toContain('0:03 ago');
    expect(progress()).toBe(0);
  });

  it('counts on server time: with the server 2 min ahead, 2 min less are left', () => {
    render(<ExpiryCountdown expiresAt={START + 3700_000} startedAt={START} clockSkewMs={120_000} />);
    expect(timer().textContent).toContain('59:40');
    expect(timer().textContent).toContain('corrected for the server clock');
    act(() => vi.advanceTimersByTime(3580_000));
    expect(timer().textContent).toContain('Expired');
  });

  it('turns amber 5 min before exp on server time, even when the local clock says otherwise', () => {
    render(<ExpiryCountdown expiresAt={START + 600_000} startedAt={START - 3100_000} clockSkewMs={-360_000} />);
    // Locally 10 min are left; the server's clock is 6 min behind, so it is 16 min.
    expect(timer().textContent).toContain('16:00');
    render(<ExpiryCountdown expiresAt={START + 600_000} startedAt={START - 3100_000} clockSkewMs={360_000} />);
    const [, ahead] = screen.getAllByRole('timer', { name: 'Token expires in' });
    expect(ahead?.className).toContain('countdown-expiring');
    expect(ahead?.textContent).toContain('4:00');
  });

  it('shows the expires_in expiry beside the exp one only when they disagree by more than 2 s', () => {
    const view = render(
      <ExpiryCountdown expiresAt={START + 3700_000} startedAt={START} expiresInAt={START + 3701_500} />,
    );
    expect(timer().textContent).not.toContain('By expires_in');
    view.rerender(<ExpiryCountdown expiresAt={START + 3700_000} startedAt={START} expiresInAt={START + 3600_000} />);
    expect(timer().textContent).toContain('By expires_in: in 1:00:00 — 100 s earlier than exp says.');
    act(() => vi.advanceTimersByTime(1000));
    expect(timer().textContent).toContain('By expires_in: in 59:59');
  });

  it('stops its interval when unmounted', () => {
    const view = render(<ExpiryCountdown expiresAt={START + 60_000} startedAt={START} />);
    expect(vi.getTimerCount()).toBe(1);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
