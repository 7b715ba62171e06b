import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../handlers/dispatch';
import { fingerprintSecret } from './basic-auth';
import { FINGERPRINT_KEY_FILE, loadFingerprintKey } from './fingerprint-key';
import { tempDirs } from './profiles-test-support';
import { openTestCore } from './store-test-support';

/** A low-entropy secret, the kind a plain hash prefix lets anyone confirm by trying guesses offline. */
const WEAK = 'summer2026';
const plainPrefix = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8);
const dirs = tempDirs('ic-fpkey-');
afterEach(() => dirs.cleanup());

describe('secret fingerprints', () => {
  it('are keyed per installation: not the plain SHA-256 prefix, stable across restarts, different elsewhere', () => {
    const first = dirs.make();
    loadFingerprintKey(first);
    const here = fingerprintSecret(WEAK).fingerprint;
    expect(here).toMatch(/^[0-9a-f]{8}$/);
    expect(here).not.toBe(plainPrefix(WEAK));
    const keyFile = join(first, FINGERPRINT_KEY_FILE);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);

    loadFingerprintKey(dirs.make());
    expect(fingerprintSecret(WEAK).fingerprint).not.toBe(here);
    loadFingerprintKey(first);
    expect(fingerprintSecret(WEAK).fingerprint).toBe(here);
  });

  it('an unreadable key file (a directory in its place) does not stop the app', () => {
    const dir = dirs.make();
    mkdirSync(join(dir, FINGERPRINT_KEY_FILE));
    expect(() => loadFingerprintKey(dir)).not.toThrow();
    expect(fingerprintSecret(WEAK).fingerprint).not.toBe(plainPrefix(WEAK));
  });

  it('the profile list the renderer gets shows the keyed fingerprint', async () => {
    const dataDir = dirs.make();
    const core = openTestCore(dataDir);
    try {
      const created = await dispatch(core.handlers, 'profiles:create', {
        name: 'Weak',
        environment: 'local',
        clientId: 'c',
        clientSecret: WEAK,
      });
      const secret = (created as { value: { secret: { fingerprint: string; length: number } } }).value.secret;
      expect(secret).toMatchObject({ length: WEAK.length });
      expect(secret.fingerprint).toMatch(/^[0-9a-f]{8}$/);
      expect(secret.fingerprint).not.toBe(plainPrefix(WEAK));
    } finally {
      await core.shutdown();
    }
  });
});
