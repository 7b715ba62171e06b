import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoClient } from '../shared/ipc/contract';

/**
 * The sandbox as its own process (`npm run sandbox -- --json --port 0`), so under load it has an event loop and a
 * core of its own instead of sharing them with the load generator.
 */
export interface SandboxProcess {
  tokenUrl: string;
  jwksUrl: string;
  clients: DemoClient[];
  pid: number;
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export async function startSandboxProcess(): Promise<SandboxProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ic-bench-sandbox-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/sandbox/cli.ts', '--json', '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const closed = once(child, 'close');
      child.kill('SIGTERM');
      await closed;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const line = await firstLine(child.stdout, child.stderr, child);
    const info = JSON.parse(line) as { tokenUrl: string; jwksUrl: string; clients: DemoClient[] };
    return { tokenUrl: info.tokenUrl, jwksUrl: info.jwksUrl, clients: info.clients, pid: child.pid ?? -1, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function firstLine(stdout: NodeJS.ReadableStream, stderr: NodeJS.ReadableStream, child: NodeJS.EventEmitter): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let errors = '';
    stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const end = buffered.indexOf('\n');
      if (end !== -1) resolve(buffered.slice(0, end));
    });
    child.once('close', (code) => reject(new Error(`sandbox exited (${String(code)}) before printing its JSON line: ${errors}`)));
  });
}
