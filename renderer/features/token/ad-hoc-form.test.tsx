// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeProfiles, profileFixture } from '../../test-support/fake-profiles';
import { fakeSettings } from '../../test-support/fake-settings';
import { renderApp, resetDocument } from '../../test-support/render-app';
import { formInput, renderConsole } from '../../test-support/render-console';
import { AD_HOC_DRAFT_KEY } from './ad-hoc-draft';

// The draft lives in this window's sessionStorage, which every test in the file shares: each starts without one.
beforeEach(() => {
  resetDocument();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  resetDocument();
  sessionStorage.clear();
});

const SECRET = 'ad-hoc-secret-value';
const environment = () => screen.getByRole('combobox', { name: 'Environment' }) as HTMLSelectElement;
const checked = (role: 'radio' | 'checkbox', name: string) =>
  (screen.getByRole(role, { name }) as HTMLInputElement).checked;
const type = (name: string, value: string) => fireEvent.change(formInput(name), { target: { value } });

/** The ad-hoc fields the review filled in, and a typed secret. */
function fillAdHoc(env: string, extra: () => void = () => undefined) {
  fireEvent.change(environment(), { target: { value: env } });
  extra();
  type('Client ID', 'ad-hoc-client');
  type('Client secret', SECRET);
  type('Merchant VAT', 'DK13585628');
  fireEvent.click(screen.getByRole('radio', { name: 'Raw' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Send x-ibm-client-id header' }));
}

function expectAdHocFields(env: string) {
  expect(environment().value).toBe(env);
  expect(formInput('Client ID').value).toBe('ad-hoc-client');
  expect(formInput('Merchant VAT').value).toBe('DK13585628');
  expect(checked('radio', 'Raw')).toBe(true);
  expect(checked('checkbox', 'Send x-ibm-client-id header')).toBe(true);
}

/** Every value in both of the window's storages, to look for what must never be there. */
function everythingStored(): string {
  return [sessionStorage, localStorage]
    .flatMap((storage) =>
      Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) ?? '')}`),
    )
    .join('\n');
}

describe('the ad-hoc form', () => {
  it('gets its fields back after a profile was selected, but not the typed secret', async () => {
    const shop = profileFixture('shop', { name: 'Shop sandbox', clientId: 'shop-client', basicEncoding: 'form' });
    await renderConsole(fakeProfiles({ profiles: [shop] }).handlers);
    fillAdHoc('local-production');

    fireEvent.click(screen.getByRole('radio', { name: 'Shop sandbox' }));
    await waitFor(() => expect(formInput('Client ID').value).toBe('shop-client'));
    expect(environment().value).toBe('local');
    expect(checked('radio', 'Raw')).toBe(false);

    fireEvent.click(screen.getByRole('radio', { name: 'Ad-hoc (no profile)' }));
    await waitFor(() => expect(formInput('Client ID').value).toBe('ad-hoc-client'));
    expectAdHocFields('local-production');
    // Nothing typed for one selection goes with another: the secret field starts empty.
    expect(formInput('Client secret').value).toBe('');
  });

  it('survives a reload of the window (a new console on the same storage), without the secret', async () => {
    await renderConsole();
    fillAdHoc('custom', () => type('Token endpoint URL', 'https://auth.example.com/connect/token'));
    window.dispatchEvent(new Event('pagehide'));
    cleanup();

    expect(sessionStorage.getItem(AD_HOC_DRAFT_KEY)).toContain('ad-hoc-client');
    expect(everythingStored()).not.toContain(SECRET);

    await renderConsole();
    expectAdHocFields('custom');
    expect(formInput('Token endpoint URL').value).toBe('https://auth.example.com/connect/token');
    expect(formInput('Client secret').value).toBe('');
  });

  it('starts from the defaults when the saved draft is not JSON', async () => {
    sessionStorage.setItem(AD_HOC_DRAFT_KEY, '{"clientId": "half-writ');
    await renderConsole();
    expect(environment().value).toBe('local');
    expect(formInput('Client ID').value).toBe('');
  });

  it('keeps a restored client id and VAT masked in presentation mode', async () => {
    sessionStorage.setItem(
      AD_HOC_DRAFT_KEY,
      JSON.stringify({
        environmentId: 'local',
        clientId: 'restored-client-77',
        merchantVat: 'DK13585628',
        basicEncoding: 'raw',
      }),
    );
    const { root } = await renderApp(fakeSettings({ presentationMode: true }).handlers);
    expect(formInput('Client ID').value).toBe('restored-client-77');
    expect(formInput('Client ID').className).toContain('masked-text');
    expect(root.innerHTML).not.toContain('restored-client-77');
    expect(root.innerHTML).not.toContain('DK13585628');
  });
});
