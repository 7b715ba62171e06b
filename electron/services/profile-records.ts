import { z } from 'zod';
import { PROFILE_LIMITS } from '../../shared/domain/profile';
import { describeDraftError, profileDraftSchema } from '../../shared/domain/profile-schema';
import type { SetAsideRecord } from '../../shared/domain/set-aside';
import { MERCHANT_VAT_PATTERN } from '../../shared/domain/vat';

/**
 * Each profile of profiles.json checked on its own, so one bad record loses one record instead of the file: the
 * same rules as a profile typed in the form, plus the fields main adds (id, times). Lenient where the file format
 * is (unknown members are dropped later, merchants may carry extra members), strict where the form is.
 */
const storedProfileSchema = z.object({
  ...profileDraftSchema.shape,
  id: z.guid('The profile id is not a GUID.'),
  sendIbmClientId: z.boolean('Send x-ibm-client-id must be true or false.'),
  basicEncoding: z.enum(['form', 'raw'], 'Basic encoding must be form or raw.'),
  notes: z.string().max(PROFILE_LIMITS.notes, `Keep the notes under ${PROFILE_LIMITS.notes} characters.`),
  merchants: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(PROFILE_LIMITS.name),
        vat: z.string().regex(MERCHANT_VAT_PATTERN),
      }),
      'Merchants must be a list.',
    )
    .max(PROFILE_LIMITS.merchants, `Keep at most ${PROFILE_LIMITS.merchants} merchants per profile.`)
    .optional(),
  createdAt: z.iso.datetime({ offset: true, message: 'The creation time is not a date and time.' }),
  updatedAt: z.iso.datetime({ offset: true, message: 'The change time is not a date and time.' }),
});

const SHOWN_NAME_CHARS = 60;

function shownName(record: unknown): string | undefined {
  const name = typeof record === 'object' && record !== null ? (record as { name?: unknown }).name : undefined;
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  return name.length > SHOWN_NAME_CHARS ? `${name.slice(0, SHOWN_NAME_CHARS)}…` : name;
}

/** Files from before notes existed (format 0.1.0) are migrated, not set aside: a missing notes is an empty one. */
const withMigrations = (record: unknown): unknown =>
  typeof record === 'object' && record !== null && !Array.isArray(record) && !('notes' in record)
    ? { ...record, notes: '' }
    : record;

/** The records that pass, as they were, and a reason for each one that does not. */
export function screenProfiles(records: readonly unknown[]): { kept: unknown[]; setAside: SetAsideRecord[] } {
  const kept: unknown[] = [];
  const setAside: SetAsideRecord[] = [];
  const ids = new Set<string>();
  for (const record of records) {
    const parsed = storedProfileSchema.safeParse(withMigrations(record));
    const reason = !parsed.success
      ? describeDraftError(parsed.error)
      : ids.has(parsed.data.id)
        ? 'Another profile has the same id.'
        : undefined;
    const name = shownName(record);
    if (reason) setAside.push(name ? { name, reason } : { reason });
    else {
      kept.push(record);
      if (parsed.success) ids.add(parsed.data.id);
    }
  }
  return { kept, setAside };
}
