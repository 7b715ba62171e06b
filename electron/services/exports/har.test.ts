import { har as validateHar } from 'har-validator';
import type { Entry } from 'har-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFindings } from '../../../shared/domain/diagnosis';
import type { PosAttempt, TokenAttempt } from '../../../shared/domain/attempts';
import { DEMO_CLIENTS, type RunningSandbox } from '../../sandbox/index';
import { closedLoopbackPort } from '../sandbox-token-test-support';
import {
  leakedForms,
  realPosAttempt,
  realTokenAttempt,
  startTestSandbox,
  TEST_APP_INFO,
  USABLE_JWT,
} from './exports-test-support';
import { buildHar, harJson } from './har';

// Real attempts against the real local sandbox (and a refused loopback port), exported and schema-validated.
const client = DEMO_CLIENTS[0]!;
let sandbox: RunningSandbox;
let stop: () => Promise<void>;
let ok: TokenAttempt;
let refused: TokenAttempt;
let network: TokenAttempt;
let pos: PosAttempt;
let accessToken: string;

beforeAll(async () => {
  ({ sandbox, stop } = await startTestSandbox());
  const minted = await realTokenAttempt({ tokenUrl: sandbox.tokenUrl, client, merchantVat: 'DK13585628' });
  ok = minted.attempt;
  accessToken = minted.accessToken!;
  refused = (await realTokenAttempt({ tokenUrl: sandbox.tokenUrl, client, clientSecret: `${client.clientSecret}x` }))
    .attempt;
  const port = await closedLoopbackPort();
  network = (
    await realTokenAttempt({ tokenUrl: `http://127.0.0.1:${port}/integrator-authentication/connect/token`, client })
  ).attempt;
  pos = await realPosAttempt(sandbox, accessToken);
});

afterAll(async () => {
  await stop();
});

const run = () => [
  { kind: 'token' as const, attempt: ok },
  { kind: 'token' as const, attempt: refused },
  { kind: 'token' as const, attempt: network },
  { kind: 'pos' as const, attempt: pos },
];

const entryFor = (entries: Entry[], id: string) =>
  entries.find((entry) => (entry._attempt as { id: string }).id === id)!;

