import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 5, items 5–7 in the UI: the Basic header decoder, comparing two attempts from History, HAR export and
// "Copy for support". Secrets are compared with includes(), never handed to an assertion that would print them.
const preview = usePreview();
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

interface DemoClient {
  label: string;
  clientId: string;
  clientSecret: string;
}

test('decodes a Basic header built from the demo credentials: client id and fingerprint, no secret in the DOM', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const [demo] = await console.invoke<DemoClient[]>(preview.url, 'sandbox:demo-clients');
  if (!demo) throw new Error('no demo client');
  const header = `Authorization: Basic ${Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64')}`;

  await page.getByRole('button', { name: 'Decode a Basic header…' }).click();
  const dialog = console.dialog('Decode a Basic header');
  const field = dialog.getByRole('textbox', { name: 'Authorization header' });
  await expect(field).toBeFocused();
  await console.enterSecretValue(field, header);
  await dialog.getByRole('button', { name: 'Decode' }).click();
  await expect(dialog.locator('dd').first()).toHaveText(demo.clientId);
  await expect(dialog).toContainText(/fingerprint sha256:[0-9a-f]{8}…, 43 characters/);
  await expect(dialog).toContainText('No problems found.');
  await expect(dialog).toContainText('Either way: nothing in it reads differently form-decoded.');

  const html = await page.content();
  expect(html.includes(demo.clientSecret), 'the secret is in the page').toBe(false);
  expect(html.includes(header.slice('Authorization: Basic '.length)), 'the pasted header is in the page').toBe(false);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('compares a 200 and a 401 from History, differences highlighted and marked in words', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');
  await console.clientSecret.fill('definitely-not-the-secret');
  await console.requestDemoToken('DK13585628');

  const compare = console.history.getByRole('button', { name: 'Compare', exact: true });
  await expect(compare).toBeDisabled();
  await console.selectForComparison(0).check();
  await console.selectForComparison(1).check();
  await expect(compare).toBeEnabled();
  await compare.click();

  const dialog = console.dialog('Compare two attempts');
  const status = dialog.getByRole('table', { name: /^Status/ });
  const statusRow = status
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Status', exact: true }) });
  await expect(statusRow).toContainText('401 Unauthorized');
  await expect(statusRow).toContainText('200 OK');
  await expect(statusRow).toContainText('Differs');
  await expect(statusRow).toHaveClass(/diff-row-differs/);
  const basic = dialog.getByRole('table', { name: /^Decoded Basic/ });
  await expect(basic.getByRole('row').filter({ hasText: 'Secret' })).toContainText('Differs');
  await expect(basic.getByRole('row').filter({ hasText: 'Client id' })).toContainText('Same');
  await expect(dialog.getByRole('table', { name: /^Parameters/ })).toContainText('merchant_vat');
  await expect(dialog.getByRole('table', { name: /^Findings/ })).toContainText('invalid-client');

  await dialog.getByRole('checkbox', { name: 'Show only differences' }).check();
  await expect(basic.getByRole('row').filter({ hasText: 'Client id' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('Export HAR and Export run as HAR download redacted HAR 1.2; Copy for support fills the clipboard', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const [demo] = await console.invoke<DemoClient[]>(preview.url, 'sandbox:demo-clients');
  if (!demo) throw new Error('no demo client');
  await console.requestDemoToken('DK13585628');
  await console.callPos('GET /stores');

  const exports = page.getByRole('group', { name: 'Export', exact: true });
  await console.showTab('Exports');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Export HAR' }).click(),
  ]);
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  const har = JSON.parse(text) as { log: { version: string; entries: { request: { url: string } }[] } };
  expect(har.log.version).toBe('1.2');
  expect(har.log.entries.length).toBeGreaterThanOrEqual(1);
  expect(har.log.entries[0]?.request.url).toMatch(/\/connect\/token$/);
  expect(text.includes(demo.clientSecret), 'the secret is in the HAR').toBe(false);
  await expect(exports.getByRole('status')).toContainText(`Saved ${download.suggestedFilename()}`);

  const [run] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Export run as HAR' }).click(),
  ]);
  const runText = readFileSync((await run.path()) ?? '', 'utf8');
  const runHar = JSON.parse(runText) as { log: { entries: { request: { url: string } }[] } };
  expect(runHar.log.entries.map((entry) => entry.request.url).some((url) => url.includes('/pos/v10/stores'))).toBe(
    true,
  );
  expect(runText.includes(demo.clientSecret), 'the secret is in the run HAR').toBe(false);

  await exports.getByRole('button', { name: 'Copy for support' }).click();
  await expect(exports.getByRole('status')).toHaveText('Copied for support: paste it into the ticket.');
  const support = await page.evaluate(() => navigator.clipboard.readText());
  expect(support).toContain('Local sandbox');
  expect(support.includes(demo.clientSecret), 'the secret is in the support text').toBe(false);
});
