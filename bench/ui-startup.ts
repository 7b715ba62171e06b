// Start-up of the console in Chromium through the real preview: data-app-ready minus a static page's first paint.
// A first start: a fresh browser context (empty cache) on a data directory never opened (the welcome dialog shows).
// A repeat start: the same context (HTTP cache filled) on a data directory whose welcome was dismissed, as on the
// desktop app's second start. V8's code cache does not count here: this Chromium streams and compiles module scripts
// on every load (a trace shows no cache consumed; classic scripts do consume it). Pages load straight from the
// preview, as a user's browser would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from '@playwright/test';
import { loadavg } from 'node:os';
import { heading, median, ROUNDS, spread, verdict } from './machine';

const LOADS = 10;
/** Loads before a repeat start's measured ones: its cache is filled as after a few starts. */
const WARM_UP = 2;

/** Resolves when #root gets data-app-ready (the first IPC round trip finished: the console is usable). */
const READY_PROBE = `
  window.__usableAt = new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (root && root.getAttribute('data-app-ready') === 'true') { observer.disconnect(); resolve(performance.now()); }
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });`;

const PAINT_PROBE = `window.__fcp = new Promise((resolve) => new PerformanceObserver((list) => {
  const entry = list.getEntriesByName('first-contentful-paint')[0]; if (entry) resolve(entry.startTime);
}).observe({ type: 'paint', buffered: true }));`;

interface Load {
  ms: number;
  calls: string[];
  /** When the first handler call (the start-up request) went out and when its answer was in, ms after navigation. */
  firstCall?: { sent: number; answered: number };
}

/** One load in `context`: when it became usable (static: first contentful paint) and the handler calls before then. */
async function loadOnce(context: BrowserContext, url: string, kind: 'static' | 'console'): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.addInitScript(kind === 'static' ? PAINT_PROBE : READY_PROBE);
    await page.goto(url);
    const ms = await page.evaluate<number>(kind === 'static' ? 'window.__fcp' : 'window.__usableAt');
    // Every handler call is a POST to /ipc/<channel>; those that started before ready were on the path to it.
    const entries = await page.evaluate(
      (readyAt) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/ipc/') && entry.startTime < readyAt)
          .map((entry) => ({
            channel: decodeURIComponent(new URL(entry.name).pathname.slice('/ipc/'.length)),
            sent: entry.startTime,
            answered: (entry as PerformanceResourceTiming).responseEnd,
          })),
      ms,
    );
    const first = entries[0];
    return {
      ms,
      calls: entries.map((entry) => entry.channel),
      firstCall: first && { sent: first.sent, answered: first.answered },
    };
  } finally {
    await page.close();
  }
}

interface StartRound {
  staticMs: number;
  consoleMs: number;
  calls: string[];
  sentMs: number;
  answeredMs: number;
}

type Start = 'cold' | 'warm';

/** The two data directories the starts open: never opened (first start), and opened once with the welcome dismissed. */
export interface StartPreviews {
  firstRun: string;
  returning: string;
}

/** LOADS static and console loads, alternating; cold: each in a fresh context; warm: all in one warmed-up context. */
async function startRound(browser: Browser, staticUrl: string, consoleUrl: string, start: Start): Promise<StartRound> {
  const shared = start === 'warm' ? await browser.newContext() : undefined;
  const once = async (url: string, kind: 'static' | 'console') => {
    const context = shared ?? (await browser.newContext());
    try {
      return await loadOnce(context, url, kind);
    } finally {
      if (!shared) await context.close();
    }
  };
  try {
    for (let i = 0; i < (shared ? WARM_UP : 0); i++) {
      await once(staticUrl, 'static');
      await once(consoleUrl, 'console');
    }
    const statics: number[] = [];
    const loads: Load[] = [];
    for (let i = 0; i < LOADS; i++) {
      statics.push((await once(staticUrl, 'static')).ms);
      loads.push(await once(consoleUrl, 'console'));
    }
    const firsts = loads.flatMap((load) => (load.firstCall ? [load.firstCall] : []));
    return {
      staticMs: median(statics),
      consoleMs: median(loads.map((load) => load.ms)),
      calls: loads.at(-1)?.calls ?? [],
      sentMs: median(firsts.map((call) => call.sent)),
      answeredMs: median(firsts.map((call) => call.answered)),
    };
  } finally {
    await shared?.close();
  }
}

async function staticServer(): Promise<{ url: string; close: () => void }> {
  const html =
    '<!doctype html><html><head><title>static</title></head><body><h1>Integrator Console</h1><p>Static page.</p></body></html>';
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

const STARTS: Start[] = ['cold', 'warm'];
const PREVIEW_OF: Record<Start, keyof StartPreviews> = { cold: 'firstRun', warm: 'returning' };

/** Prints the start-up lines; both starts interleave within each of ROUNDS rounds. */
export async function benchStartup(browser: Browser, previews: StartPreviews): Promise<void> {
  const plain = await staticServer();
  const results: Record<Start, StartRound[]> = { cold: [], warm: [] };
  const loads: string[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      loads.push((loadavg()[0] ?? 0).toFixed(2));
      for (const start of STARTS)
        results[start].push(await startRound(browser, plain.url, previews[PREVIEW_OF[start]], start));
    }
  } finally {
    plain.close();
  }
  const diffs = (start: Start) => results[start].map((round) => round.consoleMs - round.staticMs);
  const line = (start: Start) =>
    `ready - static paint ${spread(diffs(start), 0, ' ms')}  (<= 150 ms: ${verdict(median(diffs(start)) <= 150)})`;
  heading(
    `console start-up (Chromium, the built bundle straight from the preview; ${ROUNDS} interleaved rounds, each the median of ${LOADS} loads):`,
  );
  console.log(`  1-minute load average at each round's start: ${loads.join(', ')}`);
  console.log(
    `  static HTML page, first contentful paint (repeat)  ${spread(
      results.warm.map((round) => round.staticMs),
      0,
      ' ms',
    )}`,
  );
  console.log(`  first start  (fresh context, empty cache, new data: welcome dialog)  ${line('cold')}`);
  console.log(`  repeat start (same context, HTTP cache filled, welcome dismissed,    ${line('warm')}`);
  console.log(`                as on the desktop app's second start)`);
  const calls = results.warm.at(-1)?.calls ?? [];
  console.log(`  handler calls before ready                  ${calls.length}: ${calls.join(', ') || 'none'}`);
  // Where the time goes: the start-up request leaves as the first module evaluates; the first render follows its answer.
  for (const start of STARTS) {
    const label = start === 'warm' ? 'repeat start' : 'first start ';
    console.log(
      `  start-up request sent / answered, ${label}  ${spread(
        results[start].map((round) => round.sentMs),
        0,
        ' ms',
      )} / ${spread(
        results[start].map((round) => round.answeredMs),
        0,
        ' ms',
      )} after navigation`,
    );
  }
}
