import type { AppInfo, DemoClient } from '../../shared/ipc/contract';
import type { FetchLike } from '../services/http-capture';
import type { ProfileService } from '../services/profile-service-types';
import type { SandboxRunner } from '../services/sandbox-runner';


/** Everything the handlers use, injected: Electron's adapters in main, Node's in tests and the preview. */
export interface HandlerDeps {
  appInfo: AppInfo;
  fetch: FetchLike;
  sandbox: SandboxRunner;
  demoClients: readonly DemoClient[];
  profiles: ProfileService;
  /** Default timeout for outgoing requests, ms. */
  requestTimeoutMs?: number;
}
