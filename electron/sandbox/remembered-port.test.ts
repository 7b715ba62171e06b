import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, DEMO_CLIENTS_PRODUCTION, startSandbox } from './index';
import { portFileNameFor } from './remembered-port';
import { httpGet, makeTempDir, mintToken, posHeaders } from './sandbox-test-helpers';

// The app's sandbox keeps its port across restarts, so a token minted before a restart is still accepted after it
// (its iss and aud name the port) and URLs pasted into an integrator's own code keep working.
let dataDir: Awaited<ReturnType<typeof makeTempDir>>;
const cleanups: (() => Promise<unknown>)[] = [];

beforeEach(async () => {
  dataDir = await makeTempDir();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await dataDir.remove();
});

async function start(options: Partial<Parameters<typeof startSandbox>[0]> = {}) {
  const sandbox = await startSandbox({ dataDir: dataDir.path, rememberPort: true, ...options });
  cleanups.push(() => sandbox.close());
  return sandbox;
}

async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return server;
}

describe('remembered port', () => {
  it('a restart listens on the same port, and a token minted before it is still accepted by the PoS API', async () => {
    const first = await start();
    const token = await mintToken(first.tokenUrl, DEMO_CLIENTS[0]!, 'DK13585628');
    await first.close();
    const second = await start();
    expect(second.port).toBe(first.port);
    expect(second.authBase).toBe(first.authBase);
    expect((await httpGet(`${second.posBase}/stores`, posHeaders(token))).status).toBe(200);
  });

  it('when something else holds the remembered port, it takes a free one and remembers that instead', async () => {
    const first = await start();
    await first.close();
    await occupy(first.port);
    const second = await start();
    expect(second.port).not.toBe(first.port);
    await second.close();
    const third = await start();
    expect(third.port).toBe(second.port);
  });

  it('each flavor remembers its own port', async () => {
    const sandbox = await start();
    const production = await start({ flavor: 'production' });
    await Promise.all([sandbox.close(), production.close()]);
    expect((await start()).port).toBe(sandbox.port);
    const again = await start({ flavor: 'production' });
    expect(again.port).toBe(production.port);
    await mintToken(again.tokenUrl, DEMO_CLIENTS_PRODUCTION[0]!);
  });

  it.each([['not json'], ['{"port":80}'], ['{"port":"7070"}'], ['{}']])(
    'an unusable port file (%s) means any free port, then a good file',
    async (text) => {
      writeFileSync(join(dataDir.path, portFileNameFor('sandbox')), text);
      const sandbox = await start();
      expect(sandbox.port).toBeGreaterThanOrEqual(1024);
      await sandbox.close();
      expect((await start()).port).toBe(sandbox.port);
    },
  );

  it('an explicit port wins and is not remembered; without rememberPort nothing is written', async () => {
    const probe = await occupy(0);
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const sandbox = await start({ port });
    expect(sandbox.port).toBe(port);
    await sandbox.close();
    await start({ rememberPort: false });
    expect(existsSync(join(dataDir.path, portFileNameFor('sandbox')))).toBe(false);
  });
});
