import type { BackupImportSummary } from '../../shared/domain/profile';
import { z } from 'zod';
import { PROFILE_BACKUP_FORMAT, type Profile } from '../../shared/domain/profile';
import { describeDraftError, profileDraftSchema, type ProfileDraft } from '../../shared/domain/profile-schema';
import { HandlerError } from '../../shared/ipc/result';

/**
 * Profiles exported to JSON for a backup or another machine: the draft fields only. No secret, no fingerprint
 * (a fingerprint of a short secret can be brute-forced), no ids (import makes new ones).
 */
const PROFILE_BACKUP_VERSION = 1;
const MAX_BACKUP_LENGTH = 5_000_000;
const MAX_BACKUP_PROFILES = 1000;

export type BackupImportResult = BackupImportSummary;

export function buildBackup(profiles: Profile[], exportedAt: string): string {
  const entries: ProfileDraft[] = profiles.map((profile) => {
    const entry: ProfileDraft = {
      name: profile.name,
      environment: profile.environment,
      clientId: profile.clientId,
      sendIbmClientId: profile.sendIbmClientId,
      basicEncoding: profile.basicEncoding,
      notes: profile.notes,
      merchants: profile.merchants,
    };
    if (profile.customTokenUrl !== undefined) entry.customTokenUrl = profile.customTokenUrl;
    if (profile.defaultMerchantVat !== undefined) entry.defaultMerchantVat = profile.defaultMerchantVat;
    return entry;
  });
  const backup = { format: PROFILE_BACKUP_FORMAT, version: PROFILE_BACKUP_VERSION, exportedAt, profiles: entries };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

const envelopeSchema = z.object({
  format: z.literal(PROFILE_BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.string().max(64).optional(),
  profiles: z.array(z.unknown()).max(MAX_BACKUP_PROFILES),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HandlerError('INVALID_INPUT', 'This file is not valid JSON, so no profiles were imported.');
  }
}

/** Checks the whole file, then each profile on its own: one bad profile is skipped, not the backup. */
export function readBackup(text: unknown): {
  drafts: Array<{ index: number; draft: ProfileDraft }>;
  skipped: BackupImportResult['skipped'];
} {
  if (typeof text !== 'string' || text.trim() === '') throw new HandlerError('INVALID_INPUT', 'The backup is empty.');
  if (text.length > MAX_BACKUP_LENGTH)
    throw new HandlerError('INVALID_INPUT', 'The backup is too large to be a profiles backup.');
  const envelope = envelopeSchema.safeParse(parseJson(text));
  if (!envelope.success) {
    throw new HandlerError(
      'INVALID_INPUT',
      'This is not an Integrator Console profiles backup (or it holds too many profiles).',
    );
  }
  if (envelope.data.version !== PROFILE_BACKUP_VERSION) {
    throw new HandlerError(
      'INVALID_INPUT',
      `This backup has format version ${envelope.data.version}; this app reads version ${PROFILE_BACKUP_VERSION}.`,
    );
  }
  const drafts: Array<{ index: number; draft: ProfileDraft }> = [];
  const skipped: BackupImportResult['skipped'] = [];
  envelope.data.profiles.forEach((candidate, index) => {
    const parsed = profileDraftSchema.safeParse(candidate);
    if (parsed.success) drafts.push({ index, draft: parsed.data });
    else skipped.push({ index, reason: describeDraftError(parsed.error) });
  });
  return { drafts, skipped };
}
