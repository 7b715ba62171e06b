import { BrowserWindow, screen } from 'electron';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  MIN_WINDOW_SIZE,
  placeWindow,
  saveWindowState,
} from '../services/window-state';
import { APP_ORIGIN } from './ipc/trusted-sender';

/** Security settings are literals here, where scanners (Electronegativity) can read them (STYLE.md §6). */
export function createMainWindow(preloadPath: string, dataDir: string): BrowserWindow {
  const state = loadWindowState(dataDir);
  const placed = placeWindow(
    state,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(placed ?? DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Integrator Console',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // Remembered when the window closes: its normal bounds even when maximized, so un-maximizing restores them.
  window.on('close', () =>
    saveWindowState(dataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }),
  );
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
