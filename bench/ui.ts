// The console's UI budget (issue 4), measured in one run in Chromium through the real preview:
// start-up (first and repeat start, bench/ui-startup.ts), initial JavaScript gzip, and re-renders while only the
// countdown ticks (React commits per second, and DOM changes outside the countdown).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/binaries';
import { ConsolePage } from '../e2e/support/console-page';
import { startPreview } from '../e2e/support/preview';
import { heading, verdict } from './machine';
import { benchStartup } from './ui-startup';

/** A stand-in React DevTools hook: React calls onCommitFiberRoot for every commit, in production builds too. */
const COMMIT_PROBE = `
  window.__commits = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; },
    onCommitFiberRoot() { window.__commits += 1; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };`;

function initialJsGzip(): number {
  const html = readFileSync('dist/renderer/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((match) => match[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  return [...scripts, ...preloads].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join('dist/renderer', file))).length,
    0,
  );
}

export async function benchUi(): Promise<void> {
  const preview = await startPreview();
  const returning = await startPreview();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // The repeat start's data directory was opened once and its welcome dismissed, as a user's first start ends.
    const first = await browser.newPage();
    await new ConsolePage(first).open(returning.url);
    await first.close();
    await benchStartup(browser, { firstRun: preview.url, returning: returning.url });
    const js = initialJsGzip();
    heading('console UI (Chromium, the built bundle through the preview):');
    console.log(
      `  initial JavaScript                          ${(js / 1024).toFixed(1)} KB gzip  (target <= 120 KB: ${verdict(js <= 120 * 1024)})`,
    );

    const page = await browser.newPage();
    await page.addInitScript(COMMIT_PROBE);
    const console_ = new ConsolePage(page);
    await console_.open(preview.url);
    await console_.useDemoCredentials();
    await console_.requestToken.click();
    await console_.countdown.waitFor();
    // Let the request's own follow-up renders (verification, History) settle before counting.
    await page
      .waitForFunction(() => document.body.innerText.includes('Signature valid'), undefined, { timeout: 10_000 })
      .catch(() => undefined);
    const seconds = 5;
    const measured = await page.evaluate(async (duration) => {
      const countdown = document.querySelector('[aria-label="Token expires in"]');
      let outside = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) if (!countdown?.contains(record.target)) outside += 1;
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const w = window as unknown as { __commits: number };
      const before = w.__commits;
      await new Promise((resolve) => setTimeout(resolve, duration * 1000));
      observer.disconnect();
      return { commits: w.__commits - before, outside };
    }, seconds);
    const perSecond = measured.commits / seconds;
    console.log(
      `  React commits per second, countdown ticking ${perSecond.toFixed(2)}  (target 1: ${verdict(Math.round(perSecond) === 1)})`,
    );
    console.log(
      `  DOM changes outside the countdown (${seconds} s)    ${measured.outside}  (target 0: ${verdict(measured.outside === 0)})`,
    );
  } finally {
    await browser.close();
    await preview.stop();
    await returning.stop();
  }
}

// `npx vite build --logLevel warn && node --import tsx bench/ui.ts`: this section alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchUi();
