import { describe, expect, it } from 'vitest';
import type { TokenRequestInput } from '../../../shared/ipc/schemas';
import { profileRefusal, type ProfileBinding } from './profile-binding';

// The error main gives (electron/handlers/profile-binding.ts): code FORBIDDEN, a message the renderer does not parse.
const FORBIDDEN = { code: 'FORBIDDEN', message: 'The saved secret of profile "Shop" is only sent to …' } as const;
const shop: ProfileBinding = {
  name: 'Shop',
  environment: 'custom',
  customTokenUrl: 'https://auth.example.com/connect/token',
  clientId: 'shop-client',
};
const sent = (patch: Partial<TokenRequestInput>): TokenRequestInput => ({
  environment: 'custom',
  customTokenUrl: 'https://auth.example.com/connect/token',
  clientId: 'shop-client',
  basicEncoding: 'form',
  sendIbmClientId: false,
  profileId: 'p1',
  ...patch,
});

describe('a refused saved secret, said as what to do', () => {
  it.each([
    [{ environment: 'local' } as const, 'This request goes to Local sandbox, and the profile to Custom "Shop"'],
    [
      { customTokenUrl: 'https://elsewhere.example.com/token' },
      'This request has another Token endpoint URL than the profile "Shop"',
    ],
    [{ clientId: 'intruder-client' }, 'This request has another Client ID than the profile "Shop"'],
    [{}, 'This request no longer matches profile "Shop"'],
  ])('%o', (patch, start) => {
    const error = profileRefusal(FORBIDDEN, sent(patch), shop);
    expect(error.context).toBe('profile');
    expect(error.message.startsWith(start)).toBe(true);
    expect(error.message).toContain(
      'Save the profile again (Edit) with these values, or type the secret again in Client secret',
    );
    // Never the values themselves: a presented screen shows this message.
    for (const value of ['intruder-client', 'elsewhere.example.com', 'shop-client'])
      expect(error.message).not.toContain(value);
  });

  it('leaves other refusals, and requests with a typed secret, as main said them', () => {
    expect(profileRefusal({ code: 'NETWORK', message: 'Down.' }, sent({}), shop)).toEqual({
      code: 'NETWORK',
      message: 'Down.',
      context: 'request',
    });
    const { profileId: _none, ...typed } = sent({ clientSecret: 'typed' });
    expect(profileRefusal(FORBIDDEN, typed, shop)).toEqual({ ...FORBIDDEN, context: 'request' });
  });
});
