import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxFlavor } from './clients';
import { sendJson } from './router';

/** Liveness for a team's shared sandbox or a CI service: load balancers and `curl -f` probe it. */
const HEALTH_PATH = '/health';
/** Which worker of a multi-worker sandbox answered; tests and the bench count on it. */
export const WORKER_HEADER = 'X-Sandbox-Worker';

interface HealthInfo {
  flavor: SandboxFlavor;
  workerId: number | undefined;
  kid: () => string;
}

const startedAt = Date.now();

/** Answers GET/HEAD /health (true) or leaves the request to the sandbox (false). */
export function healthResponder(info: HealthInfo) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '';
    if (!url.startsWith(HEALTH_PATH) || (url.length > HEALTH_PATH.length && url[HEALTH_PATH.length] !== '?'))
      return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let kid = '';
    try {
      kid = info.kid();
    } catch {
      // Still starting: the provider is not built yet.
      sendJson(res, 503, { status: 'starting' });
      return true;
    }
    sendJson(res, 200, {
      status: 'ok',
      flavor: info.flavor,
      ...(info.workerId !== undefined ? { worker: info.workerId } : {}),
      pid: process.pid,
      kid,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    });
    return true;
  };
}
