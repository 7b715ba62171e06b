import type { Options } from 'conf';
import type { Profile } from '../../shared/domain/profile';

/**
 * Versions of the FILE formats (not of the app): conf records the last one applied in the file's `__internal__`
 * and runs every newer migration on open. Bump a version only together with a migration.
 *
 * 0.1.0 profiles had no `notes`; 0.2.0 requires it.
 */
export const PROFILES_FORMAT_VERSION = '0.2.0';
export const SETTINGS_FORMAT_VERSION = '0.1.0';

export type ProfilesData = { profiles: Profile[] };
export type SettingsData = {
  lastProfileId?: string;
  allowWeakEncryption: boolean;
  presentationMode?: boolean;
  welcomeSeen?: boolean;
};
/** conf exports no name for it; this is its `migrations` option. */
export type Migrations<T extends Record<string, unknown>> = NonNullable<Options<T>['migrations']>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const profileMigrations: Migrations<ProfilesData> = {
  '0.2.0': (store): void => {
    // Read as unknown: a migration sees the file before the schema has checked it.
    const profiles: unknown = store.get('profiles');
    if (!Array.isArray(profiles)) return;
    const migrated: unknown[] = profiles.map((profile) =>
      isRecord(profile) && typeof profile.notes !== 'string' ? { ...profile, notes: '' } : profile,
    );
    store.set('profiles', migrated as ProfilesData['profiles']);
  },
};
