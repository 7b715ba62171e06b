import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalEnvironmentId } from '../../shared/domain/sandbox-faults';
import type { HandlerDeps } from '../handlers/deps';
import { dispatch } from '../handlers/dispatch';
import { createHandlers, type Handlers } from '../handlers/index';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import { DEMO_CLIENTS, DEMO_CLIENTS_PRODUCTION, startSandbox } from '../sandbox/index';
import { createPosAttemptLog } from '../services/exports/index';
import type { FetchLike } from '../services/http-capture';
import { FINGERPRINT_KEY_FILE, loadFingerprintKey } from '../services/fingerprint-key';
import { createJwksVerifier } from '../services/jwks-verifier';
import type { ProfileService } from '../services/profile-service-types';
import { createProfileService } from '../services/profiles';
import { createSandboxRunner, type StartedSandbox } from '../services/sandbox-runner';
import { createSecretClipboard } from '../services/secret-clipboard';
import type { AppSettings, SettingsService } from '../services/settings';
import { createTokenKeeper } from '../services/token-keeper';
import { noClipboard, noKeychainCipher } from './app-data';
import { attachedSandbox } from './attached-sandbox';
import { createMemoryHistory } from './memory-history';

export interface CliCoreOptions {
  /** The desktop app's data folder: its profiles (and, for Local, its sandbox keys). */
  dataDir: string;
  /** A running sandbox to use for Local sandbox / Local production instead of starting one in this process. */
  sandboxOrigin?: string;
  fetch?: FetchLike;
  version: string;
}

export interface CliCore {
  handlers: Handlers;
  deps: HandlerDeps;
  shutdown(): Promise<void>;
}

const NO_PROFILES = {
  list: () => [],
  notices: () => [],
  dispose: () => {},
} as Partial<ProfileService>;

/** The command line keeps its settings for the run only: it never writes the app's settings.json. */
function runSettings(): SettingsService {
  let current: AppSettings = { allowWeakEncryption: false, presentationMode: false, welcomeSeen: true };
  const ui = () => ({ presentationMode: current.presentationMode, welcomeSeen: current.welcomeSeen });
  return {
    get: () => current,
    update: (patch) => (current = { ...current, ...(patch as Partial<AppSettings>) }),
    ui,
    updateUi: (patch) => {
      current = { ...current, ...patch };
      return ui();
    },
    notices: () => [],
  };
}

/**
 * The app's profiles, opened only when a command reads them (--profile, decode-basic's match), so a plain
 * `diagnose` never touches the app's files; where the app never ran, an empty list and nothing created.
 */
function profilesFor(dataDir: string): ProfileService {
  let opened: ProfileService | undefined;
  const open = (): Partial<ProfileService> => {
    if (!existsSync(dataDir)) return NO_PROFILES;
    opened ??= createProfileService({ dir: dataDir, cipher: noKeychainCipher, clipboard: noClipboard });
    return opened;
  };
  return new Proxy({} as ProfileService, {
    get: (_target, name: keyof ProfileService) => {
      if (name === 'dispose') return () => opened?.dispose();
      const service = open();
      const member = service[name];
      if (typeof member !== 'function')
        throw new HandlerError('NOT_FOUND', 'The app has no saved profiles here (see --data-dir).');
      return (member as (...args: unknown[]) => unknown).bind(service);
    },
  });
}

/** Every call goes through the transports' own dispatch: the same schema check and error envelope as IPC. */
function validated(raw: Handlers): Handlers {
  const entries = (Object.keys(CHANNELS) as Channel[]).map((channel) => [
    channel,
    async (request: unknown) => {
      const result = await dispatch(raw, channel, request);
      if (!result.ok) throw new HandlerError(result.error.code, result.error.message);
      return result.value;
    },
  ]);
  return Object.fromEntries(entries) as Handlers;
}

/** The same handlers as the app and the preview, composed for one command-line run. */
export function createCliCore(options: CliCoreOptions): CliCore {
  // Fingerprints the app would show for the same secret; where the app never ran, a key of this run (never created).
  if (existsSync(join(options.dataDir, FINGERPRINT_KEY_FILE))) loadFingerprintKey(options.dataDir);
  const start = (environment: LocalEnvironmentId): (() => Promise<StartedSandbox>) =>
    options.sandboxOrigin
      ? async () => attachedSandbox(options.sandboxOrigin as string, environment)
      : () =>
          startSandbox({
            dataDir: join(options.dataDir, 'sandbox'),
            flavor: environment === 'local' ? 'sandbox' : 'production',
          });
  const sandboxes = {
    local: createSandboxRunner('local', start('local')),
    'local-production': createSandboxRunner('local-production', start('local-production')),
  };
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const profiles = profilesFor(options.dataDir);
  const deps: HandlerDeps = {
    appInfo: { version: options.version, shell: 'preview', platform: process.platform },
    fetch: fetchImpl,
    sandboxes,
    demoClients: { local: DEMO_CLIENTS, 'local-production': DEMO_CLIENTS_PRODUCTION },
    profiles,
    settings: runSettings(),
    tokens: createTokenKeeper(),
    tokenClipboard: createSecretClipboard(noClipboard),
    verifier: createJwksVerifier({ fetch: fetchImpl }),
    history: createMemoryHistory(),
    posLog: createPosAttemptLog(),
  };
  return {
    handlers: validated(createHandlers(deps)),
    deps,
    shutdown: async () => {
      profiles.dispose();
      await Promise.all(Object.values(sandboxes).map((sandbox) => sandbox.stop()));
    },
  };
}
