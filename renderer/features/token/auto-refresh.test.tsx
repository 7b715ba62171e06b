// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenAttempt } from '../../test-support/attempts';
import type { AttemptOptions } from '../../test-support/attempts';
import { formInput, renderConsole, showResultTab } from '../../test-support/render-console';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Fake timers only after the page is ready (testing-library's waitFor needs real ones). */
async function tokenOnFakeClock(options: AttemptOptions) {
  let count = 0;
  const rendered = await renderConsole({
    'token:request': () => ({ ok: true, value: tokenAttempt(Date.now(), { ...options, id: `attempt-${++count}` }) }),
  });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
  fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
  showResultTab('Token');
  await advance(0);
  return rendered;
}

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const notice = () =>
  screen.getByText((_, element) => element?.classList.contains('refresh-notice') === true).textContent;

describe('automatic refresh', () => {
  it('is off by default, with a 10-minute lead and a note on which credentials it can re-send', async () => {
    const { api } = await tokenOnFakeClock({ lifetimeSeconds: 11 * 60 });
    const box = screen.getByRole('checkbox', { name: 'Refresh automatically' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect((screen.getByRole('combobox', { name: 'Minutes before expiry' }) as HTMLSelectElement).value).toBe('10');
    expect(
      screen.getByText(/Works with a saved profile, or with demo or typed credentials still in the form/),
    ).toBeTruthy();
    await advance(11 * 60_000);
    expect(api.callsTo('token:request')).toHaveLength(1);
  });

  it('re-sends the form when the lead time before expiry is reached, announces it, and goes on with the new token', async () => {
    const { api } = await tokenOnFakeClock({ lifetimeSeconds: 11 * 60 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Refresh automatically' }));
    await advance(58_000);
    expect(api.callsTo('token:request')).toHaveLength(1);
    await advance(3_000);
    expect(api.callsTo('token:request')).toHaveLength(2);
    expect(api.callsTo('token:request')[1]).toMatchObject({ clientId: 'my-client', clientSecret: 'my-secret' });
    expect(notice()).toMatch(/^Token refreshed automatically at \d\d:\d\d(:\d\d)?/);
    await advance(61_000);
    expect(api.callsTo('token:request')).toHaveLength(3);
  });

  it('times the lead on the server clock: a server 30 s ahead does not delay it by 30 s', async () => {
    // The token's iat/exp are on the server's clock, 30 s ahead of this machine's.
    const { api } = await tokenOnFakeClock({ lifetimeSeconds: 11 * 60, clockSkewMs: 30_000 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Refresh automatically' }));
    await advance(58_000);
    expect(api.callsTo('token:request')).toHaveLength(1);
    // On this machine's clock alone, the 10-minute mark would be 30 s later (90 s after receipt).
    await advance(3_000);
    expect(api.callsTo('token:request')).toHaveLength(2);
  });

  it('takes a chosen lead, and refuses one longer than the token lives', async () => {
    const { api } = await tokenOnFakeClock({ lifetimeSeconds: 11 * 60 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Refresh automatically' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Minutes before expiry' }), { target: { value: '15' } });
    expect(screen.getByText(/This token lives less than 15 min, so it is not refreshed automatically/)).toBeTruthy();
    await advance(10 * 60_000);
    expect(api.callsTo('token:request')).toHaveLength(1);
    fireEvent.change(screen.getByRole('combobox', { name: 'Minutes before expiry' }), { target: { value: '5' } });
    await advance(0);
    // Ten minutes in, the 5-minute mark (6 min after iat) has passed already: it refreshes at once.
    expect(api.callsTo('token:request')).toHaveLength(2);
  });

  it('says why it could not send when the secret is gone from the form', async () => {
    const { api } = await tokenOnFakeClock({ lifetimeSeconds: 11 * 60 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Refresh automatically' }));
    fireEvent.change(formInput('Client secret'), { target: { value: '' } });
    await advance(61_000);
    expect(api.callsTo('token:request')).toHaveLength(1);
    expect(notice()).toMatch(/was not sent: Client secret is empty\.$/);
  });
});
