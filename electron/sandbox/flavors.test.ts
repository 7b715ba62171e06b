import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, DEMO_CLIENTS_PRODUCTION, KEY_FILE_NAME, PRODUCTION_KEY_FILE_NAME, startSandbox } from './index';
import type { RunningSandbox } from './index';
import {
  CLIENT_CREDENTIALS,
  formBasic,
  getJson,
  httpGet,
  makeTempDir,
  mintToken,
  posHeaders,
  postToken,
} from './sandbox-test-helpers';

let local: RunningSandbox;
let production: RunningSandbox;
let dataDir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dataDir = await makeTempDir();
  // Same data dir, as the app runs them: each flavor keeps its own key file there.
  [local, production] = await Promise.all([
    startSandbox({ dataDir: dataDir.path }),
    startSandbox({ dataDir: dataDir.path, flavor: 'production' }),
  ]);
});

afterAll(async () => {
  await Promise.all([local?.close(), production?.close()]);
  await dataDir?.remove();
});

const storesAt = (sandbox: RunningSandbox, token: string) =>
  httpGet(`${sandbox.posBase}/stores`, posHeaders(token, 'DK12345678'));
const kidsOf = async (sandbox: RunningSandbox) =>
  ((await getJson(sandbox.jwksUrl)).json?.keys as { kid: string }[]).map((key) => key.kid);
const keyFileKid = async (name: string) =>
  (JSON.parse(await readFile(join(dataDir.path, name), 'utf8')) as { kid: string }).kid;

describe('"Local production", a second local environment', () => {
  it('has its own demo clients, different from the sandbox ones', () => {
    expect(local.flavor).toBe('sandbox');
    expect(production.flavor).toBe('production');
    expect(local.clients).toEqual(DEMO_CLIENTS);
    expect(production.clients).toEqual(DEMO_CLIENTS_PRODUCTION);
    const sandboxIds = new Set(DEMO_CLIENTS.map((client) => client.clientId));
    const sandboxSecrets = new Set(DEMO_CLIENTS.map((client) => client.clientSecret));
    for (const client of DEMO_CLIENTS_PRODUCTION) {
      expect(sandboxIds.has(client.clientId)).toBe(false);
      expect(sandboxSecrets.has(client.clientSecret)).toBe(false);
    }
  });

  it('keeps its own key file and publishes another key; the issuer is its own auth base', async () => {
    const [localKids, productionKids] = await Promise.all([kidsOf(local), kidsOf(production)]);
    expect(localKids).toEqual([local.signingKid()]);
    expect(productionKids).toEqual([production.signingKid()]);
    expect(productionKids[0]).not.toBe(localKids[0]);
    expect(await keyFileKid(KEY_FILE_NAME)).toBe(local.signingKid());
    expect(await keyFileKid(PRODUCTION_KEY_FILE_NAME)).toBe(production.signingKid());
    expect((await getJson(production.discoveryUrl)).json?.issuer).toBe(production.authBase);
  });

  it.each([
    ['sandbox credentials at Local production', () => production, DEMO_CLIENTS],
    ['production credentials at Local sandbox', () => local, DEMO_CLIENTS_PRODUCTION],
  ])('answers %s with 401 invalid_client', async (_name, target, clients) => {
    for (const client of clients) {
      const answer = await postToken(target().tokenUrl, {
        authorization: formBasic(client.clientId, client.clientSecret),
        body: { ...CLIENT_CREDENTIALS },
      });
      expect(answer.status).toBe(401);
      expect(answer.json?.error).toBe('invalid_client');
    }
  });

  it("refuses the other environment's token at its PoS API: the signature key is not found", async () => {
    const [localToken, productionToken] = await Promise.all([
      mintToken(local.tokenUrl, DEMO_CLIENTS[0]!),
      mintToken(production.tokenUrl, DEMO_CLIENTS_PRODUCTION[0]!),
    ]);
    expect((await storesAt(production, productionToken)).status).toBe(200);
    expect((await storesAt(local, localToken)).status).toBe(200);

    for (const [target, foreign] of [
      [production, localToken],
      [local, productionToken],
    ] as const) {
      const answer = await storesAt(target, foreign);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toContain('signature key was not found');
    }
  });

  it('rejects an unknown flavor', async () => {
    await expect(startSandbox({ dataDir: dataDir.path, flavor: 'staging' as never })).rejects.toThrow(/flavor/);
  });
});

describe('rotateSigningKey', () => {
  it('publishes only the new key: older tokens stop verifying at the PoS API, new ones work', async () => {
    const before = production.signingKid();
    const oldToken = await mintToken(production.tokenUrl, DEMO_CLIENTS_PRODUCTION[0]!);
    expect((await storesAt(production, oldToken)).status).toBe(200);

    const { kid } = await production.rotateSigningKey();
    expect(kid).toMatch(/^[0-9A-F]{40}$/);
    expect(kid).not.toBe(before);
    expect(production.signingKid()).toBe(kid);
    expect(await kidsOf(production)).toEqual([kid]);
    expect(await keyFileKid(PRODUCTION_KEY_FILE_NAME)).toBe(kid);

    const refused = await storesAt(production, oldToken);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain(`kid '${before}'`);
    const newToken = await mintToken(production.tokenUrl, DEMO_CLIENTS_PRODUCTION[0]!);
    expect((await storesAt(production, newToken)).status).toBe(200);
    // The other flavor is untouched.
    expect(await kidsOf(local)).toEqual([local.signingKid()]);
  });

  it('keeps the rotated key across a restart', async () => {
    const again = await startSandbox({ dataDir: dataDir.path, flavor: 'production' });
    try {
      expect(again.signingKid()).toBe(production.signingKid());
    } finally {
      await again.close();
    }
  });
});
