import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_LIMITS } from '../../shared/domain/history';
import type { TokenAttempt } from '../../shared/domain/attempts';
import { DEMO_CLIENTS, startSandbox, type RunningSandbox } from '../sandbox/index';
import { HISTORY_FILE_NAME, HISTORY_LOG_NAME, openHistory } from './history';
import { tempDirs } from './profiles-test-support';
import { mintSandboxToken } from './sandbox-token-test-support';
import { exchangeToken } from './token-exchange';

const dirs = tempDirs('ic-history-');
let sandbox: RunningSandbox;
let tokenAttempt: TokenAttempt;
let refusedAttempt: TokenAttempt;
const plain = DEMO_CLIENTS[0]!;
const local = { id: 'local', label: 'Local sandbox', production: false } as const;

/** A real attempt against the sandbox, shaped the way the token:request handler shapes it. */
async function attempt(clientSecret: string, merchantVat?: string): Promise<TokenAttempt> {
  const { result } = await exchangeToken(fetch, {
    tokenUrl: sandbox.tokenUrl,
    clientId: plain.clientId,
    clientSecret,
    merchantVat,
    basicEncoding: 'form',
    sendIbmClientId: false,
  });
  return {
    id: randomUUID(),
    environment: local,
    tokenUrl: sandbox.tokenUrl,
    merchantVat,
    profileId: 'p-1',
    ...result,
    findings: [],
  };
}

const copyOf = (base: TokenAttempt, overrides: Partial<TokenAttempt> = {}): TokenAttempt => ({
  ...structuredClone(base),
  id: randomUUID(),
  ...overrides,
});
const fileIn = (dir: string) => join(dir, HISTORY_FILE_NAME);
/** Everything History keeps on disk: the snapshot and the log of changes since it. */
const onDiskIn = (dir: string) =>
  [HISTORY_FILE_NAME, HISTORY_LOG_NAME]
    .map((name) => join(dir, name))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');

beforeAll(async () => {
  sandbox = await startSandbox({ dataDir: dirs.make() });
  tokenAttempt = await attempt(plain.clientSecret, 'DK13585628');
  refusedAttempt = await attempt('wrong-secret');
});

afterAll(async () => {
  await sandbox.close();
  dirs.cleanup();
});

