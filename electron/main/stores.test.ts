import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeCipher } from '../services/fake-cipher';
import { PROFILES_FORMAT_VERSION, SETTINGS_FORMAT_VERSION } from '../services/profile-migrations';
import { createProfileService } from '../services/profiles';
import { fakeClipboard, tempDirs } from '../services/profiles-test-support';

// A fake Electron (the real module needs the binary): electron-store reads app and ipcMain from it.
// vitest.config.ts inlines electron-store so this mock reaches its `import electron from 'electron'`.
vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => '/nonexistent-user-data', getVersion: () => '9.9.9' },
    ipcMain: { on: () => undefined },
    shell: {},
  };
  return { default: electron, ...electron };
});
const { default: ElectronStore } = await import('electron-store');
const { electronStore } = await import('./stores');

const dirs = tempDirs('ic-stores-');
afterEach(() => dirs.cleanup());
const json = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('the app stores (electron-store)', () => {
  it('are electron-store instances, one file per store in the data directory, versioned by their own format', () => {
    const dir = dirs.make();
    const store = electronStore<{ profiles: unknown[] }>({
      cwd: dir,
      configName: 'profiles',
      defaults: { profiles: [] },
      projectVersion: PROFILES_FORMAT_VERSION,
      migrations: {},
    });
    expect(store).toBeInstanceOf(ElectronStore);
    expect(store.path).toBe(join(dir, 'profiles.json'));
    store.set('profiles', []);
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
  });

  it('carry profiles and settings through a restart of the profile service', () => {
    const dir = dirs.make();
    const open = () =>
      createProfileService({ dir, cipher: fakeCipher(), clipboard: fakeClipboard(), createStore: electronStore });
    const created = open().create({
      name: 'Shop A',
      environment: 'local',
      clientId: 'client-a',
      clientSecret: 'secret-a',
    });
    open().select(created.id);
    const reopened = open();
    expect(reopened.list().map((profile) => profile.name)).toEqual(['Shop A']);
    expect(reopened.lastSelected()?.id).toBe(created.id);
    expect(json(dir, 'profiles.json').__internal__.migrations.version).toBe(PROFILES_FORMAT_VERSION);
    expect(json(dir, 'settings.json').__internal__.migrations.version).toBe(SETTINGS_FORMAT_VERSION);
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
  });
});
