// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { CLIPBOARD_UNAVAILABLE } from '../../lib/clipboard';
import { GATEWAY_401_BODY, tokenAttempt, unauthorizedAttempt } from '../../test-support/attempts';
import { formInput, renderConsole } from '../../test-support/render-console';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function showAttempt(attempt: TokenAttempt) {
  await renderConsole({ 'token:request': () => ({ ok: true, value: attempt }) });
  fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
  fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
  return screen.findByRole('tablist', { name: 'Exchange details' });
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('request/response viewer', () => {
  it('shows the response as Pretty, Raw (wire text) and Headers, and the request labelled redacted', async () => {
    await showAttempt(unauthorizedAttempt(Date.now()));
    expect(tab('Pretty').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByLabelText('Response body').textContent).toBe(
      JSON.stringify(JSON.parse(GATEWAY_401_BODY), null, 2),
    );
    expect(screen.getByText('JSON, pretty-printed')).toBeTruthy();

    fireEvent.click(tab('Raw'));
    expect(screen.getByLabelText('Raw response').textContent).toBe(
      `HTTP/1.1 401 Unauthorized\nwww-authenticate: Basic error="invalid_client"\n\n${GATEWAY_401_BODY}`,
    );

    fireEvent.click(tab('Headers (1)'));
    const headers = screen.getByRole('table', { name: 'Response headers' });
    expect(within(headers).getByRole('rowheader', { name: 'www-authenticate' }).closest('tr')?.textContent).toContain(
      'Basic error="invalid_client"',
    );

    fireEvent.click(tab('Raw request (redacted)'));
    const request = screen.getByLabelText('Request as sent (redacted)');
    expect(request.textContent).toContain('Authorization: Basic <redacted sha256:1a2b3c4d…, 44 chars>');
    expect(request.textContent).not.toContain('my-secret');
  });

  it('shows a non-JSON body exactly as received', async () => {
    const attempt = unauthorizedAttempt(Date.now());
    const html = '<html><body>401 Authorization Required</body></html>';
    await showAttempt({
      ...attempt,
      exchange: { ...attempt.exchange, response: { ...attempt.exchange.response!, body: html, size: html.length } },
    });
    expect(screen.getByLabelText('Response body').textContent).toBe(html);
    expect(screen.getByText('Not JSON: shown exactly as received')).toBeTruthy();
  });

  it('shows size, duration, the server date and the clock skew', async () => {
    await showAttempt(tokenAttempt(Date.now(), { clockSkewMs: 90_000 }));
    const response = screen.getByRole('region', { name: 'Response' });
    expect(response.textContent).toContain('42 ms');
    expect(response.textContent).toMatch(/Size\d+(\.\d)? (B|KB)/);
    expect(response.textContent).toContain('Server date');
    expect(response.textContent).toContain('server 2 min ahead');
  });

  it('copies each view with navigator.clipboard and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await showAttempt(unauthorizedAttempt(Date.now()));
    fireEvent.click(tab('Raw'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy raw response' })));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^HTTP\/1\.1 401 Unauthorized\n/));
    await waitFor(() => expect(screen.getByText('Copied.')).toBeTruthy());
    fireEvent.click(tab('Raw request (redacted)'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy request' })));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('Authorization: Basic <redacted'));
  });

  it('says so when no clipboard is available', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: async () => Promise.reject(new Error('denied')) },
    });
    await showAttempt(unauthorizedAttempt(Date.now()));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy body' })));
    await waitFor(() => expect(screen.getByText(CLIPBOARD_UNAVAILABLE)).toBeTruthy());
  });
});