describe('buildHar', () => {
  it('writes a HAR 1.2 log that har-validator accepts, one entry per attempt', async () => {
    expect(ok.outcome).toBe('token');
    expect(ok.token?.claims.merchant_vat).toBe('DK13585628');
    expect(refused.exchange.response?.status).toBe(401);
    expect(network.exchange.failure?.kind).toBe('refused');
    const har = buildHar({ appInfo: TEST_APP_INFO, entries: run() });
    await expect(validateHar(har)).resolves.toBeTruthy();
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toMatchObject({ name: 'Integrator Console', version: '9.8.7-test' });
    expect(har.log.entries).toHaveLength(4);
    expect(har.log.pages).toHaveLength(1);
    expect(har.log.entries.every((entry) => entry.pageref === har.log.pages?.[0]?.id)).toBe(true);
  });

  it('records the token request as sent: form body with params, redacted headers, the response and timings', () => {
    const entry = entryFor(buildHar({ appInfo: TEST_APP_INFO, entries: run() }).log.entries, ok.id);
    expect(entry.startedDateTime).toBe(ok.exchange.startedAt);
    expect(entry.time).toBe(ok.exchange.durationMs);
    expect(entry.timings).toEqual({ send: 0, wait: ok.exchange.durationMs, receive: 0 });
    expect(entry.request).toMatchObject({
      method: 'POST',
      url: sandbox.tokenUrl,
      httpVersion: 'HTTP/1.1',
      headersSize: -1,
    });
    expect(entry.request.bodySize).toBe(Buffer.byteLength('grant_type=client_credentials&merchant_vat=DK13585628'));
    expect(entry.request.postData).toMatchObject({
      mimeType: 'application/x-www-form-urlencoded',
      text: 'grant_type=client_credentials&merchant_vat=DK13585628',
      params: [
        { name: 'grant_type', value: 'client_credentials' },
        { name: 'merchant_vat', value: 'DK13585628' },
      ],
    });
    const authorization = entry.request.headers.find((header) => header.name === 'Authorization')?.value;
    expect(authorization).toMatch(/^Basic <secret sha256:[0-9a-f]{8}…, 43 chars> \(client id demo-integrator/);
    expect(entry.response).toMatchObject({ status: 200, statusText: 'OK', redirectURL: '' });
    expect(entry.response.content.mimeType).toMatch(/application\/json/);
    expect(entry.response.content.text).toContain('<signature hidden>');
    expect(JSON.parse(entry.response.content.text ?? '{}')).toMatchObject({ token_type: 'Bearer', expires_in: 3700 });
  });

  it('attaches the findings to each entry, as data and as formatted text in the comment', () => {
    const entry = entryFor(buildHar({ appInfo: TEST_APP_INFO, entries: run() }).log.entries, refused.id);
    expect(refused.findings.map((finding) => finding.id)).toContain('invalid-client');
    expect(entry._findings).toEqual(refused.findings);
    expect(entry.comment).toContain(formatFindings(refused.findings));
    expect(entry.comment).toContain('invalid_client');
    expect(entry.response.status).toBe(401);
  });

  it('records a refused connection as status 0 with _error and the reason in the comment', () => {
    const entry = entryFor(buildHar({ appInfo: TEST_APP_INFO, entries: run() }).log.entries, network.id);
    expect(entry.response.status).toBe(0);
    expect((entry.response as { _error?: string })._error).toBe('ECONNREFUSED');
    expect(entry.comment).toContain('refused the connection');
    expect((entry._findings as { id: string }[]).map((finding) => finding.id)).toContain('network-refused');
  });

  it('records the PoS call with its Bearer header stripped of the signature and its query-less URL', () => {
    const entry = entryFor(buildHar({ appInfo: TEST_APP_INFO, entries: run() }).log.entries, pos.id);
    expect(entry.request.method).toBe('GET');
    expect(entry.request.bodySize).toBe(0);
    expect(entry.request.postData).toBeUndefined();
    expect(entry.request.headers.find((header) => header.name === 'Authorization')?.value).toMatch(
      /^Bearer eyJ[\w-]+\.eyJ[\w-]+\.<signature hidden>$/,
    );
    expect(entry.response.status).toBe(200);
  });

  it('parses the query string of a PoS URL', async () => {
    const stores = (pos.json as { storeIds: string[] }).storeIds;
    const listed = await realPosAttempt(sandbox, accessToken, { path: `/pointofsales?storeId=${stores[0]!}` });
    const [entry] = buildHar({ appInfo: TEST_APP_INFO, entries: [{ kind: 'pos', attempt: listed }] }).log.entries;
    expect(entry?.request.queryString).toEqual([{ name: 'storeId', value: stores[0] }]);
  });

  it('puts the entries in time order, whatever order they are given in', () => {
    const har = buildHar({ appInfo: TEST_APP_INFO, entries: [...run()].reverse() });
    const times = har.log.entries.map((entry) => Date.parse(entry.startedDateTime));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('validates with no entries at all (an empty run)', async () => {
    await expect(validateHar(buildHar({ appInfo: TEST_APP_INFO, entries: [] }))).resolves.toBeTruthy();
  });
});

describe('HAR redaction', () => {
  it('holds no secret, no Base64 of id:secret and no usable JWT anywhere in the file', () => {
    const { json } = harJson({ appInfo: TEST_APP_INFO, entries: run(), scope: 'run' });
    for (const leak of leakedForms(client, [accessToken])) expect(json).not.toContain(leak);
    expect(json).not.toMatch(USABLE_JWT);
    expect(json).toContain('<signature hidden>');
  });

  it('still redacts when a capture bug hands it the wire request and the raw token response', async () => {
    // Simulate an upstream bug: the shown request replaced by what went on the wire, the body by the raw answer.
    const basic = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`;
    const leaky: TokenAttempt = {
      ...ok,
      exchange: {
        ...ok.exchange,
        request: {
          ...ok.exchange.request,
          headers: [
            ['Authorization', basic],
            ['Content-Type', 'application/x-www-form-urlencoded'],
          ],
          body: `grant_type=client_credentials&client_id=${client.clientId}&client_secret=${encodeURIComponent(client.clientSecret)}`,
        },
        response: {
          ...ok.exchange.response!,
          body: JSON.stringify({ access_token: accessToken, token_type: 'Bearer' }),
        },
      },
    };
    const leakyPos: PosAttempt = {
      ...pos,
      exchange: {
        ...pos.exchange,
        request: { ...pos.exchange.request, headers: [['Authorization', `Bearer ${accessToken}`]] },
      },
    };
    const har = buildHar({
      appInfo: TEST_APP_INFO,
      entries: [
        { kind: 'token', attempt: leaky },
        { kind: 'pos', attempt: leakyPos },
      ],
    });
    await expect(validateHar(har)).resolves.toBeTruthy();
    const json = JSON.stringify(har);
    for (const leak of leakedForms(client, [accessToken])) expect(json).not.toContain(leak);
    expect(json).not.toMatch(USABLE_JWT);
    const entry = entryFor(har.log.entries, ok.id);
    expect(entry.request.headers[0]?.value).toMatch(
      /^Basic <secret sha256:[0-9a-f]{8}…, 43 chars> \(client id demo-integrator\)$/,
    );
    expect(entry.request.postData?.params?.find((param) => param.name === 'client_secret')?.value).toMatch(
      /^<secret sha256:[0-9a-f]{8}…, 43 chars>$/,
    );
  });

  it('suggests a name saying what it holds and when, and writes pretty JSON', () => {
    const { json, fileName } = harJson({
      appInfo: TEST_APP_INFO,
      entries: run(),
      scope: 'run',
      now: Date.parse('2026-11-25T10:00:00Z'),
    });
    expect(fileName).toBe('integrator-console-run-2026-11-25T10-00-00Z.har');
    expect(
      harJson({ appInfo: TEST_APP_INFO, entries: run(), scope: 'attempt', now: Date.parse('2026-11-25T10:00:00Z') })
        .fileName,
    ).toBe('integrator-console-attempt-2026-11-25T10-00-00Z.har');
    expect(json).toMatch(/^\{\n {2}"log": \{\n/);
    expect(JSON.parse(json)).toEqual(buildHar({ appInfo: TEST_APP_INFO, entries: run() }));
  });
});
