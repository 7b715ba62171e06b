import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { FETCH_COMMAND, findElectronBinary } from '../../scripts/electron-binary.mjs';

/** Debian's Chromium on these machines, Playwright's own on a developer machine that downloaded it. */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    safe(() => chromium.executablePath()),
  ];
  const found = candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser e2e tests. Install one: `apt-get install -y chromium` (Debian) or ' +
        '`npx playwright install chromium`, or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Where the Electron binary is, or why there is none (the same check `npm start` makes), plus a display on Linux. */
export function findElectron(): { path: string } | { missing: string } {
  const found = findElectronBinary();
  if ('missing' in found) return { missing: `${found.missing}; fetch it with \`${FETCH_COMMAND}\`` };
  // Electron needs a display on Linux (run under xvfb-run where there is none).
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { missing: 'there is no display (DISPLAY / WAYLAND_DISPLAY unset); run the tests under xvfb-run' };
  }
  return { path: found.path };
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
