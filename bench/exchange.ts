import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CLIENTS, startSandbox } from '../electron/sandbox/index';
import { buildTokenRequest, exchangeToken, type TokenExchangeInput } from '../electron/services/token-exchange';
import { heading, median, ratioLine, ROUNDS, spread } from './machine';

/**
 * Issue 5: the service's exchange (build + send + capture + scrub + decode) next to a bare fetch of the same
 * request, against the in-process sandbox over loopback. Alone: `node --import tsx bench/exchange.ts`.
 */
const PER_ROUND = 100;
const WARMUP = 30;

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function benchTokenExchange(): Promise<void> {
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
    console.log(`  service exchange  ${spread(serviceMs, 2, ' ms')}  (build + send + capture + scrub + decode)`);
    console.log(ratioLine('service vs bare fetch', serviceMs.map((value, index) => value / bareMs[index]!), { op: '<=', value: 1.15 }));
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (/exchange\.ts$/.test(process.argv[1] ?? '')) await benchTokenExchange();
