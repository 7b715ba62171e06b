import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/binaries';

// Sized for 2 shared cores with other work running (issue 10, item 7), not for a quiet laptop:
// - one step (a click and what it causes, a sandbox round trip included) waits up to 15 s for its condition;
// - loading the built console from the preview up to 20 s;
// - a whole test (a fresh preview, then up to ~30 steps) up to 90 s: the heaviest scenarios (presentation, a11y)
//   take ~15 s on a quiet machine and up to ~50 s with both cores busy (measured beside scripts/cpu-burn.mjs).
// No retries: a test that needs one is a race to fix, not to hide.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  fullyParallel: false,
  // Two: each test waits on a browser and a preview in turn, so two interleave on two cores; more only queue.
  workers: Number(process.env.PLAYWRIGHT_WORKERS ?? 2),
  // The JSON report is for scripts/test.mjs (which names its file); alone, the list is what a person reads.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: { actionTimeout: 15_000, navigationTimeout: 20_000 },
  projects: [
    {
      name: 'browser',
      testDir: 'e2e/browser',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
        trace: 'off',
      },
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
