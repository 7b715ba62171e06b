import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from './atomic-file';

/**
 * The key of the secret fingerprints. A plain SHA-256 prefix of a secret lets anyone who sees it (a support
 * ticket, a HAR, a screenshot) confirm a guessed low-entropy secret offline; keyed with a random per-installation
 * key (in the data directory, owner-only), a fingerprint only means something to this installation.
 */
export const FINGERPRINT_KEY_FILE = 'fingerprint.key';
const KEY_PATTERN = /^[0-9a-f]{64}$/;

// Until the installation's key is loaded (tests, tools), a key of this process: stable within the run only.
let key: Buffer = randomBytes(32);

function readKey(path: string): Buffer | undefined {
  const text = readFileSync(path, 'utf8').trim();
  return KEY_PATTERN.test(text) ? Buffer.from(text, 'hex') : undefined;
}

/** Creates the key file only if none exists, so two processes starting together agree on one key. */
function createKey(path: string): Buffer {
  const fresh = randomBytes(32);
  const fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
  try {
    writeSync(fd, `${fresh.toString('hex')}\n`);
  } finally {
    closeSync(fd);
  }
  return fresh;
}

/**
 * Uses `<dir>/fingerprint.key`, creating it on first start. A file that cannot be read or holds no key leaves this
 * run with a key of its own (fingerprints then differ from earlier runs' but never reveal more): it is not a
 * reason to stop the app.
 */
export function loadFingerprintKey(dir: string): void {
  const path = join(dir, FINGERPRINT_KEY_FILE);
  try {
    mkdirSync(dir, { recursive: true });
    key = readKey(path) ?? key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return;
    try {
      key = createKey(path);
    } catch {
      const raced = readKeyQuietly(path);
      if (raced) key = raced;
    }
  }
}

function readKeyQuietly(path: string): Buffer | undefined {
  try {
    return readKey(path);
  } catch {
    return undefined;
  }
}

/** HMAC-SHA-256 of `text` under the installation's key, as hex. */
export function keyedDigestHex(text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
