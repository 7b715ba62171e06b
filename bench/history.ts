import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_LIMITS } from '../shared/domain/history';
import type { TokenAttempt } from '../shared/ipc/contract';
import { createAppCore, type AppCore } from '../electron/app-core';
import { dispatch } from '../electron/handlers/dispatch';
import { sessionOnlyCipher, unsupportedClipboard } from '../electron/preview/adapters';
import { DEMO_CLIENTS } from '../electron/sandbox/index';
import { HISTORY_FILE_NAME } from '../electron/services/history';
import { heading, median, ratioLine, ROUNDS, spread } from './machine';

/**
 * Issue 13 item 2: a token attempt through the real handlers (exchange with the local sandbox, diagnosis, History)
 * with an empty History, a full one of 200 entries, and a full one of 2 MB; one attempt each in turn, three rounds.
 */
const PER_ROUND = 30;
const WARMUP = 10;
const demo = DEMO_CLIENTS[0]!;
const request = {
  environment: 'local',
  clientId: demo.clientId,
  clientSecret: demo.clientSecret,
  merchantVat: 'DK13585628',
  basicEncoding: 'form',
  sendIbmClientId: false,
};
type Condition = 'empty' | 'entries' | 'bytes';
const LABELS: Record<Condition, string> = {
  empty: 'empty History',
  entries: `${HISTORY_LIMITS.entries} entries`,
  bytes: '2 MB',
};

function open(dataDir: string): AppCore {
  return createAppCore({
    dataDir,
    fetch: (url, init) => fetch(url, init),
    appInfo: { version: 'bench', shell: 'preview', platform: process.platform },
    broadcast: () => {},
    cipher: sessionOnlyCipher,
    clipboard: unsupportedClipboard,
  });
}

async function attempt(core: AppCore): Promise<TokenAttempt> {
  const result = await dispatch(core.handlers, 'token:request', request);
  if (!result.ok || (result.value as TokenAttempt).outcome !== 'token')
    throw new Error(`token attempt failed: ${JSON.stringify(result).slice(0, 200)}`);
  return result.value as TokenAttempt;
}

/** A History file of `count` copies of a real entry, each padded by `padding` characters (a long response body). */
function writeFullHistory(dir: string, entry: unknown, count: number, padding: number): void {
  const template = entry as { summary: { id: string }; attempt: TokenAttempt };
  const entries = Array.from({ length: count }, (_, n) => {
    const id = `bench-${n}`;
    const attempt: TokenAttempt = {
      ...structuredClone(template.attempt),
      id,
      ...(padding ? { tokenProblem: 'p'.repeat(padding) } : {}),
    };
    return { summary: { ...template.summary, id }, attempt };
  });
  writeFileSync(
    join(dir, HISTORY_FILE_NAME),
    JSON.stringify({ format: 'integrator-console-history', version: 1, entries }),
  );
}

async function timed(core: AppCore): Promise<number> {
  const started = performance.now();
  await attempt(core);
  return performance.now() - started;
}

export async function benchHistory(): Promise<void> {
  const dirs = { empty: '', entries: '', bytes: '' } as Record<Condition, string>;
  for (const name of Object.keys(dirs) as Condition[])
    dirs[name] = mkdtempSync(join(tmpdir(), `ic-bench-history-${name}-`));
  const scratch = open(dirs.empty);
  const first = await attempt(scratch);
  const entry = (await dispatch(scratch.handlers, 'history:get', { id: first.id })) as { ok: true; value: unknown };
  await dispatch(scratch.handlers, 'history:clear', {});
  await scratch.shutdown();
  const entryBytes = JSON.stringify(entry.value).length;
  writeFullHistory(dirs.entries, entry.value, HISTORY_LIMITS.entries, 0);
  writeFullHistory(dirs.bytes, entry.value, 95, Math.floor(HISTORY_LIMITS.bytes / 95) - entryBytes);
  const cores = { empty: open(dirs.empty), entries: open(dirs.entries), bytes: open(dirs.bytes) };
  try {
    for (let i = 0; i < WARMUP; i++) for (const core of Object.values(cores)) await attempt(core);
    const rounds: Record<Condition, number[]> = { empty: [], entries: [], bytes: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const times: Record<Condition, number[]> = { empty: [], entries: [], bytes: [] };
      for (let i = 0; i < PER_ROUND; i++) {
        await dispatch(cores.empty.handlers, 'history:clear', {}); // untimed: keeps the empty one empty
        for (const name of Object.keys(cores) as Condition[]) times[name].push(await timed(cores[name]));
      }
      for (const name of Object.keys(rounds) as Condition[]) rounds[name].push(median(times[name]));
    }
    heading(
      `token attempt through the handlers with History empty and full (${ROUNDS} rounds of ${PER_ROUND}, medians per round):`,
    );
    for (const name of Object.keys(rounds) as Condition[])
      console.log(`  ${LABELS[name].padEnd(16)} ${spread(rounds[name], 2, ' ms')}`);
    for (const name of ['entries', 'bytes'] as const) {
      console.log(
        ratioLine(
          `${LABELS[name]} vs empty`,
          rounds[name].map((value, index) => value / rounds.empty[index]!),
          { op: '<=', value: 1.2 },
        ),
      );
    }
  } finally {
    await Promise.all(Object.values(cores).map((core) => core.shutdown()));
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  }
}
