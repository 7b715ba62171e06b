import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 2: recent VATs and the explicit unbound choice, against the real sandbox.
const preview = usePreview();

test('recent VATs are offered newest first, also after a reload (from History)', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const recent = page.getByRole('group', { name: 'Recent:' });
  await expect(recent).toHaveCount(0);
  await console.requestDemoToken('DK13585628');
  await console.requestDemoToken('FI20774740');
  await expect(recent.getByRole('button')).toHaveText(['FI20774740', 'DK13585628']);

  await recent.getByRole('button', { name: 'DK13585628' }).click();
  await expect(console.merchantVat).toHaveValue('DK13585628');
  await expect(recent.getByRole('button', { name: 'DK13585628' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await page.locator('#root[data-app-ready="true"]').waitFor();
  await expect(recent.getByRole('button')).toHaveText(['FI20774740', 'DK13585628']);
});

test('"No VAT — unbound token" explains itself and gets a token without merchant_vat', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.merchantVat.fill('DK13585628');
  const unbound = page.getByRole('button', { name: 'No VAT — unbound token' });
  await expect(unbound).toHaveAttribute('aria-pressed', 'false');
  await expect(unbound).toHaveAccessibleDescription(/X-MobilePay-Merchant-VAT-Number header/);
  await unbound.click();
  await expect(console.merchantVat).toHaveValue('');
  await expect(unbound).toHaveAttribute('aria-pressed', 'true');
  await expect(console.merchantVat).toHaveAccessibleDescription(
    /unbound token — PoS calls then need the X-MobilePay-Merchant-VAT-Number header/,
  );

  await console.requestDemoToken('');
  await console.viewerTab('Raw request (redacted)').click();
  await expect(console.response.getByLabel('Request as sent (redacted)')).toHaveText(/grant_type=client_credentials$/);
  await expect(console.response).toContainText('none (unbound token)');
  await console.showTab('Token');
  await expect(console.claim('merchant_vat')).toHaveCount(0);
  await expect(console.consistencyChecks).toContainText('Unbound token, as asked');
});
