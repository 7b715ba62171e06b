import type { Finding } from '../../../shared/domain/diagnosis';
import { headerValue, type Exchange } from '../../../shared/domain/exchange';
import type { SandboxFaults } from '../../../shared/domain/sandbox-faults';
import { caselessField, formatDuration, lines, looksLikeHtml, responseJson, statusLine } from './evidence';

/**
 * When the request went to a local sandbox whose own fault switch produces exactly what came back (a timeout, a
 * dropped connection, a 500/503 HTML page), the finding names the switch with certainty instead of guessing at a
 * proxy or a failing server. The caller passes the faults only for a call that went to a local sandbox.
 */
export type ActiveFaults = Pick<
  SandboxFaults,
  'delayMs' | 'dropConnection' | 'serverError' | 'requireIbmClientId' | 'basicDecoding'
> &
  Partial<Pick<SandboxFaults, 'clockSkewSeconds'>>;

export const WAY_OUT = 'in Sandbox controls → Fault switches (or press Reset faults) to get normal answers again.';

const requestLine = (exchange: Exchange) => `${exchange.request.method} ${exchange.request.url}`;

/** A timeout while the Delay fault is longer than the console waited. */
function delayFinding(exchange: Exchange, { delayMs }: ActiveFaults): Finding | undefined {
  if (exchange.failure?.kind !== 'timeout' || delayMs <= 0 || delayMs < exchange.durationMs) return undefined;
  return {
    id: 'network-timeout',
    severity: 'error',
    certainty: 'certain',
    cause: `The local sandbox's Delay fault holds each answer for ${formatDuration(delayMs)}, longer than the console waits (${formatDuration(exchange.durationMs)}), so the request timed out: the fault is doing what it was set to.`,
    evidence: lines(
      requestLine(exchange),
      `Sandbox fault: delay ${delayMs} ms.`,
      `Gave up after ${exchange.durationMs} ms.`,
    ),
    nextStep: `Lower the delay below the timeout ${WAY_OUT}`,
  };
}

/** The connection closed without an answer while the Drop the connection fault is on. */
function dropFinding(exchange: Exchange, { dropConnection }: ActiveFaults): Finding | undefined {
  if (exchange.failure?.kind !== 'reset' || !dropConnection) return undefined;
  return {
    id: 'network-reset',
    severity: 'error',
    certainty: 'certain',
    cause:
      "The local sandbox's Drop the connection fault switch is on: it closes every token and PoS request's connection without an answer, so this one got none.",
    evidence: lines(
      requestLine(exchange),
      'Sandbox fault: drop the connection (on).',
      exchange.failure.code && `Low-level error code: ${exchange.failure.code}.`,
    ),
    nextStep: `Switch off "Drop the connection" ${WAY_OUT}`,
  };
}

/** The 500/503 HTML page the Server error fault sends (shaped like nginx's, as a proxy would). */
function serverErrorFinding(
  exchange: Exchange,
  { serverError }: ActiveFaults,
  side: 'token' | 'pos',
): Finding | undefined {
  const status = exchange.response?.status;
  if (serverError === null || status !== serverError || !looksLikeHtml(exchange)) return undefined;
  const what = side === 'token' ? 'token request' : 'PoS call';
  return {
    id: side === 'token' ? 'token-server-error' : 'pos-server-error',
    severity: 'error',
    certainty: 'certain',
    cause: `The local sandbox's Server error fault switch is on (${serverError} with an HTML body): it answers every ${what} with that page, so the ${side === 'token' ? 'credentials were' : 'token and request were'} never checked.`,
    evidence: lines(statusLine(exchange), `Sandbox fault: server error ${serverError} (HTML page).`),
    nextStep: `Set Server error to None ${WAY_OUT}`,
  };
}

/** The IBM-gateway 401 the Require x-ibm-client-id switch sends when the header is missing or names another client. */
function ibmClientIdFinding(
  exchange: Exchange,
  { requireIbmClientId }: ActiveFaults,
  side: 'token' | 'pos',
): Finding | undefined {
  if (side !== 'token' || !requireIbmClientId || exchange.response?.status !== 401) return undefined;
  if (caselessField(responseJson(exchange), 'httpCode') === undefined) return undefined;
  const sent = headerValue(exchange.request.headers, 'x-ibm-client-id') !== undefined;
  return {
    id: 'gateway-body',
    severity: 'error',
    certainty: 'certain',
    cause: `The local sandbox's Require x-ibm-client-id switch is on: like MobilePay's 2020–2022 IBM gateway, it wants an x-ibm-client-id header naming the calling client, and this request ${sent ? 'named another client' : 'sent none'}, so the credentials were never checked.`,
    evidence: lines(
      statusLine(exchange),
      sent ? 'x-ibm-client-id was sent, with a different client id.' : 'No x-ibm-client-id header was sent.',
      'Sandbox fault: require x-ibm-client-id (on).',
    ),
    nextStep: `Tick "Send x-ibm-client-id header" in Options, or switch off "Require x-ibm-client-id" ${WAY_OUT}`,
  };
}

export function sandboxFaultFinding(
  exchange: Exchange,
  faults: ActiveFaults | undefined,
  side: 'token' | 'pos',
): Finding | undefined {
  if (!faults) return undefined;
  return (
    delayFinding(exchange, faults) ??
    dropFinding(exchange, faults) ??
    serverErrorFinding(exchange, faults, side) ??
    ibmClientIdFinding(exchange, faults, side)
  );
}
