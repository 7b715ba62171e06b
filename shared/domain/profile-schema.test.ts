import { describe, expect, it } from 'vitest';
import { describeDraftError, profileCreateSchema, profileDraftSchema, profilePatchSchema } from './profile-schema';

const valid = { name: 'Shop A', environment: 'mp-sandbox', clientId: 'client-1' };

describe('profileDraftSchema', () => {
  it.each([
    ['the minimum', valid],
    [
      'every field',
      {
        ...valid,
        customTokenUrl: 'https://x/connect/token',
        defaultMerchantVat: 'FI12345678',
        sendIbmClientId: true,
        basicEncoding: 'raw',
        notes: 'n',
      },
    ],
    [
      'a client id with invisible characters (shown by the import flow, not refused)',
      { ...valid, clientId: ' client-1\u200B ' },
    ],
  ])('accepts %s', (_label, input) => {
    expect(profileDraftSchema.safeParse(input).success).toBe(true);
  });

  it('trims the name', () => {
    expect(profileDraftSchema.parse({ ...valid, name: '  Shop A  ' }).name).toBe('Shop A');
  });

  it.each([
    ['no name', { environment: 'local', clientId: 'c' }, 'name'],
    ['a blank name', { ...valid, name: '   ' }, 'name: Give the profile a name.'],
    ['a long name', { ...valid, name: 'n'.repeat(101) }, 'name: Keep the name under 100 characters.'],
    ['an unknown environment', { ...valid, environment: 'staging' }, 'environment'],
    ['a blank client id', { ...valid, clientId: '  ' }, 'clientId: Client ID is empty.'],
    ['a huge client id', { ...valid, clientId: 'c'.repeat(1025) }, 'clientId: The client ID is too long.'],
    ['a lower-case VAT', { ...valid, defaultMerchantVat: 'dk12345678' }, 'defaultMerchantVat'],
    ['a VAT with a dash', { ...valid, defaultMerchantVat: 'DK-12345678' }, 'defaultMerchantVat'],
    ['a number as client id', { ...valid, clientId: 42 }, 'clientId'],
    ['a string flag', { ...valid, sendIbmClientId: 'yes' }, 'sendIbmClientId'],
    ['an unknown encoding', { ...valid, basicEncoding: 'base64' }, 'basicEncoding'],
    ['a huge URL', { ...valid, customTokenUrl: `https://${'a'.repeat(2048)}` }, 'customTokenUrl'],
    ['long notes', { ...valid, notes: 'x'.repeat(4001) }, 'notes'],
    ['a secret (not a draft field)', { ...valid, clientSecret: 's' }, 'Unrecognized key: "clientSecret"'],
    ['an id (assigned by main)', { ...valid, id: 'x' }, 'Unrecognized key'],
    [
      'a __proto__ key',
      JSON.parse('{"name":"a","environment":"local","clientId":"c","__proto__":{}}'),
      'Unrecognized key: "__proto__"',
    ],
    ['an array', [valid], 'expected object'],
    ['null', null, 'expected object'],
  ])('refuses %s', (_label, input, message) => {
    const parsed = profileDraftSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeDraftError(parsed.error)).toContain(message);
  });
});

describe('create and patch schemas', () => {
  it('create takes an optional secret, never an empty one', () => {
    expect(profileCreateSchema.safeParse({ ...valid, clientSecret: 's' }).success).toBe(true);
    expect(profileCreateSchema.safeParse(valid).success).toBe(true);
    expect(profileCreateSchema.safeParse({ ...valid, clientSecret: '' }).success).toBe(false);
    expect(profileCreateSchema.safeParse({ ...valid, clientSecret: 's'.repeat(4097) }).success).toBe(false);
  });

  it('patch takes any subset, null to clear, and stays strict', () => {
    expect(profilePatchSchema.parse({})).toEqual({});
    expect(profilePatchSchema.parse({ defaultMerchantVat: null, customTokenUrl: null })).toEqual({
      defaultMerchantVat: null,
      customTokenUrl: null,
    });
    expect(profilePatchSchema.safeParse({ name: null }).success).toBe(false);
    expect(profilePatchSchema.safeParse({ createdAt: 'x' }).success).toBe(false);
    expect(profilePatchSchema.safeParse({ defaultMerchantVat: 'DK1' }).success).toBe(false);
  });
});
