import { checkCustomTokenUrl } from '../../../shared/domain/environments';
import type { EnvironmentId, UrlCheck } from '../../../shared/domain/environments';
import { PROFILE_LIMITS } from '../../../shared/domain/profile';
import type { ProfileCreateInput, ProfilePatchInput, ProfileSummary } from '../../../shared/domain/profile';
import { checkMerchantVat } from '../../../shared/domain/vat';
import type { VatCheck } from '../../../shared/domain/vat';
import type { BasicEncoding } from '../../../shared/ipc/schemas';

/** What the create/edit form holds while it is open (in component state only: it may hold a typed secret). */
export interface ProfileFormValues {
  name: string;
  environment: EnvironmentId;
  customTokenUrl: string;
  clientId: string;
  /** On edit, empty keeps the stored secret. */
  clientSecret: string;
  defaultMerchantVat: string;
  basicEncoding: BasicEncoding;
  sendIbmClientId: boolean;
  notes: string;
}

export type ProfileField = 'name' | 'customTokenUrl' | 'clientId' | 'clientSecret' | 'defaultMerchantVat' | 'notes';

export interface ProfileValueChecks {
  errors: Partial<Record<ProfileField, string>>;
  vat: VatCheck;
  url?: UrlCheck;
}

export function emptyValues(environment: EnvironmentId): ProfileFormValues {
  return {
    name: '',
    environment,
    customTokenUrl: '',
    clientId: '',
    clientSecret: '',
    defaultMerchantVat: '',
    basicEncoding: 'form',
    sendIbmClientId: false,
    notes: '',
  };
}

export function valuesFromProfile(profile: ProfileSummary): ProfileFormValues {
  return {
    name: profile.name,
    environment: profile.environment,
    customTokenUrl: profile.customTokenUrl ?? '',
    clientId: profile.clientId,
    clientSecret: '',
    defaultMerchantVat: profile.defaultMerchantVat ?? '',
    basicEncoding: profile.basicEncoding,
    sendIbmClientId: profile.sendIbmClientId,
    notes: profile.notes,
  };
}

/** The same rules main applies (profileCreateSchema), checked as the user types; messages never quote a value. */
export function checkProfileValues(values: ProfileFormValues): ProfileValueChecks {
  const errors: ProfileValueChecks['errors'] = {};
  const vat = checkMerchantVat(values.defaultMerchantVat);
  const url = values.environment === 'custom' ? checkCustomTokenUrl(values.customTokenUrl) : undefined;
  if (values.name.trim() === '') errors.name = 'Give the profile a name.';
  else if (values.name.trim().length > PROFILE_LIMITS.name)
    errors.name = `Keep the name under ${PROFILE_LIMITS.name} characters.`;
  if (url && !url.ok) errors.customTokenUrl = url.message;
  if (!/\S/.test(values.clientId)) errors.clientId = 'Client ID is empty.';
  else if (values.clientId.length > PROFILE_LIMITS.clientId) errors.clientId = 'The client ID is too long.';
  if (values.clientSecret.length > PROFILE_LIMITS.clientSecret) errors.clientSecret = 'The client secret is too long.';
  if (vat.status === 'malformed') errors.defaultMerchantVat = vat.message;
  if (values.notes.length > PROFILE_LIMITS.notes)
    errors.notes = `Keep the notes under ${PROFILE_LIMITS.notes} characters.`;
  return { errors, vat, url };
}

export const hasErrors = (checks: ProfileValueChecks) => Object.keys(checks.errors).length > 0;

function optionalFields(values: ProfileFormValues, checks: ProfileValueChecks) {
  return {
    customTokenUrl: checks.url?.ok ? checks.url.url : undefined,
    defaultMerchantVat: values.defaultMerchantVat.trim() === '' ? undefined : values.defaultMerchantVat.trim(),
  };
}

/** The fields create and update send alike: everything as shown, the secret only when one was typed. */
function commonFields(values: ProfileFormValues) {
  return {
    name: values.name.trim(),
    environment: values.environment,
    clientId: values.clientId,
    basicEncoding: values.basicEncoding,
    sendIbmClientId: values.sendIbmClientId,
    notes: values.notes,
    ...(values.clientSecret !== '' ? { clientSecret: values.clientSecret } : {}),
  };
}

/** profiles:create input; the secret is included only when one was typed. */
export function toCreateInput(values: ProfileFormValues): ProfileCreateInput {
  const { customTokenUrl, defaultMerchantVat } = optionalFields(values, checkProfileValues(values));
  return {
    ...commonFields(values),
    ...(customTokenUrl ? { customTokenUrl } : {}),
    ...(defaultMerchantVat ? { defaultMerchantVat } : {}),
  };
}

/** profiles:update patch: every field as shown; null clears an optional one; an empty secret keeps the stored one. */
export function toPatch(values: ProfileFormValues): ProfilePatchInput {
  const { customTokenUrl, defaultMerchantVat } = optionalFields(values, checkProfileValues(values));
  return {
    ...commonFields(values),
    customTokenUrl: customTokenUrl ?? null,
    defaultMerchantVat: defaultMerchantVat ?? null,
  };
}
