/** What the renderer may know about a stored client secret and the vault holding it (STYLE.md §4). */
type SecretState = 'present' | 'missing' | 'needs-reentry';

export interface SecretDescription {
  state: SecretState;
  /** First 8 hex of HMAC-SHA-256 under a per-installation key (so it cannot confirm a guess offline); only when present. */
  fingerprint?: string;
  length?: number;
  /** False when the secret is kept for this session only (no safe place to save it). Only when present. */
  persisted?: boolean;
}

/**
 * encrypted: saved, protected by the OS keychain. weak-opted-in: saved with Linux basic_text (no real protection),
 * because the user chose to. weak-refused: basic_text, so kept in memory until quit. session-only: no encryption.
 */
export type VaultMode = 'encrypted' | 'weak-opted-in' | 'weak-refused' | 'session-only';

export interface VaultStatus {
  mode: VaultMode;
  /** Linux only: the safeStorage backend, e.g. gnome_libsecret, kwallet5, basic_text. */
  backend?: string;
  /** One plain sentence for the UI. */
  message: string;
}

export type SecretComparison = 'match' | 'no-match' | 'unavailable';

/** A file that could not be read at start and was moved aside; shown to the user once. */
export interface StoreNotice {
  source: 'profiles' | 'settings' | 'secrets' | 'history';
  /** The name of the moved-aside file, e.g. profiles.json.corrupt-2026-11-25T10-00-00-000Z. */
  movedTo: string;
  message: string;
}
