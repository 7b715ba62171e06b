import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { CliUsageError, parseCliArgs, usage } from './cli-args';
import { reportStartFailure } from './cli-output';
import { keyFileNameFor, loadOrCreateSigningMaterial, replaceSigningMaterial } from './keys';

const CLUSTER_USAGE = [
  '',
  'Team options (integrator-console sandbox):',
  '  --workers N                 worker processes sharing the port (node:cluster; default: one per core)',
  '  --host ADDRESS              address to listen on (default 127.0.0.1; 0.0.0.0 shares it with your network)',
  '  GET /health                 {status, worker, pid, kid}; every answer names its worker in X-Sandbox-Worker',
].join('\n');

interface ClusterArgs {
  workers: number;
  host: string;
  /** Everything else, for the sandbox's own parser. */
  rest: string[];
}

function takeValue(argv: string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index] ?? '';
  const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
  const value = inline ?? argv[index + 1];
  argv.splice(index, inline === undefined ? 2 : 1);
  if (value === undefined || value.startsWith('--')) throw new CliUsageError(`--${name} needs a value`);
  return value;
}

function splitClusterArgs(argv: readonly string[], cores = availableParallelism()): ClusterArgs {
  const rest = [...argv];
  const workersText = takeValue(rest, 'workers');
  const host = takeValue(rest, 'host') ?? '127.0.0.1';
  const workers = workersText === undefined ? cores : Number(workersText);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new CliUsageError(`--workers must be a whole number from 1 to 64, got '${workersText}'`);
  if (host.trim() === '' || /[\s/]/.test(host))
    throw new CliUsageError(`--host must be an address like 127.0.0.1, ::1 or 0.0.0.0, got '${host}'`);
  return { workers, host, rest };
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The primary creates (or rotates) the key file once, before any worker exists, so workers only ever read it: no
 * two processes race to create it, and every worker signs with the same key across restarts.
 */
async function prepareKeys(rest: string[]): Promise<{ port: number; rest: string[] }> {
  const options = parseCliArgs(rest);
  const { keyFile } = await loadOrCreateSigningMaterial(options.dataDir, keyFileNameFor(options.flavor));
  if (options.rotateKey) await replaceSigningMaterial(keyFile);
  return { port: options.port, rest: rest.filter((arg) => arg !== '--rotate-key') };
}

function superviseWorkers(count: number, env: Record<string, string>): void {
  let stopping = false;
  const fork = (id: number): Worker => {
    const worker = cluster.fork({ ...env, SANDBOX_WORKER_ID: String(id) });
    const forkedAt = Date.now();
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (code !== null && code !== 0 && Date.now() - forkedAt < 10_000) {
        // It never got going (a taken port, an unreadable key file): restarting would only loop.
        process.stderr.write(`sandbox: worker ${id} could not start; stopping\n`);
        stop(1);
        return;
      }
      process.stderr.write(
        `sandbox: worker ${id} stopped (${signal ?? `exit ${code}`}); starting it again with the same keys\n`,
      );
      fork(id);
    });
    return worker;
  };
  const stop = (exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
    }, 50);
  };
  for (let id = 1; id <= count; id += 1) fork(id);
  process.once('SIGINT', () => stop());
  process.once('SIGTERM', () => stop());
}

/**
 * The sandbox itself (oidc-provider, koa, the PoS subset), loaded only where one runs: a worker, or a single process.
 * The primary of a team only supervises, so it never loads it.
 */
const sandboxCli = () => import('./cli');

/** `integrator-console sandbox`: one process, or a primary with N workers on one port (round robin). */
export async function runSandboxCluster(argv: readonly string[]): Promise<void> {
  let args: ClusterArgs;
  try {
    args = splitClusterArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`sandbox: ${error.message}\n\n${usage()}${CLUSTER_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { workers, host, rest } = args;
  if (cluster.isWorker) {
    const workerId = Number(process.env.SANDBOX_WORKER_ID);
    const { runSandboxCli } = await sandboxCli();
    await runSandboxCli(rest, {
      host,
      port: Number(process.env.SANDBOX_CLUSTER_PORT),
      workerId,
      quiet: workerId !== 1,
    }).catch(reportStartFailure);
    return;
  }
  if (workers === 1 || rest.includes('--help') || rest.includes('-h')) {
    const { runSandboxCli } = await sandboxCli();
    await runSandboxCli(rest, { host, usageExtra: CLUSTER_USAGE }).catch(reportStartFailure);
    return;
  }
  let prepared: { port: number; rest: string[] };
  try {
    prepared = await prepareKeys(rest);
  } catch (error) {
    if (!(error instanceof CliUsageError)) reportStartFailure(error);
    process.stderr.write(`sandbox: ${error.message}\n\n${usage()}${CLUSTER_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const port = prepared.port === 0 ? await freePort(host) : prepared.port;
  cluster.setupPrimary({ args: ['sandbox', ...prepared.rest, '--host', host] });
  superviseWorkers(workers, { SANDBOX_CLUSTER_PORT: String(port) });
  process.stderr.write(`sandbox: ${workers} workers sharing ${host}:${port} (GET /health names the worker)\n`);
}
