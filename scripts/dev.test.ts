import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

// `npm run dev` as a developer runs it: scripts/dev.ts in a child process, on a free port, with a fresh data dir.
const READY_TIMEOUT_MS = 60_000; // Vite's first start on two busy cores

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ic-dev-'));
  dirs.push(dir);
  return dir;
};

function startDev(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  /** Resolves with the first stdout line matching `pattern`; rejects when the process exits first. */
  const line = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${pattern} within ${READY_TIMEOUT_MS} ms: ${JSON.stringify(output)}`)),
        READY_TIMEOUT_MS,
      );
      createInterface({ input: child.stdout }).on('line', (text) => {
        output.stdout += `${text}\n`;
        const match = pattern.exec(text);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      });
      void exited.then(({ code }) => reject(new Error(`dev exited with ${code} first: ${JSON.stringify(output)}`)));
    });
  return { child, output, exited, line };
}

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('npm run dev (scripts/dev.ts)', () => {
  it('serves the renderer from Vite with hot reload and the real handlers through it, and stops both on Ctrl+C', async () => {
    const dev = startDev(['--port', '0', '--data-dir', tempDir()]);
    const [, url = ''] = await dev.line(/open: (\S+)/);
    const handlers = /handlers: http:\/\/127\.0\.0\.1:(\d+)/.exec(dev.output.stdout);
    const page = new URL(url);
    const key = new URLSearchParams(page.hash.slice(1)).get('key') ?? '';
    expect(page.hostname).toBe('127.0.0.1');
    expect(key).toMatch(/^[0-9a-f]{48}$/);

    const html = await (await fetch(page.origin)).text();
    expect(html).toContain('/@vite/client'); // Vite's dev server, with its HMR client, not a built page
    expect(html).toContain('<div id="root">');

    const bootstrap = (key: string, origin = page.origin) =>
      fetch(`${page.origin}/ipc/app:bootstrap`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-console-key': key, origin },
        body: '{}',
      });
    const answer = await bootstrap(key);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as {
      ok: boolean;
      value: { answers: { 'app:info': { ok: boolean; value: { shell: string } } } };
    };
    expect(body.ok).toBe(true);
    expect(body.value.answers['app:info'].value.shell).toBe('preview');
    // The handler server's own checks still hold behind the proxy: the key, and no other site's origin.
    expect((await bootstrap('0'.repeat(48))).status).toBe(403);
    expect((await bootstrap(key, 'http://evil.example')).status).toBe(403);

    const events = new AbortController();
    const stream = await fetch(`${page.origin}/events?key=${key}`, { signal: events.signal });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const first = await stream.body!.getReader().read();
    expect(new TextDecoder().decode(first.value)).toContain(': connected');
    events.abort();

    dev.child.kill('SIGINT');
    expect(await dev.exited).toEqual({ code: 0, signal: null });
    expect(await portIsClosed(Number(page.port))).toBe(true);
    expect(await portIsClosed(Number(handlers?.[1]))).toBe(true);
  });

  it('with --electron and no Electron binary says so in one sentence and exits 1', async () => {
    const dev = startDev(['--electron'], { ELECTRON_OVERRIDE_DIST_PATH: tempDir() });
    expect((await dev.exited).code).toBe(1);
    const lines = dev.output.stderr.split('\n').filter((text) => text.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Integrator Console cannot run in Electron: the Electron binary is missing at .+; fetch it with `node node_modules\/electron\/install\.js`, or leave out --electron .+\.$/,
    );
  });

  it.runIf(process.platform === 'linux')(
    'with --electron runs the app on the project with the dev server URL, and stops with it',
    async () => {
      const dist = tempDir();
      const record = join(dist, 'ran.json');
      // A stand-in for Electron: loads the page the way main would (from VITE_DEV_SERVER_URL), records it, exits 5.
      const fake = join(dist, 'electron');
      writeFileSync(
        fake,
        `#!${process.execPath}\nconst url = process.env.VITE_DEV_SERVER_URL;\n` +
          `fetch(url + '/index.html').then((r) => r.text()).then((html) => {\n` +
          `  require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), url, vite: html.includes('/@vite/client') }));\n` +
          `  process.exit(5);\n});\n`,
      );
      chmodSync(fake, 0o755);
      const dev = startDev(['--electron', '--no-build', '--port', '0'], { ELECTRON_OVERRIDE_DIST_PATH: dist });
      expect((await dev.exited).code).toBe(5);
      const ran = JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; url: string; vite: boolean };
      expect(ran.args).toEqual(['.']); // no --no-sandbox
      expect(ran.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(ran.vite).toBe(true);
      expect(await portIsClosed(Number(new URL(ran.url).port))).toBe(true);
    },
  );
});
