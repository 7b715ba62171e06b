// `npm run bench`: one run; prints medians and ratios (targets from the issues). The token-exchange section runs in
// one process; the load section starts the sandbox as its own process (bench/sandbox-load.ts says why).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CLIENTS, startSandbox } from '../electron/sandbox/index';
import { buildTokenRequest, exchangeToken, type TokenExchangeInput } from '../electron/services/token-exchange';
import { benchSandboxLoad } from './sandbox-load';
import { benchSandboxWorkers } from './sandbox-workers';
import { median } from './stats';
import { benchUi } from './ui';

const ROUNDS = 300;
const WARMUP = 30;


async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function benchTokenExchange(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ic-bench-'));
  const sandbox = await startSandbox({ dataDir });
  const client = DEMO_CLIENTS[0]!;
  const input: TokenExchangeInput = {
    tokenUrl: sandbox.tokenUrl,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    merchantVat: 'DK13585628',
    basicEncoding: 'form',
    sendIbmClientId: false,
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
    const bareTimes: number[] = [];
    const serviceTimes: number[] = [];
    // Interleaved, so drift in the machine's load hits both sides alike.
    for (let i = 0; i < ROUNDS; i++) {
      bareTimes.push(await time(bare));
      serviceTimes.push(await time(service));
    }
    const ratio = median(serviceTimes) / median(bareTimes);
    console.log(`token exchange vs bare fetch (local sandbox, ${ROUNDS} rounds each, medians):`);
    console.log(`  bare fetch        ${median(bareTimes).toFixed(2)} ms`);
    console.log(`  service exchange  ${median(serviceTimes).toFixed(2)} ms  (build + send + capture + decode)`);
    console.log(`  ratio             ${ratio.toFixed(3)}x  (target <= 1.15x: ${ratio <= 1.15 ? 'met' : 'NOT met'})`);
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await benchTokenExchange();
console.log('');
await benchSandboxLoad();
console.log('');
await benchSandboxWorkers();

await benchUi();
