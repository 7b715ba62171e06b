import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 1: the environment picker; Production asks once per run before credentials go to it.
const preview = usePreview();

const TITLE = 'Send these credentials to MobilePay Production?';

test('Production is marked in the warning colour; Cancel sends nothing', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.environment.selectOption('mp-production');
  const badge = page.getByRole('group', { name: 'Target' }).locator('.badge').getByText('PRODUCTION', { exact: true });
  await expect(badge).toHaveClass(/badge-warning/);
  await expect(page.getByRole('note')).toContainText('live MobilePay with real credentials');
  await expect(console.tokenEndpoint).toHaveValue('https://api.mobilepay.dk/integrator-authentication/connect/token');

  await console.requestToken.click();
  const dialog = console.dialog(TITLE);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('demo-integrator');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(console.response).toContainText('No request sent yet');
  await expect(console.history).toContainText('No attempts yet');

  // Ctrl+Enter asks too; Escape cancels.
  await console.clientId.press('Control+Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(console.history).toContainText('No attempts yet');

  // Other environments never ask.
  await console.environment.selectOption('local');
  await console.requestToken.click();
  await expect(console.dialog(TITLE)).toHaveCount(0);
  await expect(console.historyEntries).toHaveCount(1);
});

test('after Confirm the request goes out once and is not asked about again; an unreachable host is a network failure', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.environment.selectOption('mp-production');
  await console.requestToken.click();
  await console.dialog(TITLE).getByRole('button', { name: 'Confirm' }).click();
  await expect(console.dialog(TITLE)).toBeHidden();
  // MobilePay's hosts are retired (and offline here): a DNS or connection failure, shown, not a crash. Where the
  // host still answers, any HTTP status is fine too: what matters is that the attempt came back and is listed.
  await expect(console.historyEntries).toHaveCount(1, { timeout: 15_000 });
  await expect(console.response).toContainText(
    /Host not found \(DNS\)|Connection refused|Timed out|Network failure|Connection reset|TLS|\d{3} /,
  );
  await expect(console.historyEntries.first().getByText('PRODUCTION', { exact: true })).toHaveClass(/badge-warning/);
  await expect(console.response.getByText('PRODUCTION', { exact: true })).toHaveClass(/badge-warning/);

  await console.requestToken.click();
  await expect(console.dialog(TITLE)).toHaveCount(0);
  await expect(console.historyEntries).toHaveCount(2, { timeout: 15_000 });
});
