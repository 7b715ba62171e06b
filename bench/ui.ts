// The console's UI budget (issue 4), measured in one run in Chromium through the real preview:
// first usable paint next to a static page's paint, initial JavaScript gzip, and re-renders while only the
// countdown ticks (React commits per second, and DOM changes outside the countdown).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/binaries';
import { ConsolePage } from '../e2e/support/console-page';
import { startPreview } from '../e2e/support/preview';
import { median, verdict } from './stats';

const LOADS = 10;

/** Resolves when #root gets data-app-ready (the first IPC round trip finished: the console is usable). */
const READY_PROBE = `
  window.__usableAt = new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (root && root.getAttribute('data-app-ready') === 'true') { observer.disconnect(); resolve(performance.now()); }
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });`;

/** A stand-in React DevTools hook: React calls onCommitFiberRoot for every commit, in production builds too. */
const COMMIT_PROBE = `
  window.__commits = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; },
    onCommitFiberRoot() { window.__commits += 1; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };`;

async function firstPaint(browser: Browser, url: string, script: string, pick: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.addInitScript(script);
    await page.goto(url);
    times.push(await page.evaluate(pick));
    await page.close();
  }
  return median(times);
}

async function staticServer(): Promise<{ url: string; close: () => void }> {
  const html = '<!doctype html><html><head><title>static</title></head><body><h1>Integrator Console</h1><p>Static page.</p></body></html>';
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

function initialJsGzip(): number {
  const html = readFileSync('dist/renderer/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((match) => match[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map((match) => match[1]!);
  return [...scripts, ...preloads].reduce((sum, file) => sum + gzipSync(readFileSync(join('dist/renderer', file))).length, 0);
}

export async function benchUi(): Promise<void> {
  const preview = await startPreview();
  const plain = await staticServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const paintScript = `window.__fcp = new Promise((resolve) => new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0]; if (entry) resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true }));`;
    const staticPaint = await firstPaint(browser, plain.url, paintScript, 'window.__fcp');
    const consolePaint = await firstPaint(browser, preview.url, READY_PROBE, 'window.__usableAt');
    const js = initialJsGzip();
    console.log(`\nconsole UI (Chromium, the built bundle through the preview, median of ${LOADS} loads):`);
    console.log(`  static HTML page, first contentful paint   ${staticPaint.toFixed(0)} ms`);
    console.log(`  console, first usable paint (app ready)     ${consolePaint.toFixed(0)} ms`);
    console.log(`  difference                                  ${(consolePaint - staticPaint).toFixed(0)} ms  (target <= 200 ms: ${verdict(consolePaint - staticPaint <= 200)})`);
    console.log(`  initial JavaScript                          ${(js / 1024).toFixed(1)} KB gzip  (target <= 120 KB: ${verdict(js <= 120 * 1024)})`);

    const page = await browser.newPage();
    await page.addInitScript(COMMIT_PROBE);
    const console_ = new ConsolePage(page);
    await console_.open(preview.url);
    await console_.useDemoCredentials();
    await console_.requestToken.click();
    await console_.countdown.waitFor();
    // Let the request's own follow-up renders (verification, History) settle before counting.
    await page.waitForFunction(() => document.body.innerText.includes('Signature valid'), undefined, { timeout: 10_000 }).catch(() => undefined);
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
    console.log(`  React commits per second, countdown ticking ${perSecond.toFixed(2)}  (target 1: ${verdict(Math.round(perSecond) === 1)})`);
    console.log(`  DOM changes outside the countdown (${seconds} s)    ${measured.outside}  (target 0: ${verdict(measured.outside === 0)})`);
  } finally {
    await browser.close();
    plain.close();
    await preview.stop();
  }
}
