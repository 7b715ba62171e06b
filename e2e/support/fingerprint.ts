import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The fingerprint the app shows for a secret: 8 hex of HMAC-SHA-256 under the installation's key, which the app
 * keeps in its data directory (electron/services/fingerprint-key.ts). Read here from the preview's directory.
 */
export function secretFingerprint(dataDir: string, secret: string): string {
  const key = Buffer.from(readFileSync(join(dataDir, 'fingerprint.key'), 'utf8').trim(), 'hex');
  return createHmac('sha256', key).update(secret, 'utf8').digest('hex').slice(0, 8);
}
