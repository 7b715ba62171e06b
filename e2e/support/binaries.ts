import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';

const require = createRequire(import.meta.url);

/** Debian's Chromium on these machines, Playwright's own on a developer machine that downloaded it. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safe(() => chromium.executablePath())];
  const found = candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser e2e tests. Install one: `apt-get install -y chromium` (Debian) or ' +
        '`npx playwright install chromium`, or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Where the Electron binary is, or why there is none (without require('electron'), which throws then). */
export function findElectron(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'the Electron binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD or no access to GitHub)' };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { missing: `the Electron binary is missing at ${binary}` };
  // Electron needs a display on Linux (run under xvfb-run where there is none).
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { missing: 'there is no display (DISPLAY / WAYLAND_DISPLAY unset); run the tests under xvfb-run' };
  }
  return { path: binary };
}

function safe(get: () => string): string | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
