import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 5: the expiry countdown on server time, and automatic refresh, against the real sandbox (its fault
// switches shorten the token lifetime and put its clock off, so nothing here waits for an hour).
const preview = usePreview();

test('the countdown runs, with its progress bar', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken();
  await expect(console.countdown).toContainText(/1:0[01]:\d\d/);
  await expect(console.countdown).toContainText('Valid');
  await expect(console.countdown).toHaveClass(/countdown-valid/);
  const first = await console.countdown.locator('.countdown-value').textContent();
  await expect
    .poll(() => console.countdown.locator('.countdown-value').textContent(), { timeout: 5_000 })
    .not.toBe(first);
  const progress = console.countdown.getByRole('progressbar', { name: 'Lifetime left' });
  await expect(progress).toHaveAttribute('aria-valuenow', /^(9\d|100)$/);
});

test('with the server clock 10 minutes ahead, the countdown is corrected by the measured skew', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.invoke(preview.url, 'sandbox:set-faults', { faults: { clockSkewSeconds: 600 } });
  await console.requestDemoToken();
  await expect(console.response.locator('.meta')).toContainText('server 10 min ahead');
  // iat/exp are on the server's clock: uncorrected, 1:11:40 would be left.
  await expect(console.countdown).toContainText(/1:0[01]:\d\d/);
  await expect(console.countdown).toContainText('corrected for the server clock');
  // The skew is measured from the Date header, which has 1 s resolution: a second boundary between the server
  // stamping it and this machine reading it makes 600 s read as 599 s, so the check allows that one second.
  await console.showTab('Token');
  await expect(console.consistencyChecks).toContainText(/clock is (599|600|601) s behind the server's/);
});

test('a short-lived token is amber; automatic refresh re-fetches it before expiry and says so', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.invoke(preview.url, 'sandbox:set-faults', { faults: { tokenLifetimeSeconds: 64 } });
  await console.requestDemoToken();
  await expect(console.countdown).toHaveClass(/countdown-expiring/);
  await expect(console.countdown).toContainText('Expiring soon');

  await console.showTab('Token');
  await console.tokenPanel.getByLabel('Minutes before expiry').selectOption('1');
  await console.tokenPanel.getByRole('checkbox', { name: 'Refresh automatically' }).check();
  await expect(console.refreshNotice).toHaveText(/^Token refreshed automatically at \d{1,2}[:.]\d\d/, {
    timeout: 15_000,
  });
  await expect.poll(() => console.historyEntries.count()).toBeGreaterThanOrEqual(2);
  await console.tokenPanel.getByRole('checkbox', { name: 'Refresh automatically' }).uncheck();
});
