import type { CredentialBlock, ImportedField, ImportField } from '../../../shared/domain/credential-import';
import type { EnvironmentId } from '../../../shared/domain/environments';
import type { ProfileCreateInput } from '../../../shared/domain/profile';
import { MERCHANT_VAT_PATTERN } from '../../../shared/domain/vat';

/**
 * Turns a parsed credential block into a profile, using the raw values unless the user agreed to trim. Nothing
 * here reads the secret for display: only its length and the anomaly descriptions leave this module.
 */
export function fieldOf(block: CredentialBlock, field: ImportField): ImportedField | undefined {
  return block.fields.find((item) => item.field === field);
}

/** Whether any value that goes into the profile carries something invisible or stray. */
export function hasAnomalies(block: CredentialBlock): boolean {
  return block.fields.some((item) => item.field !== 'name' && item.anomalies.length > 0);
}

function chosenValue(field: ImportedField | undefined, trim: boolean): string | undefined {
  if (!field) return undefined;
  return trim ? field.cleaned : field.raw;
}

export function environmentFromHint(block: CredentialBlock, fallback: EnvironmentId): EnvironmentId {
  if (block.environmentHint === 'production') return 'mp-production';
  if (block.environmentHint === 'sandbox') return 'mp-sandbox';
  return fallback;
}

/** A name for the new profile: the pasted one, else one made from the (non-secret) client id. */
export function suggestedName(block: CredentialBlock): string {
  const named = fieldOf(block, 'name')?.cleaned.trim();
  if (named) return named.slice(0, 100);
  const id = fieldOf(block, 'clientId')?.cleaned.trim();
  return id ? `Imported ${id.slice(0, 40)}` : 'Imported credentials';
}

/** The merchant VAT as it would be saved, or why it is left out (the profile schema takes only the bare format). */
export function chosenVat(block: CredentialBlock, trim: boolean): { value?: string; dropped: boolean } {
  const value = chosenValue(fieldOf(block, 'merchantVat'), trim);
  if (value === undefined) return { dropped: false };
  return MERCHANT_VAT_PATTERN.test(value) ? { value, dropped: false } : { dropped: true };
}

export interface ImportChoices {
  trim: boolean;
  name: string;
  environment: EnvironmentId;
}

/** profiles:create input, or undefined while there is no client id to save. */
export function importInput(block: CredentialBlock, choices: ImportChoices): ProfileCreateInput | undefined {
  const clientId = chosenValue(fieldOf(block, 'clientId'), choices.trim);
  if (clientId === undefined || !/\S/.test(clientId) || choices.name.trim() === '') return undefined;
  const clientSecret = chosenValue(fieldOf(block, 'clientSecret'), choices.trim);
  const vat = chosenVat(block, choices.trim).value;
  return {
    name: choices.name.trim(),
    environment: choices.environment,
    clientId,
    ...(clientSecret ? { clientSecret } : {}),
    ...(vat ? { defaultMerchantVat: vat } : {}),
  };
}
