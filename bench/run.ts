// `npm run bench`: one run, about two and a half minutes; prints each figure with the load average at its start,
// three interleaved rounds (median, min, max) and ratios against yardsticks measured in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CLIENTS, startSandbox } from '../electron/sandbox/index';
import { buildTokenRequest, exchangeToken, type TokenExchangeInput } from '../electron/services/token-exchange';
import { benchHistory } from './history';
import { heading, median, ratioLine, ROUNDS, spread } from './machine';
import { benchSandboxLoad } from './sandbox-load';
import { benchSandboxWorkers } from './sandbox-workers';
import { benchUi } from './ui';

const PER_ROUND = 100;
const WARMUP = 30;

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Issue 5: the service's exchange (build + send + capture + decode) next to a bare fetch of the same request. */
async function benchTokenExchange(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ic-bench-'));
  const sandbox = await startSandbox({ dataDir });
  const client = DEMO_CLIENTS[0]!;
  const input: TokenExchangeInput = {
    tokenUrl: sandbox.tokenUrl, clientId: client.clientId, clientSecret: client.clientSecret, merchantVat: 'DK13585628', basicEncoding: 'form', sendIbmClientId: false,
  };
  const { wire } = buildTokenRequest(input);
  const bare = async () => {
    const response = await fetch(wire.url, { method: wire.method, headers: wire.headers, body: wire.body });
    if (response.status !== 200) throw new Error(`bare fetch got ${response.status}`);
    return response.text();
  };
  const service = async () => {
    const { result } = await exchangeToken(fetch, input);
    if (!result.token) throw new Error(`service got ${result.exchange.response?.status ?? result.exchange.failure?.kind}`);
  };
  try {
    for (let i = 0; i < WARMUP; i++) {
      await bare();
      await service();
    }
    const bareMs: number[] = [];
    const serviceMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const bareTimes: number[] = [];
      const serviceTimes: number[] = [];
      // Interleaved, so drift in the machine's load hits both sides alike.
      for (let i = 0; i < PER_ROUND; i++) {
        bareTimes.push(await time(bare));
        serviceTimes.push(await time(service));
      }
      bareMs.push(median(bareTimes));
      serviceMs.push(median(serviceTimes));
    }
    heading(`token exchange vs bare fetch (in-process sandbox, ${ROUNDS} rounds of ${PER_ROUND}, medians per round):`);
    console.log(`  bare fetch        ${spread(bareMs, 2, ' ms')}`);
    console.log(`  service exchange  ${spread(serviceMs, 2, ' ms')}  (build + send + capture + decode)`);
    console.log(ratioLine('service vs bare fetch', serviceMs.map((value, index) => value / bareMs[index]!), { op: '<=', value: 1.15 }));
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Ctrl+C or a closed pipe (`npm run bench | head`) still runs the exit handlers that stop the servers started.
process.once('SIGINT', () => process.exit(130));
process.stdout.on('error', () => process.exit(1));
const started = performance.now();
await benchTokenExchange();
await benchHistory();
await benchSandboxLoad();
console.log('');
await benchSandboxWorkers();

await benchUi();
console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
