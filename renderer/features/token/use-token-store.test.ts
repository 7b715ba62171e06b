// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { successAttempt } from '../../test-support/attempts';
import { createFakeApi } from '../../test-support/fake-api';
import { createTokenStore } from './use-token-store';

describe('token store', () => {
  it('passes the secret to token:request but never keeps it in its state', async () => {
    const api = createFakeApi({ 'token:request': () => ({ ok: true, value: successAttempt(Date.now()) }) });
    const store = createTokenStore(api);
    store.getState().updateForm({ clientId: 'id-1' });
    await store.getState().requestToken('s3cr3t-value');
    expect(api.callsTo('token:request')[0]).toMatchObject({ clientId: 'id-1', clientSecret: 's3cr3t-value' });
    expect(store.getState().lastAttempt?.id).toBe('attempt-200');
    expect(JSON.stringify(store.getState())).not.toContain('s3cr3t-value');
  });

  it('sends only the profile id when a saved secret is used, and refuses one that needs re-entry', async () => {
    const api = createFakeApi({ 'token:request': () => ({ ok: true, value: successAttempt(Date.now()) }) });
    const store = createTokenStore(api);
    store.getState().updateForm({ clientId: 'id-1' });
    await store.getState().requestToken('', { profileId: 'p1', secret: { state: 'needs-reentry' } });
    expect(api.callsTo('token:request')).toHaveLength(0);
    await store
      .getState()
      .requestToken('', { profileId: 'p1', secret: { state: 'present', fingerprint: '1a2b3c4d', length: 9 } });
    expect(api.callsTo('token:request')[0]).toEqual({
      environment: 'local',
      clientId: 'id-1',
      profileId: 'p1',
      basicEncoding: 'form',
      sendIbmClientId: false,
    });
  });

  it('does not call token:request while the form is blocked', async () => {
    const api = createFakeApi();
    const store = createTokenStore(api);
    store.getState().updateForm({ clientId: 'id-1', merchantVat: 'DK123' });
    await store.getState().requestToken('secret');
    expect(api.callsTo('token:request')).toHaveLength(0);
  });

  it('is ready with an error when loading fails, and survives a bridge that throws', async () => {
    const api = createFakeApi({
      'environments:list': () => ({ ok: false, error: { code: 'INTERNAL', message: 'Broken.' } }),
      'sandbox:status': () => {
        throw new Error('bridge gone');
      },
    });
    const store = createTokenStore(api);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ ready: true, error: { code: 'INTERNAL', context: 'load' } });
    expect(store.getState().appInfo?.version).toBe('0.1.0');
  });

  it('refuses Production until it has been confirmed in this run', async () => {
    const api = createFakeApi({ 'token:request': () => ({ ok: true, value: successAttempt(Date.now()) }) });
    const store = createTokenStore(api);
    store.getState().updateForm({ clientId: 'id-1', environmentId: 'mp-production' });
    expect(await store.getState().requestToken('secret')).toBeUndefined();
    expect(api.callsTo('token:request')).toHaveLength(0);
    store.getState().confirmProduction();
    expect((await store.getState().requestToken('secret'))?.id).toBe('attempt-200');
    expect(store.getState().productionConfirmed).toBe(true);
  });

  it('keeps recent VATs newest first: History seeds them, each sent VAT moves to the front', async () => {
    const api = createFakeApi({ 'token:request': () => ({ ok: true, value: successAttempt(Date.now()) }) });
    const store = createTokenStore(api);
    store.getState().seedRecentVats(['DK13585628', undefined, 'FI20774740', 'DK13585628', 'not-a-vat']);
    expect(store.getState().recentVats).toEqual(['DK13585628', 'FI20774740']);
    store.getState().updateForm({ clientId: 'id-1', merchantVat: ' FI20774740 ' });
    await store.getState().requestToken('secret');
    expect(store.getState().recentVats).toEqual(['FI20774740', 'DK13585628']);
  });

  it('shows an attempt from History as such, and files each sandbox:changed under its own environment', () => {
    const api = createFakeApi();
    const store = createTokenStore(api);
    store.getState().showAttempt(successAttempt(Date.now()), 'history');
    expect(store.getState()).toMatchObject({ attemptSource: 'history', lastAttempt: { id: 'attempt-200' } });
    store.getState().watchSandbox();
    api.emit('sandbox:changed', { environment: 'local-production', state: 'failed' });
    expect(store.getState().sandboxes.local).toBeUndefined();
    expect(store.getState().sandboxes['local-production']?.state).toBe('failed');
    api.emit('sandbox:changed', { environment: 'local', state: 'running' });
    expect(store.getState().sandboxes.local?.state).toBe('running');
  });
});
