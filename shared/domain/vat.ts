import { classifyCharacter } from './character-classes';

/** Merchant VAT numbers as MobilePay takes them: DK (CVR) or FI (Y-tunnus) + 8 digits (DOMAIN.md §6). */
export const MERCHANT_VAT_PATTERN = /^(DK|FI)[0-9]{8}$/;

export type VatCheck =
  | { status: 'empty' }
  | { status: 'malformed'; message: string }
  | { status: 'valid'; country: 'DK' | 'FI' }
  | { status: 'checksum-warning'; country: 'DK' | 'FI'; message: string };

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];
const YTUNNUS_WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

function digitsOf(text: string): number[] {
  return [...text].map(Number);
}

function isValidCvr(digits: string): boolean {
  const sum = digitsOf(digits).reduce((acc, d, i) => acc + d * (CVR_WEIGHTS[i] ?? 0), 0);
  return sum % 11 === 0;
}

function isValidYTunnus(digits: string): boolean {
  const all = digitsOf(digits);
  const sum = all.slice(0, 7).reduce((acc, d, i) => acc + d * (YTUNNUS_WEIGHTS[i] ?? 0), 0);
  const r = sum % 11;
  if (r === 1) return false;
  const check = r === 0 ? 0 : 11 - r;
  return all[7] === check;
}

/** Format errors block sending; a failed checksum only warns (MobilePay's own test VATs fail it). */
export function checkMerchantVat(input: string): VatCheck {
  const value = input.trim();
  if (value === '') return { status: 'empty' };
  if (!MERCHANT_VAT_PATTERN.test(value)) {
    return { status: 'malformed', message: describeMalformedVat(value) };
  }
  const country = value.slice(0, 2) as 'DK' | 'FI';
  const digits = value.slice(2);
  if (country === 'DK' && !isValidCvr(digits)) {
    return {
      status: 'checksum-warning',
      country,
      message:
        'The CVR checksum does not add up. MobilePay test numbers often fail it, so the request is still allowed.',
    };
  }
  if (country === 'FI' && !isValidYTunnus(digits)) {
    return {
      status: 'checksum-warning',
      country,
      message:
        'The Y-tunnus check digit does not match. MobilePay test numbers often fail it, so the request is still allowed.',
    };
  }
  return { status: 'valid', country };
}

/** Characters that show as nothing at all (a non-breaking space still looks like a space). */
const UNSEEN: ReadonlySet<string> = new Set(['zero-width', 'invisible', 'control']);

function describeMalformedVat(value: string): string {
  // Pasted from a document or a chat: a character that shows as nothing is the likeliest thing wrong, so name it.
  const classes = [...value].map(classifyCharacter);
  const hiddenAt = classes.findIndex((info) => info !== undefined && UNSEEN.has(info.kind));
  if (hiddenAt >= 0) {
    return `There is a character in it you cannot see (a ${classes[hiddenAt]?.name} at position ${hiddenAt + 1}): delete the number and type it again.`;
  }
  const upper = value.toUpperCase();
  if (upper !== value && MERCHANT_VAT_PATTERN.test(upper))
    return 'Use capital letters for the country prefix (DK or FI).';
  if (/^(DK|FI)/i.test(value) && value.includes('-'))
    return 'Leave out the dash: DK or FI followed by 8 digits, e.g. DK12345678.';
  const compact = value.replace(/[\s.]/g, '');
  if (compact !== value && MERCHANT_VAT_PATTERN.test(compact.toUpperCase())) {
    return 'Leave out the spaces and dots: DK or FI followed by 8 digits, e.g. DK12345678.';
  }
  if (/^[0-9]{8}$/.test(value)) return 'Add the country prefix: DK or FI followed by the 8 digits.';
  if (!/^(DK|FI)/.test(value)) return 'A merchant VAT starts with DK or FI, e.g. DK12345678.';
  return 'A merchant VAT is DK or FI followed by exactly 8 digits, e.g. DK12345678.';
}
