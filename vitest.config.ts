import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/vitest-setup.ts', 'renderer/test-support/preload-on-demand.ts'],
    // Forks (some suites start servers and child processes); VITEST_MAX_WORKERS overrides for an experiment.
    pool: 'forks',
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 2),
    // One test: the longest (50 clients against the sandbox for 10 s) plus room for a busy machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // electron-store imports `electron`; inlined, it gets the fake Electron a test mocks (electron/main/stores.test.ts).
    server: { deps: { inline: ['electron-store'] } },
  },
});
