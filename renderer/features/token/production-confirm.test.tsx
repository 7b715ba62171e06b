// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRODUCTION_ENVIRONMENT, tokenAttempt } from '../../test-support/attempts';
import { formInput, renderConsole } from '../../test-support/render-console';
import { PRODUCTION_CONFIRM_TITLE } from './production-confirm';

afterEach(cleanup);

const requestButton = () => screen.getByRole('button', { name: 'Request token' });
const confirmDialog = () => screen.queryByRole('dialog', { name: PRODUCTION_CONFIRM_TITLE });

async function productionForm() {
  const rendered = await renderConsole({
    'token:request': () => ({ ok: true, value: tokenAttempt(Date.now(), { environment: PRODUCTION_ENVIRONMENT }) }),
  });
  fireEvent.change(screen.getByRole('combobox', { name: 'Environment' }), { target: { value: 'mp-production' } });
  fireEvent.change(formInput('Client ID'), { target: { value: 'live-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: 'live-secret' } });
  return rendered;
}

describe('production confirmation', () => {
  it('asks before the first request to Production; Cancel sends nothing and asks again next time', async () => {
    const { api } = await productionForm();
    fireEvent.click(requestButton());
    const dialog = confirmDialog();
    expect(dialog).not.toBeNull();
    expect(dialog?.textContent).toContain('live-client');
    expect(dialog?.textContent).toContain('https://api.mobilepay.dk/integrator-authentication/connect/token');
    expect(within(dialog as HTMLElement).getByRole('button', { name: 'Cancel' })).toBe(document.activeElement);
    fireEvent.click(within(dialog as HTMLElement).getByRole('button', { name: 'Cancel' }));
    expect(confirmDialog()).toBeNull();
    expect(api.callsTo('token:request')).toHaveLength(0);

    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    expect(confirmDialog()).not.toBeNull();
    expect(api.callsTo('token:request')).toHaveLength(0);
  });

  it('once confirmed, sends, and does not ask again for the rest of the run', async () => {
    const { api } = await productionForm();
    fireEvent.click(requestButton());
    fireEvent.click(within(confirmDialog() as HTMLElement).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    expect(api.callsTo('token:request')[0]).toMatchObject({
      environment: 'mp-production',
      clientId: 'live-client',
      clientSecret: 'live-secret',
    });
    await screen.findByRole('timer');

    fireEvent.click(requestButton());
    expect(confirmDialog()).toBeNull();
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(2));
  });

  it('never asks for the other environments, and Production keeps its warning badge in the viewer', async () => {
    const { api } = await productionForm();
    fireEvent.change(screen.getByRole('combobox', { name: 'Environment' }), { target: { value: 'local' } });
    fireEvent.click(requestButton());
    expect(confirmDialog()).toBeNull();
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    const response = await screen.findByRole('region', { name: 'Response' });
    await waitFor(() => expect(within(response).getByText('PRODUCTION').className).toContain('badge-warning'));
  });
});
