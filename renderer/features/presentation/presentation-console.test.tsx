// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { tokenAttempt } from '../../test-support/attempts';
import { findingFixture, posAttemptFixture } from '../../test-support/diagnosis-fixtures';
import { fakeFingerprint, fakeProfiles, profileFixture } from '../../test-support/fake-profiles';
import { fakeSettings } from '../../test-support/fake-settings';
import { formInput, showResultTab } from '../../test-support/render-console';
import { renderApp, resetDocument } from '../../test-support/render-app';

const CLIENT = 'demo-client-1';
const VAT = 'DK13585628';
const HEAD_PAYLOAD =
  'eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiJkZW1vLWNsaWVudC0xIiwibWVyY2hhbnRfdmF0IjoiREsxMzU4NTYyOCJ9';
const PROFILE_CLIENT = 'shop-client-4711';
const PROFILE_SECRET = 'profile-secret-value';
const REQUEST_FINGERPRINT = '1a2b3c4d';

/** A 200 as main returns it, with the id, VAT and token in every place main puts them. */
function attempt(): TokenAttempt {
  const base = tokenAttempt(Date.now(), { id: 'a1', merchantVat: VAT });
  const body = JSON.stringify({
    access_token: `${HEAD_PAYLOAD}.<signature hidden>`,
    expires_in: 3700,
    token_type: 'Bearer',
  });
  return {
    ...base,
    exchange: {
      ...base.exchange,
      request: {
        ...base.exchange.request,
        headers: [
          [
            'Authorization',
            `Basic <secret sha256:${REQUEST_FINGERPRINT}…, 15 chars> (client id ${CLIENT}, form-encoded)`,
          ],
        ],
      },
      response: { ...base.exchange.response!, body, size: body.length },
    },
    token: {
      ...base.token!,
      claims: { ...base.token!.claims, integrator_id: INTEGRATOR },
      redacted: `${HEAD_PAYLOAD}.<signature hidden>`,
    },
    findings: [
      findingFixture('invalid-client', {
        severity: 'info',
        cause: `The token names ${CLIENT}.`,
        evidence: [`merchant_vat ${VAT} was asked for.`],
      }),
    ],
  };
}

/** The integrator's own id (a claim): it names the customer as plainly as the client id does. */
const INTEGRATOR = '2a3a375f-e050-454f-8625-d4d90865183a';
const FORBIDDEN = [
  CLIENT,
  VAT,
  INTEGRATOR,
  HEAD_PAYLOAD,
  REQUEST_FINGERPRINT,
  PROFILE_CLIENT,
  PROFILE_SECRET,
  fakeFingerprint(PROFILE_SECRET),
];

function expectNothingFull(where: string, text: string) {
  for (const value of FORBIDDEN) expect(text.includes(value), `${value} in ${where}`).toBe(false);
}

let copied: string[];
beforeEach(() => {
  resetDocument();
  copied = [];
  vi.stubGlobal('navigator', {
    ...navigator,
    clipboard: { writeText: async (text: string) => void copied.push(text) },
  });
});
afterEach(() => {
  cleanup();
  resetDocument();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('presentation mode across the console', () => {
  it('masks ids, VATs, tokens and fingerprints in the markup, in copies and in exports', async () => {
    const downloads: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloads.push(blob as Blob);
      return 'blob:export';
    });
    const profiles = fakeProfiles({
      profiles: [profileFixture('p1', { clientId: PROFILE_CLIENT })],
      secrets: { p1: PROFILE_SECRET },
    });
    const { root } = await renderApp({
      ...fakeSettings({ presentationMode: true }).handlers,
      ...profiles.handlers,
      'token:request': () => ({ ok: true, value: attempt() }),
      'pos:call': () => ({
        ok: true,
        value: posAttemptFixture({
          findings: [findingFixture('clock-skew', { severity: 'info', cause: `Bound to ${VAT}.` })],
        }),
      }),
      'export:support-text': () => ({
        ok: true,
        value: { text: `Client ${CLIENT}, VAT ${VAT}, token ${HEAD_PAYLOAD}.<signature hidden>` },
      }),
      'export:har': () => ({
        ok: true,
        value: {
          json: JSON.stringify({
            log: {
              entries: [
                { request: { headers: [{ name: 'x-ibm-client-id', value: CLIENT }] }, postData: `merchant_vat=${VAT}` },
              ],
            },
          }),
          fileName: 'attempt.har',
        },
      }),
    });
    expectNothingFull('the page with a profile', root.innerHTML);

    fireEvent.click(screen.getByRole('button', { name: 'Use demo credentials' }));
    await waitFor(() => expect(formInput('Client ID').value).toBe(CLIENT));
    fireEvent.change(formInput('Merchant VAT'), { target: { value: VAT } });
    expect(formInput('Client ID').className).toContain('masked-text');
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
    showResultTab('Token');
    await screen.findByRole('region', { name: 'Token' });
    expectNothingFull('the page after a token', root.innerHTML);
    expect(screen.getByRole('button', { name: 'Copy token' })).toHaveProperty('disabled', true);

    showResultTab('Response');
    const response = screen.getByRole('region', { name: /^Response/ });
    for (const tab of ['Raw', /^Headers/, 'Raw request (redacted)']) {
      fireEvent.click(within(response).getByRole('tab', { name: tab }));
      expectNothingFull(`the ${String(tab)} view`, root.innerHTML);
    }
    fireEvent.click(within(response).getByRole('button', { name: 'Copy request' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toContain('client id dem••••••-1');

    showResultTab('Exports');
    fireEvent.click(screen.getByRole('button', { name: 'Copy for support' }));
    await waitFor(() => expect(copied).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Export HAR' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expectNothingFull('the support text', copied[1] ?? '');
    expectNothingFull('the HAR file', await downloads[0]!.text());

    showResultTab('PoS');
    fireEvent.click(screen.getByRole('button', { name: 'GET /stores' }));
    await screen.findByText('Findings for this call');
    expectNothingFull('the page after a PoS call', root.innerHTML);
  });

  it('shows the real values again when switched off', async () => {
    await renderApp({
      ...fakeSettings({ presentationMode: true }).handlers,
      'token:request': () => ({ ok: true, value: attempt() }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use demo credentials' }));
    await waitFor(() => expect(formInput('Client ID').value).toBe(CLIENT));
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
    showResultTab('Token');
    await screen.findByRole('region', { name: 'Token' });
    fireEvent.click(screen.getByRole('button', { name: 'Presentation mode' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Token' }).textContent).toContain(CLIENT));
    expect(formInput('Client ID').value).toBe(CLIENT);
    expect(formInput('Client ID').className).not.toContain('masked-text');
  });
});
