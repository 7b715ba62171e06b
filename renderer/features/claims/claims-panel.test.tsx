// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_MEANINGS } from '../../../shared/domain/claims';
import type { VerificationResult } from '../../../shared/domain/verification';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { tokenAttempt } from '../../test-support/attempts';
import type { FakeHandlers } from '../../test-support/fake-api';
import { formInput, renderConsole, showResultTab } from '../../test-support/render-console';

afterEach(cleanup);

async function requestWith(attempt: TokenAttempt, handlers: FakeHandlers = {}, vat = 'DK13585628') {
  const rendered = await renderConsole({ 'token:request': () => ({ ok: true, value: attempt }), ...handlers });
  fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
  fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
  fireEvent.change(formInput('Merchant VAT'), { target: { value: vat } });
  fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
  showResultTab('Token');
  await screen.findByRole('region', { name: 'Token' });
  return rendered;
}

const signature = () => screen.getByRole('region', { name: 'Signature' });
const checks = () => screen.getByRole('region', { name: 'Consistency checks' });
const row = (table: string, name: string) =>
  within(screen.getByRole('table', { name: table }))
    .getByRole('rowheader', { name })
    .closest('tr') as HTMLElement;

const result = (status: VerificationResult['status'], message: string): VerificationResult => ({
  status,
  message,
  kid: 'ABCDEF0123',
  alg: 'RS256',
  jwksUri: 'http://127.0.0.1:54321/integrator-authentication/.well-known/openid-configuration/jwks',
  checkedAt: '2026-01-01T00:00:00.000Z',
});

describe('claims panel', () => {
  it('verifies the signature right after a token arrives and names the key and where it came from', async () => {
    const { api } = await requestWith(tokenAttempt(Date.now(), { id: 'fresh-1' }));
    await waitFor(() => expect(api.callsTo('token:verify')).toEqual([{ attemptId: 'fresh-1' }]));
    await waitFor(() =>
      expect(signature().textContent).toContain(
        'Signature valid — key ABCDEF0123 from http://127.0.0.1:54321/integrator-authentication/.well-known/openid-configuration/jwks',
      ),
    );
    fireEvent.click(within(signature()).getByRole('button', { name: 'Verify again' }));
    await waitFor(() => expect(api.callsTo('token:verify')).toHaveLength(2));
  });

  it.each([
    ['bad-signature', 'Bad signature'],
    ['key-not-found', 'Key not found'],
    ['alg-not-allowed', 'Algorithm not allowed'],
    ['keys-unreachable', 'Keys unreachable'],
  ] as const)('shows %s with its label and message, and the claims still decoded', async (status, label) => {
    await requestWith(tokenAttempt(Date.now()), {
      'token:verify': () => ({ ok: true, value: result(status, `What to do about ${status}.`) }),
    });
    await waitFor(() => expect(signature().textContent).toContain(label));
    expect(signature().textContent).toContain(`What to do about ${status}.`);
    expect(row('Claims', 'client_id').textContent).toContain('demo-client-1');
  });

  it('says when the check could not run (e.g. the token is no longer held)', async () => {
    await requestWith(tokenAttempt(Date.now()), {
      'token:verify': () => ({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'This token is no longer held in memory.' },
      }),
    });
    await waitFor(() =>
      expect(signature().textContent).toContain(
        'The signature could not be checked: This token is no longer held in memory.',
      ),
    );
  });

  it('gives every known claim its meaning, shows unknown ones verbatim, and times as local + relative', async () => {
    const attempt = tokenAttempt(Date.now());
    attempt.token!.claims.vendor_flag = { beta: true };
    await requestWith(attempt);
    expect(row('Claims', 'merchant_vat').textContent).toContain(CLAIM_MEANINGS.merchant_vat);
    expect(row('Claims', 'vendor_flag').textContent).toContain('{"beta":true}');
    expect(row('Claims', 'vendor_flag').textContent).toContain('Not one this console knows');
    expect(row('Claims', 'exp').textContent).toMatch(/in 1 h 2 min/);
    expect(row('Header', 'kid').textContent).toContain('Key id');
  });

  it('lists the consistency checks with their status words', async () => {
    await requestWith(
      tokenAttempt(Date.now(), {
        merchantVat: 'DK13585628',
        lifetimeSeconds: 3700,
        expiresIn: 3600,
        clockSkewMs: 120_000,
      }),
      {},
      'DK13585628',
    );
    const items = within(checks())
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toContain('✓OK: Bound to DK13585628, the VAT asked for.');
    expect(items).toContain('⚠Warning: exp − iat is 3700 s but expires_in says 3600 s; the countdown follows exp.');
    expect(items.some((text) => text?.startsWith('✓OK: The scope is integrator_scope'))).toBe(true);
    expect(items.some((text) => text?.startsWith("⚠Warning: This computer's clock is 120 s behind"))).toBe(true);
  });

  it('flags a token bound to another VAT than the one asked for as an error', async () => {
    const attempt = tokenAttempt(Date.now(), { merchantVat: 'DK13585628' });
    await requestWith({ ...attempt, merchantVat: 'FI20774740' }, {}, 'FI20774740');
    expect(
      within(checks()).getByText('FI20774740 was asked for, but the token is bound to DK13585628.').closest('li')
        ?.className,
    ).toContain('check-error');
  });
});
