import { decodeJwt, decodeProtectedHeader } from 'jose';
import { runLoad, tokenRequest, type LoadResult } from './load';
import { startSandboxProcess, type SandboxProcess } from './sandbox-process';
import { measureSigningRates } from './signing-rate';

/**
 * Issue 5 item 8: the sandbox's token throughput under 50 concurrent clients for 10 s, next to this machine's raw
 * RS256 signing rate measured in the same run (target >= 50%), and its p99 latency (target <= 20 ms).
 * The sandbox runs as its own process: on 2 cores the load generator would otherwise take turns with the server on
 * one event loop, and the figure would measure the two together. The generator is autocannon (bench/load.ts).
 */
const CLIENTS = 50;
const LOAD_MS = 10_000;
const WARMUP_MS = 2_000;
const SIGNING_MS = 3_000;
const MERCHANT_VAT = 'DK13585628';

async function sampleToken(sandbox: SandboxProcess, clientId: string, clientSecret: string): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', merchant_vat: MERCHANT_VAT });
  const response = await fetch(sandbox.tokenUrl, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
  const json = (await response.json()) as { access_token?: string };
  if (!json.access_token) throw new Error(`sample token: HTTP ${response.status}`);
  return json.access_token;
}

async function modulusBits(jwksUrl: string): Promise<number> {
  const jwks = (await (await fetch(jwksUrl)).json()) as { keys: { n?: string }[] };
  const n = jwks.keys[0]?.n;
  if (!n) throw new Error('the sandbox JWKS has no RSA key');
  return Buffer.from(n, 'base64url').length * 8;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

function printLoad(result: LoadResult): void {
  console.log(`  requests          ${result.requests} in ${(result.elapsedMs / 1000).toFixed(1)} s, errors ${result.errors}${result.errorSamples.length ? ` (${result.errorSamples.join('; ')})` : ''}`);
  console.log(`  throughput        ${result.rps.toFixed(0)} tokens/s`);
  console.log(`  latency           p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, max ${ms(result.max)}`);
}

export async function benchSandboxLoad(): Promise<void> {
  const sandbox = await startSandboxProcess();
  try {
    const client = sandbox.clients[0];
    if (!client) throw new Error('the sandbox printed no demo client');
    const token = await sampleToken(sandbox, client.clientId, client.clientSecret);
    const bits = await modulusBits(sandbox.jwksUrl);
    const signing = await measureSigningRates({ modulusBits: bits, header: decodeProtectedHeader(token), claims: decodeJwt(token), durationMs: SIGNING_MS });

    const request = tokenRequest({ clientId: client.clientId, clientSecret: client.clientSecret, merchantVat: MERCHANT_VAT });
    await runLoad({ url: sandbox.tokenUrl, clients: CLIENTS, durationMs: WARMUP_MS, request });
    const load = await runLoad({ url: sandbox.tokenUrl, clients: CLIENTS, durationMs: LOAD_MS, request });
    const alone = await runLoad({ url: sandbox.tokenUrl, clients: 1, durationMs: 3_000, request });

    const raw = Math.max(signing.jose, signing.nodeCrypto);
    const ratio = load.rps / raw;
    console.log(`sandbox token endpoint under load (own process, pid ${sandbox.pid}; autocannon, ${CLIENTS} concurrent keep-alive connections, ${LOAD_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up):`);
    printLoad(load);
    console.log(`raw RS256 signing on this machine (one thread, RSA-${signing.modulusBits} like the sandbox's key, its claims, ${SIGNING_MS / 1000} s each):`);
    console.log(`  jose SignJWT      ${signing.jose.toFixed(0)} signatures/s`);
    console.log(`  node:crypto sign  ${signing.nodeCrypto.toFixed(0)} signatures/s`);
    const percent = (rate: number) => `${((load.rps / rate) * 100).toFixed(0)}%`;
    console.log(`  throughput ratio  ${percent(signing.nodeCrypto)} of node:crypto sign, ${percent(signing.jose)} of jose SignJWT`);
    console.log(`                    judged against the faster: ${(ratio * 100).toFixed(0)}% (target >= 50%: ${verdict(ratio >= 0.5 && load.errors === 0)})`);
    console.log(`  p99 latency       ${ms(load.p99)} at ${CLIENTS} clients (target <= 20 ms: ${verdict(load.p99 <= 20 && load.errors === 0)})`);
    console.log(`                    (closed loop: mean latency = ${CLIENTS} clients / throughput = ${ms((CLIENTS / load.rps) * 1000)}, Little's law)`);
    console.log(`  one client alone  p50 ${ms(alone.p50)}, p99 ${ms(alone.p99)}, ${alone.rps.toFixed(0)} tokens/s (sequential; context, not judged)`);
    if (load.errors > 0) console.log(`  errors            ${load.errors}: the sandbox did NOT hold ${CLIENTS} clients without errors`);
  } finally {
    await sandbox.stop();
  }
}
