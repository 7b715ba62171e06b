// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PreviewDeps } from './preview-transport';
import { PREVIEW_KEY_STORAGE, createPreviewTransport } from './preview-transport';

const KEY = 'a1b2c3d4e5f60718';

class FakeEventSource {
  listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  closed = false;
  constructor(readonly url: string) {}
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  push(name: string, data: string) {
    for (const listener of this.listeners.get(name) ?? []) listener(new MessageEvent(name, { data }));
  }
}

function setup(options: { hash?: string; stored?: string; fetch?: PreviewDeps['fetch'] } = {}) {
  const store = new Map<string, string>(options.stored ? [[PREVIEW_KEY_STORAGE, options.stored]] : []);
  const sources: FakeEventSource[] = [];
  const fetch = vi.fn(
    options.fetch ?? (async () => new Response(JSON.stringify({ ok: true, value: { version: '1' } }), { status: 200 })),
  );
  const replaceState = vi.fn();
  const deps: PreviewDeps = {
    fetch,
    location: { hash: options.hash ?? '', pathname: '/', search: '?x=1' },
    history: { replaceState, state: null },
    storage: { getItem: (key) => store.get(key) ?? null, setItem: (key, value) => void store.set(key, value) },
    createEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source as unknown as EventSource;
    },
  };
  return { api: createPreviewTransport(deps), fetch, replaceState, store, sources };
}

describe('preview transport', () => {
  it('takes the key from the hash, keeps it in sessionStorage and removes it from the address bar', () => {
    const { store, replaceState } = setup({ hash: `#key=${KEY}` });
    expect(store.get(PREVIEW_KEY_STORAGE)).toBe(KEY);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1');
  });

  it('posts the request as JSON with the key header and returns the IpcResult', async () => {
    const { api, fetch } = setup({ hash: `#key=${KEY}` });
    const result = await api.invoke('app:info', {});
    expect(result).toEqual({ ok: true, value: { version: '1' } });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/ipc/app:info');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ 'content-type': 'application/json', 'x-console-key': KEY });
    expect(init?.body).toBe('{}');
  });

  it('uses the stored key after a reload without a hash', async () => {
    const { api, fetch, replaceState } = setup({ stored: KEY });
    await api.invoke('sandbox:status', {});
    expect(replaceState).not.toHaveBeenCalled();
    expect((fetch.mock.calls[0]?.[1]?.headers as Record<string, string>)['x-console-key']).toBe(KEY);
  });

  it('answers FORBIDDEN without calling the server when there is no key', async () => {
    const { api, fetch } = setup();
    const result = await api.invoke('app:info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [400, 'INVALID_INPUT'],
    [500, 'INTERNAL'],
  ] as const)('maps a bare HTTP %i to %s', async (status, code) => {
    const { api } = setup({ stored: KEY, fetch: async () => new Response('nope', { status }) });
    const result = await api.invoke('environments:list', {});
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('passes on an IpcResult error body sent with a non-200 status', async () => {
    const body = { ok: false, error: { code: 'INVALID_INPUT', message: 'Client ID is empty.' } };
    const { api } = setup({ stored: KEY, fetch: async () => new Response(JSON.stringify(body), { status: 400 }) });
    expect(await api.invoke('app:info', {})).toEqual(body);
  });

  it('resolves INTERNAL instead of throwing when fetch fails or the body is not an IpcResult', async () => {
    const down = setup({ stored: KEY, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await down.api.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const garbage = setup({ stored: KEY, fetch: async () => new Response('<html>', { status: 200 }) });
    expect(await garbage.api.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('delivers server-sent events to listeners and closes the stream after the last unsubscribe', () => {
    const { api, sources } = setup({ stored: KEY });
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = api.on('sandbox:changed', first);
    const offSecond = api.on('sandbox:changed', second);
    expect(sources).toHaveLength(1);
    const source = sources[0];
    expect(source?.url).toBe(`/events?key=${KEY}`);
    source?.push('sandbox:changed', JSON.stringify({ state: 'running' }));
    expect(first).toHaveBeenCalledWith({ state: 'running' });
    expect(second).toHaveBeenCalledTimes(1);
    offFirst();
    source?.push('sandbox:changed', JSON.stringify({ state: 'stopped' }));
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenLastCalledWith({ state: 'stopped' });
    expect(source?.closed).toBe(false);
    offSecond();
    expect(source?.closed).toBe(true);
  });
});
