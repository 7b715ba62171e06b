import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot } from '../cli/cli-test-support';
import { formEncodedBasic } from './cli-output';
import { DEMO_CLIENTS, WORKER_HEADER } from './index';
import { makeTempDir } from './sandbox-test-helpers';

const demo = DEMO_CLIENTS[0] ?? { clientId: '', clientSecret: '' };
const running: ChildProcessWithoutNullStreams[] = [];
let dataDir: { path: string; remove: () => Promise<void> };

beforeAll(async () => {
  dataDir = await makeTempDir();
  ensureBuilt();
}, 120_000);
afterAll(() => dataDir.remove());
afterEach(async () => {
  for (const child of running.splice(0)) await stop(child);
});

async function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  child.kill('SIGTERM');
  const [code] = (await once(child, 'close')) as [number | null];
  return code;
}

/** `integrator-console sandbox --workers N --json`: resolves with its JSON line once a worker listens. */
async function startCluster(
  workers: number,
): Promise<{ child: ChildProcessWithoutNullStreams; origin: string; jwksUrl: string; tokenUrl: string }> {
  const child = spawn(
    process.execPath,
    ['bin/integrator-console.js', 'sandbox', '--workers', String(workers), '--json', '--data-dir', dataDir.path],
    { cwd: repoRoot },
  );
  running.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    child.once('close', (code) => reject(new Error(`sandbox exited (${code}) before listening`)));
  });
  const info = JSON.parse(line) as { authBase: string; jwksUrl: string; tokenUrl: string };
  return { child, origin: new URL(info.authBase).origin, jwksUrl: info.jwksUrl, tokenUrl: info.tokenUrl };
}

interface Minted {
  status: number;
  worker: string | undefined;
  token?: string;
}

/** One token request on a connection of its own, so the primary's round robin hands it to the next worker. */
function mint(tokenUrl: string): Promise<Minted> {
  const body = 'grant_type=client_credentials';
  return new Promise((resolve, reject) => {
    const req = request(
      tokenUrl,
      {
        method: 'POST',
        agent: false,
        headers: {
          authorization: `Basic ${formEncodedBasic(demo.clientId, demo.clientSecret)}`,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': body.length,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const worker = res.headers[WORKER_HEADER.toLowerCase()];
          const parsed = res.statusCode === 200 ? (JSON.parse(text) as { access_token: string }) : undefined;
          resolve({
            status: res.statusCode ?? 0,
            worker: typeof worker === 'string' ? worker : undefined,
            ...(parsed ? { token: parsed.access_token } : {}),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A bounded loopback load: `total` requests, at most `concurrency` at a time; errors are counted, not thrown. */
async function load(
  tokenUrl: string,
  total: number,
  concurrency: number,
): Promise<{ results: Minted[]; errors: number }> {
  const results: Minted[] = [];
  let errors = 0;
  let next = 0;
  const lane = async () => {
    while (next < total) {
      next += 1;
      await mint(tokenUrl).then(
        (result) => results.push(result),
        () => (errors += 1),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { results, errors };
}

describe('integrator-console sandbox --workers', () => {
  it('spreads a bounded load over every worker with 0 errors; all tokens verify against one JWKS', async () => {
    const { tokenUrl, jwksUrl, origin } = await startCluster(2);
    const { results, errors } = await load(tokenUrl, 120, 12);
    expect(errors).toBe(0);
    expect(results.filter((result) => result.status !== 200)).toEqual([]);
    expect(new Set(results.map((result) => result.worker))).toEqual(new Set(['1', '2']));
    const keys = createLocalJWKSet((await (await fetch(jwksUrl)).json()) as JSONWebKeySet);
    const verified = await Promise.all(
      results.map((result) =>
        jwtVerify(result.token ?? '', keys).then(
          () => true,
          () => false,
        ),
      ),
    );
    expect(verified.every(Boolean)).toBe(true);
    const health = (await (await fetch(`${origin}/health`)).json()) as { status: string; worker: number };
    expect(health.status).toBe('ok');
    expect([1, 2]).toContain(health.worker);
  }, 120_000);

  it('keeps its signing key across a restart: a token minted before verifies after', async () => {
    const first = await startCluster(2);
    const before = await mint(first.tokenUrl);
    expect(await stop(first.child)).toBe(0);
    const second = await startCluster(2);
    const keys = createLocalJWKSet((await (await fetch(second.jwksUrl)).json()) as JSONWebKeySet);
    await expect(jwtVerify(before.token ?? '', keys)).resolves.toBeTruthy();
  }, 120_000);
});
