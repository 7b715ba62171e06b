import { join } from 'node:path';
import type { AppInfo, EventName, EventPayloads } from '../shared/ipc/contract';
import { createHandlers, type Handlers } from './handlers/index';
import type { LocalEnvironmentId } from '../shared/domain/sandbox-faults';
import { DEMO_CLIENTS, DEMO_CLIENTS_PRODUCTION, startSandbox, type SandboxFlavor } from './sandbox/index';
import type { FetchLike } from './services/http-capture';
import { createPosAttemptLog } from './services/exports/index';
import { loadFingerprintKey } from './services/fingerprint-key';
import { openHistory } from './services/history';
import { createJwksVerifier } from './services/jwks-verifier';
import { createProfileService } from './services/profiles';
import { createSecretClipboard } from './services/secret-clipboard';
import { openSettings } from './services/settings';
import { createTokenKeeper } from './services/token-keeper';
import type { ClipboardPort, SecretCipher } from './services/profile-service-types';
import type { StoreFactory } from './services/store-factory';
import { createSandboxRunner, type SandboxRunner } from './services/sandbox-runner';

type Broadcast = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export interface AppCoreOptions {
  /** Where this app keeps its data: Electron's userData in the app, --data-dir in the preview, a temp dir in tests. */
  dataDir: string;
  fetch: FetchLike;
  appInfo: AppInfo;
  broadcast: Broadcast;
  /** safeStorage in the app; in the preview a cipher that is never available, so secrets stay in memory. */
  cipher: SecretCipher;
  clipboard: ClipboardPort;
  /** The app opens its settings stores with electron-store; the preview and tests leave this out (conf). */
  createStore?: StoreFactory;
}

export interface AppCore {
  handlers: Handlers;
  sandboxes: Record<LocalEnvironmentId, SandboxRunner>;
  shutdown(): Promise<void>;
}

/** The composition root both shells share: the Electron main process and the browser preview. */
export function createAppCore(options: AppCoreOptions): AppCore {
  // Before anything fingerprints a secret: the fingerprints of this installation use its own key.
  loadFingerprintKey(options.dataDir);
  // Both flavors share one data folder; each has its own key file there.
  const runner = (environment: LocalEnvironmentId, flavor: SandboxFlavor) =>
    createSandboxRunner(
      environment,
      () => startSandbox({ dataDir: join(options.dataDir, 'sandbox'), flavor, rememberPort: true }),
      (status) => options.broadcast('sandbox:changed', status),
    );
  const sandboxes = { local: runner('local', 'sandbox'), 'local-production': runner('local-production', 'production') };
  const settings = openSettings({ dir: options.dataDir, createStore: options.createStore });
  const profiles = createProfileService({
    dir: options.dataDir,
    cipher: options.cipher,
    clipboard: options.clipboard,
    settings,
    createStore: options.createStore,
  });
  const tokenClipboard = createSecretClipboard(options.clipboard);
  const handlers = createHandlers({
    appInfo: options.appInfo,
    fetch: options.fetch,
    sandboxes,
    demoClients: { local: DEMO_CLIENTS, 'local-production': DEMO_CLIENTS_PRODUCTION },
    profiles,
    settings,
    tokens: createTokenKeeper(),
    tokenClipboard,
    verifier: createJwksVerifier({ fetch: options.fetch }),
    history: openHistory({ dir: options.dataDir, onChange: (change) => options.broadcast('history:changed', change) }),
    posLog: createPosAttemptLog(),
  });
  return {
    handlers,
    sandboxes,
    shutdown: async () => {
      // Electron 45 reads the clipboard asynchronously: wait for the check-and-clear before the app quits.
      await Promise.all([
        profiles.dispose(),
        tokenClipboard.dispose(),
        ...Object.values(sandboxes).map((sandbox) => sandbox.stop()),
      ]);
    },
  };
}
