import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 6: History lists every attempt (redacted, kept in the preview's data directory), opens one in the
// viewer, deletes one, and clears all after asking.
const preview = usePreview();

test('lists each attempt newest first, opens an old one in the viewer, survives a reload', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await expect(console.history).toContainText('No attempts yet');
  await console.requestDemoToken('DK13585628');
  await console.clientSecret.fill('definitely-not-the-secret');
  await console.requestDemoToken('');

  const [newest, oldest] = [console.historyEntries.nth(0), console.historyEntries.nth(1)];
  await expect(newest).toContainText('401 Unauthorized');
  await expect(newest).toContainText('no VAT');
  await expect(oldest).toContainText('200 OK');
  await expect(oldest).toContainText('DK13585628');
  await expect(oldest).toContainText('demo-integrator');
  await expect(oldest.getByText('LOCAL', { exact: true })).toHaveClass(/badge-success/);
  await expect(newest).toHaveAttribute('aria-current', 'true');

  // The answer is said under the button, which sits far below the Response panel's top.
  const outcome = page.getByRole('form', { name: 'Token request' }).locator('.send-outcome');
  await expect(outcome).toHaveText(/^401 Unauthorized: invalid_client\./);
  await outcome.getByRole('button', { name: 'Show response' }).click();
  await expect(page.getByRole('heading', { name: /^Response/ })).toBeFocused();

  await oldest.click();
  await expect(oldest).toHaveAttribute('aria-current', 'true');
  await expect(console.response).toContainText('from History');
  await expect(page.getByRole('heading', { name: /^Response/ })).toBeFocused();
  await expect(page.getByRole('heading', { name: /^Response/ })).toBeInViewport();
  await expect(console.response.locator('.status-line')).toHaveText('200 OK');
  await console.showTab('Token');
  await expect(console.claim('merchant_vat')).toContainText('DK13585628');
  await expect(console.tokenPanel.getByRole('checkbox', { name: 'Refresh automatically' })).toHaveCount(0);

  await page.reload();
  await page.locator('#root[data-app-ready="true"]').waitFor();
  await expect(console.historyEntries).toHaveCount(2);
});

test('delete one; Clear all asks first, Cancel keeps everything', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');
  await console.requestDemoToken('FI20774740');
  await console.requestDemoToken('');
  await expect(console.historyEntries).toHaveCount(3);

  await console.history
    .getByRole('listitem')
    .nth(1)
    .getByRole('button', { name: /^Delete attempt of / })
    .click();
  await expect(console.historyEntries).toHaveCount(2);
  await expect(console.history.getByRole('status')).toHaveText(/^Deleted the attempt of /);
  await expect(console.history).not.toContainText('FI20774740');

  // An attempt open in the viewer closes when it is deleted from History.
  await console.historyEntries.nth(1).click();
  await expect(console.response).toContainText('Opened from History');
  await console.history
    .getByRole('listitem')
    .nth(1)
    .getByRole('button', { name: /^Delete attempt of / })
    .click();
  await expect(console.historyEntries).toHaveCount(1);
  await expect(console.response).not.toContainText('Opened from History');

  await console.history.getByRole('button', { name: 'Clear all' }).click();
  const confirm = console.dialog('Clear all history?');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(console.historyEntries).toHaveCount(1);

  await console.history.getByRole('button', { name: 'Clear all' }).click();
  await console.dialog('Clear all history?').getByRole('button', { name: 'Clear all' }).click();
  await expect(console.history).toContainText('No attempts yet');
  await page.reload();
  await page.locator('#root[data-app-ready="true"]').waitFor();
  await expect(console.history).toContainText('No attempts yet');
});
