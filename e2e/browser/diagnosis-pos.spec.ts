import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 5, item 3 in the UI: "Call the PoS API with this token" against the real sandboxes' PoS V10 subset, with
// headers left out on purpose, the other environment's API, and a rotated signing key.
const preview = usePreview();

test("a bound token: GET /stores, then the chosen store's points of sale, both 200", async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');
  await console.showTab('PoS');
  await expect(console.posPanel).toContainText('bound to merchant DK13585628');
  await expect(console.posPanel.getByLabel('X-MobilePay-Client-System-Version')).toHaveValue('1.0.0');
  await expect(console.posPanel.getByLabel('X-MobilePay-Merchant-VAT-Number')).toHaveValue('');

  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toHaveText('200 OK');
  await expect(console.posPanel.getByLabel('Response body')).toContainText('"storeIds"');
  await expect(console.posFindings).toContainText('No problems found');
  const store = console.posPanel.getByRole('combobox', { name: 'Store' });
  const storeId = await store.inputValue();
  expect(storeId).toMatch(/^[0-9a-f-]{36}$/);

  await console.callPos('GET /pointofsales');
  await expect(console.posStatusLine).toHaveText('200 OK');
  await expect(console.posPanel.getByRole('heading', { level: 3 }).first()).toContainText(
    `/pointofsales?storeId=${storeId}`,
  );
  await expect(console.posPanel.getByLabel('Response body')).toContainText('"posIds"');
  await expect(console.posPanel.getByRole('combobox', { name: 'Point of sale' })).toHaveValue(/^[0-9a-f-]{36}$/);

  await console.callPos('GET /pointofsales/{posId}');
  await expect(console.posStatusLine).toHaveText('200 OK');
  await expect(console.posPanel.getByLabel('Response body')).toContainText(`"storeId": "${storeId}"`);
  // The token is sent, but never shown whole.
  await console.posPanel.getByRole('tab', { name: 'Raw request (redacted)' }).click();
  await expect(console.posPanel.getByLabel('Request as sent (redacted)')).toContainText('Authorization: Bearer eyJ');
  await expect(console.posPanel.getByLabel('Request as sent (redacted)')).toContainText('<signature hidden>');
});

test('the "Bearer " prefix left out: 401 and a missing-Bearer finding', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');
  await console.showTab('PoS');
  await console.posPanel.getByRole('checkbox', { name: 'Leave out the "Bearer " prefix' }).check();
  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toHaveText('401 Unauthorized');
  await expect(console.posPanel).toContainText('Sent wrong on purpose: "Bearer " prefix left out.');
  const finding = console.posFindings.getByRole('listitem').filter({ hasText: 'without the "Bearer " scheme' }).first();
  await expect(finding).toContainText('Problem');
  await expect(finding).toContainText('Next step: Send the header as "Authorization: Bearer "');
});

test('an unbound token without the VAT header: 400 and a 1151 finding', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('');
  await console.showTab('PoS');
  await expect(console.posPanel).toContainText('not bound to a merchant');
  await expect(console.posPanel.getByLabel('X-MobilePay-Merchant-VAT-Number')).toHaveValue('');
  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toHaveText('400 Bad Request');
  await expect(console.posPanel.locator('.pos-error')).toContainText('1151');
  await expect(console.posFindings).toContainText('the token is not bound to a merchant');

  // With the header, the same token works.
  await console.posPanel.getByLabel('X-MobilePay-Merchant-VAT-Number').fill('DK13585628');
  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toHaveText('200 OK');
});

test('a Local sandbox token against Local production\'s PoS API: 401 and an "other environment" finding', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');
  await console.showTab('PoS');
  await console.posPanel.getByLabel('PoS API of').selectOption('local-production');
  await expect(console.posPanel).toContainText('This reproduces "a token from the other environment"');
  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toHaveText('401 Unauthorized');
  const finding = console.posFindings
    .getByRole('listitem')
    .filter({ hasText: "signed with Local sandbox's keys" })
    .first();
  await expect(finding).toContainText("Local production's PoS API only trusts its own");
  await expect(finding).toContainText('Next step:');
});

test('after "Rotate signing key", a PoS call with the old token: 401 and a rotated-key finding', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');
  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toHaveText('200 OK');
  const kid = await console.sandboxControls.locator('code').first().textContent();

  await console.sandboxControls.getByRole('button', { name: 'Rotate signing key…' }).click();
  const confirm = console.dialog('Rotate the signing key of Local sandbox?');
  await expect(confirm).toContainText('stop verifying');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Rotate signing key' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(console.sandboxControls.getByRole('status')).toContainText('Signing key rotated');
  await expect(console.sandboxControls.locator('code').first()).not.toHaveText(kid ?? '');

  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toHaveText('401 Unauthorized');
  await expect(console.posFindings).toContainText("no longer among Local sandbox's published keys");
});
