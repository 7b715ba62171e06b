// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PROBE_RESULT } from '../../test-support/diagnosis-fixtures';
import type { FakeHandlers } from '../../test-support/fake-api';
import { fakeProfiles, profileFixture } from '../../test-support/fake-profiles';
import { formInput, renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const probeButton = () => screen.getByRole('button', { name: 'Probe client authentication…' }) as HTMLButtonElement;
const probing: FakeHandlers = { 'probe:client-auth': () => ({ ok: true, value: PROBE_RESULT }) };

function fill(secret = 'typed-secret') {
  fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: secret } });
}

describe('Client-auth probe', () => {
  it('is blocked like Request token until the form is complete', async () => {
    await renderConsole(probing);
    expect(probeButton().disabled).toBe(true);
    fill();
    expect(probeButton().disabled).toBe(false);
  });

  it('says where and how often it will send the credentials, and Cancel sends nothing', async () => {
    const { api } = await renderConsole(probing);
    fill();
    fireEvent.click(probeButton());
    const dialog = screen.getByRole('dialog', { name: 'Probe client authentication' });
    expect(dialog.textContent).toContain('up to three times');
    expect(dialog.textContent).toContain('http://127.0.0.1:54321/integrator-authentication/connect/token');
    expect(dialog.textContent).toContain('my-client');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('probe:client-auth')).toHaveLength(0);
  });

  it("on Confirm sends the form's target, id and typed secret (no encoding), then shows the table, characters and verdict", async () => {
    const { api } = await renderConsole(probing);
    fill();
    fireEvent.change(formInput('Merchant VAT'), { target: { value: 'DK13585628' } });
    fireEvent.click(probeButton());
    const dialog = screen.getByRole('dialog', { name: 'Probe client authentication' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    const table = await within(dialog).findByRole('table', { name: 'Client authentication probe' });
    expect(api.callsTo('probe:client-auth')).toEqual([
      {
        environment: 'local',
        clientId: 'my-client',
        clientSecret: 'typed-secret',
        merchantVat: 'DK13585628',
        sendIbmClientId: false,
      },
    ]);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toMatch(/^Basic form-encoded200✓ Yes—21 ms$/);
    expect(rows[1]).toMatch(/^Basic raw401✕ Noinvalid_client21 ms$/);
    expect(rows[2]).toMatch(/^client_secret_post200✓ Yes/);
    const characters = within(dialog).getByRole('table', {
      name: 'Characters of the secret that form-encoding changes',
    });
    expect(within(characters).getAllByRole('row')[1]?.textContent).toBe('4+%2B');
    expect(dialog.textContent).toContain(`Verdict: ${PROBE_RESULT.verdict}`);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('with a saved profile and nothing typed, sends the profile id instead of a secret', async () => {
    const profile = profileFixture('p1', { name: 'Shop', clientId: 'shop-client' });
    const profiles = fakeProfiles({ profiles: [profile], selectedId: 'p1', secrets: { p1: 'stored' } });
    const { api } = await renderConsole({ ...profiles.handlers, ...probing });
    await waitFor(() => expect(formInput('Client ID').value).toBe('shop-client'));
    fireEvent.click(probeButton());
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(api.callsTo('probe:client-auth')).toEqual([
        { environment: 'local', clientId: 'shop-client', profileId: 'p1', sendIbmClientId: false },
      ]),
    );
  });

  it('shows why the probe could not run', async () => {
    await renderConsole({
      'probe:client-auth': () => ({
        ok: false,
        error: { code: 'SANDBOX_UNAVAILABLE', message: 'The local sandbox could not start.' },
      }),
    });
    fill();
    fireEvent.click(probeButton());
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The local sandbox could not start.');
  });
});
