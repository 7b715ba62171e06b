import type { NetworkFailure, NetworkFailureKind } from '../../shared/domain/exchange';

/** Node's fetch hides the reason in `cause.code`; Electron's net.fetch puts `net::ERR_…` in the message. */
function lowLevelCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    // OpenSSL's "wrong version number" (a TLS hello answered in plain HTTP) sometimes arrives as a bare EPROTO.
    if (typeof candidate.message === 'string' && /wrong version number/i.test(candidate.message))
      return PLAIN_HTTP_PORT;
    if (typeof candidate.code === 'string') return candidate.code;
    // undici refuses the fetch standard's "bad ports" with a bare "bad port"; Chromium's name for it is kept.
    if (candidate.message === 'bad port') return UNSAFE_PORT;
    // Electron's net.fetch cannot hand back a redirect unfollowed (redirect: 'manual'): it cancels the request instead.
    if (candidate.message === 'Redirect was cancelled') return REDIRECT_NOT_FOLLOWED;
    if (typeof candidate.message === 'string') {
      const net = /net::(ERR_[A-Z_]+)/.exec(candidate.message);
      if (net) return net[1];
    }
    current = candidate.cause;
  }
  return undefined;
}

/** The server answered with a redirect, which is never followed with credentials (Electron reports no status). */
export const REDIRECT_NOT_FOLLOWED = 'ERR_REDIRECT_NOT_FOLLOWED';

/** https:// sent to a port that speaks plain HTTP. */
const PLAIN_HTTP_PORT = 'ERR_SSL_WRONG_VERSION_NUMBER';

/** A port fetch refuses to use (6000 = X11, 6666 = IRC, …): nothing was sent. */
export const UNSAFE_PORT = 'ERR_UNSAFE_PORT';

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

const KIND_BY_CODE: [RegExp, NetworkFailureKind][] = [
  [/^(ECONNREFUSED|ERR_CONNECTION_REFUSED)$/, 'refused'],
  [
    /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|ERR_INTERNET_DISCONNECTED)$/,
    'dns',
  ],
  [
    /^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE)$/,
    'reset',
  ],
  [
    /^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|ERR_TIMED_OUT|ERR_CONNECTION_TIMED_OUT)$/,
    'timeout',
  ],
  [/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH|ERR_SSL/, 'tls'],
];

const MESSAGES: Record<NetworkFailureKind, (host: string) => string> = {
  timeout: (host) =>
    `No answer from ${host} in time. Check that the host is up and that no firewall or proxy is holding the request.`,
  refused: (host) =>
    `${host} refused the connection: nothing listens on that port. Check the URL and port, or that the server is running.`,
  dns: (host) =>
    `The name ${host} could not be resolved. Check the spelling of the host, your DNS and your network connection.`,
  tls: (host) =>
    `The secure connection to ${host} failed (certificate or TLS problem). Check the certificate, the machine's clock, and any proxy that inspects TLS.`,
  reset: (host) =>
    `${host} closed the connection before answering. A proxy, load balancer or the server dropped it; try again and check the proxy.`,
  'too-large': (host) => `${host} sent more data than the console keeps.`,
  other: (host) => `The request to ${host} failed before any answer arrived.`,
};

/** The codes this module gives a name of its own: each says exactly what happened, so it has its own message. */
const MESSAGES_BY_CODE: Readonly<Record<string, (host: string) => string>> = {
  [REDIRECT_NOT_FOLLOWED]: (host) =>
    `${host} answered with a redirect (3xx), which the console does not follow with credentials. Use the URL it points to (often https instead of http, or a path without a trailing slash); \`curl -i\` from Copy as code shows its Location.`,
  [PLAIN_HTTP_PORT]: (host) =>
    `This port of ${host} answers plain HTTP, not TLS: use http:// or the port where the server speaks TLS.`,
  [UNSAFE_PORT]: (host) =>
    `Nothing was sent: the port of ${host} is one that fetch and browsers refuse to use (the fetch standard's "bad ports", e.g. 6000 for X11). Run the server on another port.`,
};

export function classifyNetworkFailure(error: unknown, url: string): NetworkFailure {
  const host = safeHost(url);
  const code = lowLevelCode(error);
  const kind: NetworkFailureKind = isTimeout(error)
    ? 'timeout'
    : (KIND_BY_CODE.find(([pattern]) => code !== undefined && pattern.test(code))?.[1] ?? 'other');
  const message = (code !== undefined ? MESSAGES_BY_CODE[code] : undefined)?.(host) ?? MESSAGES[kind](host);
  return code ? { kind, message, code } : { kind, message };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}
