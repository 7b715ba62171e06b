import type { VaultMode, VaultStatus } from '../../shared/domain/vault';

/**
 * The part of Electron's safeStorage the vault uses, so main passes `safeStorage` itself and tests a stand-in.
 * getSelectedStorageBackend exists on Linux only; leave it out elsewhere.
 */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  /**
   * Linux only. With basic_text, Electron reports encryption as unavailable (and refuses to encrypt) until this is
   * called with true: the explicit opt-in to a key that protects nothing.
   */
  setUsePlainTextEncryption?(usePlainText: boolean): void;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * basic_text encrypts with a key hard-coded in Chromium, which protects nothing. 'unknown' means safeStorage was
 * asked before app 'ready', so protection is not established either: both count as weak, never as encrypted.
 */
const WEAK_BACKENDS = new Set(['basic_text', 'unknown']);

export interface VaultPolicy {
  mode: VaultMode;
  backend?: string;
}

function readBackend(cipher: SecretCipher): string | undefined {
  if (typeof cipher.getSelectedStorageBackend !== 'function') return undefined;
  try {
    return cipher.getSelectedStorageBackend();
  } catch {
    return 'unknown';
  }
}

function encryptionAvailable(cipher: SecretCipher): boolean {
  try {
    return cipher.isEncryptionAvailable();
  } catch {
    return false;
  }
}

/** The keyring behind safeStorage protects nothing (Linux basic_text, or not known yet). */
export function hasWeakBackend(cipher: SecretCipher): boolean {
  const backend = readBackend(cipher);
  return backend !== undefined && WEAK_BACKENDS.has(backend);
}

export function decideVaultPolicy(cipher: SecretCipher, allowWeakEncryption: boolean): VaultPolicy {
  const backend = readBackend(cipher);
  const withBackend = (mode: VaultMode): VaultPolicy => (backend === undefined ? { mode } : { mode, backend });
  // Asked first: Electron calls basic_text "unavailable" until the opt-in, which is a refusal, not a missing keychain.
  if (hasWeakBackend(cipher)) {
    if (!allowWeakEncryption) return withBackend('weak-refused');
    return withBackend(encryptionAvailable(cipher) ? 'weak-opted-in' : 'session-only');
  }
  return withBackend(encryptionAvailable(cipher) ? 'encrypted' : 'session-only');
}

export const persistsSecrets = (mode: VaultMode): boolean => mode === 'encrypted' || mode === 'weak-opted-in';

const MESSAGES: Readonly<Record<VaultMode, (backend: string | undefined) => string>> = {
  encrypted: (backend) =>
    backend === undefined
      ? "Client secrets are encrypted with your operating system's keychain before they are saved."
      : `Client secrets are encrypted with your system keyring (${backend}) before they are saved.`,
  'weak-opted-in': () =>
    'No system keyring is available, so saved client secrets are only obscured, not protected. You chose to save them anyway.',
  'weak-refused': () =>
    'No system keyring is available, so client secrets are kept only until you quit. You can choose to save them without real protection.',
  'session-only': () => 'Encryption is not available on this system, so client secrets are kept only until you quit.',
};

export function describeVaultPolicy(policy: VaultPolicy): VaultStatus {
  const message = MESSAGES[policy.mode](policy.backend);
  return policy.backend === undefined
    ? { mode: policy.mode, message }
    : { mode: policy.mode, backend: policy.backend, message };
}
