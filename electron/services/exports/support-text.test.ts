import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFindings } from '../../../shared/domain/diagnosis';
import type { TokenAttempt } from '../../../shared/domain/attempts';
import { DEMO_CLIENTS, type RunningSandbox } from '../../sandbox/index';
import { tokenRequestSnippets } from '../code-snippets';
import { closedLoopbackPort } from '../sandbox-token-test-support';
import {
  leakedForms,
  realPosAttempt,
  realTokenAttempt,
  startTestSandbox,
  TEST_APP_INFO,
  USABLE_JWT,
} from './exports-test-support';
import { supportText } from './support-text';

// "Copy for support" from real attempts against the real local sandbox.
const client = DEMO_CLIENTS[0]!;
const NOW = Date.parse('2026-11-25T10:00:00Z');
let sandbox: RunningSandbox;
let stop: () => Promise<void>;
let accessToken: string;
let refused: TokenAttempt;
let curl: string;

beforeAll(async () => {
  ({ sandbox, stop } = await startTestSandbox());
  accessToken = (await realTokenAttempt({ tokenUrl: sandbox.tokenUrl, client })).accessToken!;
  refused = (await realTokenAttempt({ tokenUrl: sandbox.tokenUrl, client, clientSecret: 'wrong-secret' })).attempt;
  curl = tokenRequestSnippets({ tokenUrl: sandbox.tokenUrl, basicEncoding: 'form', sendIbmClientId: false }).find(
    (s) => s.language === 'curl',
  )!.code;
});

afterAll(async () => {
  await stop();
});

const line = (text: string, label: string) => text.split('\n').find((entry) => entry.startsWith(`${label}:`)) ?? '';

