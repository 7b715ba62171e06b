import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretCipher } from './vault-policy';

/**
 * TEST STAND-IN for Electron's safeStorage; never used by the app. AES-256-GCM with a key derived from `keyName`
 * and a fixed IV: deterministic, and a different key (a "keychain reset") makes decryptString throw, as Electron's does.
 */
export interface FakeCipherOptions {
  keyName?: string;
  available?: boolean;
  /** Linux backend to report; leave undefined to act like macOS/Windows (no getSelectedStorageBackend). */
  backend?: string;
}

const FIXED_IV = Buffer.alloc(12, 7);

export function fakeCipher(options: FakeCipherOptions = {}): SecretCipher {
  const key = createHash('sha256')
    .update(options.keyName ?? 'fake-keychain-1')
    .digest();
  // As Electron on Linux: with basic_text, nothing is encrypted until setUsePlainTextEncryption(true).
  let plainTextAllowed = false;
  const available = () => options.available ?? (options.backend === 'basic_text' ? plainTextAllowed : true);
  const cipher: SecretCipher = {
    isEncryptionAvailable: available,
    encryptString(plainText) {
      if (!available()) throw new Error('Encryption is not available.');
      const aes = createCipheriv('aes-256-gcm', key, FIXED_IV);
      const body = Buffer.concat([aes.update(plainText, 'utf8'), aes.final()]);
      return Buffer.concat([body, aes.getAuthTag()]);
    },
    decryptString(encrypted) {
      if (!available()) throw new Error('Decryption is not available.');
      const aes = createDecipheriv('aes-256-gcm', key, FIXED_IV);
      aes.setAuthTag(encrypted.subarray(encrypted.length - 16));
      return Buffer.concat([aes.update(encrypted.subarray(0, encrypted.length - 16)), aes.final()]).toString('utf8');
    },
  };
  if (options.backend !== undefined) {
    const backend = options.backend;
    cipher.getSelectedStorageBackend = () => backend;
    cipher.setUsePlainTextEncryption = (usePlainText) => {
      plainTextAllowed = usePlainText;
    };
  }
  return cipher;
}

/** Every encoding of `secret` a careless write could leave behind: plaintext, Base64, Base64url, hex. */
function secretEncodings(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [secret, bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')];
}

/** The files under `dir` (recursively) that contain `secret` in any of those encodings. */
export function filesContainingSecret(dir: string, secret: string): string[] {
  const needles = secretEncodings(secret);
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      hits.push(...filesContainingSecret(path, secret));
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const lower = text.toLowerCase();
    if (needles.some((needle) => text.includes(needle) || lower.includes(needle.toLowerCase()))) hits.push(path);
  }
  return hits;
}
