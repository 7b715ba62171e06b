import type { Schema } from 'conf';
import { join } from 'node:path';
import { ENVIRONMENT_IDS } from '../../shared/domain/environments';
import { PROFILE_LIMITS, type Profile } from '../../shared/domain/profile';
import type { SetAsideRecord } from '../../shared/domain/set-aside';
import { MERCHANT_VAT_PATTERN } from '../../shared/domain/vat';
import type { StoreNotice } from '../../shared/domain/vault';
import { PRIVATE_FILE_MODE } from './atomic-file';
import { profileMigrations, PROFILES_FORMAT_VERSION, type ProfilesData } from './profile-migrations';
import { screenProfiles } from './profile-records';
import { describeWhy } from './store-file';
import { confStore, type StoreFactory } from './store-factory';
import { openStore, type StoreMessages } from './store-open';

/**
 * Profile metadata (profiles.json) through `conf`: JSON schema, defaults, migrations, atomic writes. No secret is
 * ever stored here. Each profile is checked on its own at start (one bad record is set aside, not the file); a file
 * that cannot be read or is far too large is moved aside, never deleted, and the other files are left alone.
 */

/** About 14 kB is the largest profile the form allows; 16 MB holds over a thousand of those. */
const MAX_PROFILES_BYTES = 16 * 1024 * 1024;

export interface ProfileStore {
  list(): Profile[];
  get(id: string): Profile | undefined;
  /** Inserts, or replaces the profile with the same id in place. */
  put(profile: Profile): void;
  remove(id: string): boolean;
  /** The profiles left out at start, and why. */
  setAside(): SetAsideRecord[];
  /** The name of the copy of profiles.json as it was, kept beside it when profiles were set aside. */
  setAsideKeptAs(): string | undefined;
  /** Returns the pending notices (a corrupt file moved aside, profiles set aside) once, then forgets them. */
  notices(): StoreNotice[];
}

export interface ProfileStoreOptions {
  dir: string;
  now?: () => number;
  createStore?: StoreFactory;
}

const stringOf = (maxLength: number, minLength = 0) => ({ type: 'string', minLength, maxLength }) as const;

const profileJsonSchema: Schema<ProfilesData> = {
  profiles: {
    type: 'array',
    items: {
      type: 'object',
      required: [
        'id',
        'name',
        'environment',
        'clientId',
        'sendIbmClientId',
        'basicEncoding',
        'notes',
        'createdAt',
        'updatedAt',
      ],
      properties: {
        id: { type: 'string', format: 'uuid' },
        name: stringOf(PROFILE_LIMITS.name, 1),
        environment: { enum: [...ENVIRONMENT_IDS] },
        customTokenUrl: stringOf(PROFILE_LIMITS.customTokenUrl),
        clientId: stringOf(PROFILE_LIMITS.clientId, 1),
        defaultMerchantVat: { type: 'string', pattern: MERCHANT_VAT_PATTERN.source },
        sendIbmClientId: { type: 'boolean' },
        basicEncoding: { enum: ['form', 'raw'] },
        notes: stringOf(PROFILE_LIMITS.notes),
        merchants: {
          type: 'array',
          maxItems: PROFILE_LIMITS.merchants,
          items: {
            type: 'object',
            required: ['name', 'vat'],
            properties: {
              name: stringOf(PROFILE_LIMITS.name, 1),
              vat: { type: 'string', pattern: '^(DK|FI)[0-9]{8}$' },
            },
          },
        },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
      },
    },
  },
};

/** Only the known fields, so nothing hand-added to the file (a secret, say) reaches the renderer. */
function pickProfile(stored: Profile): Profile {
  const {
    id,
    name,
    environment,
    customTokenUrl,
    clientId,
    defaultMerchantVat,
    sendIbmClientId,
    basicEncoding,
    notes,
    createdAt,
    updatedAt,
  } = stored;
  // Files written before merchants existed have none.
  const merchants = Array.isArray(stored.merchants)
    ? stored.merchants.map(({ name: merchant, vat }) => ({ name: merchant, vat }))
    : [];
  const profile: Profile = {
    id,
    name,
    environment,
    clientId,
    sendIbmClientId,
    basicEncoding,
    notes,
    merchants,
    createdAt,
    updatedAt,
  };
  if (customTokenUrl !== undefined) profile.customTokenUrl = customTokenUrl;
  if (defaultMerchantVat !== undefined) profile.defaultMerchantVat = defaultMerchantVat;
  return profile;
}

/** The records that pass stay; the others are reported (profile-records.ts). */
function screen(data: Record<string, unknown>): { data: Record<string, unknown>; setAside: SetAsideRecord[] } {
  if (!Array.isArray(data.profiles)) return { data, setAside: [] };
  const { kept, setAside } = screenProfiles(data.profiles);
  return { data: { ...data, profiles: kept }, setAside };
}

const plural = (count: number) => (count === 1 ? '1 profile' : `${count} profiles`);

const MESSAGES: StoreMessages = {
  setAsideFile: (why, movedTo) =>
    `Your profiles file ${describeWhy(why, 'a profiles file')}, so it was moved aside as ${movedTo} and the app started without profiles. Settings and saved client secrets are not affected.`,
  corrupt: (movedTo) =>
    `Your profiles could not be read, so the file was moved aside as ${movedTo} and the app started without profiles. Settings and saved client secrets are not affected.`,
  screened: (setAside, copy) =>
    `${plural(setAside.length)} could not be read and ${setAside.length === 1 ? 'was' : 'were'} set aside (${setAside.map((item) => `${item.name ? `"${item.name}": ` : ''}${item.reason}`).join('; ')}). The others are here; the file as it was is kept as ${copy}.`,
};

export function openProfileStore(options: ProfileStoreOptions): ProfileStore {
  const pending: StoreNotice[] = [];
  const {
    store: profiles,
    setAside,
    keptAs,
  } = openStore<ProfilesData>({
    path: join(options.dir, 'profiles.json'),
    source: 'profiles',
    maxBytes: MAX_PROFILES_BYTES,
    now: options.now ?? Date.now,
    make: () =>
      (options.createStore ?? confStore)<ProfilesData>({
        cwd: options.dir,
        configName: 'profiles',
        accessPropertiesByDotNotation: false,
        configFileMode: PRIVATE_FILE_MODE,
        clearInvalidConfig: false,
        schema: profileJsonSchema,
        defaults: { profiles: [] },
        projectVersion: PROFILES_FORMAT_VERSION,
        migrations: profileMigrations,
      }),
    screen,
    messages: MESSAGES,
    notices: pending,
  });

  const list = () => profiles.get('profiles').map(pickProfile);
  return {
    list,
    get: (id) => list().find((profile) => profile.id === id),
    put: (profile) => {
      const all = list();
      const at = all.findIndex((existing) => existing.id === profile.id);
      if (at === -1) all.push(pickProfile(profile));
      else all[at] = pickProfile(profile);
      profiles.set('profiles', all);
    },
    remove: (id) => {
      const all = list();
      const kept = all.filter((profile) => profile.id !== id);
      if (kept.length === all.length) return false;
      profiles.set('profiles', kept);
      return true;
    },
    setAside: () => setAside.map((item) => ({ ...item })),
    setAsideKeptAs: () => keptAs,
    notices: () => pending.splice(0, pending.length),
  };
}
