import type Conf from 'conf';
import type { Schema } from 'conf';
import { join } from 'node:path';
import type { ProfileSettings, UiSettings } from '../../shared/domain/profile';
import type { SetAsideRecord } from '../../shared/domain/set-aside';
import type { StoreNotice } from '../../shared/domain/vault';
import { PRIVATE_FILE_MODE } from './atomic-file';
import { SETTINGS_FORMAT_VERSION, type Migrations, type SettingsData } from './profile-migrations';
import { describeWhy } from './store-file';
import { confStore, type StoreFactory } from './store-factory';
import { openStore, type StoreMessages } from './store-open';

/**
 * The app's settings (settings.json through conf): the last selected profile, the weak-encryption opt-in and the
 * UI's own switches. Its own service, so profiles and settings each load, fail and recover on their own.
 */
export type AppSettings = ProfileSettings;
type SettingsPatch = {
  lastProfileId?: string | null;
  allowWeakEncryption?: boolean;
  presentationMode?: boolean;
  welcomeSeen?: boolean;
};

export interface SettingsService {
  get(): AppSettings;
  update(patch: SettingsPatch): AppSettings;
  /** The part the renderer reads and changes (settings:get / settings:update). */
  ui(): UiSettings;
  updateUi(patch: Partial<UiSettings>): UiSettings;
  /** Returns the pending notices (a file moved aside, a value left out) once, then forgets them. */
  notices(): StoreNotice[];
}

/** A settings file holds four small values; anything near this size is not one, and is never parsed. */
const MAX_SETTINGS_BYTES = 64 * 1024;

const settingsJsonSchema: Schema<SettingsData> = {
  lastProfileId: { type: 'string', minLength: 1, maxLength: 100 },
  allowWeakEncryption: { type: 'boolean' },
  presentationMode: { type: 'boolean' },
  welcomeSeen: { type: 'boolean' },
};

const VALUE_RULES: Record<keyof SettingsData, { valid: (value: unknown) => boolean; expected: string }> = {
  lastProfileId: {
    valid: (value) => typeof value === 'string' && value.length >= 1 && value.length <= 100,
    expected: 'a profile id',
  },
  allowWeakEncryption: { valid: (value) => typeof value === 'boolean', expected: 'true or false' },
  presentationMode: { valid: (value) => typeof value === 'boolean', expected: 'true or false' },
  welcomeSeen: { valid: (value) => typeof value === 'boolean', expected: 'true or false' },
};

/** One bad value loses that value (its default is used), not the other settings. */
function screenSettings(data: Record<string, unknown>): { data: Record<string, unknown>; setAside: SetAsideRecord[] } {
  const kept = { ...data };
  const setAside: SetAsideRecord[] = [];
  for (const [name, rule] of Object.entries(VALUE_RULES)) {
    if (!(name in kept) || rule.valid(kept[name])) continue;
    delete kept[name];
    setAside.push({ name, reason: `${name} must be ${rule.expected}, so its default is used.` });
  }
  return { data: kept, setAside };
}

const MESSAGES: StoreMessages = {
  setAsideFile: (why, movedTo) =>
    `Your settings file ${describeWhy(why, 'a settings file')}, so it was moved aside as ${movedTo} and the defaults are used. Profiles and saved client secrets are not affected.`,
  corrupt: (movedTo) =>
    `Your settings could not be read, so the file was moved aside as ${movedTo} and the defaults are used. Profiles and saved client secrets are not affected.`,
  screened: (setAside, copy) =>
    `${setAside.map((item) => item.reason).join(' ')} The file as it was is kept as ${copy}.`,
};

function readSettings(settings: Conf<SettingsData>): AppSettings {
  const store = settings.store;
  const common = {
    allowWeakEncryption: store.allowWeakEncryption,
    presentationMode: store.presentationMode ?? false,
    welcomeSeen: store.welcomeSeen ?? false,
  };
  return store.lastProfileId === undefined ? common : { lastProfileId: store.lastProfileId, ...common };
}

const pickUi = ({ presentationMode, welcomeSeen }: AppSettings): UiSettings => ({ presentationMode, welcomeSeen });

export function openSettings(options: {
  dir: string;
  now?: () => number;
  createStore?: StoreFactory;
}): SettingsService {
  const now = options.now ?? Date.now;
  const pending: StoreNotice[] = [];
  const { store: settings } = openStore<SettingsData>({
    path: join(options.dir, 'settings.json'),
    source: 'settings',
    maxBytes: MAX_SETTINGS_BYTES,
    now,
    make: () =>
      (options.createStore ?? confStore)<SettingsData>({
        cwd: options.dir,
        configName: 'settings',
        accessPropertiesByDotNotation: false,
        configFileMode: PRIVATE_FILE_MODE,
        clearInvalidConfig: false,
        schema: settingsJsonSchema,
        defaults: { allowWeakEncryption: false },
        projectVersion: SETTINGS_FORMAT_VERSION,
        migrations: {} as Migrations<SettingsData>,
      }),
    screen: screenSettings,
    messages: MESSAGES,
    notices: pending,
  });
  const update = (patch: SettingsPatch): AppSettings => {
    if (patch.allowWeakEncryption !== undefined) settings.set('allowWeakEncryption', patch.allowWeakEncryption);
    if (patch.presentationMode !== undefined) settings.set('presentationMode', patch.presentationMode);
    if (patch.welcomeSeen !== undefined) settings.set('welcomeSeen', patch.welcomeSeen);
    if (patch.lastProfileId === null) settings.delete('lastProfileId');
    else if (patch.lastProfileId !== undefined) settings.set('lastProfileId', patch.lastProfileId);
    return readSettings(settings);
  };

  return {
    get: () => readSettings(settings),
    update,
    ui: () => pickUi(readSettings(settings)),
    updateUi: (patch) => pickUi(update(patch)),
    notices: () => pending.splice(0, pending.length),
  };
}
