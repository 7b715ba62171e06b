import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { HandlerDeps } from './deps';
import { listEnvironments } from './environments';
import { requestToken } from './tokens';

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** The handler for every invoke channel: plain async functions over injected deps, shared by main and the preview. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': async () => deps.appInfo,
    'environments:list': async () => listEnvironments(deps),
    'sandbox:status': async () => deps.sandbox.status(),
    'sandbox:start': async () => {
      await deps.sandbox.ensureStarted().catch(() => undefined);
      return deps.sandbox.status();
    },
    'sandbox:demo-clients': async () => [...deps.demoClients],
    'token:request': (request) => requestToken(deps, request),
  };
}
