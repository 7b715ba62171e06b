import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The packaging settings users and reviewers rely on, read from the real config file.
const config = parse(readFileSync('electron-builder.yml', 'utf8'));

describe('electron-builder.yml', () => {
  it('names the app and ships only the built output', () => {
    expect(config).toMatchObject({ appId: 'dk.integrator-console.app', productName: 'Integrator Console', asar: true });
    expect(config.files).toEqual(['dist/**', 'dist-electron/**', 'package.json']);
    expect(existsSync(config.icon)).toBe(true);
  });

  it('builds AppImage and deb on Linux, a dmg with the hardened runtime on macOS, nsis on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac).toMatchObject({ target: 'dmg', hardenedRuntime: true });
    expect(existsSync(config.mac.entitlements)).toBe(true);
    expect(config.win.target).toBe('nsis');
  });

  it('flips the Electron fuses: no run-as-node, no NODE_OPTIONS, encrypted cookies, asar only with integrity, no file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('grants macOS only the entitlements Electron needs', () => {
    const plist = readFileSync(config.mac.entitlements, 'utf8');
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.network.client']);
  });
});
