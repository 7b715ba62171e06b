import Conf, { type Options, type Schema } from 'conf';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENVIRONMENT_IDS } from '../../shared/domain/environments';
import { PROFILE_LIMITS, type Profile, type ProfileSettings } from '../../shared/domain/profile';
import { MERCHANT_VAT_PATTERN } from '../../shared/domain/vat';
import type { StoreNotice } from '../../shared/domain/vault';
import { moveAsideCorrupt, PRIVATE_FILE_MODE, writeFileAtomic } from './atomic-file';
import {
  profileMigrations,
  PROFILES_FORMAT_VERSION,
  SETTINGS_FORMAT_VERSION,
  type Migrations,
  type ProfilesData,
  type SettingsData,
} from './profile-migrations';

export { profileDraftSchema, profileCreateSchema, profilePatchSchema } from '../../shared/domain/profile-schema';

/**
 * Profile metadata (profiles.json) and settings (settings.json) through `conf`: JSON schema, defaults, migrations,
 * atomic writes. No secret is ever stored here. A file that cannot be read is moved aside, never deleted, and the
 * other files are left alone.
 */
export type { ProfilesData, SettingsData };
export type SettingsPatch = { lastProfileId?: string | null; allowWeakEncryption?: boolean; presentationMode?: boolean; welcomeSeen?: boolean };

export interface ProfileStore {
  list(): Profile[];
  get(id: string): Profile | undefined;
  /** Inserts, or replaces the profile with the same id in place. */
  put(profile: Profile): void;
  remove(id: string): boolean;
  settings(): ProfileSettings;
  updateSettings(patch: SettingsPatch): ProfileSettings;
  /** Returns the pending notices (a corrupt file moved aside) once, then forgets them. */
  notices(): StoreNotice[];
}

/** Makes one JSON store: `conf` by default (tests, the preview); the app passes electron-store, a Conf subclass. */
export type StoreFactory = <T extends Record<string, unknown>>(options: Options<T>) => Conf<T>;
const confStore: StoreFactory = (options) => new Conf(options);

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
      required: ['id', 'name', 'environment', 'clientId', 'sendIbmClientId', 'basicEncoding', 'notes', 'createdAt', 'updatedAt'],
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
          items: { type: 'object', required: ['name', 'vat'], properties: { name: stringOf(PROFILE_LIMITS.name, 1), vat: { type: 'string', pattern: '^(DK|FI)[0-9]{8}$' } } },
        },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
      },
    },
  },
};

const settingsJsonSchema: Schema<SettingsData> = {
  lastProfileId: stringOf(100, 1),
  allowWeakEncryption: { type: 'boolean' },
  presentationMode: { type: 'boolean' },
  welcomeSeen: { type: 'boolean' },
};

/** Only the known fields, so nothing hand-added to the file (a secret, say) reaches the renderer. */
function pickProfile(stored: Profile): Profile {
  const { id, name, environment, customTokenUrl, clientId, defaultMerchantVat, sendIbmClientId, basicEncoding, notes, createdAt, updatedAt } = stored;
  // Files written before merchants existed have none.
  const merchants = Array.isArray(stored.merchants) ? stored.merchants.map(({ name: merchant, vat }) => ({ name: merchant, vat })) : [];
  const profile: Profile = { id, name, environment, clientId, sendIbmClientId, basicEncoding, notes, merchants, createdAt, updatedAt };
  if (customTokenUrl !== undefined) profile.customTokenUrl = customTokenUrl;
  if (defaultMerchantVat !== undefined) profile.defaultMerchantVat = defaultMerchantVat;
  return profile;
}

const isCorruption = (error: unknown): boolean =>
  error instanceof SyntaxError ||
  (error instanceof Error && /^(Config schema violation|Something went wrong during the migration|Not a JSON object)/.test(error.message));

/** conf would quietly turn a file holding `[]` or `"x"` into `{}`; that is corruption too. */
function assertJsonObject(original: Buffer | undefined): void {
  if (original === undefined) return;
  const parsed: unknown = JSON.parse(original.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('Not a JSON object');
}

/**
 * conf writes defaults and migrations into the file before it validates the result, so the bytes read before
 * opening are what goes aside: the user gets back exactly the file they had.
 */
function openRecovering<T extends Record<string, unknown>>(path: string, make: () => Conf<T>, onMovedAside: (movedTo: string) => void, now: () => number): Conf<T> {
  const original = existsSync(path) ? readFileSync(path) : undefined;
  try {
    assertJsonObject(original);
    return make();
  } catch (error) {
    if (!isCorruption(error) || original === undefined) throw error;
    const movedTo = moveAsideCorrupt(path, now());
    writeFileAtomic(join(dirname(path), movedTo), original);
    onMovedAside(movedTo);
    return make();
  }
}

const CORRUPT_MESSAGES = {
  profiles: (movedTo: string) =>
    `Your profiles could not be read, so the file was moved aside as ${movedTo} and the app started without profiles. Settings and saved client secrets are not affected.`,
  settings: (movedTo: string) =>
    `Your settings could not be read, so the file was moved aside as ${movedTo} and the defaults are used. Profiles and saved client secrets are not affected.`,
} as const;

export function openProfileStore(options: ProfileStoreOptions): ProfileStore {
  const now = options.now ?? Date.now;
  const createStore = options.createStore ?? confStore;
  const pending: StoreNotice[] = [];
  const common = { cwd: options.dir, accessPropertiesByDotNotation: false, configFileMode: PRIVATE_FILE_MODE, clearInvalidConfig: false } as const;
  const noticeFor = (source: 'profiles' | 'settings') => (movedTo: string) =>
    pending.push({ source, movedTo, message: CORRUPT_MESSAGES[source](movedTo) });

  const profiles = openRecovering(
    join(options.dir, 'profiles.json'),
    () => createStore<ProfilesData>({ ...common, configName: 'profiles', schema: profileJsonSchema, defaults: { profiles: [] }, projectVersion: PROFILES_FORMAT_VERSION, migrations: profileMigrations }),
    noticeFor('profiles'),
    now,
  );
  const settings = openRecovering(
    join(options.dir, 'settings.json'),
    () => createStore<SettingsData>({ ...common, configName: 'settings', schema: settingsJsonSchema, defaults: { allowWeakEncryption: false }, projectVersion: SETTINGS_FORMAT_VERSION, migrations: {} as Migrations<SettingsData> }),
    noticeFor('settings'),
    now,
  );

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
    settings: () => readSettings(settings),
    updateSettings: (patch) => {
      if (patch.allowWeakEncryption !== undefined) settings.set('allowWeakEncryption', patch.allowWeakEncryption);
      if (patch.presentationMode !== undefined) settings.set('presentationMode', patch.presentationMode);
      if (patch.welcomeSeen !== undefined) settings.set('welcomeSeen', patch.welcomeSeen);
      if (patch.lastProfileId === null) settings.delete('lastProfileId');
      else if (patch.lastProfileId !== undefined) settings.set('lastProfileId', patch.lastProfileId);
      return readSettings(settings);
    },
    notices: () => pending.splice(0, pending.length),
  };
}

function readSettings(settings: Conf<SettingsData>): ProfileSettings {
  const lastProfileId = settings.get('lastProfileId');
  const common = {
    allowWeakEncryption: settings.get('allowWeakEncryption'),
    presentationMode: settings.get('presentationMode') ?? false,
    welcomeSeen: settings.get('welcomeSeen') ?? false,
  };
  return lastProfileId === undefined ? common : { lastProfileId, ...common };
}
