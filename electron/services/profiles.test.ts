import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintSecret } from './basic-auth';
import { fakeCipher, filesContainingSecret } from './fake-cipher';
import { createProfileService } from './profiles';
import { fakeClipboard, tempDirs } from './profiles-test-support';

const SECRET = 'pr0d-Secret/with+base64=chars';
const dirs = tempDirs('profiles-');
let dir: string;
let clock: number;
const open = (cipher = fakeCipher()) =>
  createProfileService({ dir, cipher, clipboard: fakeClipboard(), now: () => clock });
const draft = { name: 'Shop A', environment: 'local' as const, clientId: 'demo-client' };
const errorOf = (action: () => unknown): unknown => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

beforeEach(() => {
  dir = dirs.make();
  clock = Date.UTC(2026, 10, 25, 9, 0, 0);
});
afterEach(() => dirs.cleanup());

describe('profile service', () => {
  it('creates a profile whose secret survives a restart, described only by fingerprint', () => {
    const created = open().create({ ...draft, clientSecret: SECRET, defaultMerchantVat: 'DK12345678' });
    expect(created).toMatchObject({
      ...draft,
      sendIbmClientId: false,
      basicEncoding: 'form',
      notes: '',
      createdAt: '2026-11-25T09:00:00.000Z',
    });
    expect(created.secret).toEqual({ state: 'present', ...fingerprintSecret(SECRET), persisted: true });

    const restarted = open();
    const [listed] = restarted.list();
    expect(listed).toEqual(created);
    expect(JSON.stringify(restarted.list())).not.toContain(SECRET);
    expect(restarted.getCredentials(created.id)).toEqual({
      profileId: created.id,
      environment: 'local',
      clientId: 'demo-client',
      clientSecret: SECRET,
      merchantVat: 'DK12345678',
      sendIbmClientId: false,
      basicEncoding: 'form',
    });
    expect(filesContainingSecret(dir, SECRET)).toEqual([]);
  });

  it('rejects invalid drafts as INVALID_INPUT without echoing them', () => {
    const service = open();
    const bad: unknown[] = [
      { ...draft, name: '   ' },
      { ...draft, clientId: '' },
      { ...draft, defaultMerchantVat: 'DK1234' },
      { ...draft, environment: 'moon' },
      { ...draft, clientSecret: '' },
      { ...draft, secret: SECRET },
      { ...draft, environment: 'custom' },
      { ...draft, environment: 'custom', customTokenUrl: 'http://example.com/connect/token' },
      { ...draft, name: 'x'.repeat(101) },
      JSON.parse(`{"name":"A","environment":"local","clientId":"c","__proto__":{"polluted":true}}`),
    ];
    for (const input of bad) {
      const error = errorOf(() => service.create(input as never));
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      expect((error as Error).message).not.toContain(SECRET);
    }
    expect(service.list()).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a custom environment with an https token URL', () => {
    const created = open().create({
      ...draft,
      environment: 'custom',
      customTokenUrl: 'https://auth.example.com/connect/token',
    });
    expect(created.customTokenUrl).toBe('https://auth.example.com/connect/token');
  });

  it('updates fields, clears optional ones with null and replaces the secret', () => {
    const service = open();
    const created = service.create({ ...draft, defaultMerchantVat: 'FI12345678', clientSecret: 'old-secret' });
    clock += 60_000;
    const updated = service.update(created.id, {
      name: 'Shop A2',
      defaultMerchantVat: null,
      sendIbmClientId: true,
      clientSecret: SECRET,
    });
    expect(updated).toMatchObject({
      name: 'Shop A2',
      sendIbmClientId: true,
      clientId: 'demo-client',
      createdAt: created.createdAt,
      updatedAt: '2026-11-25T09:01:00.000Z',
    });
    expect(updated).not.toHaveProperty('defaultMerchantVat');
    expect(updated.secret.fingerprint).toBe(fingerprintSecret(SECRET).fingerprint);
    expect(open().get(created.id)).toEqual(updated);
    expect(errorOf(() => service.update(created.id, { environment: 'custom' }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(errorOf(() => service.update('no-such-id', { name: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('duplicates a profile with its secret under a new id and a "(copy)" name', () => {
    const service = open();
    const created = service.create({ ...draft, clientSecret: SECRET });
    const copy = service.duplicate(created.id);
    const second = service.duplicate(created.id);
    expect(copy).toMatchObject({ name: 'Shop A (copy)', clientId: 'demo-client', secret: created.secret });
    expect(second.name).toBe('Shop A (copy 2)');
    expect(new Set([created.id, copy.id, second.id]).size).toBe(3);
    expect(open().getCredentials(copy.id).clientSecret).toBe(SECRET);
  });

  it('deletes a profile together with its saved secret and forgets it as last selected', () => {
    const service = open();
    const kept = service.create({ ...draft, name: 'Kept', clientSecret: 'kept-secret-value' });
    const gone = service.create({ ...draft, clientSecret: SECRET });
    service.select(gone.id);
    service.delete(gone.id);
    expect(service.list().map((p) => p.id)).toEqual([kept.id]);
    expect(service.lastSelected()).toBeNull();
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain(gone.id);
    expect(errorOf(() => service.delete(gone.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(open().getCredentials(kept.id).clientSecret).toBe('kept-secret-value');
  });

  it('remembers the selected profile across a restart', () => {
    const service = open();
    const created = service.create(draft);
    expect(service.lastSelected()).toBeNull();
    expect(service.select(created.id).id).toBe(created.id);
    expect(open().lastSelected()?.id).toBe(created.id);
    expect(errorOf(() => service.select('nope'))).toMatchObject({ code: 'NOT_FOUND' });
    service.deselect();
    expect(open().lastSelected()).toBeNull();
  });

  it('keeps saved merchants per profile, validated, across a restart', () => {
    const service = open();
    const created = service.create({ ...draft, merchants: [{ name: 'Café Nord', vat: 'DK13585628' }] });
    expect(created.merchants).toEqual([{ name: 'Café Nord', vat: 'DK13585628' }]);
    service.update(created.id, { merchants: [...created.merchants, { name: 'Kahvila', vat: 'FI20774740' }] });
    expect(
      open()
        .get(created.id)
        .merchants.map((merchant) => merchant.vat),
    ).toEqual(['DK13585628', 'FI20774740']);
    expect(errorOf(() => service.update(created.id, { merchants: [{ name: 'Bad', vat: 'DK-1234' }] }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('compares a pasted secret in main and refuses credentials without a secret', () => {
    const service = open();
    const withSecret = service.create({ ...draft, clientSecret: SECRET });
    const without = service.create({ ...draft, name: 'No secret' });
    expect(service.compareSecret(withSecret.id, SECRET)).toBe('match');
    expect(service.compareSecret(withSecret.id, `${SECRET}\u200B`)).toBe('no-match');
    expect(service.compareSecret(without.id, SECRET)).toBe('unavailable');
    expect(without.secret).toEqual({ state: 'missing' });
    expect(errorOf(() => service.getCredentials(without.id))).toMatchObject({ code: 'SECRET_MISSING' });
    expect(errorOf(() => service.copySecret(without.id))).toMatchObject({ code: 'SECRET_MISSING' });
  });
});
