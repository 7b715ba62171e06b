import { safeStorage } from 'electron';
import type { SecretCipher } from '../services/profile-service-types';

/** safeStorage as the vault's cipher; the storage backend is a Linux-only question. */
export function safeStorageCipher(): SecretCipher {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (plainText) => safeStorage.encryptString(plainText),
    decryptString: (encrypted) => safeStorage.decryptString(encrypted),
    ...(process.platform === 'linux'
      ? {
          getSelectedStorageBackend: () => safeStorage.getSelectedStorageBackend(),
          setUsePlainTextEncryption: (usePlainText: boolean) => safeStorage.setUsePlainTextEncryption(usePlainText),
        }
      : {}),
  };
}
