import type { Finding, FindingId } from '../../../shared/domain/diagnosis';
import { isLoopbackHostname } from '../../../shared/domain/environments';
import type { Exchange, NetworkFailureKind } from '../../../shared/domain/exchange';
import { UNSAFE_PORT } from '../network-failure';
import { formatDuration, hostOf, lines } from './evidence';

/** No HTTP answer at all: name the kind of failure and what to check for it. */

interface NetworkAdvice {
  id: FindingId;
  cause: (host: string, exchange: Exchange) => string;
  nextStep: (host: string, exchange: Exchange) => string;
}

const isUnsafePort = (exchange: Exchange) => exchange.failure?.code === UNSAFE_PORT;

const RETIRED = ' MobilePay retired the PoS V10 hosts in 2024; the local sandbox reproduces their behaviour.';
const isMobilePay = (host: string): boolean => /(^|\.)mobilepay\.dk(:\d+)?$/i.test(host);
const isLoopback = (host: string): boolean => isLoopbackHostname(host.replace(/:\d+$/, ''));

const ADVICE: Record<NetworkFailureKind, NetworkAdvice> = {
  dns: {
    id: 'network-dns',
    cause: (host) => `The host name ${host} could not be resolved, so the request never left this machine.`,
    nextStep: (host) =>
      `Check the spelling of the host in the URL, this machine's DNS and network connection, and whether a VPN is needed.${isMobilePay(host) ? RETIRED : ''}`,
  },
  refused: {
    id: 'network-refused',
    cause: (host) => `${host} refused the connection: nothing listens on that port.`,
    nextStep: (host) =>
      isLoopback(host)
        ? 'Check the port in the URL. If this is the local sandbox, make sure it is running (Start sandbox); it comes back on its last port when that port is free.'
        : 'Check the port in the URL and that the server is running; a firewall that rejects connections looks the same.',
  },
  tls: {
    id: 'network-tls',
    cause: (host) => `The secure (TLS) connection to ${host} failed, so no HTTP request was sent.`,
    nextStep: () =>
      "Check this machine's clock (a wrong clock makes valid certificates look expired), the certificate the server presents, " +
      'and whether a company proxy inspects TLS with a certificate this machine does not trust.',
  },
  timeout: {
    id: 'network-timeout',
    cause: (host, exchange) => `${host} did not answer within ${formatDuration(exchange.durationMs)}.`,
    nextStep: () =>
      'Check that the host is up and reachable from this network, and whether a firewall silently drops the traffic or a proxy holds it. ' +
      'Then try again.',
  },
  reset: {
    id: 'network-reset',
    cause: (host) => `${host} closed the connection before sending an answer.`,
    nextStep: () =>
      "A proxy, load balancer or the server dropped the connection. Try again; if it repeats, check the proxy and the server's logs. " +
      'Plain http sent to an https port can look the same.',
  },
  'too-large': {
    id: 'network-too-large',
    cause: (host) => `${host} sent a larger answer than the console keeps, so it was cut off.`,
    nextStep: () => 'Check that the URL points at the token endpoint or the PoS API and not at a download or a web page.',
  },
  other: {
    id: 'network-other',
    cause: (host, exchange) =>
      isUnsafePort(exchange)
        ? `Nothing was sent: the port of ${host} is one that fetch and browsers refuse to use (the fetch standard's "bad ports").`
        : `The request to ${host} failed before any answer arrived.`,
    nextStep: (_host, exchange) =>
      isUnsafePort(exchange)
        ? 'Run the server on another port (6000, 6665–6669 and a few dozen more are blocked) and change the URL to match.'
        : 'Check the URL, the network connection and any proxy settings, then try again.',
  },
};

/** The local sandbox's own fault switches (timeout from Delay, reset from Drop) are named in sandbox-fault-rules.ts. */
export function networkFindings(exchange: Exchange): Finding[] {
  const failure = exchange.failure;
  if (!failure || exchange.response) return [];
  const advice = ADVICE[failure.kind];
  const host = hostOf(exchange.request.url);
  const severity = failure.kind === 'too-large' ? 'warning' : 'error';
  return [
    {
      id: advice.id,
      severity,
      certainty: failure.kind === 'other' && !isUnsafePort(exchange) ? 'possible' : 'certain',
      cause: advice.cause(host, exchange),
      evidence: lines(
        `${exchange.request.method} ${exchange.request.url}`,
        failure.message,
        failure.code && `Low-level error code: ${failure.code}.`,
        `Gave up after ${exchange.durationMs} ms.`,
      ),
      nextStep: advice.nextStep(host, exchange),
    },
  ];
}
