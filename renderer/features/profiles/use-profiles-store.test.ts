// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test-support/fake-api';
import { fakeProfiles, profileFixture } from '../../test-support/fake-profiles';
import { createProfilesStore } from './use-profiles-store';

const SECRET = 'never-in-the-store-9f3a';

describe('profiles store', () => {
  it('passes secrets to main on create, update and compare but never keeps one in its state', async () => {
    const fake = fakeProfiles();
    const store = createProfilesStore(createFakeApi(fake.handlers));
    await store.getState().load();
    const created = await store
      .getState()
      .create({ name: 'A', environment: 'local', clientId: 'a', clientSecret: SECRET });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : '';
    await store.getState().select(id);
    await store.getState().update(id, { clientSecret: `${SECRET}-2` });
    await store.getState().compareSecret(id, SECRET);
    expect(fake.secrets.get(id)).toBe(`${SECRET}-2`);
    expect(store.getState().profiles[0]?.secret).toMatchObject({ state: 'present', length: SECRET.length + 2 });
    expect(JSON.stringify(store.getState())).not.toContain(SECRET);
  });

  it('loads the last used profile and the notices; deleting it goes back to ad hoc', async () => {
    const fake = fakeProfiles({ profiles: [profileFixture('x'), profileFixture('y')], selectedId: 'y' });
    const store = createProfilesStore(createFakeApi(fake.handlers));
    const selected = await store.getState().load();
    expect(selected?.id).toBe('y');
    expect(store.getState()).toMatchObject({ ready: true, selectedId: 'y', vault: { mode: 'session-only' } });
    await store.getState().remove('y');
    expect(store.getState().selectedId).toBeUndefined();
    expect(store.getState().profiles.map((p) => p.id)).toEqual(['x']);
  });

  it('is ready with an error when listing fails, and survives a bridge that throws', async () => {
    const store = createProfilesStore(
      createFakeApi({
        'profiles:list': () => {
          throw new Error('bridge gone');
        },
      }),
    );
    expect(await store.getState().load()).toBeUndefined();
    expect(store.getState()).toMatchObject({ ready: true, profiles: [], loadError: { code: 'INTERNAL' } });
  });
});

describe('profiles store selection', () => {
  it('selects at once and goes back when main refuses', async () => {
    const fake = fakeProfiles({ profiles: [profileFixture('x')], selectedId: 'x' });
    const store = createProfilesStore(
      createFakeApi({
        ...fake.handlers,
        'profiles:select': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Gone.' } }),
      }),
    );
    await store.getState().load();
    const pending = store.getState().select('y');
    expect(store.getState().selectedId).toBe('y');
    expect((await pending).ok).toBe(false);
    expect(store.getState().selectedId).toBe('x');
  });
});
