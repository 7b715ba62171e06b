// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test-support/fake-api';
import { profileFixture } from '../../test-support/fake-profiles';
import { AD_HOC_DRAFT_KEY, readAdHocDraft, writeAdHocDraft } from './ad-hoc-draft';
import type { TokenForm } from '../../lib/token-form';
import { INITIAL_FORM } from './token-state';
import { createTokenStore } from './use-token-store';

/** A Storage in memory; `refuse` makes it throw as a full (or forbidden) one does. */
function memoryStorage(initial: Record<string, string> = {}, refuse = false): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => {
      if (refuse) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (refuse) throw new Error('QuotaExceededError');
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const FILLED: TokenForm = {
  environmentId: 'local-production',
  customTokenUrl: '',
  clientId: 'ad-hoc-client',
  merchantVat: 'DK13585628',
  basicEncoding: 'raw',
  sendIbmClientId: true,
};

describe('ad-hoc draft', () => {
  it('reads back what it wrote, under a versioned key', () => {
    const storage = memoryStorage();
    writeAdHocDraft(storage, FILLED);
    expect(storage.getItem(AD_HOC_DRAFT_KEY)).not.toBeNull();
    expect(AD_HOC_DRAFT_KEY).toMatch(/:v1$/);
    expect(readAdHocDraft(storage, INITIAL_FORM)).toEqual(FILLED);
  });

  it('writes only the named fields, whatever else the form object carries', () => {
    const storage = memoryStorage();
    writeAdHocDraft(storage, { ...FILLED, clientSecret: 'must-not-be-saved' } as TokenForm);
    const saved = storage.getItem(AD_HOC_DRAFT_KEY) ?? '';
    expect(saved).not.toContain('must-not-be-saved');
    expect(Object.keys(JSON.parse(saved) as object).sort()).toEqual([
      'basicEncoding',
      'clientId',
      'customTokenUrl',
      'environmentId',
      'merchantVat',
      'sendIbmClientId',
    ]);
  });

  it('has no draft for nothing saved, bad JSON or a value that is not an object', () => {
    for (const raw of [undefined, '{not json', 'null', '42', '"text"', '[1,2]']) {
      const storage = memoryStorage(raw === undefined ? {} : { [AD_HOC_DRAFT_KEY]: raw });
      expect(readAdHocDraft(storage, INITIAL_FORM), String(raw)).toBeUndefined();
    }
    expect(readAdHocDraft(undefined, INITIAL_FORM)).toBeUndefined();
  });

  it('falls back to the default for each field of the wrong type, size or value, and keeps the rest', () => {
    const raw = JSON.stringify({
      environmentId: 'moon-base',
      customTokenUrl: 42,
      clientId: 'kept-client',
      merchantVat: 'D'.repeat(500),
      basicEncoding: 'base64',
      sendIbmClientId: 'yes',
    });
    expect(readAdHocDraft(memoryStorage({ [AD_HOC_DRAFT_KEY]: raw }), INITIAL_FORM)).toEqual({
      ...INITIAL_FORM,
      clientId: 'kept-client',
    });
  });

  it('works on without a draft when the storage throws', () => {
    const storage = memoryStorage({}, true);
    expect(() => writeAdHocDraft(storage, FILLED)).not.toThrow();
    expect(readAdHocDraft(storage, INITIAL_FORM)).toBeUndefined();
  });
});

describe('the token store and the ad-hoc draft', () => {
  const reload = () => window.dispatchEvent(new Event('pagehide'));

  it('brings the ad-hoc fields back after a profile, and leaves them alone while a profile is edited', () => {
    const store = createTokenStore(createFakeApi(), memoryStorage());
    store.getState().updateForm(FILLED);
    store.getState().applyProfile(profileFixture('p1'));
    expect(store.getState().form.clientId).toBe('client-p1');
    store.getState().updateForm({ merchantVat: 'FI20774740' });
    store.getState().applyAdHoc();
    expect(store.getState().form).toEqual(FILLED);
  });

  it('starts ad hoc from the profile shown when ad hoc has held nothing yet', () => {
    const store = createTokenStore(createFakeApi(), memoryStorage());
    store.getState().applyProfile(profileFixture('p1'));
    store.getState().applyAdHoc();
    expect(store.getState().form.clientId).toBe('client-p1');
  });

  it('hands the draft to a new store on the same storage once the page goes away, and only then', () => {
    const storage = memoryStorage();
    const before = createTokenStore(createFakeApi(), storage);
    const stop = before.getState().keepAdHocDraftOnReload();
    before.getState().updateForm(FILLED);
    expect(storage.getItem(AD_HOC_DRAFT_KEY)).toBeNull();
    // A profile selected at the time of the reload: the ad-hoc fields are saved all the same.
    before.getState().applyProfile(profileFixture('p1'));
    reload();
    stop();
    const after = createTokenStore(createFakeApi(), storage);
    expect(after.getState().form).toEqual(FILLED);
    expect(after.getState().adHocDraft).toEqual(FILLED);
  });

  it('never writes the secret it sends', async () => {
    const storage = memoryStorage();
    const store = createTokenStore(
      createFakeApi({ 'token:request': () => ({ ok: false, error: { code: 'INTERNAL', message: 'Down.' } }) }),
      storage,
    );
    const stop = store.getState().keepAdHocDraftOnReload();
    store.getState().updateForm(FILLED);
    await store.getState().requestToken('typed-secret-value');
    reload();
    stop();
    expect(storage.getItem(AD_HOC_DRAFT_KEY)).toContain('ad-hoc-client');
    expect(storage.getItem(AD_HOC_DRAFT_KEY)).not.toContain('typed-secret-value');
  });
});
