// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeProfiles, profileFixture } from '../../test-support/fake-profiles';
import { formInput, renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const shop = profileFixture('shop', {
  name: 'Shop',
  clientId: 'shop-client',
  merchants: [{ name: 'Café Nord', vat: 'DK13585628' }],
});

describe('saved merchants', () => {
  it("offers the selected profile's merchants and saves the VAT in the field under a name", async () => {
    const fake = fakeProfiles({ profiles: [shop], secrets: { shop: 'stored-secret' }, selectedId: 'shop' });
    await renderConsole(fake.handlers);
    const vat = formInput('Merchant VAT');
    fireEvent.click(await screen.findByRole('button', { name: /Café Nord/ }));
    expect(vat.value).toBe('DK13585628');

    fireEvent.change(vat, { target: { value: 'FI20774740' } });
    fireEvent.change(screen.getByLabelText('Merchant name'), { target: { value: 'Kahvila' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save merchant' }));
    expect(await screen.findByRole('button', { name: /Kahvila/ })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save merchant' })).toBeNull());
  });

  it('offers nothing to save for ad-hoc credentials or a malformed VAT', async () => {
    const fake = fakeProfiles({ profiles: [shop], secrets: { shop: 'stored-secret' } });
    await renderConsole(fake.handlers);
    fireEvent.change(formInput('Merchant VAT'), { target: { value: 'DK13585628' } });
    expect(screen.queryByRole('button', { name: 'Save merchant' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Café Nord/ })).toBeNull();
  });
});
