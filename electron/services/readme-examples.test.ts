import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMerchantVat } from '../../shared/domain/vat';

/** Issue 11 item 7: a first-day request copied from the README must not earn a VAT finding. */
describe("README's example merchant VATs", () => {
  it('pass the CVR / Y-tunnus check digit', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const vats = [...readme.matchAll(/merchant_vat=((?:DK|FI)\d{8})/g)].map((match) => match[1] ?? '');
    expect(vats.length).toBeGreaterThan(0);
    for (const vat of vats) expect(checkMerchantVat(vat).status, vat).toBe('valid');
  });
});
