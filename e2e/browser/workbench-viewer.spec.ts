import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 3: the request/response viewer (Pretty / Raw / Headers, the redacted request) and its copy buttons.
const preview = usePreview();
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const clipboard = (console: ConsolePage) => console.page.evaluate(() => navigator.clipboard.readText());

test('a 200 in Pretty, Raw and Headers views, with size, duration, server date and clock skew', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken();

  const meta = console.response.locator('.meta');
  await expect(meta).toContainText(/Duration\s*\d+(\.\d+)? (ms|s)/);
  await expect(meta).toContainText(/Size\s*\d/);
  await expect(meta).toContainText('Server date');
  await expect(meta).toContainText(/Clock skew\s*(in sync|server)/);

  await expect(console.viewerTab('Pretty')).toHaveAttribute('aria-selected', 'true');
  const body = console.response.getByLabel('Response body');
  await expect(body).toContainText('"token_type": "Bearer"');
  await expect(body).toContainText('<signature hidden>');
  await expect(console.response).toContainText('JSON, pretty-printed');

  await console.viewerTab('Raw').click();
  const raw = console.response.getByLabel('Raw response');
  await expect(raw).toHaveText(/^HTTP\/1\.1 200 OK\n(.+: .+\n)+\n\{"access_token":/);
  await console.response.getByRole('button', { name: 'Copy raw response' }).click();
  await expect(console.response.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await clipboard(console)).toBe(await raw.textContent());

  await console.viewerTab(/^Headers \(\d+\)$/).click();
  const headers = console.response.getByRole('table', { name: 'Response headers' });
  await expect(headers.getByRole('rowheader', { name: 'content-type' })).toBeVisible();
  await console.response.getByRole('button', { name: 'Copy headers' }).click();
  expect(await clipboard(console)).toMatch(/content-type: application\/json/i);
});

test('the request as sent is labelled redacted and copies without the secret', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken();
  const secretLength = (await console.clientSecret.inputValue()).length;
  await console.viewerTab('Raw request (redacted)').click();
  const request = console.response.getByLabel('Request as sent (redacted)');
  await expect(request).toContainText(
    new RegExp(`Authorization: Basic <secret sha256:[0-9a-f]{8}…, ${secretLength} chars> \\(client id demo-integrator`),
  );
  await console.response.getByRole('button', { name: 'Copy request' }).click();
  const copied = await clipboard(console);
  expect(copied).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/integrator-authentication\/connect\/token\n/);
  expect(copied).toContain('grant_type=client_credentials&merchant_vat=DK13585628');
  expect(copied.includes(await console.clientSecret.inputValue()), 'the copied request holds the secret').toBe(false);
});

test('a 401 shows its status and raw error body', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.clientSecret.fill('definitely-not-the-secret');
  await console.requestDemoToken();
  await expect(console.response.locator('.status-line')).toHaveText('401 Unauthorized');
  await console.viewerTab('Raw').click();
  await expect(console.response.getByLabel('Raw response')).toHaveText(
    /^HTTP\/1\.1 401 Unauthorized\n[\s\S]*"error":"invalid_client"/,
  );
});
