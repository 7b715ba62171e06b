import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// The README's screenshots come from this run: the real UI, against the real sandbox, light and dark.
const preview = usePreview();

for (const scheme of ['light', 'dark'] as const) {
  test(`README screenshot after a token request (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1360, height: 1000 });
    await page.emulateMedia({ colorScheme: scheme });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await console.useDemoCredentials();
    await console.merchantVat.fill('DK13585628');
    await console.requestToken.click();
    await expect(console.claim('merchant_vat')).toContainText('DK13585628');
    await expect(console.signature).toContainText('Signature valid');
    mkdirSync('docs/screenshots', { recursive: true });
    const shot = await page.screenshot({ path: `docs/screenshots/console-${scheme}.png`, fullPage: true });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
}
