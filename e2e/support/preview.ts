import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface PreviewProcess {
  url: string;
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the real preview CLI (built renderer + real handlers) on a free port with a fresh data directory. */
export async function startPreview(): Promise<PreviewProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ic-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/preview/cli.ts', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /open: (\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
