import { MERCHANT_VAT_PATTERN } from '../../../shared/domain/vat';

/** How many recently used merchant VATs the picker offers. */
const RECENT_VAT_LIMIT = 5;

/** Newest first, each VAT once, only well-formed ones, at most RECENT_VAT_LIMIT. */
export function mergeRecentVats(newestFirst: readonly (string | undefined)[], limit = RECENT_VAT_LIMIT): string[] {
  const seen = new Set<string>();
  for (const vat of newestFirst) {
    if (seen.size >= limit) break;
    if (vat !== undefined && MERCHANT_VAT_PATTERN.test(vat)) seen.add(vat);
  }
  return [...seen];
}