describe('supportText for a token request', () => {
  it('says app, environment, time, request, status, the OAuth error, the findings and the curl command', () => {
    const text = supportText({ appInfo: TEST_APP_INFO, kind: 'token', attempt: refused, snippet: curl, now: NOW });
    expect(text.split('\n')[0]).toBe('Integrator Console 9.8.7-test (electron, linux): Token request');
    expect(line(text, 'Environment')).toMatch(/Local sandbox$/);
    expect(line(text, 'Time')).toContain(refused.exchange.startedAt);
    expect(line(text, 'Time')).toMatch(/\(local \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC[+-]\d\d:\d\d\)$/);
    expect(line(text, 'Request')).toBe(`Request:         POST ${sandbox.tokenUrl}`);
    expect(line(text, 'Status')).toBe('Status:          401 Unauthorized');
    expect(line(text, 'Server said')).toMatch(/^Server said: +invalid_client/);
    expect(line(text, 'Copied')).toContain('2026-11-25T10:00:00.000Z');
    expect(text).toContain(formatFindings(refused.findings));
    expect(text).toContain(curl.trimEnd());
    expect(text).toContain('$MOBILEPAY_CLIENT_SECRET');
  });

  it('contains no secret, no Basic credentials and no usable token', () => {
    const text = supportText({ appInfo: TEST_APP_INFO, kind: 'token', attempt: refused, snippet: curl, now: NOW });
    expect(text).not.toContain('wrong-secret');
    for (const leak of leakedForms(client, [accessToken])) expect(text).not.toContain(leak);
    expect(text).not.toMatch(USABLE_JWT);
  });

  it('shows the claims of a token it got, never the token', async () => {
    const { attempt, accessToken: token } = await realTokenAttempt({
      tokenUrl: sandbox.tokenUrl,
      client,
      merchantVat: 'DK13585628',
    });
    const text = supportText({ appInfo: TEST_APP_INFO, kind: 'token', attempt, now: NOW });
    expect(line(text, 'Status')).toBe('Status:          200 OK');
    expect(line(text, 'Token')).toMatch(/client_id "demo-integrator", merchant_vat "DK13585628".*exp \d{4}-/);
    expect(line(text, 'Merchant VAT')).toBe('Merchant VAT:    DK13585628');
    expect(text).not.toContain(token!.split('.')[2]);
    expect(text).not.toMatch(USABLE_JWT);
  });

  it('without a snippet, includes the "Copy as code" curl of the same request', async () => {
    expect(supportText({ appInfo: TEST_APP_INFO, kind: 'token', attempt: refused, now: NOW })).toContain(
      curl.trimEnd(),
    );
    const { attempt } = await realTokenAttempt({
      tokenUrl: sandbox.tokenUrl,
      client,
      merchantVat: 'DK13585628',
      basicEncoding: 'raw',
      sendIbmClientId: true,
    });
    const expected = tokenRequestSnippets({
      tokenUrl: sandbox.tokenUrl,
      merchantVat: 'DK13585628',
      basicEncoding: 'raw',
      sendIbmClientId: true,
    })[0]!.code;
    const text = supportText({ appInfo: TEST_APP_INFO, kind: 'token', attempt, now: NOW });
    expect(text).toContain(expected.trimEnd());
    expect(text).toContain('x-ibm-client-id: $MOBILEPAY_CLIENT_ID');
    expect(text).not.toContain('form_encode()');
  });

  it('flags production', () => {
    const production: TokenAttempt = {
      ...refused,
      environment: { id: 'mp-production', label: 'MobilePay Production', production: true },
    };
    const text = supportText({ appInfo: TEST_APP_INFO, kind: 'token', attempt: production, now: NOW });
    expect(line(text, 'Environment')).toBe(
      'Environment:     MobilePay Production — PRODUCTION (live credentials and merchants)',
    );
  });

  it('states the clock skew of a server whose clock is two minutes ahead, over the limit', async () => {
    sandbox.setFaults({ clockSkewSeconds: 120 });
    try {
      const { attempt } = await realTokenAttempt({ tokenUrl: sandbox.tokenUrl, client });
      const text = supportText({ appInfo: TEST_APP_INFO, kind: 'token', attempt, now: NOW });
      expect(line(text, 'Clock skew')).toMatch(
        /server is 1(19|20|21) s ahead of this machine, over the 60 s limit \(server Date /,
      );
      expect(text).toContain('[Warning');
    } finally {
      sandbox.setFaults({ clockSkewSeconds: 0 });
    }
  });

  it('names the network failure when nothing answered', async () => {
    const port = await closedLoopbackPort();
    const { attempt } = await realTokenAttempt({
      tokenUrl: `http://127.0.0.1:${port}/integrator-authentication/connect/token`,
      client,
    });
    const text = supportText({ appInfo: TEST_APP_INFO, kind: 'token', attempt, now: NOW });
    expect(line(text, 'Status')).toMatch(
      /^Status: +no response: refused \(ECONNREFUSED\): 127\.0\.0\.1:\d+ refused the connection/,
    );
    expect(line(text, 'Clock skew')).toMatch(/unknown/);
    expect(line(text, 'Correlation ids')).toMatch(/none in the answer$/);
  });
});

describe('supportText for a PoS call', () => {
  it("gives MobilePay's error code and the correlation id from the header and the error body", async () => {
    const attempt = await realPosAttempt(sandbox, accessToken); // a token without merchant_vat and no VAT header: 1151
    const text = supportText({ appInfo: TEST_APP_INFO, kind: 'pos', attempt, now: NOW });
    const correlationId = attempt.error?.correlationId;
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(line(text, 'Status')).toBe('Status:          400 Bad Request');
    expect(line(text, 'Server said')).toMatch(/^Server said: +code 1151: /);
    expect(line(text, 'Correlation ids')).toBe(
      `Correlation ids: correlationid: ${correlationId}; correlationId (response body): ${correlationId}`,
    );
    expect(text).toContain(formatFindings(attempt.findings));
  });

  it('builds a curl command that reads the token from a variable and keeps deliberate mistakes', async () => {
    const attempt = await realPosAttempt(sandbox, accessToken, {
      merchantVat: 'DK13585628',
      tamper: { omitVersion: true },
    });
    const text = supportText({ appInfo: TEST_APP_INFO, kind: 'pos', attempt, now: NOW });
    expect(line(text, 'Changed on purpose')).toContain('X-MobilePay-Client-System-Version left out');
    expect(text).toContain('--header "Authorization: Bearer $MOBILEPAY_ACCESS_TOKEN"');
    expect(text).toContain("--header 'X-MobilePay-Merchant-VAT-Number: DK13585628'");
    expect(text).not.toContain("--header 'X-MobilePay-Client-System-Version");
    expect(text).toContain(`--url '${sandbox.posBase}/stores'`);
    expect(text).not.toContain(accessToken.split('.')[2]);
    expect(text).not.toMatch(USABLE_JWT);
  });
});
