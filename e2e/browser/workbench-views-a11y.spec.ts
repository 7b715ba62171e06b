import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 9: every view of the workbench without serious or critical axe violations, light and dark. One pass per
// view, scoped to what the view changed (the whole page once, then the result pane, then the dialog).
const preview = usePreview();

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical violations: the workbench, each result tab, the palette and the shortcut sheet (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await console.requestDemoToken();
    await expect(console.response.locator('.status-line')).toHaveText('200 OK');
    await expectNoSeriousViolations(page, 'the workbench after a token');

    for (const tab of ['Token', 'PoS', 'Exports'] as const) {
      await console.showTab(tab);
      await expectNoSeriousViolations(page, `the ${tab} tab`, '.response-pane');
    }

    await page.keyboard.press('Control+k');
    await expect(console.dialog('Command palette')).toBeVisible();
    await expectNoSeriousViolations(page, 'the command palette', 'dialog[open]');
    await page.keyboard.press('Escape');

    await page.getByRole('heading', { name: 'Profiles' }).click();
    await page.keyboard.press('?');
    await expect(console.dialog('Keyboard shortcuts')).toBeVisible();
    await expectNoSeriousViolations(page, 'the shortcut sheet', 'dialog[open]');
  });
}
