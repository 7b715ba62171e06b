import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandlerError } from '../../shared/ipc/result';
import { fingerprintSecret } from './basic-auth';
import { fakeCipher, filesContainingSecret } from './fake-cipher';
import { createSecretVault, SECRETS_FILE } from './secret-vault';

const SECRET = 'Sup3r-S3cret+/value==';
const OTHER = 'another-secret-0123456789';
let dir: string;
const secretsPath = () => join(dir, SECRETS_FILE);
const thrownBy = (action: () => unknown): unknown => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};
const readSecretsFile = () => JSON.parse(readFileSync(secretsPath(), 'utf8')) as { entries: Record<string, unknown> };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vault-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('secret vault with a working keychain', () => {
  it('saves an encrypted v1 envelope that a new instance reads back, with the secret nowhere in plain', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher() });
    expect(vault.status()).toMatchObject({ mode: 'encrypted' });
    expect(vault.status()).not.toHaveProperty('backend');
    vault.set('p1', SECRET);

    const envelope = readSecretsFile().entries.p1;
    expect(envelope).toEqual({ v: 1, data: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    expect(statSync(secretsPath()).mode & 0o777).toBe(0o600);
    expect(filesContainingSecret(dir, SECRET)).toEqual([]);

    const reopened = createSecretVault({ dir, cipher: fakeCipher() });
    expect(reopened.get('p1')).toEqual({ state: 'present', secret: SECRET });
    expect(reopened.describe('p1')).toEqual({ state: 'present', ...fingerprintSecret(SECRET), persisted: true });
  });

  it('names the Linux keyring it uses', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher({ backend: 'gnome_libsecret' }) });
    expect(vault.status()).toMatchObject({ mode: 'encrypted', backend: 'gnome_libsecret' });
    expect(vault.status().message).toContain('gnome_libsecret');
  });

  it('describes a secret by fingerprint and length only', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher() });
    const description = vault.set('p1', SECRET);
    expect(description).toEqual({
      state: 'present',
      fingerprint: fingerprintSecret(SECRET).fingerprint,
      length: SECRET.length,
      persisted: true,
    });
    expect(JSON.stringify(description)).not.toContain(SECRET);
    expect(vault.describe('nope')).toEqual({ state: 'missing' });
  });

  it('compares a candidate without revealing the secret', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher() });
    vault.set('p1', SECRET);
    expect(vault.compare('p1', SECRET)).toBe('match');
    expect(vault.compare('p1', `${SECRET} `)).toBe('no-match');
    expect(vault.compare('p1', '')).toBe('no-match');
    expect(vault.compare('missing', SECRET)).toBe('unavailable');
  });

  it('deletes one secret and keeps the others', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher() });
    vault.set('p1', SECRET);
    vault.set('p2', OTHER);
    expect(vault.delete('p1')).toBe(true);
    expect(vault.delete('p1')).toBe(false);
    const reopened = createSecretVault({ dir, cipher: fakeCipher() });
    expect(reopened.get('p1')).toEqual({ state: 'missing' });
    expect(reopened.get('p2')).toEqual({ state: 'present', secret: OTHER });
  });

  it('rejects an empty secret and reports a keychain that refuses to encrypt', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher() });
    expect(() => vault.set('p1', '')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const refusing = {
      ...fakeCipher(),
      encryptString: () => {
        throw new Error(`boom ${SECRET}`);
      },
    };
    const broken = createSecretVault({ dir, cipher: refusing });
    const error = thrownBy(() => broken.set('p1', SECRET));
    expect(error).toBeInstanceOf(HandlerError);
    expect(error).toMatchObject({ code: 'ENCRYPTION_UNAVAILABLE' });
    expect((error as Error).message).not.toContain(SECRET);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves no temporary files behind', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher() });
    for (let i = 0; i < 5; i += 1) vault.set(`p${i}`, `${SECRET}${i}`);
    expect(readdirSync(dir)).toEqual([SECRETS_FILE]);
  });
});

