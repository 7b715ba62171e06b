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

/**
 * Chromium applies only the last `--disable-features` it is given, and Playwright passes its own list first, so this
 * one repeats Playwright's (playwright-core 1.65; scripts/chromium-args.test.ts fails when they drift apart)...
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * ...and adds the browser window's own WebUI omnibox popups. Headless Chromium 156 builds them for every new page:
 * about 300 chrome:// module loads and their scripts in a second renderer, on the same two cores as the page under
 * test. The desktop app (Electron) has no omnibox, so with them on, a test or the start-up bench measured Chromium's
 * window chrome as much as the console (ready - static paint: ~250 ms with them, ~120 ms without, same machine).
 */
const BROWSER_WINDOW_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

export const CHROMIUM_ARGS = [
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_WINDOW_FEATURES].join(',')}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
