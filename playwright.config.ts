import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/binaries';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  reporter: [['list'], ['json']],
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
