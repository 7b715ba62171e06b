import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** Where the bundled preview CLI goes: inside the project, so its imports resolve from node_modules. */
const BUNDLE_DIR = resolve('node_modules/.cache/integrator-console-e2e');

/**
 * Once per Playwright run: the preview CLI (the same source `npm run preview` runs through tsx) bundled by esbuild,
 * so each of the ~50 fresh previews starts in plain Node instead of transpiling the app again (under load that was
 * 3–5 s of every test's start, now about 1.5 s). Workers inherit IC_PREVIEW_CLI; support/preview.ts uses it.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error(
      'dist/renderer/index.html is missing: run `npx vite build` before the browser e2e tests (npm test does).',
    );
  }
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const outfile = join(BUNDLE_DIR, 'preview-cli.mjs');
  const building = `${outfile}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: ['electron/preview/cli.ts'],
    outfile: building,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  renameSync(building, outfile);
  process.env.IC_PREVIEW_CLI = outfile;
}
