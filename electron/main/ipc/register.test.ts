import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { Handlers } from '../../handlers/index';
import { registerIpc } from './register';

// The real module needs the Electron binary; the glue only uses ipcMain.handle, which the test passes in.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

type Listener = (event: unknown, payload: unknown) => Promise<unknown>;

function setUp() {
  const registered = new Map<string, Listener>();
  const handlers = {
    'app:info': vi.fn(async () => ({ version: '1', shell: 'electron', platform: 'linux' })),
  } as unknown as Handlers;
  registerIpc(handlers, new Set([1]), {
    handle: (channel: string, listener: Listener) => void registered.set(channel, listener),
  } as never);
  const mainFrame = { url: 'app://console/index.html' };
  const trusted = { sender: { id: 1, isDestroyed: () => false, mainFrame }, senderFrame: mainFrame };
  return { registered, handlers, trusted };
}

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    expect([...setUp().registered.keys()].sort()).toEqual(Object.keys(CHANNELS).sort());
  });

  it('answers a trusted sender through the handler', async () => {
    const { registered, trusted } = setUp();
    expect(await registered.get('app:info')?.(trusted, {})).toEqual({
      ok: true,
      value: { version: '1', shell: 'electron', platform: 'linux' },
    });
  });

  it('refuses an untrusted sender without calling the handler', async () => {
    const { registered, handlers, trusted } = setUp();
    const foreign = { ...trusted, sender: { ...trusted.sender, id: 2 } };
    expect(await registered.get('app:info')?.(foreign, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('answers a malformed payload with INVALID_INPUT', async () => {
    const { registered, trusted } = setUp();
    expect(await registered.get('app:info')?.(trusted, { extra: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
