import { DEMO_MERCHANTS } from './pos-demo-data';
import type { DemoMerchant, DemoPointOfSale, DemoStore } from './pos-demo-data';

export { DEMO_MERCHANTS } from './pos-demo-data';
export type { DemoMerchant, DemoPointOfSale, DemoStore } from './pos-demo-data';

/** Lookups over the demo merchants; ids compare case-insensitively, as GUIDs do. */
export function merchantByVat(merchantVat: string): DemoMerchant | undefined {
  return DEMO_MERCHANTS.find((merchant) => merchant.merchantVat === merchantVat);
}

/** A store by id, with the VAT of the merchant that owns it. */
export function findStore(storeId: string): { store: DemoStore; ownerVat: string } | undefined {
  for (const merchant of DEMO_MERCHANTS) {
    const found = merchant.stores.find((candidate) => candidate.storeId === storeId.toLowerCase());
    if (found) return { store: found, ownerVat: merchant.merchantVat };
  }
  return undefined;
}

export function findPointOfSale(posId: string): { pos: DemoPointOfSale; ownerVat: string } | undefined {
  for (const merchant of DEMO_MERCHANTS) {
    const found = merchant.pointsOfSale.find((candidate) => candidate.posId === posId.toLowerCase());
    if (found) return { pos: found, ownerVat: merchant.merchantVat };
  }
  return undefined;
}
