import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { PROFILE_LIMITS, type Profile, type ProfilePatchInput, type ProfileSummary } from '../../shared/domain/profile';
import {
  describeDraftError,
  profileCreateSchema,
  profilePatchSchema,
  type ProfileDraft,
} from '../../shared/domain/profile-schema';
import { HandlerError } from '../../shared/ipc/result';
import { buildBackup, readBackup, type BackupImportResult } from './profile-backup';
import {
  applyPatch,
  copyName,
  environmentProblem,
  profileFromDraft,
  repointsSecret,
  sameIdentity,
} from './profile-fields';
import type { ProfileCredentials, ProfileService, ProfileServiceOptions } from './profile-service-types';
import { openProfileStore } from './profile-store';
import { openSettings } from './settings';
import { createSecretClipboard } from './secret-clipboard';
import { createSecretVault, type SecretVault } from './secret-vault';

export type * from './profile-service-types';

function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new HandlerError('INVALID_INPUT', describeDraftError(parsed.error));
  return parsed.data;
}

/** Missing → SECRET_MISSING; unreadable (keychain reset, another machine) → SECRET_NEEDS_REENTRY. */
function secretOrThrow(vault: SecretVault, id: string): string {
  const found = vault.get(id);
  if (found.state === 'present') return found.secret;
  if (found.state === 'missing')
    throw new HandlerError('SECRET_MISSING', 'This profile has no client secret yet. Enter it in Client secret.');
  const why =
    vault.status().mode === 'session-only' ? 'encryption is not available right now' : 'the system keychain changed';
  throw new HandlerError(
    'SECRET_NEEDS_REENTRY',
    `The saved client secret can no longer be read (${why}). Enter it again in Client secret.`,
  );
}

/**
 * Profiles (metadata in conf) joined with their secrets (the vault). Results for the renderer carry no secret. The
 * last selected profile and the weak-encryption opt-in live in the settings service (its own file).
 */
