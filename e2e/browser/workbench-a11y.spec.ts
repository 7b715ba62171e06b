import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 8: every screen and state without serious or critical axe violations, in light and dark; the
// keyboard alone gets a token and opens History.
const preview = usePreview();

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical violations: initial, token, History, dialogs (${scheme})`, async ({ page }) => {
    // Seven axe passes over the whole page: each takes seconds on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await expectNoSeriousViolations(page, 'initial');

    await console.requestDemoToken();
    await console.showTab('Token');
    await expect(console.signature).toContainText('Signature valid');
    await expectNoSeriousViolations(page, 'after a token');

    await console.clientSecret.fill('definitely-not-the-secret');
    await console.requestDemoToken('');
    await console.viewerTab('Raw').click();
    await expectNoSeriousViolations(page, 'after a 401, raw view');

    await console.historyEntries.nth(1).click();
    await expect(console.response).toContainText('from History');
    await expectNoSeriousViolations(page, 'an attempt opened from History');

    await page.getByRole('button', { name: 'Copy as code…' }).click();
    await expect(console.dialog('Copy as code').getByRole('tab')).toHaveCount(6);
    await expectNoSeriousViolations(page, 'copy as code');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Inspect a pasted token…' }).click();
    await console.enterSecretValue(page.getByRole('textbox', { name: 'Pasted token' }), 'not.a-token');
    await console.dialog('Inspect a pasted token').getByRole('button', { name: 'Inspect' }).click();
    await expect(console.dialog('Inspect a pasted token').getByRole('alert')).toBeVisible();
    await expectNoSeriousViolations(page, 'inspect a pasted token');
    await page.keyboard.press('Escape');

    await console.history.getByRole('button', { name: 'Clear all' }).click();
    await expectNoSeriousViolations(page, 'clear history confirmation');
    await page.keyboard.press('Escape');

    await console.environment.selectOption('mp-production');
    await console.requestToken.click();
    await expect(console.dialog('Send these credentials to MobilePay Production?')).toBeVisible();
    await expectNoSeriousViolations(page, 'production confirmation');
  });
}

test('the keyboard alone: demo credentials, send, open History, tabs by arrow keys', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.environment.focus();
  const useDemo = page.getByRole('button', { name: 'Use demo credentials' });
  for (let step = 0; step < 10 && !(await useDemo.evaluate((el) => el === document.activeElement)); step++)
    await page.keyboard.press('Tab');
  await expect(useDemo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(console.clientId).not.toHaveValue('');
  // Past the demo client's picker and its "?" to Client ID.
  for (let step = 0; step < 4 && !(await console.clientId.evaluate((el) => el === document.activeElement)); step++)
    await page.keyboard.press('Tab');
  await expect(console.clientId).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(console.clientSecret).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show client secret' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(console.merchantVat).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(console.historyEntries).toHaveCount(1);

  await console.historyEntries.first().focus();
  await page.keyboard.press('Enter');
  await expect(console.response).toContainText('from History');
  await console.viewerTab('Pretty').focus();
  await page.keyboard.press('ArrowRight');
  await expect(console.viewerTab('Raw')).toBeFocused();
  await expect(console.viewerTab('Raw')).toHaveAttribute('aria-selected', 'true');
});

test('the keyboard alone: a Tab stop before the long request column skips to the Response', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const skip = page.getByRole('button', { name: 'Skip to Response' });
  await expect(skip).not.toBeInViewport();
  for (let step = 0; step < 10 && !(await skip.evaluate((el) => el === document.activeElement)); step++)
    await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  // The first stop past the header: one Shift+Tab back lands in the header, not in the request column.
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('header') !== null)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Response/ })).toBeFocused();
  await expect(page.getByRole('heading', { name: /^Response/ })).toBeInViewport();
});