describe('openHistory', () => {
  it('lists summaries newest first and opens the full attempt', () => {
    const dir = dirs.make();
    const history = openHistory({ dir });
    const first = history.add(tokenAttempt, { profileName: 'Shop A', clientId: plain.clientId });
    const second = history.add(refusedAttempt, { profileName: 'Shop A' });
    expect(first).toEqual({
      id: tokenAttempt.id,
      at: tokenAttempt.exchange.startedAt,
      environment: local,
      profileId: 'p-1',
      profileName: 'Shop A',
      clientId: plain.clientId,
      merchantVat: 'DK13585628',
      status: 200,
      outcome: 'token',
      durationMs: tokenAttempt.exchange.durationMs,
    });
    expect(second).toMatchObject({ status: 401, outcome: 'oauth-error' });
    expect(second).not.toHaveProperty('merchantVat');
    expect(history.list().map((row) => row.id)).toEqual([refusedAttempt.id, tokenAttempt.id]);
    expect(history.get(tokenAttempt.id)?.attempt).toEqual(JSON.parse(JSON.stringify(tokenAttempt)));
    expect(history.get('nope')).toBeUndefined();
  });

  it('takes the client id from the token when the handler does not say', () => {
    const history = openHistory({ dir: dirs.make() });
    expect(history.add(tokenAttempt).clientId).toBe(plain.clientId);
    expect(history.add(refusedAttempt).clientId).toBeUndefined();
  });

  it('survives a restart: the same list from the file', () => {
    const dir = dirs.make();
    const history = openHistory({ dir });
    history.add(tokenAttempt);
    history.add(refusedAttempt);
    const reopened = openHistory({ dir });
    expect(reopened.list()).toEqual(history.list());
    expect(reopened.get(refusedAttempt.id)?.attempt.oauthError).toMatchObject({ error: 'invalid_client' });
    expect(reopened.notices()).toEqual([]);
    if (process.platform !== 'win32') expect(statSync(fileIn(dir)).mode & 0o777).toBe(0o600);
  });

  it('deletes one and clears all, on disk too', () => {
    const dir = dirs.make();
    const history = openHistory({ dir });
    history.add(tokenAttempt);
    history.add(refusedAttempt);
    expect(history.delete(tokenAttempt.id)).toBe(true);
    expect(history.delete(tokenAttempt.id)).toBe(false);
    expect(
      openHistory({ dir })
        .list()
        .map((row) => row.id),
    ).toEqual([refusedAttempt.id]);
    history.clear();
    expect(history.list()).toEqual([]);
    expect(openHistory({ dir }).list()).toEqual([]);
  });

  it('replaces an attempt added again under the same id', () => {
    const history = openHistory({ dir: dirs.make() });
    history.add(tokenAttempt);
    history.add(tokenAttempt, { profileName: 'Renamed' });
    expect(history.list()).toHaveLength(1);
    expect(history.list()[0]?.profileName).toBe('Renamed');
  });

  it('keeps at most maxEntries, dropping the oldest first', () => {
    const dir = dirs.make();
    const history = openHistory({ dir, maxEntries: 3 });
    const ids = Array.from({ length: 5 }, () => history.add(copyOf(tokenAttempt)).id);
    expect(history.list().map((row) => row.id)).toEqual(ids.slice(2).reverse());
    expect(openHistory({ dir }).list()).toHaveLength(3);
  });

  it(`keeps ${HISTORY_LIMITS.entries} by default`, () => {
    const history = openHistory({ dir: dirs.make() });
    const ids = Array.from({ length: HISTORY_LIMITS.entries + 3 }, () => history.add(copyOf(refusedAttempt)).id);
    const listed = history.list().map((row) => row.id);
    expect(listed).toHaveLength(HISTORY_LIMITS.entries);
    expect(listed.at(-1)).toBe(ids[3]);
  });

  it('keeps the file under maxBytes, dropping the oldest first, and always keeps the newest', () => {
    const dir = dirs.make();
    const entryBytes = Buffer.byteLength(JSON.stringify(tokenAttempt));
    const maxBytes = Math.floor(entryBytes * 3.5);
    const history = openHistory({ dir, maxBytes });
    const ids = Array.from({ length: 6 }, () => history.add(copyOf(tokenAttempt)).id);
    const listed = history.list().map((row) => row.id);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.length).toBeLessThan(4);
    expect(listed).toEqual(ids.slice(ids.length - listed.length).reverse());
    expect(openHistory({ dir }).list()).toEqual(history.list());
    expect(statSync(fileIn(dir)).size).toBeLessThanOrEqual(maxBytes); // reopening folded the log into the snapshot

    const big = copyOf(tokenAttempt, { tokenProblem: 'x'.repeat(maxBytes) });
    history.add(big);
    expect(history.list().map((row) => row.id)).toEqual([big.id]);
  });

  it('never writes a usable JWT or the secret to disk, even if an attempt arrives unredacted', async () => {
    const dir = dirs.make();
    const fullToken = await mintSandboxToken(sandbox, plain, 'DK13585628');
    const leaky = copyOf(tokenAttempt);
    leaky.exchange.response!.body = JSON.stringify({ access_token: fullToken, expires_in: 3700 });
    leaky.tokenProblem = `debug: ${fullToken}`;
    const history = openHistory({ dir });
    history.add(leaky);
    history.add(tokenAttempt);
    const onDisk = onDiskIn(dir);
    const [header, payload, signature] = fullToken.split('.') as [string, string, string];
    expect(onDisk).toContain(`${header}.${payload}.<signature hidden>`);
    expect(onDisk).not.toContain(signature);
    expect(onDisk).not.toMatch(/eyJ[\w-]*\.[\w-]*\.[\w-]{20,}/);
    expect(onDisk).not.toContain(plain.clientSecret);
    expect(onDisk).toMatch(/<secret sha256:[0-9a-f]{8}…/);
    expect(JSON.stringify(history.get(leaky.id))).not.toContain(signature);
  });

  it('never writes an opaque access or refresh token to disk (a custom endpoint may issue them)', () => {
    const dir = dirs.make();
    const leaky = copyOf(tokenAttempt);
    leaky.exchange.response!.body = JSON.stringify({
      access_token: 'OPAQUEaccess-7f3e9d2c1b0a',
      refresh_token: 'REFRESH-5e4d3c2b1a09',
      expires_in: 3600,
    });
    const history = openHistory({ dir });
    history.add(leaky);
    const onDisk = onDiskIn(dir);
    expect(onDisk).not.toContain('OPAQUEaccess-7f3e9d2c1b0a');
    expect(onDisk).not.toContain('REFRESH-5e4d3c2b1a09');
    expect(history.get(leaky.id)?.attempt.exchange.response?.body).toMatch(
      /"refresh_token":"<token sha256:[0-9a-f]{8}…, 20 chars>"/,
    );
  });

  it('redacts a file written before opaque tokens were redacted when it is read', () => {
    const dir = dirs.make();
    const history = openHistory({ dir });
    history.add(tokenAttempt);
    openHistory({ dir }); // folds the log into history.json
    const file = JSON.parse(readFileSync(fileIn(dir), 'utf8')) as { entries: { attempt: TokenAttempt }[] };
    file.entries[0]!.attempt.exchange.response!.body = '{"access_token":"OLDopaque-0123456789"}';
    writeFileSync(fileIn(dir), JSON.stringify(file));
    const reopened = openHistory({ dir });
    expect(JSON.stringify(reopened.get(tokenAttempt.id))).not.toContain('OLDopaque-0123456789');
    reopened.add(refusedAttempt);
    expect(onDiskIn(dir)).not.toContain('OLDopaque-0123456789');
  });

  it.each([
    ['not JSON', '{"format": "integrator-console-hist'],
    ['the wrong shape', '{"format":"integrator-console-history","version":1,"entries":{"summary":{"id":"x"}}}'],
    ['another format', '{"format":"something-else","version":1,"entries":[]}'],
    ['an array', '[]'],
  ])('moves a file that is %s aside, starts empty and says so once', (_name, content) => {
    const dir = dirs.make();
    writeFileSync(fileIn(dir), content);
    const history = openHistory({ dir, now: () => Date.parse('2026-11-25T10:00:00Z') });
    expect(history.list()).toEqual([]);
    const [notice, ...rest] = history.notices();
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ source: 'history', movedTo: 'history.json.corrupt-2026-11-25T10-00-00-000Z' });
    expect(notice?.message).toContain(notice!.movedTo);
    expect(history.notices()).toEqual([]);
    expect(readFileSync(join(dir, notice!.movedTo), 'utf8')).toBe(content);
    expect(existsSync(fileIn(dir))).toBe(false);
    history.add(tokenAttempt);
    expect(openHistory({ dir }).list()).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual([HISTORY_FILE_NAME, notice!.movedTo].sort()); // reopening folded the log in
  });
});
