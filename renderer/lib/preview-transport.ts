import { isChannel, isEventName } from '../../shared/ipc/contract';
import type { Channel, ConsoleApi, EventName, EventPayloads, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { ERROR_CODES } from '../../shared/ipc/result';
import type { ErrorCode, IpcResult } from '../../shared/ipc/result';

/**
 * The browser preview's transport: the same channels as window.api, over loopback HTTP + server-sent events.
 * Every failure resolves to an IpcResult error; nothing here throws at the caller.
 */
export const PREVIEW_KEY_STORAGE = 'integrator-console.preview-key';

export interface PreviewDeps {
  fetch: typeof fetch;
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  createEventSource: (url: string) => EventSource;
}

/** Reads `#key=<hex>` once, keeps it for reloads in sessionStorage, and takes it out of the address bar. */
function readPreviewKey(deps: Pick<PreviewDeps, 'location' | 'history' | 'storage'>): string | undefined {
  const fromHash = new URLSearchParams(deps.location.hash.replace(/^#/, '')).get('key');
  if (fromHash && /^[0-9a-f]+$/i.test(fromHash)) {
    deps.storage.setItem(PREVIEW_KEY_STORAGE, fromHash);
    deps.history.replaceState(deps.history.state, '', `${deps.location.pathname}${deps.location.search}`);
    return fromHash;
  }
  return deps.storage.getItem(PREVIEW_KEY_STORAGE) ?? undefined;
}

function failure(code: ErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error as { code?: unknown; message?: unknown } | null;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error.message === 'string' &&
    (ERROR_CODES as readonly unknown[]).includes(error.code)
  );
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'INVALID_INPUT';
  return 'INTERNAL';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

export function createPreviewTransport(deps: PreviewDeps): ConsoleApi {
  const key = readPreviewKey(deps);
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | undefined;

  async function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
    if (!isChannel(channel)) return failure('INVALID_INPUT', 'Unknown channel.');
    if (!key) return failure('FORBIDDEN', 'No preview key. Open the exact link the preview printed in the terminal.');
    let response: Response;
    try {
      response = await deps.fetch(`/ipc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-console-key': key },
        body: JSON.stringify(request),
      });
    } catch {
      return failure('INTERNAL', 'The preview server did not answer. Is it still running?');
    }
    const body = await readJson(response);
    if (response.status === 200) {
      return isIpcResult(body)
        ? (body as IpcResult<ResponseOf<C>>)
        : failure('INTERNAL', 'The preview server sent an answer the console cannot read.');
    }
    if (isIpcResult(body) && !body.ok) return body;
    const code = codeForStatus(response.status);
    const hint = code === 'FORBIDDEN' ? ' The preview key is wrong or expired; open the link the preview printed.' : '';
    return failure(code, `The preview server answered HTTP ${response.status}.${hint}`);
  }

  function dispatch(event: EventName, data: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return; // a malformed event is dropped; the next status event corrects the view
    }
    for (const listener of listeners.get(event) ?? []) listener(payload as never);
  }

  function ensureSource(event: EventName): void {
    if (!key) return;
    source ??= deps.createEventSource(`/events?key=${encodeURIComponent(key)}`);
    if (!listeners.has(event)) {
      listeners.set(event, new Set());
      source.addEventListener(event, (message) => dispatch(event, (message as MessageEvent<string>).data));
    }
  }

  function on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    if (!isEventName(event)) return () => undefined;
    ensureSource(event);
    const set = listeners.get(event);
    set?.add(listener as (payload: never) => void);
    return () => {
      set?.delete(listener as (payload: never) => void);
      const active = [...listeners.values()].some((entries) => entries.size > 0);
      if (!active && source) {
        source.close();
        source = undefined;
        listeners.clear();
      }
    };
  }

  return { invoke, on };
}

export function createBrowserPreviewTransport(): ConsoleApi {
  return createPreviewTransport({
    fetch: (input, init) => window.fetch(input, init),
    location: window.location,
    history: window.history,
    storage: window.sessionStorage,
    createEventSource: (url) => new EventSource(url),
  });
}
