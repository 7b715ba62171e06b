import type { ConsoleApi } from '../../shared/ipc/contract';
import { withBootstrap } from './bootstrap-api';
import { createBrowserPreviewTransport } from './preview-transport';

/** The only file that touches window.api: the Electron preload's bridge, or the browser preview's HTTP transport. */
declare global {
  interface Window {
    api?: ConsoleApi;
  }
}

/** The start-up request goes out as this module evaluates: main.tsx imports it first, before React and the app. */
export const api: ConsoleApi = withBootstrap(window.api ?? createBrowserPreviewTransport(), { eager: true });
