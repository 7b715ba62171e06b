import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callPos } from '../services/probes/index';
import { useTestCore } from './core-test-support';
import {
  HOSTILE_TOKENS,
  leaksIn,
  startHostileServer,
  type HostileMode,
  type HostileServer,
} from './hostile-servers-test-support';

/**
 * Issue 10 item 4: token endpoints that hand the credentials back (echoed JSON, an HTML page, opaque tokens under
 * other names, tokens in headers and cookies). Whatever they answer, the secret in any encoding and any usable
 * token must not reach an IPC answer, history.json, the HAR or the support text.
 */
const SECRET = 'h0stile-Secr3t+with/odd=chars&"q" é~!';
const CLIENT_ID = 'client:id with space';
const MODES: HostileMode[] = ['echo-json', 'echo-html', 'opaque-token', 'header-token', 'cookie'];
const { current, call } = useTestCore('ic-hostile-');
let server: HostileServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Usable tokens the servers mint: opaque ones whole, and the JWT with its signature. */
function tokenLeaks(text: string): string[] {
  const { opaque, opaque2, opaque3, jwt } = HOSTILE_TOKENS;
  return Object.entries({ opaque, opaque2, opaque3, jwt, jwtSignature: jwt.split('.')[2]! })
    .filter(([, token]) => text.includes(token) || text.includes(encodeURIComponent(token)))
    .map(([name]) => name);
}

async function everythingShown(mode: HostileMode): Promise<Record<string, string>> {
  server = await startHostileServer(mode);
  const target = {
    environment: 'custom',
    customTokenUrl: server.tokenUrl,
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    sendIbmClientId: false,
  };
  const shown: Record<string, string> = {};
  for (const basicEncoding of ['form', 'raw']) {
    const attempt = await call<{ id: string }>('token:request', { ...target, basicEncoding });
    shown[`token:request ${basicEncoding}`] = JSON.stringify(attempt);
    shown[`history:get ${basicEncoding}`] = JSON.stringify(await call('history:get', { id: attempt.id }));
    shown[`support text ${basicEncoding}`] = (
      await call<{ text: string }>('export:support-text', { attemptId: attempt.id })
    ).text;
  }
  shown['probe:client-auth'] = JSON.stringify(await call('probe:client-auth', target));
  shown['history:list'] = JSON.stringify(await call('history:list', {}));
  shown.har = (await call<{ json: string }>('export:har', { scope: 'run' })).json;
  // Everything at rest: the History snapshot and its append log, profiles, settings — whatever main wrote.
  const atRest = readdirSync(current.dataDir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  expect(atRest.some((entry) => entry.name.startsWith('history.'))).toBe(true);
  for (const entry of atRest) shown[`file ${entry.name}`] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  expect(server.received.length).toBeGreaterThanOrEqual(5);
  return shown;
}

describe('hostile token endpoints cannot make the console show a credential', () => {
  it.each(MODES)('%s: no encoding of the secret and no usable token anywhere', async (mode) => {
    const shown = await everythingShown(mode);
    const leaks = Object.entries(shown).flatMap(([where, text]) => [
      ...leaksIn(text, CLIENT_ID, SECRET).map((how) => `${where}: secret ${how}`),
      ...tokenLeaks(text).map((token) => `${where}: ${token}`),
    ]);
    expect(leaks).toEqual([]);
  });

  it('still shows what the server said around the credentials', async () => {
    const shown = await everythingShown('echo-json');
    expect(shown['token:request form']).toContain('invalid_client');
    expect(shown['token:request form']).toContain('grant_type=client_credentials');
  });

  it('a PoS API echoing an opaque token gets it scrubbed from the captured call', async () => {
    server = await startHostileServer('echo-json');
    const posBase = server.tokenUrl.replace('/integrator-authentication/connect/token', '/pos/v10');
    const result = await callPos((url, init) => fetch(url, init), {
      posBase,
      path: '/stores',
      token: HOSTILE_TOKENS.opaque,
    });
    expect(server.received[0]?.headers.authorization).toBe(`Bearer ${HOSTILE_TOKENS.opaque}`);
    expect(tokenLeaks(JSON.stringify(result))).toEqual([]);
  });
});
