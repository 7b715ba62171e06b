import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ClipboardPort, SecretCipher } from '../services/profile-service-types';
import { HandlerError } from '../../shared/ipc/result';

const PRODUCT_NAME = 'Integrator Console';

/**
 * Where the desktop app keeps profiles and its vault: Electron's userData (appData + productName), unless
 * INTEGRATOR_CONSOLE_USER_DATA says otherwise — the same variable the app honours.
 */
export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (env.INTEGRATOR_CONSOLE_USER_DATA) return env.INTEGRATOR_CONSOLE_USER_DATA;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}

export const KEYCHAIN_UNAVAILABLE =
  "The app's saved secrets are encrypted by the OS keychain through Electron's safeStorage, which a command-line " +
  'process cannot open. The profile still gives the client id, environment and VAT: give the secret with ' +
  'MOBILEPAY_CLIENT_SECRET or --secret-stdin.';

/**
 * Plain Node has no safeStorage: the vault sees encryption as unavailable, so it reads no saved secret and writes
 * none (an imported zip's secret stays in this process's memory and is said so).
 */
export const noKeychainCipher: SecretCipher = {
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error(KEYCHAIN_UNAVAILABLE);
  },
  decryptString: () => {
    throw new Error(KEYCHAIN_UNAVAILABLE);
  },
};

export const noClipboard: ClipboardPort = {
  writeText: () => {
    throw new HandlerError('UNSUPPORTED', 'The command line never copies a secret or a token to the clipboard.');
  },
  readText: () => '',
  clear: () => {},
};
