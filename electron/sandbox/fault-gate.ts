import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultState, SandboxFaults } from './faults';

/** Whether any switch applyTransportFaults acts on is on (checked first, so a request without them skips it). */
export function transportFaultsOn(
  faults: Readonly<Pick<SandboxFaults, 'delayMs' | 'dropConnection' | 'serverError'>>,
): boolean {
  return faults.delayMs > 0 || faults.dropConnection || faults.serverError !== null;
}

/**
 * The faults that act on the connection rather than on OAuth or PoS semantics: respond slowly, drop the
 * connection, answer 500/503 like a proxy. They apply to token and PoS requests (discovery and JWKS stay
 * healthy, so a client can still fetch keys while reproducing an outage). Returns true when the request has
 * been dealt with here (answered, dropped, or the client went away while waiting).
 */
export async function applyTransportFaults(
  req: IncomingMessage,
  res: ServerResponse,
  faults: FaultState,
): Promise<boolean> {
  const { delayMs } = faults.current();
  if (delayMs > 0 && !(await waitUnlessClosed(res, delayMs))) return true;
  // Read again after the delay: a switch flipped meanwhile applies to this request.
  const { dropConnection, serverError } = faults.current();
  if (dropConnection) {
    req.socket.destroy();
    return true;
  }
  if (serverError !== null) {
    sendProxyErrorPage(res, serverError);
    return true;
  }
  return false;
}

/** Resolves true after `ms`, or false as soon as the connection closes (client gave up, or the sandbox stopped). */
async function waitUnlessClosed(res: ServerResponse, ms: number): Promise<boolean> {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  res.once('close', abort);
  try {
    await sleep(ms, undefined, { signal: controller.signal });
    return !res.destroyed;
  } catch {
    return false;
  } finally {
    res.off('close', abort);
  }
}

const REASONS = { 500: 'Internal Server Error', 503: 'Service Temporarily Unavailable' } as const;

/** What nginx (or a similar gateway) sends when the service behind it fails: HTML, not JSON. */
function sendProxyErrorPage(res: ServerResponse, status: 500 | 503): void {
  const title = `${status} ${REASONS[status]}`;
  const html = [
    '<html>',
    `<head><title>${title}</title></head>`,
    '<body>',
    `<center><h1>${title}</h1></center>`,
    '<hr><center>nginx</center>',
    '</body>',
    '</html>',
    `<!-- Integrator Console local sandbox: the serverError fault (${status}) is switched on. -->`,
    '',
  ].join('\r\n');
  res.writeHead(status, {
    'Content-Type': 'text/html',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

/**
 * Makes the `Date` header of this response come from the sandbox's (possibly skewed) clock. It is stamped when
 * the head is written, whoever writes it (the PoS API, oidc-provider/Koa, an error page): Node calls
 * `writeHead` for implicit heads too, and adds its own real-time Date only when none is set.
 */
export function stampSandboxDate(res: ServerResponse, now: () => number): void {
  const writeHead = res.writeHead;
  const stamped = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent && !this.hasHeader('date')) this.setHeader('Date', new Date(now()).toUTCString());
    return (writeHead as (...rest: unknown[]) => ServerResponse).apply(this, args);
  };
  res.writeHead = stamped as ServerResponse['writeHead'];
}
