import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type RunningSandbox } from '../sandbox/index';

/** Shared by the command line's tests (not a test file itself): the built command, run as a user runs it. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const launcher = fileURLToPath(new URL('../../bin/integrator-console.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Exactly what the child's argv was, to prove no secret was on it. */
  argv: string[];
}

export interface CliRunOptions {
  env?: Record<string, string>;
  stdin?: string;
  timeoutMs?: number;
}

/** Builds dist-cli/ once if it is missing or stale (the launcher's own check), outside any test's time budget. */
export function ensureBuilt(): void {
  execFileSync(process.execPath, [launcher, '--version'], { cwd: repoRoot, stdio: 'ignore' });
}

export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const argv = [launcher, ...args];
  const child = spawn(process.execPath, argv, {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, argv });
    });
  });
}

/** Everything a child exposed: what it printed and how it was started. */
export const exposed = (run: CliRun): string => [run.stdout, run.stderr, ...run.argv].join('\n');

export interface CliSandbox {
  /** The test file's temp folder (removed afterwards). */
  readonly dir: string;
  readonly sandbox: RunningSandbox;
  /** `--env local --sandbox <origin>`: the command uses this file's sandbox. */
  local(): string[];
  /** The environment naming `<dir>/app` as the app's data folder. */
  appData(): Record<string, string>;
}

/**
 * A temp folder and a local sandbox for one test file (its keys in the folder), the command built before the first
 * test; both gone after the last one. Call at the top level of the test file.
 */
export function useCliSandbox(prefix: string): CliSandbox {
  let dir = '';
  let sandbox: RunningSandbox | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    sandbox = await startSandbox({ dataDir: join(dir, 'sandbox') });
    ensureBuilt();
  }, 120_000);
  afterAll(async () => {
    await sandbox?.close();
    await rm(dir, { recursive: true, force: true });
  });
  const running = (): RunningSandbox => {
    if (!sandbox) throw new Error('useCliSandbox: the sandbox is not running (used outside a test?)');
    return sandbox;
  };
  return {
    get dir() {
      return dir;
    },
    get sandbox() {
      return running();
    },
    local: () => ['--env', 'local', '--sandbox', running().origin],
    appData: () => ({ INTEGRATOR_CONSOLE_USER_DATA: join(dir, 'app') }),
  };
}
