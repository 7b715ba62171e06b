import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type EventName, type EventPayloads, type SandboxStatus } from '../shared/ipc/contract';
import { createAppCore, type AppCore } from './app-core';
import { dispatch } from './handlers/dispatch';
import { DEMO_CLIENTS } from './sandbox/index';
import { fakeCipher } from './services/fake-cipher';
import { fakeClipboard, tempDirs } from './services/profiles-test-support';

// The whole main-side stack as both shells build it, driven through dispatch, against the real sandbox.
const dirs = tempDirs('ic-core-');
let core: AppCore;
let dataDir: string;
let events: { event: EventName; payload: EventPayloads[EventName] }[];
const demo = DEMO_CLIENTS[0]!;

beforeEach(() => {
  dataDir = dirs.make();
  events = [];
  core = createAppCore({
    dataDir,
    fetch: (url, init) => fetch(url, init),
    appInfo: { version: 'test', shell: 'preview', platform: 'test' },
    broadcast: (event, payload) => events.push({ event, payload }),
    cipher: fakeCipher(),
    clipboard: fakeClipboard(),
  });
});

afterEach(async () => {
  await core.shutdown();
  dirs.cleanup();
});

const call = (channel: string, payload: unknown) => dispatch(core.handlers, channel, payload);
const request = { environment: 'local', clientId: demo.clientId, basicEncoding: 'form', sendIbmClientId: false };

function allFilesText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'latin1'))
    .join('\n');
}

describe('app core', () => {
  it('answers the first screen in one app:bootstrap call, each part as its own channel would, without starting a sandbox', async () => {
    const answer = await call('app:bootstrap', {});
    expect(answer.ok).toBe(true);
    const { answers, sandboxes } = (
      answer as { value: { answers: Record<string, unknown>; sandboxes: Record<string, unknown> } }
    ).value;
    for (const channel of ['app:info', 'environments:list', 'profiles:list', 'history:list', 'settings:get']) {
      expect(answers[channel], channel).toEqual(await call(channel, {}));
    }
    expect(answers['app:notices']).toEqual({ ok: true, value: [] });
    expect(sandboxes).toEqual({
      local: { ok: true, value: { environment: 'local', state: 'stopped' } },
      'local-production': { ok: true, value: { environment: 'local-production', state: 'stopped' } },
    });
    expect(events).toEqual([]);
  });

  it('starts the local sandbox on first use, announces it, and lists its token URL', async () => {
    expect((await call('environments:list', {})) as unknown).toMatchObject({
      ok: true,
      value: [{ id: 'local' }, { id: 'local-production' }, {}, {}, {}],
    });
    const attempt = await call('token:request', {
      ...request,
      clientSecret: demo.clientSecret,
      merchantVat: 'DK13585628',
    });
    expect(attempt).toMatchObject({
      ok: true,
      value: { outcome: 'token', environment: { id: 'local' }, merchantVat: 'DK13585628' },
    });
    const sandboxEvents = events.flatMap((entry) =>
      entry.event === 'sandbox:changed' ? [entry.payload as SandboxStatus] : [],
    );
    expect(sandboxEvents.map((status) => status.state)).toEqual(['starting', 'running']);
    expect(events.filter((entry) => entry.event === 'history:changed').map((entry) => entry.payload)).toMatchObject([
      { added: { id: attempt.ok ? (attempt.value as { id: string }).id : 'none', outcome: 'token' }, removedIds: [] },
    ]);
    const listed = await call('environments:list', {});
    expect(listed.ok && (listed.value as { id: string; tokenUrl?: string }[])[0]?.tokenUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/integrator-authentication\/connect\/token$/,
    );
  });

  it('requests a token with a saved profile: main reads the secret from the vault, nothing secret is written or answered', async () => {
    const created = await call('profiles:create', {
      name: 'Demo',
      environment: 'local',
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
    });
    expect(created.ok).toBe(true);
    const profile = (created as { value: { id: string; secret: { state: string; fingerprint: string } } }).value;
    expect(profile.secret.state).toBe('present');
    const attempt = await call('token:request', { ...request, profileId: profile.id });
    expect(attempt).toMatchObject({ ok: true, value: { outcome: 'token', profileId: profile.id } });
    const answered = JSON.stringify([
      created,
      attempt,
      await call('profiles:list', {}),
      await call('profiles:export', {}),
    ]);
    const files = allFilesText(dataDir);
    for (const text of [answered, files]) {
      expect(text).not.toContain(demo.clientSecret);
      expect(text).not.toContain(Buffer.from(demo.clientSecret).toString('base64'));
      expect(text).not.toContain(Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64'));
    }
  });

  it('refuses a request with neither secret nor profile, and a custom URL that is not https', async () => {
    expect(await call('token:request', request)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const custom = await call('token:request', {
      ...request,
      clientSecret: 'x',
      environment: 'custom',
      customTokenUrl: 'http://auth.example.com/connect/token',
    });
    expect(custom).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/https/) },
    });
  });

  it('reaches a custom loopback endpoint (the sandbox itself) the same way', async () => {
    const sandbox = await core.sandboxes.local.ensureStarted();
    const attempt = await call('token:request', {
      ...request,
      clientSecret: demo.clientSecret,
      environment: 'custom',
      customTokenUrl: `${sandbox.authBase}/connect/token`,
    });
    expect(attempt).toMatchObject({ ok: true, value: { outcome: 'token', environment: { id: 'custom' } } });
  });

  it('answers malformed payloads on every channel with INVALID_INPUT and keeps serving', async () => {
    const junk: unknown[] = [
      null,
      42,
      'x',
      [],
      JSON.parse('{"__proto__": {"admin": true}}'),
      { constructor: { prototype: {} } },
      { extra: 'y'.repeat(100_000) },
      new Date(),
      new Map([['id', 'x']]),
    ];
    for (const channel of Object.keys(CHANNELS)) {
      for (const payload of junk) {
        const result = await call(channel, payload);
        expect(
          result.ok === false && result.error.code,
          `${channel} with ${Object.prototype.toString.call(payload)}`,
        ).toBe('INVALID_INPUT');
      }
    }
    expect(await call('app:info', {})).toMatchObject({ ok: true });
  });
});
