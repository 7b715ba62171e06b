import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// `npm start` as a user runs it: the real launcher in a child process. ELECTRON_OVERRIDE_DIST_PATH (Electron's own
// variable) points it at a directory we control, so the outcome does not depend on whether this machine has Electron.
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ic-start-'));
  dirs.push(dir);
  return dir;
};

function launch(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/start.mjs', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm start (scripts/start.mjs)', () => {
  it('without the Electron binary says in one sentence what is missing, how to fetch it and that the preview works, then exits 1', async () => {
    const empty = tempDir();
    const result = await launch([], { ELECTRON_OVERRIDE_DIST_PATH: empty, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(''); // nothing was built or downloaded first
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Integrator Console cannot start: the Electron binary is missing at .+; fetch it with `node node_modules\/electron\/install\.js`, or run the same console in your browser with `npm run preview`\.$/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.runIf(process.platform === 'linux')(
    'with the binary, runs it on the project with the given arguments and exits with its code',
    async () => {
      const dist = tempDir();
      const record = join(dist, 'ran.json');
      const fake = join(dist, 'electron');
      writeFileSync(
        fake,
        `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() }));\nprocess.exit(7);\n`,
      );
      chmodSync(fake, 0o755);
      const result = await launch(['--no-build', '--enable-logging'], { ELECTRON_OVERRIDE_DIST_PATH: dist });
      expect(result.code).toBe(7);
      expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ args: ['.', '--enable-logging'], cwd: resolve('.') });
    },
  );
});
