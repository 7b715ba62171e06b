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
/** What `npm run sandbox` runs: the integrator-console command's own build (dist-cli/, built on first use). */
const COMMAND = join(repoRoot, 'bin', 'integrator-console.js');

export interface ServerCommand {
  script: string;
  /** Put before the caller's arguments. */
  args: string[];
}

/**
 * The sandbox as users run it (the command's build, one worker) when it exists, and our own bundles (dependencies
 * stay in node_modules; esbuild takes well under a second): the sandbox alone, the bare server, oauth2-mock-server.
 */
export async function buildServers(): Promise<Record<'sandbox' | 'sandboxAlone' | 'bare' | 'mock', ServerCommand>> {
  const entries = {
    sandboxAlone: 'bench/sandbox-entry.ts',
    bare: 'bench/bare-signing-server.ts',
    mock: 'bench/mock-server.ts',
  };
  const out = (name: string) => join(outDir, `${name}.mjs`);
  await Promise.all(
    Object.entries(entries).map(([name, entry]) =>
      build({
        entryPoints: [join(repoRoot, entry)],
        outfile: out(name),
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'warning',
        target: 'node20',
      }),
    ),
  );
  const own = (name: keyof typeof entries): ServerCommand => ({ script: out(name), args: [] });
  const sandbox = existsSync(COMMAND) ? { script: COMMAND, args: ['sandbox', '--workers', '1'] } : own('sandboxAlone');
  return { sandbox, sandboxAlone: own('sandboxAlone'), bare: own('bare'), mock: own('mock') };
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

/** `{dataDir}` in args becomes `keepDir` when given (kept on stop), else a temp directory removed on stop. */
export async function startServer(
  name: string,
  command: ServerCommand,
  args: string[] = [],
  keepDir?: string,
): Promise<ServerProcess> {
  const dataDir = keepDir ?? mkdtempSync(join(tmpdir(), 'ic-bench-server-'));
  const argv = [command.script, ...command.args, ...args.map((arg) => arg.replace('{dataDir}', dataDir))];
  const child = spawn(process.execPath, argv, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  // Never leave a server behind, however the bench ends (an error, Ctrl+C, a closed pipe).
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('close', () => process.off('exit', killOnExit));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const closed = once(child, 'close');
      child.kill('SIGTERM');
      await closed;
    }
    if (!keepDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        if (buffered.includes('\n')) resolve(buffered.slice(0, buffered.indexOf('\n')));
      });
      child.once('close', (code) =>
        reject(new Error(`${name} exited (${String(code)}) before it printed its JSON line: ${errors}`)),
      );
    });
    const info = JSON.parse(line) as { tokenUrl: string; clients: ServerProcess['clients'] };
    const pid = child.pid ?? -1;
    return {
      name,
      tokenUrl: info.tokenUrl,
      clients: info.clients,
      pid,
      cpuMs: () => procCpuMs(pid),
      rssMb: () => procRssMb(pid),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