export function createProfileService(options: ProfileServiceOptions): ProfileService {
  const now = options.now ?? Date.now;
  const store = openProfileStore({ dir: options.dir, now, createStore: options.createStore });
  const settings = options.settings ?? openSettings({ dir: options.dir, now, createStore: options.createStore });
  const vault = createSecretVault({
    dir: options.dir,
    cipher: options.cipher,
    now,
    allowWeakEncryption: settings.get().allowWeakEncryption,
  });
  const clipboard = createSecretClipboard(options.clipboard, options.timers);
  // Opened here (tests), the settings' own notices come with the profiles'; the app asks its settings service.
  const pendingNotices = [...(options.settings ? [] : settings.notices()), ...store.notices(), ...vault.notices()];
  const iso = () => new Date(now()).toISOString();

  const summarize = (profile: Profile): ProfileSummary => ({ ...profile, secret: vault.describe(profile.id) });
  const requireProfile = (id: string): Profile => {
    const profile = typeof id === 'string' ? store.get(id) : undefined;
    if (!profile) throw new HandlerError('NOT_FOUND', 'This profile no longer exists.');
    return profile;
  };
  const requireSecret = (id: string): string => secretOrThrow(vault, id);

  /** Saves a new profile; its secret, if any, goes to the vault, and a vault failure leaves no half profile. */
  const insert = (draft: ProfileDraft, clientSecret: string | undefined): Profile => {
    const profile = profileFromDraft(draft, randomUUID(), iso());
    const problem = environmentProblem(profile);
    if (problem) throw new HandlerError('INVALID_INPUT', problem);
    store.put(profile);
    try {
      if (clientSecret !== undefined) vault.set(profile.id, clientSecret);
    } catch (error) {
      store.remove(profile.id);
      throw error;
    }
    return profile;
  };

  const update = (id: string, patch: ProfilePatchInput): ProfileSummary => {
    const existing = requireProfile(id);
    const { clientSecret, ...changes } = parseInput(profilePatchSchema, patch);
    const next = applyPatch(existing, changes, iso());
    const problem = environmentProblem(next);
    if (problem) throw new HandlerError('INVALID_INPUT', problem);
    if (clientSecret === undefined && repointsSecret(existing, next) && vault.get(id).state === 'present') {
      throw new HandlerError(
        'FORBIDDEN',
        'Changing where this profile sends its saved secret (environment, token endpoint URL or client ID) needs the client secret typed again in the same change.',
      );
    }
    if (clientSecret !== undefined) vault.set(id, clientSecret);
    store.put(next);
    return summarize(next);
  };

  const duplicate = (id: string): ProfileSummary => {
    const source = requireProfile(id);
    const at = iso();
    const name = copyName(source.name, new Set(store.list().map((profile) => profile.name)));
    const copy: Profile = { ...source, id: randomUUID(), name, createdAt: at, updatedAt: at };
    store.put(copy);
    const secret = vault.get(id);
    if (secret.state === 'present') vault.set(copy.id, secret.secret);
    return summarize(copy);
  };

  const remove = (id: string): void => {
    requireProfile(id);
    // The secret goes first: a failure halfway must not leave a secret the user believes deleted.
    vault.delete(id);
    store.remove(id);
    if (settings.get().lastProfileId === id) settings.update({ lastProfileId: null });
  };

  const importBackup = (json: string): BackupImportResult => {
    const { drafts, skipped } = readBackup(json);
    let imported = 0;
    for (const { index, draft } of drafts) {
      // The same backup imported twice would give two profiles nobody can tell apart.
      if (store.list().some((profile) => sameIdentity(profile, draft))) {
        skipped.push({ index, reason: `"${draft.name}" is already here (same name, environment and client id).` });
        continue;
      }
      try {
        insert(draft, undefined);
        imported += 1;
      } catch (error) {
        if (!(error instanceof HandlerError)) throw error;
        skipped.push({ index, reason: error.message });
      }
    }
    skipped.sort((a, b) => a.index - b.index);
    return { imported, skipped };
  };

  return {
    list: () => store.list().map(summarize),
    get: (id) => summarize(requireProfile(id)),
    create: (input) => {
      const { clientSecret, ...draft } = parseInput(profileCreateSchema, input);
      return summarize(insert(draft, clientSecret));
    },
    update,
    duplicate,
    delete: remove,
    select: (id) => {
      const profile = requireProfile(id);
      settings.update({ lastProfileId: id });
      return summarize(profile);
    },
    deselect: () => settings.update({ lastProfileId: null }),
    setAside: () => store.setAside(),
    setAsideKeptAs: () => store.setAsideKeptAs(),
    lastSelected: () => {
      const id = settings.get().lastProfileId;
      const profile = id === undefined ? undefined : store.get(id);
      return profile ? summarize(profile) : null;
    },
    getCredentials: (id) => {
      const profile = requireProfile(id);
      const credentials: ProfileCredentials = {
        profileId: profile.id,
        environment: profile.environment,
        clientId: profile.clientId,
        clientSecret: requireSecret(id),
        sendIbmClientId: profile.sendIbmClientId,
        basicEncoding: profile.basicEncoding,
      };
      if (profile.customTokenUrl !== undefined) credentials.customTokenUrl = profile.customTokenUrl;
      if (profile.defaultMerchantVat !== undefined) credentials.merchantVat = profile.defaultMerchantVat;
      return credentials;
    },
    copySecret: (id) => {
      requireProfile(id);
      return clipboard.copy(requireSecret(id));
    },
    compareSecret: (id, candidate) => {
      requireProfile(id);
      if (typeof candidate !== 'string' || candidate.length > PROFILE_LIMITS.clientSecret) {
        throw new HandlerError('INVALID_INPUT', 'Paste the secret to compare.');
      }
      return vault.compare(id, candidate);
    },
    vaultStatus: () => vault.status(),
    setAllowWeakEncryption: (allow) => {
      const status = vault.setAllowWeakEncryption(allow);
      settings.update({ allowWeakEncryption: allow });
      return status;
    },
    notices: () => pendingNotices.splice(0, pendingNotices.length),
    exportBackup: () => buildBackup(store.list(), iso()),
    importBackup,
    dispose: () => clipboard.dispose(),
  };
}
