// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { successAttempt } from '../../test-support/attempts';
import { fakeFingerprint, fakeProfiles, profileFixture } from '../../test-support/fake-profiles';
import { formInput, renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const SECRET = 'stored-secret-value-1';
const production = profileFixture('prod', {
  name: 'Shop production',
  environment: 'mp-production',
  clientId: 'prod-client',
  defaultMerchantVat: 'DK13585628',
  basicEncoding: 'raw',
  sendIbmClientId: true,
});
const local = profileFixture('local', { name: 'Local demo', clientId: 'demo-integrator' });

function setup(selectedId?: string) {
  const fake = fakeProfiles({ profiles: [production, local], secrets: { prod: SECRET, local: SECRET }, selectedId });
  return renderConsole({ ...fake.handlers, 'token:request': () => ({ ok: true, value: successAttempt(Date.now()) }) });
}

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const requestButton = () => screen.getByRole('button', { name: 'Request token' }) as HTMLButtonElement;

describe('profile selection', () => {
  it('lists profiles with environment badge, client id and secret fingerprint; ad hoc by default', async () => {
    await setup();
    expect(radio('Ad-hoc (no profile)').checked).toBe(true);
    const prod = radio('Shop production');
    const details = document.getElementById(prod.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(details).toContain('PRODUCTION');
    expect(details).toContain('prod-client');
    expect(details).toContain(`secret sha256:${fakeFingerprint(SECRET)}…, ${SECRET.length} chars`);
    expect(details).toContain('kept for this session only');
    expect(within(prod.closest('label') as HTMLElement).getByText('PRODUCTION').className).toContain('badge-warning');
  });

  it('fills the form from the selected profile and sends profileId without a secret', async () => {
    const { api } = await setup();
    fireEvent.click(radio('Shop production'));
    await waitFor(() => expect(formInput('Client ID').value).toBe('prod-client'));
    expect(api.callsTo('profiles:select')).toEqual([{ id: 'prod' }]);
    expect((screen.getByRole('combobox', { name: 'Environment' }) as HTMLSelectElement).value).toBe('mp-production');
    expect(formInput('Merchant VAT').value).toBe('DK13585628');
    expect((screen.getByRole('radio', { name: 'Raw' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Send x-ibm-client-id header' }) as HTMLInputElement).checked).toBe(
      true,
    );
    const secret = formInput('Client secret');
    expect(secret.value).toBe('');
    expect(secret.placeholder).toBe(`Saved secret sha256:${fakeFingerprint(SECRET)}… will be used`);
    fireEvent.click(requestButton());
    // Production asks first (once per run).
    const confirm = screen.getByRole('dialog', { name: 'Send these credentials to MobilePay Production?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    const sent = api.callsTo('token:request')[0] as Record<string, unknown>;
    expect(sent).toEqual({
      environment: 'mp-production',
      profileId: 'prod',
      clientId: 'prod-client',
      merchantVat: 'DK13585628',
      basicEncoding: 'raw',
      sendIbmClientId: true,
    });
    expect(sent).not.toHaveProperty('clientSecret');
  });

  it('uses a typed secret for one request only, then the saved one again', async () => {
    const { api } = await setup('local');
    await waitFor(() => expect(radio('Local demo').checked).toBe(true));
    fireEvent.change(formInput('Client secret'), { target: { value: 'typed-override' } });
    expect(formInput('Client secret').value).toBe('typed-override');
    expect(document.body.innerHTML).not.toContain('typed-override');
    fireEvent.click(requestButton());
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    expect(api.callsTo('token:request')[0]).toMatchObject({ clientSecret: 'typed-override' });
    expect(api.callsTo('token:request')[0]).not.toHaveProperty('profileId');
    expect(formInput('Client secret').value).toBe('');
    await waitFor(() => expect(requestButton().disabled).toBe(false));
    fireEvent.click(requestButton());
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(2));
    expect(api.callsTo('token:request')[1]).toMatchObject({ profileId: 'local' });
  });

  it('selects the last used profile on start, before the app is ready', async () => {
    await setup('prod');
    expect(radio('Shop production').checked).toBe(true);
    expect(formInput('Client ID').value).toBe('prod-client');
    expect(screen.getByRole('group', { name: 'Profile Shop production' })).toBeTruthy();
  });

  it('goes back to ad hoc: a typed secret is needed again and the secret field starts empty', async () => {
    const { api } = await setup('local');
    fireEvent.click(radio('Ad-hoc (no profile)'));
    await waitFor(() => expect(formInput('Client secret').placeholder).toBe(''));
    expect(requestButton().disabled).toBe(true);
    expect(screen.getByRole('list', { name: 'Why Request token is blocked' }).textContent).toContain(
      'Client secret is empty.',
    );
    fireEvent.change(formInput('Client secret'), { target: { value: 'ad-hoc-secret' } });
    fireEvent.click(requestButton());
    await waitFor(() => expect(api.callsTo('token:request')[0]).toMatchObject({ clientSecret: 'ad-hoc-secret' }));
    expect(formInput('Client secret').value).toBe('ad-hoc-secret');
  });

  it('blocks sending for a profile whose secret needs re-entry and offers Re-enter secret', async () => {
    const broken = profileFixture('old', { name: 'Old laptop', secret: { state: 'needs-reentry' } });
    const fake = fakeProfiles({ profiles: [broken], selectedId: 'old' });
    const { api } = await renderConsole(fake.handlers);
    expect(screen.getByText('secret needs re-entry')).toBeTruthy();
    expect(formInput('Client secret').placeholder).toBe('Saved secret needs re-entry: type it here');
    expect(requestButton().disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Re-enter secret' }));
    const dialog = screen.getByRole('dialog', { name: 'Re-enter secret' });
    fireEvent.change(within(dialog).getByLabelText('New client secret'), { target: { value: 'fresh-secret' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save secret' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('profiles:update')).toEqual([{ id: 'old', patch: { clientSecret: 'fresh-secret' } }]);
    expect(screen.getByText(`secret sha256:${fakeFingerprint('fresh-secret')}…, 12 chars`)).toBeTruthy();
    expect(requestButton().disabled).toBe(false);
  });
});