describe('secret vault when a secret can no longer be read', () => {
  it('reports needs-reentry after a keychain reset and leaves the file untouched', () => {
    createSecretVault({ dir, cipher: fakeCipher({ keyName: 'old-keychain' }) }).set('p1', SECRET);
    const before = readFileSync(secretsPath(), 'utf8');
    const vault = createSecretVault({ dir, cipher: fakeCipher({ keyName: 'new-keychain' }) });
    expect(vault.get('p1')).toEqual({ state: 'needs-reentry' });
    expect(vault.describe('p1')).toEqual({ state: 'needs-reentry' });
    expect(vault.compare('p1', SECRET)).toBe('unavailable');
    expect(readFileSync(secretsPath(), 'utf8')).toBe(before);
  });

  it('keeps entries of an unknown envelope version or damaged entries exactly as they were', () => {
    const future = { v: 2, data: 'AAAA', kdf: 'something-new' };
    writeFileSync(
      secretsPath(),
      JSON.stringify({
        format: 'integrator-console-secrets',
        entries: { future, broken: { v: 1, data: '%%%' }, odd: 42 },
      }),
    );
    const vault = createSecretVault({ dir, cipher: fakeCipher() });
    for (const id of ['future', 'broken', 'odd']) expect(vault.get(id)).toEqual({ state: 'needs-reentry' });
    vault.set('p1', SECRET);
    expect(readSecretsFile().entries).toMatchObject({ future, broken: { v: 1, data: '%%%' }, odd: 42 });
    expect(vault.notices()).toEqual([]);
  });

  it('re-entering a secret replaces the unreadable entry', () => {
    createSecretVault({ dir, cipher: fakeCipher({ keyName: 'old-keychain' }) }).set('p1', SECRET);
    const vault = createSecretVault({ dir, cipher: fakeCipher({ keyName: 'new-keychain' }) });
    vault.set('p1', OTHER);
    expect(createSecretVault({ dir, cipher: fakeCipher({ keyName: 'new-keychain' }) }).get('p1')).toEqual({
      state: 'present',
      secret: OTHER,
    });
  });
});

describe('secret vault recovery from a corrupt file', () => {
  it.each([
    ['invalid JSON', '{"entries": {"p1": '],
    ['an empty file', ''],
    ['a JSON array', '[1,2,3]'],
    ['entries that are not an object', '{"entries": "nope"}'],
  ])('moves %s aside, starts empty and says so once', (_label, content) => {
    writeFileSync(secretsPath(), content);
    const vault = createSecretVault({ dir, cipher: fakeCipher(), now: () => Date.UTC(2026, 10, 25, 10, 0, 0) });
    const notices = vault.notices();
    expect(notices).toEqual([
      {
        source: 'secrets',
        movedTo: 'secrets.json.corrupt-2026-11-25T10-00-00-000Z',
        message: expect.stringContaining('moved aside'),
      },
    ]);
    expect(vault.notices()).toEqual([]);
    expect(readFileSync(join(dir, 'secrets.json.corrupt-2026-11-25T10-00-00-000Z'), 'utf8')).toBe(content);
    expect(vault.get('p1')).toEqual({ state: 'missing' });
    vault.set('p1', SECRET);
    expect(createSecretVault({ dir, cipher: fakeCipher() }).get('p1')).toEqual({ state: 'present', secret: SECRET });
  });
});

