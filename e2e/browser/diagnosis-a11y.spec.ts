import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 5: the diagnosis screens and dialogs without serious or critical axe violations, light and dark, and the
// PoS probe operated by keyboard alone.
const preview = usePreview();

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical violations: findings, PoS call, fault switches, probe, decoder, compare (${scheme})`, async ({
    page,
  }) => {
    // Six axe passes over the whole page: each takes seconds on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await console.sandboxControls.getByText('Fault switches', { exact: true }).click();
    await expectNoSeriousViolations(page, 'fault switches open');

    await console.useDemoClient('Reserved-character secret');
    await page.getByRole('radio', { name: 'Raw', exact: true }).check();
    await console.requestDemoToken('');
    await expect(console.findings).toContainText('Problem');
    await expectNoSeriousViolations(page, 'a 401 with findings');

    await page.getByRole('button', { name: 'Probe client authentication…' }).click();
    const probe = console.dialog('Probe client authentication');
    await expectNoSeriousViolations(page, 'probe confirmation');
    await probe.getByRole('button', { name: 'Confirm' }).click();
    await expect(probe.getByRole('table', { name: 'Client authentication probe' })).toBeVisible();
    await expectNoSeriousViolations(page, 'probe results');
    await page.keyboard.press('Escape');

    await page.getByRole('radio', { name: 'RFC 6749 form-encoded (default)' }).check();
    await console.requestDemoToken('');
    await console.callPos('GET /stores');
    await expect(console.posFindings).toContainText('1151');
    await expectNoSeriousViolations(page, 'a PoS call with a finding');

    await page.getByRole('button', { name: 'Decode a Basic header…' }).click();
    const decoder = console.dialog('Decode a Basic header');
    await console.enterSecretValue(decoder.getByRole('textbox', { name: 'Authorization header' }), 'Basic not base64!');
    await decoder.getByRole('button', { name: 'Decode' }).click();
    await expect(decoder).toContainText('Problems');
    await expectNoSeriousViolations(page, 'Basic decoder report');
    await page.keyboard.press('Escape');

    await console.selectForComparison(0).check();
    await console.selectForComparison(1).check();
    await console.history.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(console.dialog('Compare two attempts').getByRole('table', { name: /^Status/ })).toBeVisible();
    await expectNoSeriousViolations(page, 'compare two attempts');
  });
}

test('the keyboard alone: a token, then GET /stores and GET /pointofsales from the PoS panel', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');
  await console.showTab('PoS');
  await console.posPanel.getByRole('button', { name: 'GET /stores', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(console.posStatusLine).toHaveText('200 OK');
  await console.posPanel.getByRole('combobox', { name: 'Store' }).focus();
  await page.keyboard.press('Tab');
  await expect(console.posPanel.getByRole('button', { name: 'GET /pointofsales', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(console.posPanel.getByRole('combobox', { name: 'Point of sale' })).toBeVisible();
  await expect(console.posStatusLine).toHaveText('200 OK');
});
