import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// The README's screenshots: the real UI, against the real sandbox, light and dark. Every run takes them (into the
// test's output folder); `npm run screenshots` (--update-snapshots=all) writes them over docs/screenshots.
const preview = usePreview();

for (const scheme of ['light', 'dark'] as const) {
  test(`README screenshot after a token request (${scheme})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1360, height: 1000 });
    await page.emulateMedia({ colorScheme: scheme });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await console.useDemoCredentials();
    await console.merchantVat.fill('DK13585628');
    await console.requestToken.click();
    await expect(console.claim('merchant_vat')).toContainText('DK13585628');
    await expect(console.signature).toContainText('Signature valid');
    const name = `console-${scheme}.png`;
    const updating = testInfo.config.updateSnapshots === 'all';
    if (updating) mkdirSync('docs/screenshots', { recursive: true });
    const shot = await page.screenshot({ path: updating ? `docs/screenshots/${name}` : testInfo.outputPath(name), fullPage: true });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
}
