import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, net, session } from 'electron';
import { createAppCore } from '../app-core';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc } from './ipc/register';
import { denyPermissions, hardenWebContents } from './security';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const ourWebContents = new Set<number>();

// Tests pass a fresh data directory; everything the app keeps lives under it.
if (process.env.INTEGRATOR_CONSOLE_USER_DATA) app.setPath('userData', process.env.INTEGRATOR_CONSOLE_USER_DATA);
registerAppScheme();

const core = createAppCore({
  dataDir: app.getPath('userData'),
  fetch: (url, init) => net.fetch(url, init),
  appInfo: { version: app.getVersion(), shell: 'electron', platform: process.platform },
  broadcast: (event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
  },
});

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

app.whenReady().then(() => {
  mkdirSync(app.getPath('userData'), { recursive: true });
  denyPermissions(session.defaultSession);
  serveRenderer(join(here, '../dist/renderer'));
  registerIpc(core.handlers, ourWebContents);
  const open = () => {
    const window = createMainWindow(join(here, 'preload.cjs'));
    const id = window.webContents.id;
    ourWebContents.add(id);
    window.on('closed', () => ourWebContents.delete(id));
  };
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let stopping = false;
app.on('before-quit', (event) => {
  if (stopping) return;
  stopping = true;
  event.preventDefault();
  void core.shutdown().finally(() => app.quit());
});
