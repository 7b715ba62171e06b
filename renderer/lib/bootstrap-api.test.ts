import { describe, expect, it } from 'vitest';
import type { BootstrapAnswer } from '../../shared/ipc/contract';
import { createFakeApi, sandboxStatusFor } from '../test-support/fake-api';
import { answeredAtStart, bootstrapSettled, withBootstrap } from './bootstrap-api';

const summary = (id: string) => ({
  id,
  at: '2026-12-02T10:00:00.000Z',
  environment: { id: 'local' as const, label: 'Local sandbox', production: false },
  outcome: 'token' as const,
  durationMs: 4,
});

const answer: BootstrapAnswer = {
  answers: {
    'app:info': { ok: true, value: { version: '9.9.9', shell: 'preview', platform: 'linux' } },
    'environments:list': { ok: true, value: [] },
    'profiles:list': { ok: false, error: { code: 'ENCRYPTION_UNAVAILABLE', message: 'No keychain.' } },
    'app:notices': { ok: true, value: [] },
    'history:list': { ok: true, value: [summary('old')] },
    'settings:get': { ok: true, value: { presentationMode: false, welcomeSeen: true } },
  },
  sandboxes: {
    local: { ok: true, value: sandboxStatusFor('local', 'stopped') },
    'local-production': { ok: true, value: sandboxStatusFor('local-production', 'stopped') },
  },
};

describe('start-up in one round trip', () => {
  it('answers every start-up call from one app:bootstrap call, failures included, sandbox statuses as often as asked', async () => {
    const fake = createFakeApi({ 'app:bootstrap': () => ({ ok: true, value: answer }) });
    const api = withBootstrap(fake);
    const results = await Promise.all([
      api.invoke('app:info', {}),
      api.invoke('profiles:list', {}),
      api.invoke('history:list', {}),
      api.invoke('sandbox:status', {}),
      api.invoke('sandbox:status', { environment: 'local' }),
      api.invoke('sandbox:status', { environment: 'local-production' }),
    ]);
    expect(fake.calls.map((call) => call.channel)).toEqual(['app:bootstrap']);
    expect(results[0]).toEqual(answer.answers['app:info']);
    expect(results[1]).toEqual(answer.answers['profiles:list']);
    expect(results[4]).toEqual({ ok: true, value: sandboxStatusFor('local', 'stopped') });
  });

  it('goes to main again once the answer may be stale (another call, an event) and hands notices out once', async () => {
    const fake = createFakeApi({ 'app:bootstrap': () => ({ ok: true, value: answer }) });
    const api = withBootstrap(fake);
    await api.invoke('history:list', {});
    await api.invoke('app:notices', {});
    await api.invoke('app:notices', {});
    await api.invoke('history:list', {});
    await api.invoke('sandbox:start', {});
    await api.invoke('sandbox:status', {});
    await api.invoke('history:list', {});
    expect(fake.calls.map((call) => call.channel)).toEqual([
      'app:bootstrap',
      'app:notices',
      'sandbox:start',
      'sandbox:status',
      'history:list',
    ]);

    const eventsFake = createFakeApi({ 'app:bootstrap': () => ({ ok: true, value: answer }) });
    const watched = withBootstrap(eventsFake);
    await watched.invoke('app:info', {});
    watched.on('sandbox:changed', () => {});
    eventsFake.emit('sandbox:changed', sandboxStatusFor('local', 'running'));
    await watched.invoke('sandbox:status', {});
    expect(eventsFake.calls.map((call) => call.channel)).toEqual(['app:bootstrap', 'sandbox:status']);
  });

  it('calls each channel as before when main cannot bootstrap', async () => {
    const fake = createFakeApi();
    const api = withBootstrap(fake);
    expect(await api.invoke('app:info', {})).toMatchObject({ ok: true, value: { version: '0.1.0' } });
    expect(fake.calls.map((call) => call.channel)).toEqual(['app:bootstrap', 'app:info']);
  });

  it('eager: asks at once, and once the answer is in, hands start-up answers out synchronously until it is spent', async () => {
    const fake = createFakeApi({ 'app:bootstrap': () => ({ ok: true, value: answer }) });
    const api = withBootstrap(fake, { eager: true });
    expect(fake.calls.map((call) => call.channel)).toEqual(['app:bootstrap']);
    // Not in yet: the caller loads as before.
    expect(answeredAtStart(api, 'history:list', {})).toBeUndefined();
    await bootstrapSettled(api);
    expect(answeredAtStart(api, 'history:list', {})).toEqual(answer.answers['history:list']);
    expect(answeredAtStart(api, 'sandbox:status', { environment: 'local-production' })).toEqual(
      answer.sandboxes['local-production'],
    );
    // The same object an invoke gets, so a store that started from it sees nothing new when it loads.
    expect(await api.invoke('history:list', {})).toBe(answeredAtStart(api, 'history:list', {}));
    expect(answeredAtStart(api, 'app:notices', {})).toEqual(answer.answers['app:notices']);
    expect(answeredAtStart(api, 'app:notices', {})).toBeUndefined();
    await api.invoke('sandbox:start', {});
    expect(answeredAtStart(api, 'history:list', {})).toBeUndefined();
    expect(fake.calls.map((call) => call.channel)).toEqual(['app:bootstrap', 'sandbox:start']);
  });

  it('hands nothing out synchronously for an api without a start-up answer', async () => {
    const fake = createFakeApi();
    await bootstrapSettled(fake);
    expect(answeredAtStart(fake, 'app:info', {})).toBeUndefined();
  });
});
