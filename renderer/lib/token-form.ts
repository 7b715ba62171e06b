import { checkCustomTokenUrl } from '../../shared/domain/environments';
import type { EnvironmentId, UrlCheck } from '../../shared/domain/environments';
import type { ProfileSummary } from '../../shared/domain/profile';
import type { SecretDescription } from '../../shared/domain/vault';
import { checkMerchantVat } from '../../shared/domain/vat';
import type { VatCheck } from '../../shared/domain/vat';
import type { BasicEncoding, TokenRequestInput } from '../../shared/ipc/schemas';

/** The non-secret part of the token request form, as the store keeps it. */
export interface TokenForm {
  environmentId: EnvironmentId;
  customTokenUrl: string;
  clientId: string;
  merchantVat: string;
  basicEncoding: BasicEncoding;
  sendIbmClientId: boolean;
}

/** The selected profile's stored secret, as the renderer may know it: an id to send and a description. */
export interface SavedSecret {
  profileId: string;
  secret: SecretDescription;
}

export interface FormChecks {
  vat: VatCheck;
  /** Only for the custom environment. */
  url?: UrlCheck;
  /** Why Request token is blocked; empty when it may be sent. */
  blockers: string[];
}

/** The form fields a profile fills in when it is selected. */
export function formFromProfile(profile: ProfileSummary): TokenForm {
  return {
    environmentId: profile.environment,
    customTokenUrl: profile.customTokenUrl ?? '',
    clientId: profile.clientId,
    merchantVat: profile.defaultMerchantVat ?? '',
    basicEncoding: profile.basicEncoding,
    sendIbmClientId: profile.sendIbmClientId,
  };
}

function secretBlocker(clientSecret: string, saved: SavedSecret | undefined): string | undefined {
  if (clientSecret !== '') return undefined;
  if (!saved) return 'Client secret is empty.';
  if (saved.secret.state === 'missing') return 'This profile has no saved secret: type it in Client secret.';
  if (saved.secret.state === 'needs-reentry')
    return 'The saved secret needs re-entry: type it in Client secret, or use Re-enter secret.';
  return undefined;
}

export function checkForm(form: TokenForm, clientSecret: string, saved?: SavedSecret): FormChecks {
  const vat = checkMerchantVat(form.merchantVat);
  const url = form.environmentId === 'custom' ? checkCustomTokenUrl(form.customTokenUrl) : undefined;
  const blockers: string[] = [];
  if (url && !url.ok) blockers.push(`Token endpoint URL: ${url.message}`);
  if (form.clientId === '') blockers.push('Client ID is empty.');
  const secret = secretBlocker(clientSecret, saved);
  if (secret) blockers.push(secret);
  if (vat.status === 'malformed') blockers.push(`Merchant VAT: ${vat.message}`);
  return { vat, url, blockers };
}

/**
 * The IPC request for the form. Id and secret go exactly as typed (stray whitespace is a real cause of 401s
 * worth reproducing); the VAT is trimmed because the schema only takes the bare format. With a saved profile and
 * nothing typed, only the profile id goes: main reads the secret from the vault. A typed secret wins, for that
 * request only, and then the request is not attributed to the profile.
 */
export function buildTokenRequest(
  form: TokenForm,
  clientSecret: string,
  saved?: SavedSecret,
): TokenRequestInput | undefined {
  const checks = checkForm(form, clientSecret, saved);
  if (checks.blockers.length > 0) return undefined;
  const input: TokenRequestInput = {
    environment: form.environmentId,
    clientId: form.clientId,
    basicEncoding: form.basicEncoding,
    sendIbmClientId: form.sendIbmClientId,
  };
  if (clientSecret !== '') input.clientSecret = clientSecret;
  else if (saved) input.profileId = saved.profileId;
  if (checks.url?.ok) input.customTokenUrl = checks.url.url;
  const vat = form.merchantVat.trim();
  if (vat !== '') input.merchantVat = vat;
  return input;
}

export function hasStrayWhitespace(value: string): boolean {
  return value !== value.trim() || /[\r\n\t]/.test(value);
}
