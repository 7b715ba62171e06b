import type { Finding, FindingId } from '../../../shared/domain/diagnosis';
import { isLoopbackHostname } from '../../../shared/domain/environments';
import type { Exchange, NetworkFailureKind } from '../../../shared/domain/exchange';
import { REDIRECT_NOT_FOLLOWED, UNSAFE_PORT } from '../network-failure';
import { formatDuration, hostOf, lines } from './evidence';

/** No HTTP answer at all: name the kind of failure and what to check for it. */

interface NetworkAdvice {
  id: FindingId;
  cause: (host: string, exchange: Exchange) => string;
  nextStep: (host: string, exchange: Exchange, environmentId?: string) => string;
}

/** OpenSSL's answer when the port speaks plain HTTP: the TLS hello got an HTTP reply instead. */
const WRONG_TLS_VERSION = /^(ERR_SSL_WRONG_VERSION_NUMBER|EPROTO)$/;
const plainHttpPort = (exchange: Exchange): boolean => WRONG_TLS_VERSION.test(exchange.failure?.code ?? '');
const isLocalSandbox = (environmentId: string | undefined): boolean =>
  environmentId === 'local' || environmentId === 'local-production';

/** Failures without an answer whose low-level code says exactly what happened. */
const KNOWN_OTHER: Readonly<Record<string, { cause: (host: string) => string; nextStep: string }>> = {
  [UNSAFE_PORT]: {
    cause: (host) =>
      `Nothing was sent: the port of ${host} is one that fetch and browsers refuse to use (the fetch standard's "bad ports").`,
    nextStep:
      'Run the server on another port (6000, 6665–6669 and a few dozen more are blocked) and change the URL to match.',
  },
  [REDIRECT_NOT_FOLLOWED]: {
    cause: (host) =>
      `${host} answered with a redirect (3xx); the console does not follow redirects with credentials, so no token came back.`,
    nextStep:
      'Use the URL the redirect points to (often https instead of http, or a path without a trailing slash); curl -i from Copy as code shows its Location header.',
  },
};
const knownOther = (exchange: Exchange) =>
  exchange.failure?.code === undefined ? undefined : KNOWN_OTHER[exchange.failure.code];

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
    nextStep: (host, _exchange, environmentId) => {
      if (isLocalSandbox(environmentId))
        return 'The local sandbox is not running on that port: start it (Start sandbox); it comes back on its last port when that port is free.';
      return isLoopback(host)
        ? 'Check the port in the URL and that your server on this machine is running and listening on it.'
        : 'Check the port in the URL and that the server is running; a firewall that rejects connections looks the same.';
    },
  },
  tls: {
    id: 'network-tls',
    cause: (host, exchange) =>
      plainHttpPort(exchange)
        ? `This port answers plain HTTP, not TLS: the https:// request to ${host} got an HTTP reply to its TLS greeting, so no request was sent.`
        : `The secure (TLS) connection to ${host} failed, so no HTTP request was sent.`,
    nextStep: (_host, exchange) =>
      plainHttpPort(exchange)
        ? 'Use http:// for this port, or the port where the server speaks TLS. Clocks and certificates are not the problem here.'
        : "Check this machine's clock (a wrong clock makes valid certificates look expired), the certificate the server presents, " +
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
    nextStep: () =>
      'Check that the URL points at the token endpoint or the PoS API and not at a download or a web page.',
  },
  other: {
    id: 'network-other',
    cause: (host, exchange) =>
      knownOther(exchange)?.cause(host) ?? `The request to ${host} failed before any answer arrived.`,
    nextStep: (_host, exchange) =>
      knownOther(exchange)?.nextStep ?? 'Check the URL, the network connection and any proxy settings, then try again.',
  },
};

/** The local sandbox's own fault switches (timeout from Delay, reset from Drop) are named in sandbox-fault-rules.ts. */
/** `environmentId`: where the request went; only a local sandbox gets "Start sandbox" advice. */
export function networkFindings(exchange: Exchange, environmentId?: string): Finding[] {
  const failure = exchange.failure;
  if (!failure || exchange.response) return [];
  const advice = ADVICE[failure.kind];
  const host = hostOf(exchange.request.url);
  const severity = failure.kind === 'too-large' ? 'warning' : 'error';
  return [
    {
      id: advice.id,
      severity,
      certainty: failure.kind === 'other' && !knownOther(exchange) ? 'possible' : 'certain',
      cause: advice.cause(host, exchange),
      evidence: lines(
        `${exchange.request.method} ${exchange.request.url}`,
        failure.message,
        failure.code && `Low-level error code: ${failure.code}.`,
        `Gave up after ${exchange.durationMs} ms.`,
      ),
      nextStep: advice.nextStep(host, exchange, environmentId),
    },
  ];
}
