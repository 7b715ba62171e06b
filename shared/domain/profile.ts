import type { EnvironmentId } from './environments';
import type { SecretDescription } from './vault';

export interface SavedMerchant {
  name: string;
  vat: string;
}

/** A named credential set. The client secret is never part of it: it lives in the vault, keyed by `id`. */
export interface Profile {
  id: string;
  name: string;
  environment: EnvironmentId;
  /** Only used when environment is 'custom'. */
  customTokenUrl?: string;
  clientId: string;
  defaultMerchantVat?: string;
  sendIbmClientId: boolean;
  basicEncoding: 'form' | 'raw';
  notes: string;
  /** Merchants this integrator works with, offered in the Merchant VAT picker. */
  merchants: SavedMerchant[];
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

/** What the renderer sees: the metadata and a description of the secret, never the secret. */
export interface ProfileSummary extends Profile {
  secret: SecretDescription;
}

export interface ProfileSettings {
  lastProfileId?: string;
  /** Linux basic_text only: save secrets anyway, after the user read that this is not real protection. */
  allowWeakEncryption: boolean;
  /** Masks ids, secrets, tokens and VATs for demos; survives a restart until switched off. */
  presentationMode: boolean;
  /** The first-run welcome was dismissed. */
  welcomeSeen: boolean;
}

/** The settings the renderer reads and changes. */
export type UiSettings = Pick<ProfileSettings, 'presentationMode' | 'welcomeSeen'>;

// In a module of their own: profile-schema.ts needs them too, and importing them from here made a circle.
export { PROFILE_LIMITS } from './profile-limits';

export const PROFILE_BACKUP_FORMAT = 'integrator-console-profiles';

// The zod schemas of these shapes live in profile-schema.ts, so that the renderer, which needs only the limits and
// the types, does not bundle zod.
export type { ProfileCreateInput, ProfilePatchInput } from './profile-schema';

export interface BackupImportSummary {
  imported: number;
  skipped: { index: number; reason: string }[];
}
