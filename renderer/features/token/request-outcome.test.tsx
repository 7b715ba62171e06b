// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { successAttempt, tokenAttempt, unauthorizedAttempt } from '../../test-support/attempts';
import type { FakeHandlers } from '../../test-support/fake-api';
import { fakeHistory } from '../../test-support/fake-history';
import { formInput, renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

/** The line under Request token that says how the last request went. */
const outcome = () =>
  screen.getByRole('button', { name: 'Request token' }).closest('form')?.querySelector('.send-outcome') as HTMLElement;
const responseHeading = () => screen.getByRole('heading', { name: /^Response/ });

async function requestWith(handlers: FakeHandlers) {
  const rendered = await renderConsole(handlers);
  fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
  fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
  await waitFor(() => expect(rendered.api.callsTo('token:request')).toHaveLength(1));
  return rendered;
}

const answering = (attempt: TokenAttempt): FakeHandlers => ({ 'token:request': () => ({ ok: true, value: attempt }) });

describe('the outcome under Request token', () => {
  it('says a token arrived, as a status next to the button, and "Show response" takes focus to the Response', async () => {
    await requestWith(answering(successAttempt(Date.now())));
    await waitFor(() => expect(outcome().textContent).toContain('200 OK: token received.'));
    expect(outcome().getAttribute('role')).toBe('status');
    fireEvent.click(within(outcome()).getByRole('button', { name: 'Show response' }));
    expect(document.activeElement).toBe(responseHeading());
  });

  it('names the status and the OAuth error of a refusal, and that a request was never sent', async () => {
    await requestWith(answering({ ...unauthorizedAttempt(Date.now()), oauthError: { error: 'invalid_client' } }));
    await waitFor(() => expect(outcome().textContent).toContain('401 Unauthorized: invalid_client.'));
    expect(outcome().className).toContain('send-outcome-error');
    cleanup();

    await requestWith({
      'token:request': () => ({ ok: false, error: { code: 'SANDBOX_UNAVAILABLE', message: 'The sandbox stopped.' } }),
    });
    await waitFor(() => expect(outcome().textContent).toContain('The local sandbox is not running.'));
  });

  it('"Skip to Response" (a Tab stop before the long request column) takes focus to the Response', async () => {
    await renderConsole();
    fireEvent.click(screen.getByRole('button', { name: 'Skip to Response' }));
    expect(document.activeElement).toBe(responseHeading());
  });

  it('keeps telling the last request after its alert is dismissed, never the answer before it', async () => {
    let calls = 0;
    await requestWith({
      'token:request': () =>
        ++calls === 1
          ? { ok: true, value: successAttempt(Date.now()) }
          : { ok: false, error: { code: 'SANDBOX_UNAVAILABLE', message: 'The sandbox stopped.' } },
    });
    await waitFor(() => expect(outcome().textContent).toContain('200 OK: token received.'));
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
    await waitFor(() => expect(outcome().textContent).toContain('The local sandbox is not running.'));
    fireEvent.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(outcome().textContent).toContain('The local sandbox is not running.');
    expect(outcome().textContent).not.toContain('200 OK');
  });

  it('goes quiet once the inputs change (it told the request sent with the old ones); Ctrl+Enter on a blocked form goes to the field at fault', async () => {
    await requestWith(answering(successAttempt(Date.now())));
    await waitFor(() => expect(outcome().textContent).toContain('200 OK: token received.'));
    fireEvent.change(formInput('Merchant VAT'), { target: { value: 'DK-13585628' } });
    expect(outcome().textContent).toBe('');
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    expect(document.activeElement).toBe(formInput('Merchant VAT'));
  });

  it('is empty before the first request', async () => {
    await renderConsole();
    expect(outcome().textContent).toBe('');
  });
});

describe('an attempt opened from History', () => {
  function seeded() {
    return fakeHistory([tokenAttempt(Date.now() - 60_000, { id: 'old-200', merchantVat: 'DK13585628' })]);
  }

  it('takes focus to the Response it opens in, and closes when it is deleted from History', async () => {
    await renderConsole(seeded().handlers);
    const history = screen.getByRole('region', { name: 'History' });
    fireEvent.click(within(history).getByRole('button', { name: /^Open attempt/ }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /^Response/ }).textContent).toContain('Opened from History'),
    );
    expect(document.activeElement).toBe(responseHeading());
    // Opened from History, not just requested: the line under Request token stays quiet.
    expect(outcome().textContent).toBe('');

    fireEvent.click(within(history).getByRole('button', { name: /^Delete attempt of / }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /^Response/ }).textContent).not.toContain('Opened from History'),
    );
    expect(screen.getByRole('region', { name: /^Response/ }).textContent).toContain('No request sent yet');
  });
});
