import { describe, expect, it } from 'vitest';
import { checkMerchantVat } from './vat';

describe('checkMerchantVat', () => {
  it.each([
    'DK13585628',
    'DK24256790',
    'DK27355021',
    'DK35408002',
    'DK30715063',
    'FI20774740',
    'FI13669598',
    'FI15728600',
  ])('%s is valid', (vat) => expect(checkMerchantVat(vat).status).toBe('valid'));

  it.each(['DK13585627', 'DK24256791', 'FI20774741', 'DK90000028', 'FI90000040', 'DK12345678'])(
    '%s has the right shape but fails the checksum: a warning, never a block',
    (vat) => expect(checkMerchantVat(vat).status).toBe('checksum-warning'),
  );

  it.each([
    ['DK-12345678', /dash/],
    ['DK 1358 5628', /spaces and dots/],
    ['FI 2077.4740', /spaces and dots/],
    ['dk12345678', /capital/],
    ['12345678', /prefix/],
    ['SE12345678', /starts with DK or FI/],
    ['DK1234567', /exactly 8 digits/],
    ['DK123456789', /exactly 8 digits/],
    ['DK1234567a', /exactly 8 digits/],
    ['DK13585628\u200B', /cannot see \(a zero-width space at position 11\)/],
    ['DK\u00AD13585628', /cannot see \(a soft hyphen at position 3\)/],
  ])('%s is malformed and explained', (vat, reason) => {
    const result = checkMerchantVat(vat);
    expect(result.status).toBe('malformed');
    expect(result.status === 'malformed' && result.message).toMatch(reason);
  });

  it('treats blank as no VAT (an unbound token)', () => {
    expect(checkMerchantVat('   ').status).toBe('empty');
  });
});
