import type { Profile } from '../../shared/domain/profile';
import { createAppCore, type AppCore } from '../app-core';
import { fakeCipher } from './fake-cipher';
import { fakeClipboard } from './profiles-test-support';

/** TEST SUPPORT, never used by the app: a valid saved profile ("Shop A"), as profiles.json holds one. */
export const sampleProfile = (overrides: Partial<Profile> = {}): Profile => ({
  id: '6f1c1f7e-7b7e-4c55-9d6a-0d6f3c0e8a11',
  name: 'Shop A',
  environment: 'local',
  clientId: 'demo-client',
  sendIbmClientId: false,
  basicEncoding: 'form',
  notes: '',
  merchants: [],
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  ...overrides,
});

/** The whole app core (handlers, stores, vault) on `dataDir`, with an in-memory cipher and clipboard. */
export function openTestCore(dataDir: string): AppCore {
  return createAppCore({
    dataDir,
    fetch: (url, init) => fetch(url, init),
    appInfo: { version: 'test', shell: 'preview', platform: 'test' },
    broadcast: () => {},
    cipher: fakeCipher(),
    clipboard: fakeClipboard(),
  });
}
