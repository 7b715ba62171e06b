import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TokenAttempt } from '../../shared/domain/attempts';
import { HISTORY_LOG_NAME, openHistory } from './history';
import { tempDirs } from './profiles-test-support';

const dirs = tempDirs('ic-history-crash-');
const child = fileURLToPath(new URL('./history-crash-child.ts', import.meta.url));
afterAll(() => dirs.cleanup());

/** Starts the child, kills it (SIGKILL: no exit handlers run) right after it reported `count` attempts saved. */
async function killAfter(dir: string, count: number): Promise<string[]> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acknowledged: string[] = [];
  let buffered = '';
  const closed = once(proc, 'close');
  await new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      acknowledged.push(...lines);
      if (acknowledged.length >= count) {
        proc.kill('SIGKILL');
        resolve();
      }
    });
    proc.once('close', (code) => reject(new Error(`the child exited (${String(code)}) before ${count} attempts`)));
  });
  await closed;
  return acknowledged;
}

describe('History under a kill mid-write', () => {
  it('keeps every attempt reported saved, whole, through three kills', { timeout: 120_000 }, async () => {
    const dir = dirs.make();
    const saved: string[] = [];
    for (const count of [3, 8, 13]) saved.push(...(await killAfter(dir, count)));
    const reopened = openHistory({ dir, maxEntries: 10_000, maxBytes: 1024 ** 3 });
    expect(reopened.notices()).toEqual([]);
    const listed = new Set(reopened.list().map((row) => row.id));
    for (const id of saved) expect(listed.has(id), `attempt ${id} was reported saved`).toBe(true);
    // At most the one attempt in flight per kill beyond those reported, and every entry whole.
    expect(listed.size).toBeLessThanOrEqual(saved.length + 3);
    for (const id of listed) expect(reopened.get(id)?.attempt.tokenProblem).toHaveLength(200_000);
  });

  it('ignores a line a kill cut short, and keeps the ones before it', () => {
    const dir = dirs.make();
    const history = openHistory({ dir });
    history.add(sampleAttempt('a'));
    const line = readFileSync(join(dir, HISTORY_LOG_NAME), 'utf8');
    appendFileSync(join(dir, HISTORY_LOG_NAME), line.replaceAll('"a"', '"b"').slice(0, Math.floor(line.length / 2)));
    const reopened = openHistory({ dir });
    expect(reopened.list().map((row) => row.id)).toEqual(['a']);
    expect(reopened.notices()).toEqual([]);
    reopened.add(sampleAttempt('c'));
    expect(
      openHistory({ dir })
        .list()
        .map((row) => row.id),
    ).toEqual(['c', 'a']);
  });
});

function sampleAttempt(id: string): TokenAttempt {
  return {
    id,
    environment: { id: 'local', label: 'Local sandbox', production: false },
    tokenUrl: 'http://127.0.0.1:9/connect/token',
    outcome: 'network-error',
    exchange: {
      startedAt: '2026-12-02T10:00:00.000Z',
      durationMs: 1,
      request: { method: 'POST', url: 'http://127.0.0.1:9/', headers: [], body: '' },
      failure: { kind: 'refused', message: 'x' },
    },
    receivedAt: 0,
    findings: [],
  };
}
