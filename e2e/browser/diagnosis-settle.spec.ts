import { expect, test } from '@playwright/test';
import { startOAuthServer, type LoopbackServer } from '../../electron/services/diagnosis/loopback-oauth-server';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 11, item 1 in the UI: a refused secret with reserved characters leads with the encoding, and "Try once raw"
// in the finding settles it against an independent OAuth server on loopback that reads Basic credentials raw.
const preview = usePreview();
const ID = 'loopback-client';
const SECRET = 'q4+Hv/Tz=%2F&Lm 8k:Wx';
let server: LoopbackServer;

test.beforeEach(async () => {
  server = await startOAuthServer({ clients: { [ID]: SECRET }, decoding: 'raw' });
});
test.afterEach(async () => {
  await server.close();
});

test('a refusal the encoding can explain leads with it; one click settles it for certain', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.environment.selectOption('custom');
  await page.getByLabel('Token endpoint URL', { exact: true }).fill(server.tokenUrl);
  await console.clientId.fill(ID);
  await console.enterSecretValue(console.clientSecret, SECRET);
  await console.requestToken.click();
  await expect(console.response.locator('.status-line')).toHaveText('401 Unauthorized');
  const findings = console.findings.getByRole('listitem').filter({ has: page.locator('.finding-cause') });
  await expect(findings.first()).toContainText('reads differently raw');
  await expect(findings.first()).toContainText('Likely');
  await expect(console.finding('did not accept this client id and secret')).toContainText('Possible');

  await console.findings.getByRole('button', { name: 'Try once raw' }).click();
  await expect(console.findings.getByRole('status')).toContainText('answered 200');
  await expect(findings.first()).toContainText('The server reads Basic credentials raw');
  await expect(findings.first()).toContainText('Certain');
  await expect(console.finding('did not accept this client id and secret')).toHaveCount(0);
  expect(server.requests()).toBe(2);
  await expect(page.locator('body')).not.toContainText(SECRET);
});
