// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InspectedToken } from '../../../shared/ipc/contract';
import { tokenAttempt } from '../../test-support/attempts';
import type { FakeHandlers } from '../../test-support/fake-api';
import { renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const PASTED = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXRoYXQtbWFrZXMtaXQtdXNhYmxl';

async function openDialog(handlers: FakeHandlers) {
  const rendered = await renderConsole(handlers);
  fireEvent.click(screen.getByRole('button', { name: 'Inspect a pasted token…' }));
  return { ...rendered, dialog: screen.getByRole('dialog', { name: 'Inspect a pasted token' }) };
}

function paste(dialog: HTMLElement, text: string) {
  fireEvent.change(within(dialog).getByLabelText('Pasted token'), { target: { value: text } });
}

const decoded = tokenAttempt(Date.now()).token!;

describe('inspect a pasted token', () => {
  it('sends the token and the chosen environment to token:inspect and explains the answer', async () => {
    const answer: InspectedToken = {
      token: decoded,
      verification: {
        status: 'bad-signature',
        message: 'The signature does not match the key.',
        kid: 'ABCDEF0123',
        alg: 'RS256',
        checkedAt: '2026-01-01T00:00:00.000Z',
      },
    };
    const { api, dialog } = await openDialog({ 'token:inspect': () => ({ ok: true, value: answer }) });
    const inspect = within(dialog).getByRole('button', { name: 'Inspect' }) as HTMLButtonElement;
    expect(inspect.disabled).toBe(true);
    expect(within(dialog).getByText('Paste a token and press Inspect.')).toBeTruthy();
    paste(dialog, `  Bearer ${PASTED}\n`);
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Minted by (environment)' }), {
      target: { value: 'mp-sandbox' },
    });
    fireEvent.click(inspect);
    await waitFor(() => expect(api.callsTo('token:inspect')).toHaveLength(1));
    expect(api.callsTo('token:inspect')[0]).toEqual({ environment: 'mp-sandbox', token: `Bearer ${PASTED}` });
    await waitFor(() =>
      expect(within(dialog).getByRole('region', { name: 'Signature' }).textContent).toContain('Bad signature'),
    );
    expect(
      within(within(dialog).getByRole('table', { name: 'Claims' })).getByRole('rowheader', { name: 'merchant_vat' }),
    ).toBeTruthy();
    // Nothing is known about the VAT that was asked for, so that check is not made for a pasted token.
    expect(within(dialog).getByRole('region', { name: 'Consistency checks' }).textContent).not.toContain('asked for');
  });

  it('drops the answer when the pasted text changes: it no longer describes what is in the box', async () => {
    const { dialog } = await openDialog({ 'token:inspect': () => ({ ok: true, value: { token: decoded } }) });
    paste(dialog, PASTED);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Inspect' }));
    await waitFor(() => expect(within(dialog).queryByRole('table', { name: 'Claims' })).toBeTruthy());
    paste(dialog, `${PASTED}x`);
    expect(within(dialog).queryByRole('table', { name: 'Claims' })).toBeNull();
    expect(within(dialog).getByText('Paste a token and press Inspect.')).toBeTruthy();
  });

  it('keeps the pasted token out of the markup (it is a bearer credential) and masks it', async () => {
    const { dialog } = await openDialog({ 'token:inspect': () => ({ ok: true, value: { token: decoded } }) });
    paste(dialog, PASTED);
    expect(document.documentElement.outerHTML).not.toContain('c2lnbmF0dXJl');
    expect(within(dialog).getByLabelText('Pasted token').className).toContain('masked-text');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show pasted token' }));
    expect(within(dialog).getByLabelText('Pasted token').className).not.toContain('masked-text');
  });

  it('shows a decoding problem, and an IPC failure, in words', async () => {
    let answer: InspectedToken | undefined = { problem: 'A JWT has three dot-separated parts; this one has 1.' };
    const { dialog } = await openDialog({
      'token:inspect': () =>
        answer ? { ok: true, value: answer } : { ok: false, error: { code: 'INVALID_INPUT', message: 'Too long.' } },
    });
    paste(dialog, 'not-a-token');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Inspect' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('three dot-separated parts'));
    answer = undefined;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Inspect' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toContain('The token could not be inspected: Too long.'),
    );
  });

  it('closes with Escape and drops what was pasted', async () => {
    const { dialog } = await openDialog({});
    paste(dialog, PASTED);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Inspect a pasted token…' }));
    expect((screen.getByLabelText('Pasted token') as HTMLTextAreaElement).value).toBe('');
  });
});
