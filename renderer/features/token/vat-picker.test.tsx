// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenAttempt } from '../../test-support/attempts';
import { fakeHistory } from '../../test-support/fake-history';
import { formInput, renderConsole } from '../../test-support/render-console';
import { NO_VAT_HINT, NO_VAT_LABEL } from './vat-picker';

afterEach(cleanup);

const recent = () => screen.queryByRole('group', { name: 'Recent:' });
const chips = () =>
  recent()
    ? within(recent() as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.textContent)
    : [];
const requestButton = () => screen.getByRole('button', { name: 'Request token' });

function fill(vat: string) {
  fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
  fireEvent.change(formInput('Merchant VAT'), { target: { value: vat } });
}

describe('merchant VAT picker', () => {
  it('offers the VATs of History on load, newest first, each once', async () => {
    const now = Date.now();
    const history = fakeHistory([
      tokenAttempt(now, { id: 'a3', merchantVat: 'FI20774740' }),
      tokenAttempt(now, { id: 'a2', merchantVat: null }),
      tokenAttempt(now, { id: 'a1', merchantVat: 'DK13585628' }),
      tokenAttempt(now, { id: 'a0', merchantVat: 'FI20774740' }),
    ]);
    await renderConsole(history.handlers);
    expect(chips()).toEqual(['FI20774740', 'DK13585628']);
    fireEvent.click(screen.getByRole('button', { name: 'DK13585628' }));
    expect(formInput('Merchant VAT').value).toBe('DK13585628');
    expect(screen.getByRole('button', { name: 'DK13585628' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the last five VATs sent this session, newest first', async () => {
    const { api } = await renderConsole({ 'token:request': () => ({ ok: true, value: tokenAttempt(Date.now()) }) });
    expect(recent()).toBeNull();
    const vats = ['DK13585628', 'DK24256790', 'DK27355021', 'DK35408002', 'DK30715063', 'FI20774740'];
    for (const [index, vat] of vats.entries()) {
      fill(vat);
      fireEvent.click(requestButton());
      await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(index + 1));
      await waitFor(() => expect((requestButton() as HTMLButtonElement).disabled).toBe(false));
    }
    expect(chips()).toEqual(['FI20774740', 'DK30715063', 'DK35408002', 'DK27355021', 'DK24256790']);
  });

  it('"No VAT — unbound token" empties the field, explains, and sends no merchant_vat', async () => {
    const { api } = await renderConsole({
      'token:request': () => ({ ok: true, value: tokenAttempt(Date.now(), { merchantVat: null }) }),
    });
    fill('DK13585628');
    const unbound = screen.getByRole('button', { name: NO_VAT_LABEL });
    expect(unbound.getAttribute('aria-pressed')).toBe('false');
    expect(document.getElementById(unbound.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'X-MobilePay-Merchant-VAT-Number',
    );
    fireEvent.click(unbound);
    expect(formInput('Merchant VAT').value).toBe('');
    expect(unbound.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(NO_VAT_HINT)).toBeTruthy();
    fireEvent.click(requestButton());
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    expect(api.callsTo('token:request')[0]).not.toHaveProperty('merchantVat');
    expect((await screen.findByRole('region', { name: 'Response' })).textContent).toContain('none (unbound token)');
  });
});
