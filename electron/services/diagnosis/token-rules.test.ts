import { describe, expect, it } from 'vitest';
import { diagnoseTokenAttempt } from './diagnose';
import {
  attemptOf,
  find,
  FINGERPRINT,
  ids,
  NOW,
  oauthError,
  text,
  tokenResponse,
  type ExchangeSpec,
} from './diagnosis-test-support';
import type { PreviousSuccess, TokenDiagnosisInput } from './types';

const diagnose = (spec: ExchangeSpec, extra: Partial<TokenDiagnosisInput> = {}) =>
  diagnoseTokenAttempt({ attempt: attemptOf(spec), clientId: 'demo-client', nowMs: NOW, ...extra });

describe('invalid_client', () => {
  it.each([
    ['401 JSON', oauthError(401, 'invalid_client', 'client authentication failed')],
    ['400 JSON (IdentityServer style)', oauthError(400, 'invalid_client')],
    [
      '401 with only WWW-Authenticate',
      { status: 401, responseHeaders: [['www-authenticate', 'Basic realm="x", error="invalid_client"']] },
    ],
  ] as [string, ExchangeSpec][])('names %s and says a wrong secret and an unknown id look the same', (_name, spec) => {
    const finding = find(diagnose(spec, { credentials: undefined }), 'invalid-client');
    expect(finding).toMatchObject({ severity: 'error', certainty: 'certain' });
    expect(finding?.cause).toMatch(/wrong secret and an unknown client id get exactly the same answer/);
    expect(text(finding)).toContain('Client ID sent: demo-client');
  });

  it('shows the secret only as its fingerprint', () => {
    const findings = diagnose(oauthError(401, 'invalid_client'), {
      credentials: {
        clientIdInspection: { anomalies: [] },
        secretInspection: { anomalies: [] },
        basicEncoding: 'form',
        secretHasReservedChars: false,
        secret: FINGERPRINT,
      },
    });
    expect(text(find(findings, 'invalid-client'))).toContain('<secret sha256:1a2b3c4d…, 43 chars>');
  });
});

describe('history of this client id', () => {
  const production: PreviousSuccess = {
    environmentId: 'mp-production',
    environmentLabel: 'MobilePay Production',
    clientId: 'demo-client',
  };
  const here: PreviousSuccess = {
    environmentId: 'mp-sandbox',
    environmentLabel: 'MobilePay SandBox',
    clientId: 'demo-client',
  };
  const stranger: PreviousSuccess = { ...production, clientId: 'someone-else' };

  it('says "these look like <environment>\'s credentials" when the id worked elsewhere', () => {
    const findings = diagnose(oauthError(401, 'invalid_client'), { previousSuccesses: [production, production] });
    const finding = find(findings, 'credentials-other-environment');
    expect(finding?.cause).toContain("These look like MobilePay Production's credentials");
    expect(finding?.nextStep).toContain('Switch the environment to MobilePay Production');
    expect(ids(findings).indexOf('credentials-other-environment')).toBeLessThan(
      ids(findings).indexOf('invalid-client'),
    );
  });

  it('points at the secret when the id worked here before', () => {
    const findings = diagnose(oauthError(401, 'invalid_client'), { previousSuccesses: [here, production] });
    expect(ids(findings)).toContain('credentials-worked-here-before');
    expect(ids(findings)).not.toContain('credentials-other-environment');
  });

  it.each([
    ['another client id', [stranger]],
    ['no history', []],
  ] as [string, PreviousSuccess[]][])('says nothing about history with %s', (_name, previous) => {
    const findings = diagnose(oauthError(401, 'invalid_client'), { previousSuccesses: previous });
    expect(ids(findings)).not.toContain('credentials-other-environment');
    expect(ids(findings)).not.toContain('credentials-worked-here-before');
  });

  it('says nothing about history when the request succeeded', () => {
    expect(diagnose(tokenResponse(), { previousSuccesses: [production] })).toEqual([]);
  });
});

describe('400 OAuth errors', () => {
  it.each([
    [
      'invalid_request',
      oauthError(400, 'invalid_request', 'grant_type parameter is missing'),
      {},
      'invalid-request',
      /grant_type=client_credentials/,
    ],
    [
      'invalid_request about Base64',
      oauthError(400, 'invalid_request', 'invalid Base64 in the Authorization header'),
      {},
      'invalid-request',
      /Basic header decoder/,
    ],
    [
      'invalid_request with both methods',
      {
        ...oauthError(400, 'invalid_request'),
        requestBody: 'grant_type=client_credentials&client_id=a&client_secret=%3Csecret%3E',
      },
      {},
      'invalid-request',
      /one way only/,
    ],
    [
      'unsupported_grant_type',
      { ...oauthError(400, 'unsupported_grant_type'), requestBody: 'grant_type=password' },
      {},
      'unsupported-grant-type',
      /grant_type sent: password/,
    ],
    [
      'invalid_scope',
      { ...oauthError(400, 'invalid_scope'), requestBody: 'grant_type=client_credentials&scope=openid' },
      {},
      'invalid-scope',
      /scope sent: openid/,
    ],
    ['unauthorized_client', oauthError(400, 'unauthorized_client'), {}, 'unauthorized-client', /client_credentials/],
    ['an unknown error code', oauthError(400, 'slow_down'), {}, 'oauth-error-other', /slow_down/],
  ] as const)('%s is explained', (_name, spec, extra, id, pattern) => {
    const finding = find(diagnose(spec, extra), id);
    expect(finding?.severity).toBe('error');
    expect(text(finding)).toMatch(pattern);
  });
});

describe('other statuses of the token endpoint', () => {
  it.each([
    [
      'a redirect',
      { status: 301, responseHeaders: [['location', 'https://auth.example.test/x']] },
      'redirect',
      /https:\/\/auth\.example\.test\/x/,
    ],
    ['404', { status: 404 }, 'token-endpoint-not-found', /connect\/token/],
    [
      '503',
      { status: 503, responseHeaders: [['x-correlation-id', 'abc-123']] },
      'token-server-error',
      /x-correlation-id: abc-123/,
    ],
    ['200 without a token', { status: 200, body: '{"ok":true}' }, 'token-unreadable', /no access_token/],
  ] as [string, ExchangeSpec, string, RegExp][])('%s', (_name, spec, id, pattern) => {
    expect(text(find(diagnose(spec), id as never))).toMatch(pattern);
  });

  it('reports a token whose signature did not verify', () => {
    const attempt = attemptOf(tokenResponse());
    const findings = diagnoseTokenAttempt({
      attempt,
      nowMs: NOW,
      verification: { status: 'key-not-found', message: 'No key with kid ABC.' },
    });
    expect(find(findings, 'token-signature-unverified')).toMatchObject({ severity: 'warning' });
    const valid = diagnoseTokenAttempt({ attempt, nowMs: NOW, verification: { status: 'valid', message: 'ok' } });
    expect(ids(valid)).toEqual([]);
  });
});
