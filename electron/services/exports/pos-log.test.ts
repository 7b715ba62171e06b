import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PosAttempt } from '../../../shared/domain/attempts';
import { DEMO_CLIENTS, type RunningSandbox } from '../../sandbox/index';
import { realPosAttempt, realTokenAttempt, startTestSandbox, USABLE_JWT } from './exports-test-support';
import { createPosAttemptLog, POS_LOG_LIMIT } from './pos-log';

let sandbox: RunningSandbox;
let stop: () => Promise<void>;
let call: PosAttempt;

beforeAll(async () => {
  ({ sandbox, stop } = await startTestSandbox());
  const { accessToken } = await realTokenAttempt({
    tokenUrl: sandbox.tokenUrl,
    client: DEMO_CLIENTS[0]!,
    merchantVat: 'DK13585628',
  });
  call = await realPosAttempt(sandbox, accessToken!);
});

afterAll(async () => {
  await stop();
});

const withId = (id: string): PosAttempt => ({ ...structuredClone(call), id });

describe('PoS attempt log (this run only)', () => {
  it('lists calls newest first and finds one by id', () => {
    const log = createPosAttemptLog();
    log.add(withId('a'));
    log.add(withId('b'));
    expect(log.list().map((attempt) => attempt.id)).toEqual(['b', 'a']);
    expect(log.get('a')).toEqual(withId('a'));
    expect(log.get('missing')).toBeUndefined();
  });

  it(`keeps the newest ${POS_LOG_LIMIT} by default, dropping the oldest`, () => {
    const log = createPosAttemptLog();
    for (let i = 0; i < POS_LOG_LIMIT + 5; i++) log.add(withId(`call-${i}`));
    const ids = log.list().map((attempt) => attempt.id);
    expect(ids).toHaveLength(POS_LOG_LIMIT);
    expect(ids[0]).toBe(`call-${POS_LOG_LIMIT + 4}`);
    expect(ids.at(-1)).toBe('call-5');
    expect(log.get('call-4')).toBeUndefined();
  });

  it('replaces an attempt added twice instead of listing it twice', () => {
    const log = createPosAttemptLog({ maxEntries: 3 });
    log.add(withId('a'));
    log.add(withId('b'));
    log.add({ ...withId('a'), tampered: ['again'] });
    expect(log.list().map((attempt) => [attempt.id, attempt.tampered])).toEqual([
      ['a', ['again']],
      ['b', []],
    ]);
  });

  it('hands out copies: changing one changes nothing in the log', () => {
    const log = createPosAttemptLog();
    const original = withId('a');
    log.add(original);
    original.findings.push({
      id: 'pos-403',
      severity: 'error',
      certainty: 'certain',
      cause: 'x',
      evidence: [],
      nextStep: 'y',
    });
    log.get('a')!.tampered.push('changed');
    expect(log.get('a')?.tampered).toEqual([]);
    expect(log.get('a')?.findings).toEqual(call.findings);
  });

  it('holds no usable token, even if handed one', () => {
    const log = createPosAttemptLog();
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl';
    log.add({ ...withId('a'), json: { echoed: token } });
    expect(JSON.stringify(log.list())).not.toMatch(USABLE_JWT);
    expect(JSON.stringify(log.list())).toContain('<signature hidden>');
  });

  it('clear empties it', () => {
    const log = createPosAttemptLog();
    log.add(withId('a'));
    log.clear();
    expect(log.list()).toEqual([]);
    expect(log.get('a')).toBeUndefined();
  });
});
