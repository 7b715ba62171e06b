import type { SavedMerchant } from '../../shared/domain/profile';
import type { SavedMerchantsControl } from '../features/token/saved-merchants';
import type { ProfilesStore } from '../features/profiles/use-profiles-store';

/** A profile's merchants, saved through the profiles store (a new one is appended). */
export function savedMerchantsControl(
  profiles: ProfilesStore,
  profileId: string,
  list: readonly SavedMerchant[],
): SavedMerchantsControl {
  return {
    list,
    save: async (name, vat) => {
      const result = await profiles.getState().update(profileId, { merchants: [...list, { name, vat }] });
      return result.ok ? undefined : result.error.message;
    },
  };
}
