import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad, tokenRequest, type LoadResult } from './load';
import { heading, ratioLine, ROUNDS, spread } from './machine';
import { buildServers, startServer, type ServerProcess } from './server-process';

/**
 * The sandbox's token endpoint beside two yardsticks in the same run, each its own process from built JavaScript:
 * a bare RS256-signing node:http server (bench/bare-signing-server.ts: one thread, checks the secret) and
 * oauth2-mock-server (checks no client at all). Three interleaved rounds; per round and server: CPU per token with
 * one client, then tokens/s and p99 with 50 clients (autocannon, bench/load.ts).
 */
const CLIENTS = 50;
const WARMUP_MS = 500;
const ALONE_MS = 1_500;
const LOAD_MS = 2_500;
const MERCHANT_VAT = 'DK13585628';

interface RoundFigures {
  cpuUsPerToken: number;
  rps: number;
  p99: number;
  errors: number;
}

async function measure(server: ServerProcess): Promise<RoundFigures> {
  const client = server.clients[0]!;
  const request = tokenRequest({
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    merchantVat: MERCHANT_VAT,
  });
  await runLoad({ url: server.tokenUrl, clients: CLIENTS, durationMs: WARMUP_MS, request });
  const cpuBefore = server.cpuMs();
  const alone = await runLoad({ url: server.tokenUrl, clients: 1, durationMs: ALONE_MS, request });
  const cpuUsPerToken = ((server.cpuMs() - cpuBefore) * 1000) / Math.max(1, alone.requests);
  const load: LoadResult = await runLoad({ url: server.tokenUrl, clients: CLIENTS, durationMs: LOAD_MS, request });
  return { cpuUsPerToken, rps: load.rps, p99: load.p99, errors: load.errors + alone.errors };
}

const NAMES = { sandbox: 'sandbox', bare: 'bare RS256 server', mock: 'oauth2-mock-server' } as const;
type Name = keyof typeof NAMES;

export async function benchSandboxLoad(): Promise<void> {
  const scripts = await buildServers();
  const sandboxDir = mkdtempSync(join(tmpdir(), 'ic-bench-sandbox-'));
  const sandboxArgs = ['--json', '--port', '0', '--data-dir', '{dataDir}'];
  // The first start makes the signing key (and loads what that takes); the figure that matters is a restart.
  const first = await startServer(NAMES.sandbox, scripts.sandbox, sandboxArgs, sandboxDir);
  const firstRss = first.rssMb();
  await first.stop();
  const alone = await startServer('sandbox alone', scripts.sandboxAlone, sandboxArgs, sandboxDir);
  const aloneRss = alone.rssMb();
  await alone.stop();
  const servers: Record<Name, ServerProcess> = {
    sandbox: await startServer(NAMES.sandbox, scripts.sandbox, sandboxArgs, sandboxDir),
    bare: await startServer(NAMES.bare, scripts.bare),
    mock: await startServer(NAMES.mock, scripts.mock),
  };
  try {
    heading(
      `token servers, each its own process from built JS; sandbox = ${scripts.sandbox.script.endsWith('integrator-console.js') ? 'integrator-console sandbox --workers 1 (dist-cli)' : "the bench's own bundle"} (RSS right after start, idle):`,
    );
    console.log(`  ${'sandbox, first start'.padEnd(20)} ${firstRss.toFixed(0)} MB  (makes its signing key)`);
    console.log(
      `  ${'sandbox alone'.padEnd(20)} ${aloneRss.toFixed(0)} MB  (electron/sandbox/cli.ts bundled without the rest of the command)`,
    );
    for (const name of Object.keys(servers) as Name[])
      console.log(`  ${NAMES[name].padEnd(20)} ${servers[name].rssMb().toFixed(0)} MB`);
    const figures: Record<Name, RoundFigures[]> = { sandbox: [], bare: [], mock: [] };
    const order: Name[] = ['sandbox', 'bare', 'mock'];
    for (let round = 0; round < ROUNDS; round++) {
      heading(`  round ${round + 1}/${ROUNDS}`);
      // Rotated each round, so a drift in the machine's load does not always hit the same server.
      for (const name of [...order.slice(round), ...order.slice(0, round)])
        figures[name].push(await measure(servers[name]));
    }
    report(figures);
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    rmSync(sandboxDir, { recursive: true, force: true });
  }
}

function report(figures: Record<Name, RoundFigures[]>): void {
  heading(`token endpoint, ${ROUNDS} interleaved rounds (median, min, max of the rounds):`);
  for (const name of Object.keys(figures) as Name[]) {
    const rounds = figures[name];
    const errors = rounds.reduce((sum, round) => sum + round.errors, 0);
    console.log(
      `  ${NAMES[name].padEnd(20)} CPU/token at 1 client ${spread(
        rounds.map((r) => r.cpuUsPerToken),
        0,
        ' µs',
      )}`,
    );
    console.log(
      `  ${''.padEnd(20)} ${CLIENTS} clients: ${spread(
        rounds.map((r) => r.rps),
        0,
        ' tokens/s',
      )}, p99 ${spread(
        rounds.map((r) => r.p99),
        1,
        ' ms',
      )}${errors ? `, ERRORS ${errors}` : ''}`,
    );
  }
  const perRound = (pick: (s: RoundFigures, other: RoundFigures) => number, other: Name) =>
    figures.sandbox.map((round, index) => pick(round, figures[other][index]!));
  console.log('  ratios, sandbox to the others in the same round:');
  console.log(
    ratioLine(
      'CPU per token, 1 client, vs bare server',
      perRound((s, o) => s.cpuUsPerToken / o.cpuUsPerToken, 'bare'),
      { op: '<=', value: 1.8 },
    ),
  );
  console.log(
    ratioLine(
      `tokens/s at ${CLIENTS} clients vs bare server`,
      perRound((s, o) => s.rps / o.rps, 'bare'),
      { op: '>=', value: 0.9 },
    ),
  );
  console.log(
    ratioLine(
      `tokens/s at ${CLIENTS} clients vs oauth2-mock-server`,
      perRound((s, o) => s.rps / o.rps, 'mock'),
      { op: '>=', value: 1 },
    ),
  );
  console.log(
    ratioLine(
      `p99 at ${CLIENTS} clients vs bare server`,
      perRound((s, o) => s.p99 / o.p99, 'bare'),
      { op: '<=', value: 1.3 },
    ),
  );
  const errors = Object.values(figures)
    .flat()
    .reduce((sum, round) => sum + round.errors, 0);
  if (errors > 0)
    console.log(`  ${errors} wrong answers or connection errors: the figures above are not to be trusted`);
}
