import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoClient } from '../shared/ipc/contract';
import { loadSecondsFromEnv, runLoad, tokenRequest, type LoadResult } from './load';
import { verdict } from './stats';

/**
 * Issue 12 item 3: the standalone sandbox for a team, `integrator-console sandbox --workers N`, under 50 concurrent
 * keep-alive clients on loopback: tokens/s and p99 for 1 worker and for N (one per core), and the memory the
 * workers cost. Bounded: a warm-up and LOAD_SECONDS (≤ 10 s) per run, then the sandbox is stopped.
 */
const CLIENTS = 50;
const WARMUP_MS = 2_000;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

interface Cluster {
  tokenUrl: string;
  client: DemoClient;
  child: ChildProcess;
  dataDir: string;
}

async function startCluster(workers: number): Promise<Cluster> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ic-bench-workers-'));
  const child = spawn(
    process.execPath,
    ['bin/integrator-console.js', 'sandbox', '--workers', String(workers), '--json', '--data-dir', dataDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    child.once('close', (code) =>
      reject(new Error(`sandbox --workers ${workers} exited (${String(code)}) before listening`)),
    );
  });
  const info = JSON.parse(line) as { tokenUrl: string; clients: DemoClient[] };
  const client = info.clients[0];
  if (!client) throw new Error('the sandbox printed no demo client');
  return { tokenUrl: info.tokenUrl, client, child, dataDir };
}

async function stopCluster(cluster: Cluster): Promise<void> {
  if (cluster.child.exitCode === null && cluster.child.signalCode === null) {
    const closed = once(cluster.child, 'close');
    cluster.child.kill('SIGTERM');
    await closed;
  }
  rmSync(cluster.dataDir, { recursive: true, force: true });
}

/** Resident memory of the primary and its workers, from /proc (Linux); undefined elsewhere. */
function treeRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const rss = (id: string) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return [String(pid), ...children].reduce((sum, id) => sum + rss(id), 0) / 1024;
  } catch {
    return undefined;
  }
}

async function measure(workers: number, loadMs: number): Promise<{ load: LoadResult; rssMb: number | undefined }> {
  const cluster = await startCluster(workers);
  try {
    const request = tokenRequest({
      clientId: cluster.client.clientId,
      clientSecret: cluster.client.clientSecret,
      merchantVat: 'DK13585628',
    });
    await runLoad({ url: cluster.tokenUrl, clients: CLIENTS, durationMs: WARMUP_MS, request });
    const load = await runLoad({ url: cluster.tokenUrl, clients: CLIENTS, durationMs: loadMs, request });
    return { load, rssMb: treeRssMb(cluster.child.pid) };
  } finally {
    await stopCluster(cluster);
  }
}

const line = (label: string, result: { load: LoadResult; rssMb: number | undefined }) =>
  `  ${label.padEnd(12)} ${result.load.rps.toFixed(0).padStart(6)} tokens/s  p50 ${result.load.p50.toFixed(1)} ms  p99 ${result.load.p99.toFixed(1)} ms  errors ${result.load.errors}` +
  (result.rssMb === undefined ? '' : `  memory ${result.rssMb.toFixed(0)} MB`);

export async function benchSandboxWorkers(): Promise<void> {
  const cores = availableParallelism();
  const loadMs = loadSecondsFromEnv(process.env.LOAD_SECONDS) * 1000;
  const counts = cores > 1 ? [1, cores] : [1, 2];
  console.log(
    `sandbox --workers (${CLIENTS} keep-alive clients, ${loadMs / 1000} s each, ${cores} cores; the load generator shares them):`,
  );
  const results = [];
  for (const workers of counts) {
    const result = await measure(workers, loadMs);
    results.push(result);
    console.log(line(`${workers} worker${workers === 1 ? '' : 's'}`, result));
  }
  const [one, many] = results;
  if (!one || !many) return;
  console.log(
    `  scaling      ${(many.load.rps / one.load.rps).toFixed(2)}x tokens/s with ${counts[1]} workers; p99 target <= 20 ms: ${verdict(many.load.p99 <= 20)} with ${counts[1]}, ${verdict(one.load.p99 <= 20)} with 1`,
  );
  if (one.rssMb !== undefined && many.rssMb !== undefined) {
    console.log(
      `  cost         ~${((many.rssMb - one.rssMb) / Math.max(1, (counts[1] ?? 2) - 1)).toFixed(0)} MB of memory per extra worker (its own Node, provider and keys); throughput grows only while a core is free`,
    );
  }
}

// `node --import tsx bench/sandbox-workers.ts` runs this section alone.
if (/sandbox-workers\.ts$/.test(process.argv[1] ?? '')) await benchSandboxWorkers();
