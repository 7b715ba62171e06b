import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

/** Runs the built app in real Electron with a fresh user-data directory, and always closes and removes both. */
export async function withElectronApp(
  executablePath: string,
  run: (app: ElectronApplication) => Promise<void>,
): Promise<void> {
  const userData = mkdtempSync(join(tmpdir(), 'ic-electron-'));
  // Chromium refuses to run its sandbox as root (CI containers): only there is it turned off, for the test run alone.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = asRoot ? ['--no-sandbox', '.'] : ['.'];
  const app = await electron.launch({
    executablePath,
    args,
    env: { ...process.env, INTEGRATOR_CONSOLE_USER_DATA: userData },
  });
  try {
    await run(app);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
}
