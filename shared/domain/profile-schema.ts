import { z } from 'zod';
import { ENVIRONMENT_IDS } from './environments';
import { PROFILE_LIMITS } from './profile-limits';
import { MERCHANT_VAT_PATTERN } from './vat';

const optionalVat = z.string().regex(MERCHANT_VAT_PATTERN, 'Merchant VAT must be DK or FI followed by 8 digits.');
const customTokenUrl = z.string().max(PROFILE_LIMITS.customTokenUrl, 'The token endpoint URL is too long.');

/**
 * The editable fields of a profile; strict, so an unknown field (a secret in a backup, __proto__) is rejected.
 * The client id is kept exactly as typed: invisible characters are shown by the import flow, not removed here.
 */
export const profileDraftSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the profile a name.')
      .max(PROFILE_LIMITS.name, `Keep the name under ${PROFILE_LIMITS.name} characters.`),
    environment: z.enum(ENVIRONMENT_IDS),
    customTokenUrl: customTokenUrl.optional(),
    clientId: z.string().max(PROFILE_LIMITS.clientId, 'The client ID is too long.').regex(/\S/, 'Client ID is empty.'),
    defaultMerchantVat: optionalVat.optional(),
    sendIbmClientId: z.boolean().optional(),
    basicEncoding: z.enum(['form', 'raw']).optional(),
    notes: z.string().max(PROFILE_LIMITS.notes, `Keep the notes under ${PROFILE_LIMITS.notes} characters.`).optional(),
    merchants: z
      .array(
        z
          .object({
            name: z.string().trim().min(1, 'Give the merchant a name.').max(PROFILE_LIMITS.name),
            vat: optionalVat,
          })
          .strict(),
      )
      .max(PROFILE_LIMITS.merchants, `Keep at most ${PROFILE_LIMITS.merchants} merchants per profile.`)
      .optional(),
  })
  .strict();

const clientSecret = z
  .string()
  .min(1, 'Client secret is empty.')
  .max(PROFILE_LIMITS.clientSecret, 'The client secret is too long.');

/** profiles:create — a draft, optionally with the secret (which goes straight to the vault). */
export const profileCreateSchema = profileDraftSchema.extend({ clientSecret: clientSecret.optional() });

/** profiles:update — any draft field; null clears an optional one; a clientSecret replaces the stored one. */
export const profilePatchSchema = profileDraftSchema.partial().extend({
  customTokenUrl: customTokenUrl.nullable().optional(),
  defaultMerchantVat: optionalVat.nullable().optional(),
  clientSecret: clientSecret.optional(),
});

export type ProfileDraft = z.infer<typeof profileDraftSchema>;
export type ProfileCreateInput = z.input<typeof profileCreateSchema>;
export type ProfilePatchInput = z.input<typeof profilePatchSchema>;

/** The first problem of a failed parse, phrased for the UI; it names fields, never echoes values. */
export function describeDraftError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The profile is not valid.';
  const field = issue.path.map(String).join('.');
  return field === '' ? issue.message : `${field}: ${issue.message}`;
}
