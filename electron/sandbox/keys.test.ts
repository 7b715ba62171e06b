import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, startSandbox } from './index';
import type { RunningSandbox } from './index';
import { KEY_FILE_NAME } from './keys';
import { CLIENT_CREDENTIALS, formBasic, getJson, makeTempDir, postToken } from './sandbox-test-helpers';

const demo = DEMO_CLIENTS[0]!;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  cleanups.push(dir.remove);
  return dir.path;
}

async function start(dataDir: string): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ dataDir });
  cleanups.push(sandbox.close);
  return sandbox;
}

async function jwksOf(sandbox: RunningSandbox): Promise<JSONWebKeySet> {
  return (await getJson(sandbox.jwksUrl)).json as unknown as JSONWebKeySet;
}

async function tokenFrom(sandbox: RunningSandbox): Promise<string> {
  const answer = await postToken(sandbox.tokenUrl, {
    authorization: formBasic(demo.clientId, demo.clientSecret),
    body: { ...CLIENT_CREDENTIALS },
  });
  expect(answer.status).toBe(200);
  return String(answer.json?.access_token);
}

describe('signing key persistence', () => {
  it('creates the data dir and a private key file on first start', async () => {
    const dataDir = join(await tempDir(), 'nested', 'sandbox');
    await start(dataDir);

    const file = await stat(join(dataDir, KEY_FILE_NAME));
    expect(file.isFile()).toBe(true);
    if (process.platform !== 'win32') expect(file.mode & 0o777).toBe(0o600);
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the key across a restart, so a token from before still verifies against the new JWKS', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    const token = await tokenFrom(first);
    const firstKid = (await jwksOf(first)).keys[0]?.kid;
    await first.close();

    const second = await start(dataDir);
    const secondJwks = await jwksOf(second);
    expect(secondJwks.keys[0]?.kid).toBe(firstKid);
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(secondJwks), {
      algorithms: ['RS256'],
    });
    expect(protectedHeader.kid).toBe(firstKid);
    expect(payload.iss).toBe(first.authBase);
  });

  it('uses a different key for a different data dir, and that key does not verify the other tokens', async () => {
    const one = await start(await tempDir());
    const two = await start(await tempDir());
    const [jwksOne, jwksTwo] = await Promise.all([jwksOf(one), jwksOf(two)]);
    expect(jwksOne.keys[0]?.kid).not.toBe(jwksTwo.keys[0]?.kid);

    const tokenOne = await tokenFrom(one);
    await expect(jwtVerify(tokenOne, createLocalJWKSet(jwksTwo))).rejects.toThrow();
  });

  it.each([
    ['not JSON', 'this is not json {'],
    ['JSON of the wrong shape', JSON.stringify({ hello: 'world' })],
    ['a key that does not match its certificate', 'MISMATCH'],
    ['an empty file', ''],
  ])('replaces a corrupt key file (%s), keeping the old one aside', async (_name, content) => {
    const dataDir = await tempDir();
    const keyFile = join(dataDir, KEY_FILE_NAME);
    let written = content;
    if (content === 'MISMATCH') {
      // A well-formed file whose private key belongs to another certificate.
      const a = await tempDir();
      const b = await tempDir();
      await (await start(a)).close();
      await (await start(b)).close();
      const fileA = JSON.parse(await readFile(join(a, KEY_FILE_NAME), 'utf8')) as Record<string, unknown>;
      const fileB = JSON.parse(await readFile(join(b, KEY_FILE_NAME), 'utf8')) as Record<string, unknown>;
      written = JSON.stringify({ ...fileA, privateKey: fileB.privateKey });
    }
    await writeFile(keyFile, written, { mode: 0o600 });

    const sandbox = await start(dataDir);
    expect(await tokenFrom(sandbox)).toMatch(/^ey/);

    const aside = (await readdir(dataDir)).filter((name) => name.startsWith(`${KEY_FILE_NAME}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dataDir, aside[0]!), 'utf8')).toBe(written);
    const fresh = JSON.parse(await readFile(keyFile, 'utf8')) as { kid: string };
    expect(fresh.kid).toBe((await jwksOf(sandbox)).keys[0]?.kid);
  });
});

describe('lifecycle', () => {
  it('rejects with EADDRINUSE when the requested port is taken', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    await expect(startSandbox({ dataDir, port: first.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('stops the server even with a keep-alive connection open, and can be called twice', async () => {
    const sandbox = await start(await tempDir());
    const response = await fetch(sandbox.discoveryUrl, { headers: { connection: 'keep-alive' } });
    await response.text();

    await Promise.all([sandbox.close(), sandbox.close()]);
    await sandbox.close();
    await expect(fetch(sandbox.discoveryUrl)).rejects.toThrow();
  });
});
