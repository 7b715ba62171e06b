import { mkdirSync, readFileSync } from 'node:fs';
import { createAppCore } from '../app-core';
import { sessionOnlyCipher, unsupportedClipboard } from './adapters';
import { startPreviewServer, type RunningPreview } from './server';

export interface PreviewApp {
  preview: RunningPreview;
  stop(): Promise<void>;
}

/**
 * The preview's composition: the app's real handlers (no keychain, no system clipboard) behind the loopback
 * server. `npm run preview` serves the built renderer with it; `npm run dev` passes no staticDir and puts Vite's
 * dev server in front.
 */
export async function startPreviewApp(options: {
  dataDir: string;
  staticDir?: string;
  port: number;
}): Promise<PreviewApp> {
  mkdirSync(options.dataDir, { recursive: true });
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  let preview: RunningPreview | undefined;
  const core = createAppCore({
    dataDir: options.dataDir,
    fetch: (url, init) => fetch(url, init),
    appInfo: { version, shell: 'preview', platform: process.platform },
    broadcast: (event, payload) => preview?.broadcast(event, payload),
    cipher: sessionOnlyCipher,
    clipboard: unsupportedClipboard,
  });
  try {
    preview = await startPreviewServer({ handlers: core.handlers, staticDir: options.staticDir, port: options.port });
  } catch (error) {
    await core.shutdown();
    throw error;
  }
  const running = preview;
  return { preview: running, stop: async () => void (await Promise.all([running.close(), core.shutdown()])) };
}
