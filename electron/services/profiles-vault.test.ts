import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../shared/domain/profile';
import type { SecretCipher } from './vault-policy';
import { fakeCipher, filesContainingSecret } from './fake-cipher';
import { createProfileService } from './profiles';
import { fakeClipboard, tempDirs } from './profiles-test-support';

const SECRET = 'keychain-Secret+/=value-42';
const AT = Date.UTC(2026, 10, 25, 10, 0, 0);
const STAMP = '2026-11-25T10-00-00-000Z';
const dirs = tempDirs('profiles-vault-');
let dir: string;
const open = (cipher: SecretCipher = fakeCipher()) =>
  createProfileService({ dir, cipher, clipboard: fakeClipboard(), now: () => AT });
const draft = { name: 'Shop A', environment: 'mp-sandbox' as const, clientId: 'client-a', notes: 'kept notes' };
const withoutSecret = ({ secret: _secret, ...rest }: ProfileSummary) => rest;
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

beforeEach(() => {
  dir = dirs.make();
});
afterEach(() => dirs.cleanup());

describe('profiles when the keychain changed', () => {
  it('marks every secret "needs re-entry", keeps all metadata, and accepts a re-entered secret', () => {
    const before = open(fakeCipher({ keyName: 'old' }));
    before.create({ ...draft, clientSecret: SECRET });
    before.create({ ...draft, name: 'Shop B', clientSecret: 'second-secret-value' });
    const listedBefore = before.list();

    const after = open(fakeCipher({ keyName: 'new' }));
    const listedAfter = after.list();
    expect(listedAfter.map((p) => p.secret)).toEqual([{ state: 'needs-reentry' }, { state: 'needs-reentry' }]);
    expect(listedAfter.map(withoutSecret)).toEqual(listedBefore.map(withoutSecret));
    const [first] = listedAfter;
    if (!first) throw new Error('no profile');
    expect(() => after.getCredentials(first.id)).toThrow(
      expect.objectContaining({ code: 'SECRET_NEEDS_REENTRY', message: expect.stringMatching(/keychain changed/) }),
    );
    expect(after.compareSecret(first.id, SECRET)).toBe('unavailable');

    expect(after.update(first.id, { clientSecret: SECRET }).secret).toMatchObject({ state: 'present' });
    expect(open(fakeCipher({ keyName: 'new' })).getCredentials(first.id).clientSecret).toBe(SECRET);
  });
});

describe('profiles on Linux with basic_text', () => {
  it('does not save secrets until the user opts in, and then remembers the choice', () => {
    const cipher = fakeCipher({ backend: 'basic_text' });
    const service = open(cipher);
    expect(service.vaultStatus()).toMatchObject({ mode: 'weak-refused', backend: 'basic_text' });
    const created = service.create({ ...draft, clientSecret: SECRET });
    expect(created.secret).toMatchObject({ state: 'present', persisted: false });
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false);
    expect(open(cipher).get(created.id).secret).toEqual({ state: 'missing' });

    expect(service.setAllowWeakEncryption(true)).toMatchObject({ mode: 'weak-opted-in' });
    expect(service.get(created.id).secret).toMatchObject({ state: 'present', persisted: true });
    const restarted = open(cipher);
    expect(restarted.vaultStatus()).toMatchObject({ mode: 'weak-opted-in' });
    expect(restarted.getCredentials(created.id).clientSecret).toBe(SECRET);
  });
});

describe('profiles without encryption', () => {
  it('keeps secrets for this session only and says so', () => {
    const cipher = fakeCipher({ available: false });
    const service = open(cipher);
    expect(service.vaultStatus()).toEqual({
      mode: 'session-only',
      message: expect.stringMatching(/only until you quit/),
    });
    const created = service.create({ ...draft, clientSecret: SECRET });
    expect(created.secret).toMatchObject({ state: 'present', persisted: false });
    expect(service.getCredentials(created.id).clientSecret).toBe(SECRET);
    expect(readdirSync(dir).sort()).toEqual(['profiles.json', 'settings.json']);
    expect(open(cipher).get(created.id)).toMatchObject({ name: 'Shop A', secret: { state: 'missing' } });
  });
});

describe('profiles recovering from corrupt files', () => {
  const seed = () => {
    const service = open();
    const created = service.create({ ...draft, clientSecret: SECRET });
    service.select(created.id);
    return created;
  };

  it('a corrupt profiles.json: moved aside, noticed once; settings and secrets untouched', () => {
    seed();
    const [settings, secrets] = [read('settings.json'), read('secrets.json')];
    writeFileSync(join(dir, 'profiles.json'), '{"profiles": [ {"id": "trunc');
    const service = open();
    expect(service.list()).toEqual([]);
    expect(service.notices()).toEqual([
      expect.objectContaining({ source: 'profiles', movedTo: `profiles.json.corrupt-${STAMP}` }),
    ]);
    expect(service.notices()).toEqual([]);
    expect([read('settings.json'), read('secrets.json')]).toEqual([settings, secrets]);
    expect(service.lastSelected()).toBeNull();
  });

  it('a corrupt settings.json: defaults; profiles and secrets untouched', () => {
    const created = seed();
    const [profiles, secrets] = [read('profiles.json'), read('secrets.json')];
    writeFileSync(join(dir, 'settings.json'), '\u0000\u0001garbage');
    const service = open();
    expect(service.notices()).toEqual([
      expect.objectContaining({ source: 'settings', movedTo: `settings.json.corrupt-${STAMP}` }),
    ]);
    expect(service.getCredentials(created.id).clientSecret).toBe(SECRET);
    expect(service.lastSelected()).toBeNull();
    expect([read('profiles.json'), read('secrets.json')]).toEqual([profiles, secrets]);
  });

  it('a corrupt secrets.json: profiles and settings intact, secrets to re-enter', () => {
    const created = seed();
    const [profiles, settings] = [read('profiles.json'), read('settings.json')];
    writeFileSync(join(dir, 'secrets.json'), 'not json at all');
    const service = open();
    expect(service.notices()).toEqual([
      expect.objectContaining({ source: 'secrets', movedTo: `secrets.json.corrupt-${STAMP}` }),
    ]);
    expect(service.get(created.id)).toMatchObject({
      name: 'Shop A',
      notes: 'kept notes',
      secret: { state: 'missing' },
    });
    expect(service.lastSelected()?.id).toBe(created.id);
    expect([read('profiles.json'), read('settings.json')]).toEqual([profiles, settings]);
  });
});

describe('the data directory', () => {
  it('never holds the secret in plain, Base64 or hex after create, duplicate, copy, export, restart', () => {
    const service = open();
    const created = service.create({ ...draft, clientSecret: SECRET });
    service.duplicate(created.id);
    service.update(created.id, { notes: 'edited' });
    service.copySecret(created.id);
    writeFileSync(join(dir, 'backup.json'), service.exportBackup());
    service.dispose();
    const restarted = open();
    restarted.select(created.id);
    expect(restarted.getCredentials(created.id).clientSecret).toBe(SECRET);
    expect(readdirSync(dir).sort()).toEqual(['backup.json', 'profiles.json', 'secrets.json', 'settings.json']);
    expect(filesContainingSecret(dir, SECRET)).toEqual([]);
  });
});
