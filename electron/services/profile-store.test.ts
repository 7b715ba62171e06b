import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/domain/profile';
import { openProfileStore } from './profile-store';
import { tempDirs } from './profiles-test-support';
import { sampleProfile } from './store-test-support';

const AT = Date.UTC(2026, 10, 25, 10, 0, 0);
const STAMP = '2026-11-25T10-00-00-000Z';
let dir: string;
const file = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(file(name), 'utf8');

const profile = sampleProfile;

const dirs = tempDirs('profile-store-');
beforeEach(() => {
  dir = dirs.make();
});
afterEach(() => dirs.cleanup());

describe('profile store', () => {
  it('starts empty with default settings and owner-only files', () => {
    const store = openProfileStore({ dir });
    expect(store.list()).toEqual([]);
    expect(statSync(file('profiles.json')).mode & 0o777).toBe(0o600);
    expect(store.notices()).toEqual([]);
  });

  it('keeps profiles across a restart, replacing in place and removing by id', () => {
    const store = openProfileStore({ dir });
    const second = profile({
      id: 'a3c5e0b2-1d2f-4e3a-8b4c-5d6e7f809123',
      name: 'Shop B',
      defaultMerchantVat: 'DK12345678',
    });
    store.put(profile());
    store.put(second);
    store.put(profile({ name: 'Shop A renamed' }));
    const reopened = openProfileStore({ dir });
    expect(reopened.list().map((p) => p.name)).toEqual(['Shop A renamed', 'Shop B']);
    expect(reopened.get(second.id)).toEqual(second);
    expect(reopened.remove(second.id)).toBe(true);
    expect(reopened.remove(second.id)).toBe(false);
    expect(openProfileStore({ dir }).list()).toHaveLength(1);
  });

  it('hands out only the known profile fields, whatever else the file holds', () => {
    writeFileSync(
      file('profiles.json'),
      JSON.stringify({ profiles: [{ ...profile(), clientSecret: 'hand-added-secret' }] }),
    );
    const [loaded] = openProfileStore({ dir }).list();
    expect(loaded).toEqual(profile());
    expect(JSON.stringify(loaded)).not.toContain('hand-added-secret');
  });

  it('migrates a 0.1.0 file (no notes) by adding empty notes', () => {
    const { notes: _notes, ...old } = profile();
    writeFileSync(
      file('profiles.json'),
      JSON.stringify({ profiles: [old], __internal__: { migrations: { version: '0.1.0' } } }),
    );
    const store = openProfileStore({ dir });
    expect(store.list()).toEqual([profile()]);
    expect(store.notices()).toEqual([]);
    expect(JSON.parse(read('profiles.json'))).toMatchObject({ __internal__: { migrations: { version: '0.2.0' } } });
  });
});

describe('profile store recovery', () => {
  it.each([
    ['invalid JSON', '{"profiles": [{"id": '],
    ['a JSON array', '[]'],
    ['profiles that are not a list', '{"profiles": "many"}'],
  ])('moves profiles.json with %s aside and leaves settings and secrets alone', (_label, content) => {
    writeFileSync(file('settings.json'), '{"lastProfileId":"kept","allowWeakEncryption":true}');
    writeFileSync(file('secrets.json'), '{"entries":{}}');
    writeFileSync(file('profiles.json'), content);

    const store = openProfileStore({ dir, now: () => AT });
    expect(store.list()).toEqual([]);
    expect(store.notices()).toEqual([
      {
        source: 'profiles',
        movedTo: `profiles.json.corrupt-${STAMP}`,
        message: expect.stringContaining(`profiles.json.corrupt-${STAMP}`),
      },
    ]);
    expect(store.notices()).toEqual([]);
    expect(read(`profiles.json.corrupt-${STAMP}`)).toBe(content);
    expect(read('settings.json')).toBe('{"lastProfileId":"kept","allowWeakEncryption":true}');
    expect(read('secrets.json')).toBe('{"entries":{}}');
  });

  it('sets a profile that breaks the rules aside on its own and keeps a copy of the file as it was', () => {
    const content = JSON.stringify({
      profiles: [
        profile({ environment: 'moon' as Profile['environment'] }),
        profile({ id: 'a3c5e0b2-1d2f-4e3a-8b4c-5d6e7f809123', name: 'Shop B' }),
      ],
    });
    writeFileSync(file('profiles.json'), content);
    const store = openProfileStore({ dir, now: () => AT });
    expect(store.list().map((p) => p.name)).toEqual(['Shop B']);
    expect(store.setAside()).toEqual([{ name: 'Shop A', reason: expect.stringMatching(/^environment: /) }]);
    expect(store.notices()).toEqual([
      {
        source: 'profiles',
        movedTo: `profiles.json.set-aside-${STAMP}`,
        message: expect.stringMatching(/1 profile could not be read/),
      },
    ]);
    expect(read(`profiles.json.set-aside-${STAMP}`)).toBe(content);
    expect(store.setAsideKeptAs()).toBe(`profiles.json.set-aside-${STAMP}`);
    expect(openProfileStore({ dir }).setAside()).toEqual([]);
  });

  it('sets aside a second profile with the same id', () => {
    writeFileSync(file('profiles.json'), JSON.stringify({ profiles: [profile(), profile({ name: 'Twin' })] }));
    const store = openProfileStore({ dir, now: () => AT });
    expect(store.list().map((p) => p.name)).toEqual(['Shop A']);
    expect(store.setAside()).toEqual([{ name: 'Twin', reason: 'Another profile has the same id.' }]);
  });
});
