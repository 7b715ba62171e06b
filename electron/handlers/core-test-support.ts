import { afterEach, beforeEach } from 'vitest';
import type { EventName, EventPayloads } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { createAppCore, type AppCore } from '../app-core';
import { fakeCipher } from '../services/fake-cipher';
import { fakeClipboard, tempDirs, type FakeClipboard } from '../services/profiles-test-support';
import { dispatch } from './dispatch';

/** TEST SUPPORT: the whole main-side core (real handlers, real sandboxes on loopback) per test, in a temp dir. */
interface TestCore {
  core: AppCore;
  dataDir: string;
  clipboard: FakeClipboard;
  events: { event: EventName; payload: EventPayloads[EventName] }[];
}

export function useTestCore(prefix: string) {
  const dirs = tempDirs(prefix);
  const current = {} as TestCore;

  beforeEach(() => {
    current.dataDir = dirs.make();
    current.clipboard = fakeClipboard();
    current.events = [];
    current.core = createAppCore({
      dataDir: current.dataDir,
      fetch: (url, init) => fetch(url, init),
      appInfo: { version: 'test', shell: 'preview', platform: 'test' },
      broadcast: (event, payload) => current.events.push({ event, payload }),
      cipher: fakeCipher(),
      clipboard: current.clipboard,
    });
  });

  afterEach(async () => {
    await current.core.shutdown();
    dirs.cleanup();
  });

  /** The raw IpcResult, for asserting on errors. */
  const send = (channel: string, payload: unknown): Promise<IpcResult<unknown>> =>
    dispatch(current.core.handlers, channel, payload);

  /** The value, or a thrown error naming the code and message. */
  async function call<T = unknown>(channel: string, payload: unknown): Promise<T> {
    const result = await send(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  return { current, send, call };
}
