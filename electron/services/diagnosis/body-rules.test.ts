import { describe, expect, it } from 'vitest';
import { diagnoseTokenAttempt } from './diagnose';
import { attemptOf, find, ids, jsonHeaders, NOW, text, type ExchangeSpec } from './diagnosis-test-support';

const diagnose = (spec: ExchangeSpec) => diagnoseTokenAttempt({ attempt: attemptOf(spec), nowMs: NOW });

const HTML = '<!DOCTYPE html><html><head><title>  502 Bad Gateway  </title></head><body><h1>nginx</h1></body></html>';

describe('answers that are not OAuth JSON', () => {
  it.each([
    [
      'an HTML error page',
      {
        status: 502,
        responseHeaders: [
          ['content-type', 'text/html'],
          ['server', 'nginx'],
        ],
        body: HTML,
      },
    ],
    ['HTML without a content type', { status: 403, body: '<html><body><h1>Access denied</h1></body></html>' }],
    [
      'an HTML login page with 200',
      {
        status: 200,
        responseHeaders: [['content-type', 'text/html; charset=utf-8']],
        body: '<html><title>Sign in</title></html>',
      },
    ],
  ] as [string, ExchangeSpec][])('%s is recognised as coming from something in front of the server', (_name, spec) => {
    const finding = find(diagnose(spec), 'non-oauth-body-html');
    expect(finding?.cause).toMatch(/HTML page, not an OAuth JSON error/);
  });

  it('quotes the page title and the server header', () => {
    const evidence = text(
      find(
        diagnose({
          status: 502,
          responseHeaders: [
            ['content-type', 'text/html'],
            ['server', 'nginx'],
          ],
          body: HTML,
        }),
        'non-oauth-body-html',
      ),
    );
    expect(evidence).toContain('Page title: "502 Bad Gateway"');
    expect(evidence).toContain('Server/Via header: nginx');
  });

  it('recognises the IBM gateway body and suggests x-ibm-client-id', () => {
    const body = JSON.stringify({
      httpCode: '401',
      httpMessage: 'Unauthorized',
      moreInformation: 'Client id not registered.',
    });
    const finding = find(diagnose({ status: 401, responseHeaders: jsonHeaders, body }), 'gateway-body');
    expect(text(finding)).toContain('moreInformation: Client id not registered.');
    expect(text(finding)).toContain('x-ibm-client-id was not sent');
    expect(finding?.nextStep).toMatch(/Send x-ibm-client-id/);
  });

  it('reads gateway fields whatever their case', () => {
    const body = JSON.stringify({ HttpCode: 500, HTTPMESSAGE: 'Internal Server Error' });
    expect(ids(diagnose({ status: 500, responseHeaders: jsonHeaders, body }))).toContain('gateway-body');
  });

  it("explains a bare 401 with MobilePay's documented meaning", () => {
    const finding = find(diagnose({ status: 401 }), 'unauthorized-unexplained');
    expect(finding?.cause).toMatch(/without saying why/);
    expect(text(finding)).toContain('The body is empty.');
    expect(text(finding)).toContain('x-ibm-client-id was not sent');
  });

  it('does not call a 401 unexplained when it carries an OAuth error or a WWW-Authenticate error', () => {
    expect(
      ids(diagnose({ status: 401, responseHeaders: jsonHeaders, body: '{"error":"invalid_client"}' })),
    ).not.toContain('unauthorized-unexplained');
    expect(
      ids(diagnose({ status: 401, responseHeaders: [['www-authenticate', 'Basic error="invalid_client"']] })),
    ).not.toContain('unauthorized-unexplained');
  });
});