describe('secret vault without real protection', () => {
  it('refuses to save with basic_text, keeps the secret for the session and says so', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher({ backend: 'basic_text' }) });
    expect(vault.status()).toMatchObject({ mode: 'weak-refused', backend: 'basic_text' });
    expect(vault.status().message).toMatch(/only until you quit/);
    expect(vault.set('p1', SECRET)).toMatchObject({ state: 'present', persisted: false });
    expect(vault.get('p1')).toEqual({ state: 'present', secret: SECRET });
    expect(readdirSync(dir)).toEqual([]);
    expect(createSecretVault({ dir, cipher: fakeCipher({ backend: 'basic_text' }) }).get('p1')).toEqual({
      state: 'missing',
    });
  });

  it('saves the session secrets once the user opts in, and forgets them from disk on opt-out', () => {
    const cipher = fakeCipher({ backend: 'basic_text' });
    const vault = createSecretVault({ dir, cipher });
    vault.set('p1', SECRET);
    expect(vault.setAllowWeakEncryption(true)).toMatchObject({ mode: 'weak-opted-in' });
    expect(readSecretsFile().entries.p1).toMatchObject({ v: 1 });
    expect(createSecretVault({ dir, cipher, allowWeakEncryption: true }).get('p1')).toEqual({
      state: 'present',
      secret: SECRET,
    });

    expect(vault.setAllowWeakEncryption(false)).toMatchObject({ mode: 'weak-refused' });
    expect(readSecretsFile().entries).toEqual({});
    expect(vault.get('p1')).toEqual({ state: 'present', secret: SECRET });
    expect(filesContainingSecret(dir, SECRET)).toEqual([]);
  });

  it('treats an "unknown" backend (asked before app ready) as unprotected', () => {
    const vault = createSecretVault({ dir, cipher: fakeCipher({ backend: 'unknown' }) });
    expect(vault.status()).toMatchObject({ mode: 'weak-refused', backend: 'unknown' });
  });

  it('keeps secrets for the session only when encryption is unavailable, and never loses saved ones', () => {
    createSecretVault({ dir, cipher: fakeCipher() }).set('saved', OTHER);
    const before = readFileSync(secretsPath(), 'utf8');
    const vault = createSecretVault({ dir, cipher: fakeCipher({ available: false }), allowWeakEncryption: true });
    expect(vault.status()).toMatchObject({ mode: 'session-only' });
    expect(vault.status().message).toMatch(/not available/);
    vault.set('p1', SECRET);
    expect(vault.get('p1')).toEqual({ state: 'present', secret: SECRET });
    expect(vault.get('saved')).toEqual({ state: 'needs-reentry' });
    expect(readFileSync(secretsPath(), 'utf8')).toBe(before);
    expect(createSecretVault({ dir, cipher: fakeCipher() }).get('saved')).toEqual({ state: 'present', secret: OTHER });
  });

  it('replacing a saved secret while unprotected removes the stale saved copy', () => {
    createSecretVault({ dir, cipher: fakeCipher({ backend: 'basic_text' }), allowWeakEncryption: true }).set(
      'p1',
      OTHER,
    );
    // Without the opt-in Electron will not decrypt basic_text either: the saved copy needs re-entry, it is not lost.
    const vault = createSecretVault({ dir, cipher: fakeCipher({ backend: 'basic_text' }) });
    expect(vault.get('p1')).toEqual({ state: 'needs-reentry' });
    vault.set('p1', SECRET);
    expect(readSecretsFile().entries).toEqual({});
    expect(vault.get('p1')).toEqual({ state: 'present', secret: SECRET });
  });
});

describe('the secret scan used by these tests', () => {
  it.each([
    ['plain', (s: string) => s],
    ['Base64', (s: string) => Buffer.from(s).toString('base64')],
    ['Base64url', (s: string) => Buffer.from(s).toString('base64url')],
    ['hex', (s: string) => Buffer.from(s).toString('hex')],
    ['upper-case hex', (s: string) => Buffer.from(s).toString('hex').toUpperCase()],
  ])('finds a planted %s copy', (_label, encode) => {
    writeFileSync(join(dir, 'clean.json'), '{"nothing": "here"}');
    writeFileSync(join(dir, 'leak.log'), `before ${encode(SECRET)} after`);
    expect(filesContainingSecret(dir, SECRET)).toEqual([join(dir, 'leak.log')]);
  });
});
