import type { ConsoleApi } from '../../shared/ipc/contract';
import { createBrowserPreviewTransport } from './preview-transport';

/** The only file that touches window.api: the Electron preload's bridge, or the browser preview's HTTP transport. */
declare global {
  interface Window {
    api?: ConsoleApi;
  }
}

export const api: ConsoleApi = window.api ?? createBrowserPreviewTransport();
