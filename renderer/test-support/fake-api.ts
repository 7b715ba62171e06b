import { ENVIRONMENTS, tokenEndpointOf } from '../../shared/domain/environments';
import type { LocalEnvironmentId } from '../../shared/domain/sandbox-faults';
import type {
  Channel,
  ConsoleApi,
  EventName,
  EventPayloads,
  RequestOf,
  ResponseOf,
  SandboxStatus,
} from '../../shared/ipc/contract';
import { DEFAULT_FAULTS } from '../features/sandbox-controls/fault-draft';
import type { IpcResult } from '../../shared/ipc/result';
import { historyChangeAfter } from './fake-history-events';

/** A hand-written ConsoleApi for renderer tests: canned answers per channel, recorded calls, pushable events. */
export type FakeHandlers = {
  [C in Channel]?: (request: RequestOf<C>) => IpcResult<ResponseOf<C>> | Promise<IpcResult<ResponseOf<C>>>;
};

export interface FakeApi extends ConsoleApi {
  calls: { channel: Channel; request: unknown }[];
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  callsTo(channel: Channel): unknown[];
}

export const SANDBOX_AUTH_BASE = 'http://127.0.0.1:54321/integrator-authentication';

const PRODUCTION_AUTH_BASE = 'http://127.0.0.1:54322/integrator-authentication';

/** A running (or stopped) local sandbox as main reports it, with the default fault switches. */
export function sandboxStatusFor(environment: LocalEnvironmentId, state: SandboxStatus['state']): SandboxStatus {
  if (state !== 'running') return { environment, state };
  const authBase = environment === 'local' ? SANDBOX_AUTH_BASE : PRODUCTION_AUTH_BASE;
  return {
    environment,
    state,
    authBase,
    posBase: authBase.replace('/integrator-authentication', '/pos/v10'),
    faults: { ...DEFAULT_FAULTS },
    kid: environment === 'local' ? 'KID-LOCAL-1' : 'KID-PROD-1',
  };
}

export const SESSION_ONLY_VAULT = {
  mode: 'session-only',
  message: 'Encryption is not available on this system, so client secrets are kept only until you quit.',
} as const;

const DEFAULTS: FakeHandlers = {
  'app:info': () => ({ ok: true, value: { version: '0.1.0', shell: 'preview', platform: 'linux' } }),
  'environments:list': () => ({
    ok: true,
    value: ENVIRONMENTS.map(({ id, label, badge, production, description, authBase }) => ({
      id,
      label,
      badge,
      production,
      description,
      ...(authBase ? { tokenUrl: tokenEndpointOf(authBase) } : {}),
    })),
  }),
  // Local production answers as a stopped sandbox of its own; the Local sandbox runs.
  'sandbox:status': ({ environment = 'local' }) => ({
    ok: true,
    value: sandboxStatusFor(environment, environment === 'local' ? 'running' : 'stopped'),
  }),
  'sandbox:start': ({ environment = 'local' }) => ({ ok: true, value: sandboxStatusFor(environment, 'running') }),
  'app:notices': () => ({ ok: true, value: [] }),
  'history:list': () => ({ ok: true, value: [] }),
  'token:verify': ({ attemptId }) => ({
    ok: true,
    value: {
      status: 'valid',
      message: `The signature of ${attemptId} matches a published key.`,
      kid: 'ABCDEF0123',
      alg: 'RS256',
      jwksUri: `${SANDBOX_AUTH_BASE}/.well-known/openid-configuration/jwks`,
      checkedAt: '2026-01-01T00:00:00.000Z',
    },
  }),
  'profiles:list': () => ({ ok: true, value: { profiles: [], vault: SESSION_ONLY_VAULT } }),
  'sandbox:demo-clients': ({ environment = 'local' }) => ({
    ok: true,
    value:
      environment === 'local'
        ? [
            {
              label: 'Demo integrator',
              clientId: 'demo-client-1',
              clientSecret: 'demo-secret-one',
              note: 'Unbound; any VAT.',
            },
            {
              label: 'Second integrator',
              clientId: 'demo-client-2',
              clientSecret: 'demo-secret-two',
              note: 'For 403 checks.',
            },
          ]
        : [
            {
              label: 'Demo integrator (production)',
              clientId: 'prod-client-1',
              clientSecret: 'prod-secret-one',
              note: 'Local production only.',
            },
          ],
  }),
};

export function createFakeApi(handlers: FakeHandlers = {}): FakeApi {
  const calls: FakeApi['calls'] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const all = { ...DEFAULTS, ...handlers } as Record<Channel, ((request: unknown) => unknown) | undefined>;
  const api: FakeApi = {
    calls,
    callsTo: (channel) => calls.filter((call) => call.channel === channel).map((call) => call.request),
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>) {
      calls.push({ channel, request });
      const handler = all[channel];
      if (!handler) return { ok: false, error: { code: 'NOT_FOUND', message: `No fake for ${channel}.` } };
      const result = (await handler(request)) as IpcResult<ResponseOf<C>>;
      // As in main, History's change is pushed before the call answers.
      const change = result.ok ? historyChangeAfter(channel, request, result.value) : undefined;
      if (change) api.emit('history:changed', change);
      return result;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) (listener as (p: typeof payload) => void)(payload);
    },
  };
  return api;
}
