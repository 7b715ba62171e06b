/**
 * Screenshots of the console for a look while changing the layout (not the README's): 1366×800 and 1024×700,
 * light and dark, after a token. `npx tsx e2e/tools/shoot-layout.ts <out dir>` after a build.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/binaries';
import { ConsolePage } from '../support/console-page';
import { startPreview } from '../support/preview';

const out = process.argv[2] ?? '/tmp/shots';
const SIZES = [
  { width: 1366, height: 800 },
  { width: 1024, height: 700 },
];

async function shoot(): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const preview = await startPreview();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      for (const size of SIZES) {
        const page = await browser.newPage({ viewport: size, colorScheme: scheme });
        const console = new ConsolePage(page);
        await console.open(preview.url);
        await page.screenshot({ path: `${out}/start-${size.width}-${scheme}.png` });
        await console.requestDemoToken();
        await page.screenshot({ path: `${out}/token-${size.width}-${scheme}.png` });
        await page.close();
      }
    }
  } finally {
    await preview.stop();
    await browser.close();
  }
}

await shoot();
