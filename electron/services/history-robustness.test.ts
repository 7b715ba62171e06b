import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TokenAttempt } from '../../shared/domain/attempts';
import { createHandlers } from '../handlers/index';
import type { HandlerDeps } from '../handlers/deps';
import { HISTORY_FILE_NAME, openHistory } from './history';
import { tempDirs } from './profiles-test-support';

const dirs = tempDirs('ic-history-robust-');
afterAll(() => dirs.cleanup());
const at = Date.parse('2026-12-02T10:00:00Z');

function attempt(id: string, body = ''): TokenAttempt {
  return {
    id,
    environment: { id: 'local', label: 'Local sandbox', production: false },
    tokenUrl: 'http://127.0.0.1:9/connect/token',
    outcome: 'http-error',
    exchange: {
      startedAt: '2026-12-02T10:00:00.000Z',
      durationMs: 3,
      request: {
        method: 'POST',
        url: 'http://127.0.0.1:9/connect/token',
        headers: [['Content-Type', 'application/x-www-form-urlencoded']],
        body: 'grant_type=client_credentials',
      },
      response: {
        status: 500,
        statusText: 'Internal Server Error',
        headers: [],
        body,
        size: body.length,
        truncated: false,
      },
    },
    receivedAt: at,
    findings: [],
  };
}

function entryOf(a: TokenAttempt) {
  return {
    summary: {
      id: a.id,
      at: a.exchange.startedAt,
      environment: a.environment,
      status: 500,
      outcome: a.outcome,
      durationMs: 3,
    },
    attempt: a,
  };
}

function writeHistoryFile(dir: string, entries: unknown[]): void {
  writeFileSync(
    join(dir, HISTORY_FILE_NAME),
    JSON.stringify({ format: 'integrator-console-history', version: 1, entries }),
  );
}

describe('History that one bad record cannot take down', () => {
  it('opens the valid attempts of a file with one malformed attempt, and sets that one aside with its reason', () => {
    const dir = dirs.make();
    const broken = entryOf(attempt('broken')) as unknown as { attempt: Record<string, unknown> };
    broken.attempt.exchange = { startedAt: 'x', request: 'not an object' };
    writeHistoryFile(dir, [entryOf(attempt('one')), broken, entryOf(attempt('two'))]);
    const history = openHistory({ dir, now: () => at });
    expect(history.list().map((row) => row.id)).toEqual(['two', 'one']);
    const [notice, ...rest] = history.notices();
    expect(rest).toEqual([]);
    expect(notice?.message).toMatch(
      /One attempt in History could not be opened and was set aside in history\.json\.set-aside-/,
    );
    const aside = JSON.parse(readFileSync(join(dir, notice!.movedTo), 'utf8')) as {
      entries: { reason: string; entry: { attempt: { id: string } } }[];
    };
    expect(aside.entries.map((item) => item.entry.attempt.id)).toEqual(['broken']);
    expect(aside.entries[0]?.reason).toBeTruthy();
    expect(
      openHistory({ dir })
        .list()
        .map((row) => row.id),
    ).toEqual(['two', 'one']);
  });

  it('starts with a folder where history.json should be: says so, moves it aside, and saves new attempts', () => {
    const dir = dirs.make();
    mkdirSync(join(dir, HISTORY_FILE_NAME));
    const history = openHistory({ dir, now: () => at });
    expect(history.list()).toEqual([]);
    const [notice] = history.notices();
    expect(notice?.message).toContain('it is a folder');
    expect(statSync(join(dir, notice!.movedTo)).isDirectory()).toBe(true);
    history.add(attempt('after'));
    expect(
      openHistory({ dir })
        .list()
        .map((row) => row.id),
    ).toEqual(['after']);
  });

  it('starts when history.json cannot be read at all (a symlink loop), and says so', () => {
    const dir = dirs.make();
    symlinkSync(HISTORY_FILE_NAME, join(dir, HISTORY_FILE_NAME));
    const history = openHistory({ dir, now: () => at });
    expect(history.notices()[0]?.message).toMatch(/could not be read \(ELOOP\)/);
    history.add(attempt('after'));
    expect(
      openHistory({ dir })
        .list()
        .map((row) => row.id),
    ).toEqual(['after']);
  });

  it.skipIf(process.getuid?.() === 0)(
    'starts when history.json is not readable (EACCES), and says so (skipped as root: root reads anything)',
    () => {
      const dir = dirs.make();
      writeHistoryFile(dir, [entryOf(attempt('one'))]);
      chmodSync(join(dir, HISTORY_FILE_NAME), 0);
      const history = openHistory({ dir, now: () => at });
      expect(history.notices()[0]?.message).toContain('permission denied');
      expect(existsSync(join(dir, HISTORY_FILE_NAME))).toBe(false);
    },
  );

  it(
    'answers its first handler call within 2 s from a valid 50 MB History, capped to what History keeps',
    { timeout: 60_000 },
    async () => {
      const dir = dirs.make();
      const body = 'e'.repeat(20_000);
      writeHistoryFile(
        dir,
        Array.from({ length: 2_600 }, (_, n) => entryOf(attempt(`a${n}`, body))),
      );
      expect(statSync(join(dir, HISTORY_FILE_NAME)).size).toBeGreaterThan(50 * 1024 * 1024);
      // The 2 s budget is judged in this process's CPU time, so a busy machine (CI, tests in parallel) cannot fail it
      // while the work stays the same; the wall clock only has to show it does not hang.
      const started = performance.now();
      const cpu = process.cpuUsage();
      const handlers = createHandlers({ history: openHistory({ dir }) } as unknown as HandlerDeps);
      const listed = await handlers['history:list']({});
      const { user, system } = process.cpuUsage(cpu);
      expect((user + system) / 1000).toBeLessThan(2_000);
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(listed[0]?.id).toBe('a2599');
      expect(Buffer.byteLength(JSON.stringify(listed))).toBeLessThan(200 * 1024);
      expect(statSync(join(dir, HISTORY_FILE_NAME)).size).toBeLessThanOrEqual(2 * 1024 * 1024);
    },
  );
});
