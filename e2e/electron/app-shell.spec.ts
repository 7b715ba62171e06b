import { expect, test } from '@playwright/test';
import { findElectron } from '../support/binaries';
import { withElectronApp } from '../support/electron-app';

const binary = findElectron();

test.describe('real Electron: the app around the console', () => {
  test.skip('missing' in binary, `No Electron binary: ${'missing' in binary ? binary.missing : ''}`);

  test('has the application menu with Help → About, and a window with the secure settings', async () => {
    await withElectronApp('path' in binary ? binary.path : '', async (app) => {
      await app.firstWindow();
      const menu = await app.evaluate(
        ({ Menu }) =>
          Menu.getApplicationMenu()?.items.map((item) => ({
            label: item.label,
            sub: item.submenu?.items.map((child) => child.label) ?? [],
          })) ?? [],
      );
      const help = menu.find((item) => item.label === 'Help');
      expect(help?.sub.join('|')).toMatch(/About Integrator Console|MobilePay developer/);
      const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
      expect(url).toBe('app://console/index.html');
      // Context isolation + sandbox: the page sees window.api and nothing of Node.
      const page = await app.firstWindow();
      expect(
        await page.evaluate(() => ({
          api: Object.keys((window as unknown as { api: object }).api).sort(),
          node: typeof (globalThis as { process?: unknown }).process,
        })),
      ).toEqual({
        api: ['invoke', 'on'],
        node: 'undefined',
      });
    });
  });
});
