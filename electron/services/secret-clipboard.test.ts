import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeCipher } from './fake-cipher';
import { createProfileService } from './profiles';
import { fakeClipboard, tempDirs, type FakeClipboard } from './profiles-test-support';
import { CLIPBOARD_CLEAR_MS, createSecretClipboard } from './secret-clipboard';

const SECRET = 'clipboard-Secret-1';
let clipboard: FakeClipboard;

beforeEach(() => {
  vi.useFakeTimers();
  clipboard = fakeClipboard();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('secret clipboard', () => {
  it('clears the clipboard 30 s after copying if it still holds the secret', () => {
    const copier = createSecretClipboard(clipboard);
    expect(copier.copy(SECRET)).toEqual({ clearsAfterMs: 30_000 });
    expect(clipboard.text).toBe(SECRET);
    vi.advanceTimersByTime(CLIPBOARD_CLEAR_MS - 1);
    expect(clipboard.text).toBe(SECRET);
    vi.advanceTimersByTime(1);
    expect(clipboard.text).toBe('');
    expect(clipboard.clears).toBe(1);
  });

  it('leaves the clipboard alone when the user copied something else meanwhile', () => {
    createSecretClipboard(clipboard).copy(SECRET);
    clipboard.writeText('the user copied this');
    vi.advanceTimersByTime(CLIPBOARD_CLEAR_MS);
    expect(clipboard.text).toBe('the user copied this');
    expect(clipboard.clears).toBe(0);
  });

  it('restarts the 30 s when copied again', () => {
    const copier = createSecretClipboard(clipboard);
    copier.copy(SECRET);
    vi.advanceTimersByTime(20_000);
    copier.copy('second-secret');
    vi.advanceTimersByTime(20_000);
    expect(clipboard.text).toBe('second-secret');
    vi.advanceTimersByTime(10_000);
    expect(clipboard.text).toBe('');
    expect(clipboard.clears).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears at once on dispose (quit) if the secret is still there', () => {
    const copier = createSecretClipboard(clipboard);
    copier.copy(SECRET);
    copier.dispose();
    expect(clipboard.text).toBe('');
    expect(vi.getTimerCount()).toBe(0);
    copier.dispose();
    expect(clipboard.clears).toBe(1);
  });
});

describe('secret clipboard with an asynchronous clipboard (Electron 45)', () => {
  const asyncClipboard = () => {
    const state = { text: '', clears: 0 };
    const port = {
      writeText: async (text: string) => void (state.text = text),
      readText: async () => state.text,
      clear: () => void ((state.text = ''), (state.clears += 1)),
    };
    return { state, port };
  };

  it('clears after 30 s once the read answers, and leaves text the user copied since', async () => {
    const { state, port } = asyncClipboard();
    createSecretClipboard(port).copy(SECRET);
    await vi.advanceTimersByTimeAsync(CLIPBOARD_CLEAR_MS);
    expect(state).toEqual({ text: '', clears: 1 });

    createSecretClipboard(port).copy(SECRET);
    await port.writeText('the user copied this');
    await vi.advanceTimersByTimeAsync(CLIPBOARD_CLEAR_MS);
    expect(state).toEqual({ text: 'the user copied this', clears: 1 });
  });

  it('on dispose (quit) returns a promise that settles only after the clipboard was cleared', async () => {
    const { state, port } = asyncClipboard();
    const copier = createSecretClipboard(port);
    copier.copy(SECRET);
    await copier.dispose();
    expect(state).toEqual({ text: '', clears: 1 });
  });
});

describe('profile service copySecret', () => {
  const dirs = tempDirs('profiles-clipboard-');
  afterEach(() => dirs.cleanup());

  it('copies the stored secret through main and clears it after 30 s', () => {
    const service = createProfileService({ dir: dirs.make(), cipher: fakeCipher(), clipboard });
    const created = service.create({ name: 'A', environment: 'local', clientId: 'c', clientSecret: SECRET });
    expect(service.copySecret(created.id)).toEqual({ clearsAfterMs: 30_000 });
    expect(clipboard.text).toBe(SECRET);
    vi.advanceTimersByTime(30_000);
    expect(clipboard.text).toBe('');
    expect(() => service.copySecret('missing-id')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('uses injected timers when given', () => {
    const scheduled: Array<{ callback: () => void; ms: number }> = [];
    const timers = {
      setTimeout: (callback: () => void, ms: number) => scheduled.push({ callback, ms }),
      clearTimeout: () => undefined,
    };
    const service = createProfileService({ dir: dirs.make(), cipher: fakeCipher(), clipboard, timers });
    const created = service.create({ name: 'A', environment: 'local', clientId: 'c', clientSecret: SECRET });
    service.copySecret(created.id);
    expect(scheduled.map((s) => s.ms)).toEqual([30_000]);
    scheduled[0]?.callback();
    expect(clipboard.text).toBe('');
  });
});
