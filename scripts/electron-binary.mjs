// Where the Electron binary is, or why there is none — without require('electron'), which throws (or, since
// Electron 43, starts a download) when the binary is missing. Shared by `npm start` and the Electron e2e tests.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** What Electron's install.js writes to path.txt on each platform. */
const PLATFORM_PATHS = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/**
 * `{ path, version }` when the binary is there, else `{ missing, version }`. Honours Electron's own
 * ELECTRON_OVERRIDE_DIST_PATH (a binary kept elsewhere), as `require('electron')` does.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ path: string; version: string } | { missing: string; version?: string }}
 */
export function findElectronBinary(env = process.env) {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run `npm install`)' };
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, recorded ?? PLATFORM_PATHS[process.platform] ?? 'electron');
    return existsSync(binary)
      ? { path: binary, version }
      : { missing: `the Electron binary is missing at ${binary}`, version };
  }
  if (recorded === undefined) return { missing: `the Electron ${version} binary has not been downloaded`, version };
  const binary = join(packageDir, 'dist', recorded);
  if (!existsSync(binary)) return { missing: `the Electron ${version} binary is missing at ${binary}`, version };
  return { path: binary, version };
}

/** The command that downloads the binary into node_modules/electron (what `require('electron')` would run). */
export const FETCH_COMMAND = 'node node_modules/electron/install.js';
