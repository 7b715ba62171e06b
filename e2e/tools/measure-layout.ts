/**
 * Prints page height and the y of Client ID / Request token at 1366×800 and 1024×700, against the real preview
 * (after the first-run dialog). Run after a build: `npx vite build --logLevel warn && npx tsx e2e/tools/measure-layout.ts`.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/binaries';
import { ConsolePage } from '../support/console-page';
import { startPreview } from '../support/preview';

const SIZES = [
  { width: 1366, height: 800 },
  { width: 1024, height: 700 },
];

async function measure(): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const preview = await startPreview();
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: size });
      const console = new ConsolePage(page);
      await console.open(preview.url);
      const height = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
      const clientId = await console.clientId.boundingBox();
      const send = await console.requestToken.boundingBox();
      process.stdout.write(
        `${size.width}×${size.height}: page height ${height} px, Client ID y=${Math.round(clientId?.y ?? -1)}, Request token y=${Math.round(send?.y ?? -1)}\n`,
      );
      await page.close();
    }
  } finally {
    await preview.stop();
    await browser.close();
  }
}

await measure();
