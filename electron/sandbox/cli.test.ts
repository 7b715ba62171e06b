import { execFile, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from './cli-args';
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
    expect(Object.keys(info)).toEqual(['authBase', 'tokenUrl', 'discoveryUrl', 'jwksUrl', 'clients']);
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

describe('parseCliArgs', () => {
  it('defaults to a free port and a per-user data dir', () => {
    expect(parseCliArgs([], '/work', '/home/ada')).toEqual({
      port: 0,
      json: false,
      dataDir: '/home/ada/.integrator-console/sandbox',
      help: false,
    });
  });

  it('reads --port, --json and a relative --data-dir', () => {
    expect(parseCliArgs(['--port', '7070', '--json', '--data-dir', 'tmp/sb'], '/work', '/home/ada')).toEqual({
      port: 7070,
      json: true,
      dataDir: '/work/tmp/sb',
      help: false,
    });
    expect(parseCliArgs(['--port=0'], '/work').port).toBe(0);
  });

  it.each([
    [['--port']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--port', '7070.5']],
    [['--data-dir', '']],
    [['--verbose']],
    [['serve']],
    [['--json=yes']],
  ])('rejects %j as a usage error', (argv) => {
    expect(() => parseCliArgs(argv, '/work', '/home/ada')).toThrow(CliUsageError);
  });
});
