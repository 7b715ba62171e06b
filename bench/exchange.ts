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

/** Wall time and this process's CPU time (the in-process sandbox's included, alike on both sides), in ms. */
async function time(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await run();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** One round: `count` of each, interleaved so drift in the machine's load hits both sides alike; medians. */
async function round(bare: () => Promise<unknown>, service: () => Promise<unknown>, count: number) {
  const samples = { bare: [] as { wall: number; cpu: number }[], service: [] as { wall: number; cpu: number }[] };
  for (let i = 0; i < count; i++) {
    samples.bare.push(await time(bare));
    samples.service.push(await time(service));
  }
  const of = (list: { wall: number; cpu: number }[], key: 'wall' | 'cpu') => median(list.map((sample) => sample[key]));
  return {
    bareMs: of(samples.bare, 'wall'),
    serviceMs: of(samples.service, 'wall'),
    bareCpu: of(samples.bare, 'cpu'),
    serviceCpu: of(samples.service, 'cpu'),
  };
}

export async function benchTokenExchange(): Promise<void> {
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
    if (!result.token)
      throw new Error(`service got ${result.exchange.response?.status ?? result.exchange.failure?.kind}`);
  };
  try {
    for (let i = 0; i < WARMUP; i++) {
      await bare();
      await service();
    }
    const rounds: Awaited<ReturnType<typeof round>>[] = [];
    for (let index = 0; index < ROUNDS; index++) rounds.push(await round(bare, service, PER_ROUND));
    const ratios = (key: 'Ms' | 'Cpu') => rounds.map((r) => r[`service${key}`] / r[`bare${key}`]);
    heading(`token exchange vs bare fetch (in-process sandbox, ${ROUNDS} rounds of ${PER_ROUND}, medians per round):`);
    console.log(
      `  bare fetch        ${spread(
        rounds.map((r) => r.bareMs),
        2,
        ' ms',
      )}`,
    );
    console.log(
      `  service exchange  ${spread(
        rounds.map((r) => r.serviceMs),
        2,
        ' ms',
      )}  (build + send + capture + scrub + decode)`,
    );
    console.log(ratioLine('service vs bare fetch', ratios('Ms'), { op: '<=', value: 1.15 }));
    // CPU time counts only this process's work, so it moves less with the other work on the machine.
    console.log(ratioLine('service vs bare fetch, CPU time', ratios('Cpu'), { op: '<=', value: 1.15 }));
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (/exchange\.ts$/.test(process.argv[1] ?? '')) await benchTokenExchange();
