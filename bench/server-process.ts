import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * A token server as its own process, started from built JavaScript (no TypeScript loader at run time), so under
 * load it has its own event loop and its CPU and memory can be read from /proc. Each prints one JSON line.
 */
export interface ServerProcess {
  name: string;
  tokenUrl: string;
  clients: { clientId: string; clientSecret: string }[];
  pid: number;
  /** User + system CPU of the whole process (every thread), ms; from /proc, 10 ms resolution. */
  cpuMs(): number;
  rssMb(): number;
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(repoRoot, '.tmp', 'bench');
/** A build of the sandbox someone else made (the CLI's own build) wins over ours when it exists. */
const PREBUILT_SANDBOX = ['dist-sandbox/cli.mjs', 'dist-sandbox/cli.js'].map((path) => join(repoRoot, path));

/** Bundles our entries (dependencies stay in node_modules); esbuild takes well under a second. */
export async function buildServers(): Promise<Record<'sandbox' | 'bare' | 'mock', string>> {
  const entries = { sandbox: 'electron/sandbox/cli.ts', bare: 'bench/bare-signing-server.ts', mock: 'bench/mock-server.ts' };
  const out = Object.fromEntries(Object.keys(entries).map((name) => [name, join(outDir, `${name}.mjs`)])) as Record<keyof typeof entries, string>;
  const prebuilt = PREBUILT_SANDBOX.find((path) => existsSync(path));
  await Promise.all(
    Object.entries(entries)
      .filter(([name]) => !(name === 'sandbox' && prebuilt))
      .map(([name, entry]) =>
        build({ entryPoints: [join(repoRoot, entry)], outfile: out[name as keyof typeof entries], bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning', target: 'node20' }),
      ),
  );
  return prebuilt ? { ...out, sandbox: prebuilt } : out;
}

function procCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 100 Hz ticks
}

function procRssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export async function startServer(name: string, script: string, args: string[] = []): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ic-bench-server-'));
  const child = spawn(process.execPath, [script, ...args.map((arg) => arg.replace('{dataDir}', dataDir))], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const closed = once(child, 'close');
      child.kill('SIGTERM');
      await closed;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        if (buffered.includes('\n')) resolve(buffered.slice(0, buffered.indexOf('\n')));
      });
      child.once('close', (code) => reject(new Error(`${name} exited (${String(code)}) before it printed its JSON line: ${errors}`)));
    });
    const info = JSON.parse(line) as { tokenUrl: string; clients: ServerProcess['clients'] };
    const pid = child.pid ?? -1;
    return { name, tokenUrl: info.tokenUrl, clients: info.clients, pid, cpuMs: () => procCpuMs(pid), rssMb: () => procRssMb(pid), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
