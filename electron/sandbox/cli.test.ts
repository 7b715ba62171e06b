import { execFile, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FAULTS, startSandbox } from './index';
import { makeTempDir, tokenParts } from './sandbox-test-helpers';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

function spawnCli(args: string[]): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/sandbox/cli.ts', ...args], { cwd: repoRoot });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'close');
    }
  });
  return child;
}

/** Resolves with the first stdout line; rejects if the process exits first. */
function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString();
      const end = buffered.indexOf('\n');
      if (end === -1) return;
      child.stdout.off('data', onData);
      resolve(buffered.slice(0, end));
    };
    child.stdout.on('data', onData);
    child.once('close', (code) => reject(new Error(`cli exited (${code}) before printing: ${stderr}`)));
  });
}

function collect(stream: NodeJS.ReadableStream): { text: () => string } {
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { text: () => text };
}

describe('npm run sandbox (electron/sandbox/cli.ts)', () => {
  it('--json prints one JSON line that real curl can use, and SIGINT stops it with exit 0', async () => {
    const dataDir = await makeTempDir();
    cleanups.push(dataDir.remove);
    const child = spawnCli(['--json', '--data-dir', dataDir.path]);
    const stdout = collect(child.stdout);
    const line = await firstLine(child);

    const info = JSON.parse(line) as {
      authBase: string;
      tokenUrl: string;
      discoveryUrl: string;
      jwksUrl: string;
      clients: { clientId: string; clientSecret: string; label: string; note: string }[];
    };
    expect(Object.keys(info)).toEqual([
      'authBase',
      'tokenUrl',
      'discoveryUrl',
      'jwksUrl',
      'clients',
      'flavor',
      'posBase',
      'faults',
      'kid',
    ]);
    expect(info.authBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/integrator-authentication$/);
    expect(info.tokenUrl).toBe(`${info.authBase}/connect/token`);
    const plain = info.clients.find((client) => client.clientId === 'demo-integrator');
    expect(plain).toBeDefined();

    const { stdout: curlOut } = await promisify(execFile)('curl', [
      '-s',
      '--noproxy',
      '*',
      '--max-time',
      '10',
      '-u',
      `${plain!.clientId}:${plain!.clientSecret}`,
      '--data-urlencode',
      'grant_type=client_credentials',
      '--data-urlencode',
      'merchant_vat=DK12345678',
      info.tokenUrl,
    ]);
    const body = JSON.parse(curlOut) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type']);
    expect(body).toMatchObject({ expires_in: 3700, token_type: 'Bearer', scope: 'integrator_scope' });
    expect(tokenParts(String(body.access_token)).claims).toMatchObject({
      merchant_vat: 'DK12345678',
      client_id: 'demo-integrator',
      iss: info.authBase,
    });

    const closed = once(child, 'close'); // 'close' = exited and stdio drained
    child.kill('SIGINT');
    const [code, signal] = (await closed) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(stdout.text()).toBe(`${line}\n`); // nothing else on stdout
  });

  it('--flavor production with fault flags: prints them in the JSON line and rotates the key once with --rotate-key', async () => {
    const dataDir = await makeTempDir();
    cleanups.push(dataDir.remove);
    const earlier = await startSandbox({ dataDir: dataDir.path, flavor: 'production' });
    const earlierKid = earlier.signingKid();
    await earlier.close();

    const child = spawnCli([
      '--json',
      '--data-dir',
      dataDir.path,
      '--flavor',
      'production',
      '--clock-skew',
      '-30',
      '--token-lifetime',
      '60',
      '--server-error',
      '503',
      '--delay-ms',
      '5',
      '--require-ibm-client-id',
      '--basic-decoding',
      'raw',
      '--rotate-key',
    ]);
    const info = JSON.parse(await firstLine(child)) as Record<string, unknown>;
    expect(info).toMatchObject({
      flavor: 'production',
      posBase: String(info.authBase).replace('/integrator-authentication', '/pos/v10'),
      faults: {
        ...DEFAULT_FAULTS,
        clockSkewSeconds: -30,
        tokenLifetimeSeconds: 60,
        serverError: 503,
        delayMs: 5,
        requireIbmClientId: true,
        basicDecoding: 'raw',
      },
    });
    expect(info.kid).toMatch(/^[0-9A-F]{40}$/);
    expect(info.kid).not.toBe(earlierKid);
    expect((info.clients as { clientId: string }[]).map((client) => client.clientId)).not.toContain('demo-integrator');
    const jwks = (await (await fetch(String(info.jwksUrl))).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((key) => key.kid)).toEqual([info.kid]);
  });

  it('exits 2 with a clear message on a bad fault value', async () => {
    const child = spawnCli(['--server-error', '502']);
    const stderr = collect(child.stderr);
    const [code] = (await once(child, 'close')) as [number | null];
    expect(code).toBe(2);
    expect(stderr.text()).toContain("--server-error must be 500 or 503, got '502'");
    expect(stderr.text()).toContain('--drop-connection');
  });

  it('exits 2 with the problem and the usage on a bad flag', async () => {
    const child = spawnCli(['--prot', '7070']);
    const stderr = collect(child.stderr);
    const stdout = collect(child.stdout);
    const [code] = (await once(child, 'close')) as [number | null];
    expect(code).toBe(2);
    expect(stderr.text()).toContain("'--prot'");
    expect(stderr.text()).toContain('Usage:');
    expect(stdout.text()).toBe('');
  });
});
