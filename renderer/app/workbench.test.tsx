// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoClient, TokenAttempt } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { GATEWAY_401_BODY, successAttempt, unauthorizedAttempt } from '../test-support/attempts';
import type { FakeHandlers } from '../test-support/fake-api';
import { renderConsole, showResultTab } from '../test-support/render-console';
import { NO_VAT_HINT } from '../features/token/vat-picker';

afterEach(cleanup);

const renderPage = renderConsole;

const input = (name: string) => screen.getByLabelText(name, { selector: 'input' }) as HTMLInputElement;
const requestButton = () => screen.getByRole('button', { name: 'Request token' }) as HTMLButtonElement;

function type(name: string, value: string) {
  fireEvent.change(input(name), { target: { value } });
}

function fillCredentials(vat = '') {
  type('Client ID', 'my-client');
  type('Client secret', 'my-secret');
  if (vat) type('Merchant VAT', vat);
}

function describedBy(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function answering(attempt: TokenAttempt): FakeHandlers {
  return { 'token:request': () => ({ ok: true, value: attempt }) };
}

function statusLine(text: string) {
  return screen.getByText(
    (_, element) => element?.classList.contains('status-line') === true && element.textContent === text,
  );
}

describe('Workbench', () => {
  it('marks the root ready after loading and lists the environments, Local sandbox first and selected', async () => {
    await renderPage();
    const picker = screen.getByRole('combobox', { name: 'Environment' }) as HTMLSelectElement;
    expect(picker.value).toBe('local');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toContain('MobilePay Production');
    expect((screen.getByRole('textbox', { name: 'Token endpoint' }) as HTMLInputElement).value).toBe(
      'http://127.0.0.1:54321/integrator-authentication/connect/token',
    );
    fireEvent.change(picker, { target: { value: 'mp-production' } });
    expect(screen.getByRole('note').textContent).toContain('PRODUCTION');
    expect((screen.getByRole('textbox', { name: 'Token endpoint' }) as HTMLInputElement).value).toBe(
      'https://api.mobilepay.dk/integrator-authentication/connect/token',
    );
  });

  it('blocks Request token on a malformed VAT and says why', async () => {
    const { api } = await renderPage();
    fillCredentials('DK-1234');
    const vat = input('Merchant VAT');
    expect(vat.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(vat)).toContain('Leave out the dash');
    expect(requestButton().disabled).toBe(true);
    expect(screen.getByRole('list', { name: 'Why Request token is blocked' }).textContent).toContain('Merchant VAT');
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    expect(api.callsTo('token:request')).toHaveLength(0);
  });

  it('warns on a failed VAT checksum but still sends the VAT', async () => {
    const { api } = await renderPage(answering(successAttempt(Date.now())));
    fillCredentials('DK12345678');
    expect(screen.getByText(/CVR checksum does not add up/)).toBeTruthy();
    expect(input('Merchant VAT').getAttribute('aria-invalid')).toBeNull();
    expect(requestButton().disabled).toBe(false);
    fireEvent.click(requestButton());
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    expect(api.callsTo('token:request')[0]).toEqual({
      environment: 'local',
      clientId: 'my-client',
      clientSecret: 'my-secret',
      merchantVat: 'DK12345678',
      basicEncoding: 'form',
      sendIbmClientId: false,
    });
  });

  it('explains an empty VAT and sends no merchant_vat, with the chosen options', async () => {
    const { api } = await renderPage(answering(successAttempt(Date.now())));
    fillCredentials();
    expect(screen.getByText(NO_VAT_HINT)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Raw' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send x-ibm-client-id header' }));
    fireEvent.click(requestButton());
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    const sent = api.callsTo('token:request')[0] as Record<string, unknown>;
    expect(sent).not.toHaveProperty('merchantVat');
    expect(sent).toMatchObject({ basicEncoding: 'raw', sendIbmClientId: true });
  });

  it('fills Client ID and Client secret from the demo clients and lets the user pick another', async () => {
    await renderPage();
    expect(requestButton().disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Use demo credentials' }));
    await waitFor(() => expect(input('Client ID').value).toBe('demo-client-1'));
    expect(input('Client secret').value).toBe('demo-secret-one');
    expect(input('Client secret').type).toBe('password');
    fireEvent.change(screen.getByRole('combobox', { name: 'Demo client' }), { target: { value: '1' } });
    expect(input('Client ID').value).toBe('demo-client-2');
    expect(input('Client secret').value).toBe('demo-secret-two');
    expect(requestButton().disabled).toBe(false);
  });

  it('shows and hides the secret with a named toggle', async () => {
    await renderPage();
    type('Client secret', 'abc');
    fireEvent.click(screen.getByRole('button', { name: 'Show client secret' }));
    expect(input('Client secret').type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: 'Hide client secret' }));
    expect(input('Client secret').type).toBe('password');
  });

  it('shows status 200, the claims with merchant_vat and a running countdown for a token', async () => {
    await renderPage(answering(successAttempt(Date.now())));
    fillCredentials('DK13585628');
    fireEvent.click(requestButton());
    const response = await screen.findByRole('region', { name: 'Response' });
    expect(
      within(response).getByText(
        (_, el) => el?.classList.contains('status-line') === true && el.textContent === '200 OK',
      ),
    ).toBeTruthy();
    expect(within(response).getByText('42 ms')).toBeTruthy();
    showResultTab('Token');
    const claims = screen.getByRole('table', { name: 'Claims' });
    const vatRow = within(claims).getByRole('rowheader', { name: 'merchant_vat' }).closest('tr');
    expect(vatRow?.textContent).toContain('DK13585628');
    const timer = screen.getByRole('timer', { name: 'Token expires in' });
    expect(timer.textContent).toMatch(/1:0[01]:[0-5]\d/);
    expect(Number(within(timer).getByRole('progressbar').getAttribute('aria-valuenow'))).toBeGreaterThan(95);
  });

  it('shows the raw body and the status of a 401', async () => {
    await renderPage(answering(unauthorizedAttempt(Date.now())));
    fillCredentials();
    fireEvent.click(requestButton());
    await waitFor(() => expect(statusLine('401 Unauthorized')).toBeTruthy());
    const body = screen.getByLabelText('Response body');
    expect(body.textContent).toBe(JSON.stringify(JSON.parse(GATEWAY_401_BODY), null, 2));
    expect(screen.queryByRole('timer')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Raw request (redacted)' }));
    expect(screen.getByLabelText('Request as sent (redacted)').textContent).toMatch(
      /^POST http:\/\/127\.0\.0\.1:54321\/.*\/connect\/token\n.*Authorization: Basic <redacted/s,
    );
  });

  it('sends with Ctrl+Enter and Cmd+Enter from anywhere on the page', async () => {
    const { api } = await renderPage(answering(successAttempt(Date.now())));
    fillCredentials();
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    await screen.findByRole('timer');
    fireEvent.keyDown(input('Client ID'), { key: 'Enter', metaKey: true });
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(2));
  });

  it('shows a busy state while the request is in flight', async () => {
    let answer: (result: IpcResult<TokenAttempt>) => void = () => undefined;
    await renderPage({ 'token:request': () => new Promise((resolve) => (answer = resolve)) });
    fillCredentials();
    fireEvent.click(requestButton());
    await waitFor(() => expect(requestButton().getAttribute('aria-busy')).toBe('true'));
    expect(requestButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Requesting…').getAttribute('role')).toBe('status');
    await act(async () => answer({ ok: true, value: unauthorizedAttempt(Date.now()) }));
    expect(requestButton().getAttribute('aria-disabled')).toBeNull();
    expect(screen.queryByText('Requesting…')).toBeNull();
  });

  it('keeps keyboard focus on Request token while the request is in flight, and ignores it meanwhile', async () => {
    let answer: (result: IpcResult<TokenAttempt>) => void = () => undefined;
    const { api } = await renderPage({ 'token:request': () => new Promise((resolve) => (answer = resolve)) });
    fillCredentials();
    const button = requestButton();
    button.focus();
    // Enter or Space on a focused button is a click.
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
    // Not `disabled`: a disabled button drops focus to <body>, and a screen reader user loses their place.
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    expect(api.callsTo('token:request')).toHaveLength(1);
    await act(async () => answer({ ok: true, value: unauthorizedAttempt(Date.now()) }));
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });

  it('keeps focus on Use demo credentials while the demo clients load', async () => {
    let answer: (result: IpcResult<DemoClient[]>) => void = () => undefined;
    await renderPage({ 'sandbox:demo-clients': () => new Promise((resolve) => (answer = resolve)) });
    const button = screen.getByRole('button', { name: 'Use demo credentials' }) as HTMLButtonElement;
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    await act(async () =>
      answer({
        ok: true,
        value: [
          { label: 'Demo integrator', clientId: 'demo-client-1', clientSecret: 'demo-secret-one', note: 'Unbound.' },
        ],
      }),
    );
    expect(input('Client ID').value).toBe('demo-client-1');
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });

  it('shows an ok:false result in an alert, with actions chosen by its code', async () => {
    await renderPage({
      'token:request': () => ({ ok: false, error: { code: 'SANDBOX_UNAVAILABLE', message: 'The sandbox stopped.' } }),
    });
    fillCredentials();
    fireEvent.click(requestButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The sandbox stopped.');
    expect(within(alert).getByRole('button', { name: 'Start sandbox' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('validates a custom token endpoint as it is typed and sends the normalised URL', async () => {
    const { api } = await renderPage(answering(successAttempt(Date.now())));
    fireEvent.change(screen.getByRole('combobox', { name: 'Environment' }), { target: { value: 'custom' } });
    fillCredentials();
    type('Token endpoint URL', 'http://auth.example.com/connect/token');
    expect(input('Token endpoint URL').getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(input('Token endpoint URL'))).toContain('Use https');
    expect(requestButton().disabled).toBe(true);
    type('Token endpoint URL', 'https://auth.example.com/connect/token');
    expect(requestButton().disabled).toBe(false);
    fireEvent.click(requestButton());
    await waitFor(() =>
      expect(api.callsTo('token:request')[0]).toMatchObject({
        environment: 'custom',
        customTokenUrl: 'https://auth.example.com/connect/token',
      }),
    );
  });

  it('follows sandbox:changed events', async () => {
    const { api } = await renderPage();
    const status = screen.getByRole('status', { name: 'Local sandbox status' });
    expect(status.textContent).toContain('Running');
    act(() => api.emit('sandbox:changed', { environment: 'local', state: 'failed', message: 'Port in use.' }));
    expect(status.textContent).toContain('Failed');
    expect(status.textContent).toContain('Port in use.');
    fireEvent.click(screen.getByRole('button', { name: 'Start sandbox' }));
    await waitFor(() => expect(api.callsTo('sandbox:start')).toHaveLength(1));
    await waitFor(() => expect(status.textContent).toContain('Running'));
  });

  it('shows a network failure instead of a status', async () => {
    const attempt = unauthorizedAttempt(Date.now());
    const failed: TokenAttempt = {
      ...attempt,
      outcome: 'network-error',
      exchange: {
        ...attempt.exchange,
        response: undefined,
        failure: { kind: 'refused', message: 'Nothing listens on that port.', code: 'ECONNREFUSED' },
      },
    };
    await renderPage(answering(failed));
    fillCredentials();
    fireEvent.click(requestButton());
    expect(await screen.findByText('Connection refused')).toBeTruthy();
    expect(screen.getByText('Nothing listens on that port.')).toBeTruthy();
    expect(screen.getByText('ECONNREFUSED')).toBeTruthy();
    expect(screen.queryByLabelText('Response body')).toBeNull();
  });
});
