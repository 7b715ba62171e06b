import { checkCustomTokenUrl } from '../../../shared/domain/environments';
import type { EnvironmentId, UrlCheck } from '../../../shared/domain/environments';
import { checkMerchantVat } from '../../../shared/domain/vat';
import type { VatCheck } from '../../../shared/domain/vat';
import type { BasicEncoding, TokenRequestInput } from '../../../shared/ipc/schemas';

/** The non-secret part of the token request form, as the store keeps it. */
export interface TokenForm {
  environmentId: EnvironmentId;
  customTokenUrl: string;
  clientId: string;
  merchantVat: string;
  basicEncoding: BasicEncoding;
  sendIbmClientId: boolean;
}

export interface FormChecks {
  vat: VatCheck;
  /** Only for the custom environment. */
  url?: UrlCheck;
  /** Why Request token is blocked; empty when it may be sent. */
  blockers: string[];
}

export function checkForm(form: TokenForm, clientSecret: string): FormChecks {
  const vat = checkMerchantVat(form.merchantVat);
  const url = form.environmentId === 'custom' ? checkCustomTokenUrl(form.customTokenUrl) : undefined;
  const blockers: string[] = [];
  if (url && !url.ok) blockers.push(`Token endpoint URL: ${url.message}`);
  if (form.clientId === '') blockers.push('Client ID is empty.');
  if (clientSecret === '') blockers.push('Client secret is empty.');
  if (vat.status === 'malformed') blockers.push(`Merchant VAT: ${vat.message}`);
  return { vat, url, blockers };
}

/**
 * The IPC request for the form. Id and secret go exactly as typed (stray whitespace is a real cause of 401s
 * worth reproducing); the VAT is trimmed because the schema only takes the bare format.
 */
export function buildTokenRequest(form: TokenForm, clientSecret: string): TokenRequestInput | undefined {
  const checks = checkForm(form, clientSecret);
  if (checks.blockers.length > 0) return undefined;
  const input: TokenRequestInput = {
    environment: form.environmentId,
    clientId: form.clientId,
    clientSecret,
    basicEncoding: form.basicEncoding,
    sendIbmClientId: form.sendIbmClientId,
  };
  if (checks.url?.ok) input.customTokenUrl = checks.url.url;
  const vat = form.merchantVat.trim();
  if (vat !== '') input.merchantVat = vat;
  return input;
}

export function hasStrayWhitespace(value: string): boolean {
  return value !== value.trim() || /[\r\n\t]/.test(value);
}
