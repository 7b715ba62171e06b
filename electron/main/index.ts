import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, net, session } from 'electron';
import { createAppCore, type AppCore } from '../app-core';
import { isLoopbackHostname } from '../../shared/domain/environments';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { safeStorageCipher } from './keychain';
import { denyPermissions, hardenWebContents } from './security';
import { electronStore } from './stores';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const ourWebContents = new Set<number>();
let core: AppCore | undefined;

// Tests pass a fresh data directory; everything the app keeps lives under it.
if (process.env.INTEGRATOR_CONSOLE_USER_DATA) app.setPath('userData', process.env.INTEGRATOR_CONSOLE_USER_DATA);
// One app per data directory: two would both write the profiles, the vault and History, and race for the sandbox's port.
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();
app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
});
registerAppScheme();

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function openWindow(): void {
  const window = createMainWindow(join(here, 'preload.cjs'), app.getPath('userData'));
  const id = window.webContents.id;
  ourWebContents.add(id);
  window.on('closed', () => ourWebContents.delete(id));
}

// After 'ready': safeStorage only knows its Linux backend from then on.
app
  .whenReady()
  .then(() => {
    if (!primary) return;
    const dataDir = app.getPath('userData');
    mkdirSync(dataDir, { recursive: true });
    core = createAppCore({
      dataDir,
      // What the viewer, HAR and curl show must be what was sent: no cookies from the browser session.
      fetch: (url, init) => net.fetch(url, { ...init, credentials: 'omit' }),
      appInfo: { version: app.getVersion(), shell: 'electron', platform: process.platform },
      broadcast: (event, payload) => {
        for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
      },
      cipher: safeStorageCipher(),
      clipboard,
      createStore: electronStore,
    });
    installMenu();
    denyPermissions(session.defaultSession);
    // `npm run dev -- --electron` sets VITE_DEV_SERVER_URL (a loopback URL); a packaged app never reads it, and
    // anything but loopback is ignored.
    const devServer = app.isPackaged ? undefined : loopbackDevServer(process.env.VITE_DEV_SERVER_URL);
    serveRenderer(join(here, '../dist/renderer'), devServer);
    registerIpc(core.handlers, ourWebContents);
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  })
  .catch((error: unknown) => {
    // Without a window nothing would say why, and the process would linger unseen.
    dialog.showErrorBox('Integrator Console could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let stopping = false;
app.on('before-quit', (event) => {
  if (stopping || !core) return;
  stopping = true;
  event.preventDefault();
  void core.shutdown().finally(() => app.quit());
});

function loopbackDevServer(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && isLoopbackHostname(hostname) ? url : undefined;
}
