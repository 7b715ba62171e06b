import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../app-core';
import { leaksIn, startHostileServer, type HostileServer } from '../handlers/hostile-servers-test-support';
import { sessionOnlyCipher, unsupportedClipboard } from './adapters';
import { startPreviewServer, type RunningPreview } from './server';

/**
 * The attack of issue 10 item 3, through the preview's handler endpoint exactly as a page holding the key would
 * make it: a saved profile's secret asked to go to a token endpoint (or a client id) the profile does not name.
 */
const SECRET = 'Pr0file-s3cret+with/odd=chars&"quotes"é';
const CLIENT_ID = 'shop-client';

let dir: string;
let core: AppCore;
let preview: RunningPreview;
let key: string;
let echo: HostileServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ic-exfil-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
  core = createAppCore({
    dataDir: dir,
    fetch: (url, init) => fetch(url, init),
    appInfo: { version: 'test', shell: 'preview', platform: 'test' },
    broadcast: () => {},
    cipher: sessionOnlyCipher,
    clipboard: unsupportedClipboard,
  });
  preview = await startPreviewServer({ handlers: core.handlers, staticDir: dir });
  key = new URL(preview.url).hash.replace('#key=', '');
  echo = await startHostileServer('echo-json');
});

afterEach(async () => {
  await Promise.all([preview.close(), core.shutdown(), echo.close()]);
  rmSync(dir, { recursive: true, force: true });
});

async function ipc(
  channel: string,
  payload: unknown,
): Promise<{ text: string; result: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  const response = await fetch(`${preview.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-console-key': key },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  return { text, result: JSON.parse(text) as never };
}

async function savedProfile(draft: Record<string, unknown>): Promise<string> {
  const { result } = await ipc('profiles:create', {
    name: 'Shop',
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    ...draft,
  });
  expect(result.ok).toBe(true);
  return (result.value as { id: string }).id;
}

const asked = (profileId: string, overrides: Record<string, unknown>) => ({
  environment: 'custom',
  customTokenUrl: echo.tokenUrl,
  profileId,
  clientId: CLIENT_ID,
  sendIbmClientId: false,
  ...overrides,
});

describe('a saved secret only goes where its profile points (through the preview)', () => {
  it.each(['token:request', 'probe:client-auth'])(
    '%s: another token endpoint than the profile names is refused before sending',
    async (channel) => {
      const profileId = await savedProfile({ environment: 'local' });
      const request = asked(profileId, channel === 'token:request' ? { basicEncoding: 'raw' } : {});
      const { text, result } = await ipc(channel, request);
      expect(leaksIn(text, CLIENT_ID, SECRET)).toEqual([]);
      expect(result.ok).toBe(false);
      expect(['INVALID_INPUT', 'FORBIDDEN']).toContain(result.error?.code);
      expect(result.error?.message).toMatch(/profile/i);
      expect(echo.received).toHaveLength(0);
    },
  );

  it.each(['token:request', 'probe:client-auth'])(
    '%s: a custom profile asked for another URL or client id is refused',
    async (channel) => {
      const own = await startHostileServer('echo-json');
      try {
        const profileId = await savedProfile({ environment: 'custom', customTokenUrl: own.tokenUrl });
        const extra = channel === 'token:request' ? { basicEncoding: 'form' } : {};
        for (const overrides of [{ ...extra }, { ...extra, customTokenUrl: own.tokenUrl, clientId: 'attacker' }]) {
          const { text, result } = await ipc(channel, asked(profileId, overrides));
          expect(leaksIn(text, CLIENT_ID, SECRET)).toEqual([]);
          expect(result.error?.code).toMatch(/INVALID_INPUT|FORBIDDEN/);
        }
        expect(echo.received).toHaveLength(0);
        expect(own.received).toHaveLength(0);
      } finally {
        await own.close();
      }
    },
  );

  it('re-pointing a profile that holds a secret needs the secret typed again', async () => {
    const profileId = await savedProfile({ environment: 'local' });
    const { result } = await ipc('profiles:update', {
      id: profileId,
      patch: { environment: 'custom', customTokenUrl: echo.tokenUrl },
    });
    expect(result.error?.code).toBe('FORBIDDEN');
    const { text } = await ipc('token:request', asked(profileId, { basicEncoding: 'raw' }));
    expect(leaksIn(text, CLIENT_ID, SECRET)).toEqual([]);
    expect(echo.received).toHaveLength(0);
    // With the secret typed in the same change, the user really chose the new endpoint.
    const typed = await ipc('profiles:update', {
      id: profileId,
      patch: { environment: 'custom', customTokenUrl: echo.tokenUrl, clientSecret: 'typed-again' },
    });
    expect(typed.result.ok).toBe(true);
  });

  it("the profile's own endpoint gets the secret, and its echo of it comes back scrubbed", async () => {
    const profileId = await savedProfile({
      environment: 'custom',
      customTokenUrl: echo.tokenUrl,
      basicEncoding: 'raw',
    });
    const { text, result } = await ipc('token:request', asked(profileId, { basicEncoding: 'raw' }));
    expect(result.ok).toBe(true);
    expect(echo.received).toHaveLength(1);
    const sent = Buffer.from(String(echo.received[0]?.headers.authorization).replace('Basic ', ''), 'base64').toString(
      'utf8',
    );
    expect(sent === `${CLIENT_ID}:${SECRET}`, 'the saved secret reached its own endpoint').toBe(true);
    expect(text).toContain('invalid_client');
    expect(leaksIn(text, CLIENT_ID, SECRET)).toEqual([]);
  });
});
