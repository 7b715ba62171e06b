import { HandlerError } from '../../shared/ipc/result';
import type { ClipboardPort, SecretCipher } from '../services/profile-service-types';

/**
 * The preview has no OS keychain: encryption is reported unavailable, so the vault keeps secrets in memory for
 * the session only and the UI says so. Nothing secret is ever written to the preview's data directory.
 */
export const sessionOnlyCipher: SecretCipher = {
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error('No keychain in the browser preview.');
  },
  decryptString: () => {
    throw new Error('No keychain in the browser preview.');
  },
};

/** Copying a secret or a token to the system clipboard is a desktop-app action; the preview refuses it plainly. */
export const unsupportedClipboard: ClipboardPort = {
  writeText: () => {
    throw new HandlerError(
      'UNSUPPORTED',
      'Copying to the system clipboard through main works in the desktop app only: the browser preview never hands a saved secret or a usable token to the page.',
    );
  },
  readText: () => '',
  clear: () => {},
};
