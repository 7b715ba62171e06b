import { expect, test } from '@playwright/test';
import { findElectron } from '../support/binaries';
import { withElectronApp } from '../support/electron-app';
import { ConsolePage } from '../support/console-page';

const binary = findElectron();
if ('missing' in binary) console.log(`[electron e2e] skipped: ${binary.missing}.`);

test.describe('real Electron', () => {
  test.skip('missing' in binary, `No Electron binary: ${'missing' in binary ? binary.missing : ''}`);

  test('local sandbox: demo credentials and a DK VAT give a 200 with merchant_vat in the claims', async () => {
    await withElectronApp('path' in binary ? binary.path : '', async (app) => {
      const page = new ConsolePage(await app.firstWindow());
      await page.page.locator('#root[data-app-ready="true"]').waitFor();
      await page.dismissWelcome();
      await page.useDemoCredentials();
      await page.merchantVat.fill('DK13585628');
      await page.requestToken.click();
      await expect(page.response).toContainText('200');
      await expect(page.claim('merchant_vat')).toContainText('DK13585628');
      await expect(page.countdown).toBeVisible();
    });
  });
});
