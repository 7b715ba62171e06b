import type { LocalEnvironmentId } from '../../shared/domain/sandbox-faults';
import type { AppInfo, DemoClient } from '../../shared/ipc/contract';
import type { FetchLike } from '../services/http-capture';
import type { ProfileService } from '../services/profile-service-types';
import type { PosAttemptLog } from '../services/exports/index';
import type { AttemptHistory } from '../services/history';
import type { JwksVerifier } from '../services/jwks-verifier';
import type { SandboxRunner } from '../services/sandbox-runner';
import type { SecretClipboard } from '../services/secret-clipboard';
import type { SettingsService } from '../services/settings';
import type { TokenKeeper } from '../services/token-keeper';

/** Everything the handlers use, injected: Electron's adapters in main, Node's in tests and the preview. */
export interface HandlerDeps {
  appInfo: AppInfo;
  fetch: FetchLike;
  /** The two embedded sandboxes, Local sandbox and Local production. */
  sandboxes: Record<LocalEnvironmentId, SandboxRunner>;
  demoClients: Record<LocalEnvironmentId, readonly DemoClient[]>;
  profiles: ProfileService;
  /** settings.json: the UI's switches, the last selected profile, the weak-encryption opt-in. */
  settings: SettingsService;
  /** Usable tokens, in memory only, by attempt id. */
  tokens: TokenKeeper;
  tokenClipboard: SecretClipboard;
  verifier: JwksVerifier;
  history: AttemptHistory;
  /** This run's PoS calls (History keeps token attempts only). */
  posLog: PosAttemptLog;
  /** Default timeout for outgoing requests, ms. */
  requestTimeoutMs?: number;
}
