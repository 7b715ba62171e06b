import type { z } from 'zod';
import { checkCustomTokenUrl } from '../../shared/domain/environments';
import { PROFILE_LIMITS, type Profile } from '../../shared/domain/profile';
import type { ProfileDraft, profilePatchSchema } from '../../shared/domain/profile-schema';

/** Pure helpers that turn validated input into stored profiles. */

export type ProfilePatch = z.output<typeof profilePatchSchema>;

/** A custom environment is only usable with a valid token URL; the others ignore the field. */
export function environmentProblem(profile: Profile): string | undefined {
  if (profile.environment !== 'custom') return undefined;
  const check = checkCustomTokenUrl(profile.customTokenUrl ?? '');
  return check.ok ? undefined : check.message;
}

export function copyName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${name.slice(0, PROFILE_LIMITS.name - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function profileFromDraft(draft: ProfileDraft, id: string, at: string): Profile {
  const profile: Profile = {
    id,
    name: draft.name,
    environment: draft.environment,
    clientId: draft.clientId,
    sendIbmClientId: draft.sendIbmClientId ?? false,
    basicEncoding: draft.basicEncoding ?? 'form',
    notes: draft.notes ?? '',
    merchants: draft.merchants ?? [],
    createdAt: at,
    updatedAt: at,
  };
  if (draft.customTokenUrl !== undefined) profile.customTokenUrl = draft.customTokenUrl;
  if (draft.defaultMerchantVat !== undefined) profile.defaultMerchantVat = draft.defaultMerchantVat;
  return profile;
}

const withoutUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;

/** Absent or undefined leaves a field as it is; null clears an optional one. */
export function applyPatch(existing: Profile, changes: Omit<ProfilePatch, 'clientSecret'>, at: string): Profile {
  const { customTokenUrl, defaultMerchantVat, ...rest } = changes;
  const next: Profile = { ...existing, ...withoutUndefined(rest), updatedAt: at };
  if (customTokenUrl === null) delete next.customTokenUrl;
  else if (customTokenUrl !== undefined) next.customTokenUrl = customTokenUrl;
  if (defaultMerchantVat === null) delete next.defaultMerchantVat;
  else if (defaultMerchantVat !== undefined) next.defaultMerchantVat = defaultMerchantVat;
  return next;
}

/** Two profiles a person would take for the same one: name, environment, token endpoint and client id agree. */
export function sameIdentity(profile: Profile, draft: ProfileDraft): boolean {
  return (
    profile.name === draft.name &&
    profile.environment === draft.environment &&
    (profile.customTokenUrl ?? '') === (draft.customTokenUrl ?? '') &&
    profile.clientId === draft.clientId
  );
}

/**
 * The change sends the saved secret somewhere else or as someone else: a new environment, a new custom token URL,
 * or a new client id. Then the secret must be typed again, so a page cannot quietly redirect a stored one.
 */
export function repointsSecret(before: Profile, after: Profile): boolean {
  if (before.environment !== after.environment || before.clientId !== after.clientId) return true;
  return after.environment === 'custom' && (before.customTokenUrl ?? '') !== (after.customTokenUrl ?? '');
}
