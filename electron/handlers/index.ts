import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import { bootstrap } from './bootstrap';
import { openCredentialsZip } from './credentials-zip';
import type { HandlerDeps } from './deps';
import { listEnvironments } from './environments';
import { exportHar, exportSupportText } from './exports';
import { callPosApi, posSnippets } from './pos';
import { refuseWhilePresenting } from './presentation';
import { decodeBasic, probeAuth } from './probes';
import { rotateKey, runnerFor, setFaults, startSandbox } from './sandbox';
import { exportProfiles, listProfiles } from './profiles';
import { copyToken, inspectToken, tokenSnippets, verifyToken } from './token-tools';
import { requestToken, settleTokenEncoding } from './tokens';
import { forgetCompiledCredentials } from '../services/scrubber-cache';

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** The handler for every invoke channel: plain async functions over injected deps, shared by main and the preview. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const handlers: Handlers = {
    'app:bootstrap': () => bootstrap(handlers),
    'app:info': async () => deps.appInfo,
    'environments:list': async () => listEnvironments(deps),
    'sandbox:status': async ({ environment }) => runnerFor(deps, environment).status(),
    'sandbox:start': (request) => startSandbox(deps, request),
    'sandbox:demo-clients': async ({ environment }) => [...deps.demoClients[environment ?? 'local']],
    'sandbox:set-faults': (request) => setFaults(deps, request),
    'sandbox:rotate-key': (request) => rotateKey(deps, request),
    'token:request': (request) => requestToken(deps, request),
    'token:settle-encoding': (request) => settleTokenEncoding(deps, request),
    'app:notices': async () => [...deps.settings.notices(), ...deps.profiles.notices(), ...deps.history.notices()],
    'profiles:list': async () => listProfiles(deps),
    'profiles:create': async (draft) => deps.profiles.create(draft),
    'profiles:update': async ({ id, patch }) => deps.profiles.update(id, patch),
    'profiles:duplicate': async ({ id }) => deps.profiles.duplicate(id),
    'profiles:delete': async ({ id }) => {
      deps.profiles.delete(id);
      // A deleted secret must not stay compiled in the scrubber's cache until it expires by itself.
      forgetCompiledCredentials();
      return { deleted: true };
    },
    'profiles:select': async ({ id }) => deps.profiles.select(id),
    'profiles:deselect': async () => {
      deps.profiles.deselect();
      return { deselected: true };
    },
    'profiles:copy-secret': async ({ id }) => {
      refuseWhilePresenting(deps, 'a client secret');
      return deps.profiles.copySecret(id);
    },
    'profiles:compare-secret': async ({ id, candidate }) => ({ result: deps.profiles.compareSecret(id, candidate) }),
    'profiles:export': async () => exportProfiles(deps),
    'profiles:import': async ({ json }) => deps.profiles.importBackup(json),
    'vault:allow-weak-encryption': async ({ allow }) => deps.profiles.setAllowWeakEncryption(allow),
    'token:verify': (request) => verifyToken(deps, request),
    'token:copy': async (request) => copyToken(deps, request),
    'token:inspect': (request) => inspectToken(deps, request),
    'token:snippets': (request) => tokenSnippets(deps, request),
    'history:list': async () => deps.history.list(),
    'history:get': async ({ id }) => {
      const entry = deps.history.get(id);
      if (!entry) throw new HandlerError('NOT_FOUND', 'This attempt is no longer in History.');
      return entry;
    },
    'history:delete': async ({ id }) => {
      if (!deps.history.delete(id)) throw new HandlerError('NOT_FOUND', 'This attempt is no longer in History.');
      return { deleted: true };
    },
    'probe:client-auth': (request) => probeAuth(deps, request),
    'probe:decode-basic': (request) => decodeBasic(deps, request),
    'pos:call': (request) => callPosApi(deps, request),
    'pos:snippets': async (request) => posSnippets(deps, request),
    'export:har': async (request) => exportHar(deps, request),
    'export:support-text': async (request) => exportSupportText(deps, request),
    'settings:get': async () => deps.settings.ui(),
    'settings:update': async (patch) => deps.settings.updateUi(patch),
    'credentials:open-zip': (request) => openCredentialsZip(request),
    'history:clear': async () => {
      deps.history.clear();
      return { cleared: true };
    },
  };
  return handlers;
}
