// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestOf, TokenAttempt } from '../../../shared/ipc/contract';
import { tokenAttempt, unauthorizedAttempt } from '../../test-support/attempts';
import { findingFixture, posAttemptFixture } from '../../test-support/diagnosis-fixtures';
import type { FakeHandlers } from '../../test-support/fake-api';
import { formInput, renderConsole, showResultTab } from '../../test-support/render-console';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'Call the PoS API with this token' });
const button = (name: string) => within(panel()).getByRole('button', { name });
const field = (name: string) => within(panel()).getByLabelText(name) as HTMLInputElement;

function posCalls(handlers: FakeHandlers = {}): FakeHandlers {
  return {
    'pos:call': (request: RequestOf<'pos:call'>) => {
      if (request.resource === 'stores') return { ok: true, value: posAttemptFixture({ id: 'pos-stores' }) };
      if (request.resource === 'pointofsales') {
        return {
          ok: true,
          value: posAttemptFixture({
            id: 'pos-list',
            path: `/pointofsales?storeId=${request.id}`,
            body: { posIds: ['pos-a', 'pos-b'] },
          }),
        };
      }
      return {
        ok: true,
        value: posAttemptFixture({
          id: `pos-${request.resource}`,
          path: `/${request.resource}/${request.id}`,
          body: { ok: request.id },
        }),
      };
    },
    ...handlers,
  };
}

async function withAttempt(attempt: TokenAttempt, handlers: FakeHandlers = {}, formVat = '') {
  const rendered = await renderConsole({
    'token:request': () => ({ ok: true, value: attempt }),
    ...posCalls(handlers),
  });
  fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
  if (formVat) fireEvent.change(formInput('Merchant VAT'), { target: { value: formVat } });
  fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
  await screen.findByRole('region', { name: /^Findings/ });
  showResultTab('PoS');
  return rendered;
}

describe('PoS V10 probe', () => {
  it('appears only for an attempt with a token', async () => {
    await withAttempt(unauthorizedAttempt(Date.now()));
    expect(screen.queryByRole('region', { name: 'Call the PoS API with this token' })).toBeNull();
  });

  it("defaults to the token's environment and version 1.0.0; a bound token gets no VAT header", async () => {
    await withAttempt(tokenAttempt(Date.now(), { merchantVat: 'DK13585628' }), {}, 'DK13585628');
    expect((within(panel()).getByRole('combobox', { name: 'PoS API of' }) as HTMLSelectElement).value).toBe('local');
    expect(field('X-MobilePay-Client-System-Version').value).toBe('1.0.0');
    expect(field('X-MobilePay-Merchant-VAT-Number').value).toBe('');
    expect(panel().textContent).toContain('bound to merchant DK13585628');
    expect(within(panel()).queryByRole('option', { name: /Custom/ })).toBeNull();
  });

  it('prefills the VAT header from the form for an unbound token', async () => {
    const { api } = await withAttempt(tokenAttempt(Date.now(), { merchantVat: null }), {}, 'FI20774740');
    expect(field('X-MobilePay-Merchant-VAT-Number').value).toBe('FI20774740');
    fireEvent.click(button('GET /stores'));
    await waitFor(() => expect(api.callsTo('pos:call')).toHaveLength(1));
    expect(api.callsTo('pos:call')[0]).toEqual({
      attemptId: 'attempt-200',
      environment: 'local',
      resource: 'stores',
      clientSystemVersion: '1.0.0',
      merchantVat: 'FI20774740',
    });
  });

  it('GET /stores → pick a store → GET /pointofsales for it → read one point of sale, each shown with its findings', async () => {
    const { api } = await withAttempt(tokenAttempt(Date.now()));
    fireEvent.click(button('GET /stores'));
    const store = (await within(panel()).findByRole('combobox', { name: 'Store' })) as HTMLSelectElement;
    expect(within(panel()).getByRole('region', { name: 'Findings for this call' }).textContent).toContain(
      'No problems found.',
    );
    expect(within(panel()).getByLabelText('Response body').textContent).toContain('"storeIds"');
    fireEvent.change(store, { target: { value: 'store-2' } });
    fireEvent.click(button('GET /pointofsales'));
    const pos = (await within(panel()).findByRole('combobox', { name: 'Point of sale' })) as HTMLSelectElement;
    expect(api.callsTo('pos:call')[1]).toMatchObject({ resource: 'pointofsales', id: 'store-2' });
    expect(pos.value).toBe('pos-a');
    fireEvent.click(button('GET /pointofsales/{posId}'));
    await waitFor(() => expect(api.callsTo('pos:call')[2]).toMatchObject({ resource: 'pointofsale', id: 'pos-a' }));
    fireEvent.click(button('GET /stores/{storeId}'));
    await waitFor(() => expect(api.callsTo('pos:call')[3]).toMatchObject({ resource: 'store', id: 'store-2' }));
  });

  it('sends the chosen mistakes and another environment, and shows the refusal with its finding', async () => {
    const refused = posAttemptFixture({
      status: 401,
      body: {},
      tampered: ['"Bearer " prefix left out'],
      findings: [
        findingFixture('pos-missing-bearer', {
          cause: 'The Authorization header holds the token without the "Bearer " scheme.',
        }),
      ],
      environment: { id: 'local-production', label: 'Local production', production: false },
    });
    const { api } = await withAttempt(tokenAttempt(Date.now()), { 'pos:call': () => ({ ok: true, value: refused }) });
    fireEvent.change(within(panel()).getByRole('combobox', { name: 'PoS API of' }), {
      target: { value: 'local-production' },
    });
    expect(panel().textContent).toContain('This reproduces "a token from the other environment"');
    fireEvent.click(within(panel()).getByRole('checkbox', { name: 'Leave out the "Bearer " prefix' }));
    fireEvent.click(within(panel()).getByRole('checkbox', { name: 'Garble the version header' }));
    fireEvent.click(button('GET /stores'));
    const findings = await within(panel()).findByRole('region', { name: 'Findings for this call (1)' });
    expect(api.callsTo('pos:call')[0]).toMatchObject({
      environment: 'local-production',
      tamper: { omitBearerPrefix: true, garbleVersion: true },
    });
    expect(findings.textContent).toContain('without the "Bearer " scheme');
    expect(panel().textContent).toContain('Sent wrong on purpose: "Bearer " prefix left out.');
    expect(panel().querySelector('.status-line')?.textContent).toBe('401 Unauthorized');
    expect(within(panel()).queryByRole('combobox', { name: 'Store' })).toBeNull();
  });

  it('says why a call could not be made (a token no longer held)', async () => {
    await withAttempt(tokenAttempt(Date.now()), {
      'pos:call': () => ({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'This token is no longer held in memory.' },
      }),
    });
    fireEvent.click(button('GET /stores'));
    expect((await within(panel()).findByRole('alert')).textContent).toContain('no longer held in memory');
    expect(panel().textContent).toContain('No PoS call yet.');
  });
});
