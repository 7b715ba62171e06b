import type { Finding } from '../../../shared/domain/diagnosis';
import { headerValue, type Exchange } from '../../../shared/domain/exchange';
import { caselessField, htmlTitle, lines, looksLikeHtml, responseJson, statusLine, truncate } from './evidence';

/** Answers that are not the OAuth / MobilePay JSON the client expects: an HTML page, an API gateway's own JSON. */

export function htmlBodyFinding(exchange: Exchange, id: 'non-oauth-body-html' | 'pos-non-json-body'): Finding[] {
  const response = exchange.response;
  if (!response || !looksLikeHtml(exchange)) return [];
  const title = htmlTitle(response.body);
  const server = headerValue(response.headers, 'server') ?? headerValue(response.headers, 'via');
  const expected = id === 'non-oauth-body-html' ? 'an OAuth JSON error' : "MobilePay's JSON error";
  return [
    {
      id,
      severity: response.status >= 400 ? 'error' : 'warning',
      certainty: 'likely',
      cause: `The answer is an HTML page, not ${expected}: something in front of the API (a proxy, load balancer, firewall or captive portal) probably answered instead of it.`,
      evidence: lines(
        statusLine(exchange),
        `Content-Type: ${headerValue(response.headers, 'content-type') ?? '(none)'}.`,
        title && `Page title: "${title}".`,
        server && `Server/Via header: ${truncate(server, 80)}.`,
      ),
      nextStep:
        'Read the page in the raw response body: it usually names the proxy or the error. Check the URL, the proxy settings of this ' +
        'machine, and whether the network needs a login. A 5xx page from the server itself means trying again later.',
    },
  ];
}

export function gatewayBodyFinding(exchange: Exchange): Finding[] {
  const json = responseJson(exchange);
  const httpCode = caselessField(json, 'httpCode');
  const httpMessage = caselessField(json, 'httpMessage');
  const moreInformation = caselessField(json, 'moreInformation');
  if (httpCode === undefined || (httpMessage === undefined && moreInformation === undefined)) return [];
  const aboutClient = /client.?id|not registered|subscri|application|api key/i.test(moreInformation ?? '');
  const sentIbm = headerValue(exchange.request.headers, 'x-ibm-client-id') !== undefined;
  return [
    {
      id: 'gateway-body',
      severity: 'error',
      certainty: 'likely',
      cause:
        'An API gateway (IBM API Connect, which MobilePay ran in front of its APIs until 2022) refused the call before the ' +
        'authorization server or the PoS API saw it.',
      evidence: lines(
        statusLine(exchange),
        `httpCode: ${httpCode}.`,
        httpMessage && `httpMessage: ${truncate(httpMessage, 160)}.`,
        moreInformation && `moreInformation: ${truncate(moreInformation, 200).replace(/\.$/, '')}.`,
        `x-ibm-client-id was ${sentIbm ? '' : 'not '}sent.`,
      ),
      nextStep:
        aboutClient || !sentIbm
          ? "Turn on 'Send x-ibm-client-id' (the client id) and check that the app is subscribed to the API in MobilePay's developer portal."
          : 'Check that the URL is the right environment and that the app is subscribed to the API; the gateway message above says what it objected to.',
    },
  ];
}

/** 401 without an OAuth error, a WWW-Authenticate error, HTML or a gateway body. */
export function unexplainedUnauthorizedFinding(exchange: Exchange): Finding[] {
  const response = exchange.response;
  if (!response || response.status !== 401 || looksLikeHtml(exchange)) return [];
  const json = responseJson(exchange);
  if (typeof json?.error === 'string' || caselessField(json, 'httpCode') !== undefined) return [];
  const challenge = headerValue(response.headers, 'www-authenticate');
  if (challenge && /error\s*=/.test(challenge)) return [];
  const sentIbm = headerValue(exchange.request.headers, 'x-ibm-client-id') !== undefined;
  return [
    {
      id: 'unauthorized-unexplained',
      severity: 'error',
      certainty: 'possible',
      cause:
        'The server answered 401 without saying why; MobilePay documents exactly this answer for credentials its gateway does not ' +
        'accept (wrong id or secret, the other environment’s credentials, or a missing x-ibm-client-id).',
      evidence: lines(
        statusLine(exchange),
        challenge ? `WWW-Authenticate: ${truncate(challenge, 160)}` : 'No WWW-Authenticate header.',
        response.body.trim() === '' ? 'The body is empty.' : `Body starts: "${truncate(response.body.trim(), 120)}".`,
        !sentIbm && 'x-ibm-client-id was not sent.',
      ),
      nextStep:
        "Check that the id and secret belong to this environment, try 'Send x-ibm-client-id', and run the client-auth probe to rule out the Basic encoding.",
    },
  ];
}
