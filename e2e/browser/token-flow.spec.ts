import { expect, test } from '@playwright/test';
import { usePreview } from '../support/preview';
import { ConsolePage } from '../support/console-page';

const preview = usePreview();

test('local sandbox: demo credentials and a DK VAT give a 200 with merchant_vat and a running countdown', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await expect(console.environment).toHaveValue('local');
  await console.useDemoCredentials();
  await console.merchantVat.fill('DK13585628');
  await console.requestToken.click();

  await expect(console.response).toContainText('200');
  await console.response.getByRole('tab', { name: 'Raw request' }).click();
  await expect(console.response).toContainText('grant_type=client_credentials&merchant_vat=DK13585628');
  await expect(console.response).toContainText(/Authorization: Basic <secret sha256:[0-9a-f]{8}/);
  await expect(console.response).not.toContainText(/Basic [A-Za-z0-9+/]{20,}={0,2}/);
  await console.showTab('Token');
  await expect(console.claim('merchant_vat')).toContainText('DK13585628');
  await expect(console.claim('scope')).toContainText('integrator_scope');

  const countdown = console.countdown;
  await expect(countdown).toContainText(/1:0\d:\d\d/);
  const first = await countdown.textContent();
  await expect.poll(() => countdown.textContent(), { timeout: 5_000 }).not.toBe(first);
});

test('a wrong secret gives a 401 with the raw invalid_client body shown', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.clientSecret.fill('definitely-not-the-secret');
  await console.requestToken.click();

  await expect(console.response).toContainText('401');
  await expect(console.response).toContainText('"error": "invalid_client"');
  await expect(console.response).toContainText('client authentication failed');
  await expect(console.countdown).toHaveCount(0);
});

test('a malformed VAT is explained as you type and blocks sending; Ctrl+Enter sends once it is fixed', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.merchantVat.fill('DK-1234');
  await expect(console.merchantVat).toHaveAccessibleDescription(/Leave out the dash/);
  await expect(console.requestToken).toBeDisabled();

  await console.merchantVat.fill('FI20774740');
  await expect(console.requestToken).toBeEnabled();
  await console.merchantVat.press('Control+Enter');
  await console.showTab('Token');
  await expect(console.claim('merchant_vat')).toContainText('FI20774740');
});

test('the preview refuses calls without its per-run key and from foreign origins', async ({ request }) => {
  const noKey = await request.post(`${preview.origin}/ipc/app:info`, { data: {} });
  expect(noKey.status()).toBe(403);
  const foreign = await request.post(`${preview.origin}/ipc/app:info`, {
    data: {},
    headers: { Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
});
