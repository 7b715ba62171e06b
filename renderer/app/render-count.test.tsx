// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenAttempt } from '../test-support/attempts';
import { formInput, renderConsole, showResultTab } from '../test-support/render-console';
import type * as AppHeaderModule from '../components/app-header';
import type * as HistoryModule from '../features/history/history-section';
import type * as CountdownModule from '../features/token/expiry-countdown';
import type * as ResponsePanelModule from '../features/token/response-panel';
import type * as TokenPanelModule from './token-panel';

/** Counts renders of the page (through its header), the big panels and the countdown. */
const renders = vi.hoisted(() => new Map<string, number>());
const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);

vi.mock('../features/token/expiry-countdown', async (importOriginal) => {
  const actual = await importOriginal<typeof CountdownModule>();
  return {
    ...actual,
    ExpiryCountdown: (props: Parameters<typeof actual.ExpiryCountdown>[0]) => (
      count('countdown'),
      actual.ExpiryCountdown(props)
    ),
  };
});
vi.mock('../components/app-header', async (importOriginal) => {
  const actual = await importOriginal<typeof AppHeaderModule>();
  return {
    ...actual,
    AppHeader: (props: Parameters<typeof actual.AppHeader>[0]) => (count('page'), actual.AppHeader(props)),
  };
});
vi.mock('./token-panel', async (importOriginal) => {
  const actual = await importOriginal<typeof TokenPanelModule>();
  return {
    ...actual,
    TokenPanel: (props: Parameters<typeof actual.TokenPanel>[0]) => (count('token-panel'), actual.TokenPanel(props)),
  };
});
vi.mock('../features/token/response-panel', async (importOriginal) => {
  const actual = await importOriginal<typeof ResponsePanelModule>();
  return {
    ...actual,
    ResponsePanel: (props: Parameters<typeof actual.ResponsePanel>[0]) => (
      count('response-panel'),
      actual.ResponsePanel(props)
    ),
  };
});
vi.mock('../features/history/history-section', async (importOriginal) => {
  const actual = await importOriginal<typeof HistoryModule>();
  return {
    ...actual,
    HistorySection: (props: Parameters<typeof actual.HistorySection>[0]) => (
      count('history'),
      actual.HistorySection(props)
    ),
  };
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('while a token counts down', () => {
  it('only the countdown re-renders each second, with automatic refresh on', async () => {
    await renderConsole({
      'token:request': () => ({ ok: true, value: tokenAttempt(Date.now(), { clockSkewMs: 5_000 }) }),
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
    fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    showResultTab('Token');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Refresh automatically' }));
    // Let the signature check and the History reload settle, then count.
    await act(async () => void (await vi.advanceTimersByTimeAsync(100)));
    renders.clear();

    // One act per second: React would batch the ten ticks of a single act into one render.
    for (let second = 0; second < 10; second++) await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(renders.get('countdown')).toBe(10);
    expect(Object.fromEntries([...renders].filter(([name]) => name !== 'countdown'))).toEqual({});
    expect(screen.getByRole('timer').textContent).toMatch(/1:01:2\d/);
  });
});
