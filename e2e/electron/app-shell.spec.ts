import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectron } from '../support/binaries';

const binary = findElectron();

test.describe('real Electron: the app around the console', () => {
  test.skip('missing' in binary, `No Electron binary: ${'missing' in binary ? binary.missing : ''}`);

  test('has the application menu with Help → About, and a window with the secure settings', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'ic-electron-'));
    const app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: ['.'],
      env: { ...process.env, INTEGRATOR_CONSOLE_USER_DATA: userData },
    });
    try {
      await app.firstWindow();
      const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => ({ label: item.label, sub: item.submenu?.items.map((child) => child.label) ?? [] })) ?? []);
      const help = menu.find((item) => item.label === 'Help');
      expect(help?.sub.join('|')).toMatch(/About Integrator Console|MobilePay developer/);
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        return { url: contents.getURL(), sandboxed: contents.getLastWebPreferences()?.sandbox, isolated: contents.getLastWebPreferences()?.contextIsolation };
      });
      expect(prefs).toEqual({ url: 'app://console/index.html', sandboxed: true, isolated: true });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
