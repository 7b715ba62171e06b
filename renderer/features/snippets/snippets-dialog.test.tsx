// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CodeSnippet } from '../../../shared/ipc/contract';
import type { FakeHandlers } from '../../test-support/fake-api';
import { formInput, renderConsole } from '../../test-support/render-console';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SNIPPETS: CodeSnippet[] = [
  { language: 'curl', label: 'curl (bash)', code: 'curl --user "$MOBILEPAY_CLIENT_ID:$MOBILEPAY_CLIENT_SECRET" …\n' },
  { language: 'powershell', label: 'PowerShell (Invoke-RestMethod)', code: '$env:MOBILEPAY_CLIENT_ID …\n' },
  {
    language: 'csharp',
    label: 'C# (HttpClient)',
    code: 'Environment.GetEnvironmentVariable("MOBILEPAY_CLIENT_ID") …\n',
  },
  { language: 'python', label: 'Python (requests)', code: 'os.environ["MOBILEPAY_CLIENT_ID"] …\n' },
  { language: 'node', label: 'Node.js (fetch)', code: 'process.env.MOBILEPAY_CLIENT_ID …\n' },
];

async function openSnippets(handlers: FakeHandlers = { 'token:snippets': () => ({ ok: true, value: SNIPPETS }) }) {
  const rendered = await renderConsole(handlers);
  fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: 'typed-secret' } });
  fireEvent.change(formInput('Merchant VAT'), { target: { value: 'FI20774740' } });
  fireEvent.click(screen.getByRole('radio', { name: 'Raw' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Send x-ibm-client-id header' }));
  fireEvent.click(screen.getByRole('button', { name: 'Copy as code…' }));
  return { ...rendered, dialog: screen.getByRole('dialog', { name: 'Copy as code' }) };
}

describe('copy as code', () => {
  it('asks for snippets of the form (never its id or secret) and shows one tab per language', async () => {
    const { api, dialog } = await openSnippets();
    await waitFor(() => expect(within(dialog).getAllByRole('tab')).toHaveLength(5));
    // 'typed-secret' reads the same form-encoded or raw: the plain curl -u is asked for, and only that fact is sent.
    expect(api.callsTo('token:snippets')).toEqual([
      {
        environment: 'local',
        merchantVat: 'FI20774740',
        basicEncoding: 'raw',
        sendIbmClientId: true,
        plainCredentials: true,
      },
    ]);
    expect(JSON.stringify(api.callsTo('token:snippets'))).not.toContain('typed-secret');
    expect(
      within(dialog)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(SNIPPETS.map((s) => s.label));
    expect(dialog.textContent).toContain('MOBILEPAY_CLIENT_ID and MOBILEPAY_CLIENT_SECRET');
    expect(within(dialog).getByLabelText('curl (bash) code').textContent).toBe(SNIPPETS[0]?.code);
    fireEvent.click(within(dialog).getByRole('tab', { name: 'Python (requests)' }));
    expect(within(dialog).getByLabelText('Python (requests) code').textContent).toContain('os.environ');
  });

  it('copies the shown snippet', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { dialog } = await openSnippets();
    await waitFor(() => expect(within(dialog).getAllByRole('tab')).toHaveLength(5));
    fireEvent.click(within(dialog).getByRole('tab', { name: 'C# (HttpClient)' }));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Copy code' })));
    expect(writeText).toHaveBeenCalledWith(SNIPPETS[2]?.code);
  });

  it('shows loading, then an error in words', async () => {
    let answer: (value: Awaited<ReturnType<NonNullable<FakeHandlers['token:snippets']>>>) => void = () => undefined;
    const { dialog } = await openSnippets({ 'token:snippets': () => new Promise((resolve) => (answer = resolve)) });
    expect(within(dialog).getByRole('status').textContent).toBe('Generating snippets…');
    await act(async () =>
      answer({ ok: false, error: { code: 'SANDBOX_UNAVAILABLE', message: 'The local sandbox is not running.' } }),
    );
    expect(within(dialog).getByRole('alert').textContent).toContain('The local sandbox is not running.');
  });
});
