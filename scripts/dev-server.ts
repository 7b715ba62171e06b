// The dev server behind `npm run dev` (scripts/dev.ts) and `npm run dev -- --electron` (scripts/dev-electron.ts).
import { resolve } from 'node:path';
import { createServer, type ProxyOptions, type ViteDevServer } from 'vite';

/**
 * The handler server accepts only its own origin. The browser sends the dev server's, so the proxy swaps exactly
 * that one (the origin of the port the request came in on) for the handler server's; any other origin passes
 * through unchanged and is refused there. The per-run key is checked by the handler server as always.
 */
export function proxyTo(target: string): ProxyOptions {
  return {
    target,
    changeOrigin: true,
    configure: (proxy) =>
      proxy.on('proxyReq', (proxyReq, req) => {
        const port = req.socket.localPort;
        const origin = req.headers.origin;
        if (origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`)
          proxyReq.setHeader('origin', target);
      }),
  };
}

/** Vite's dev server for the renderer on loopback; a port given explicitly must be free, the default may move on. */
export async function startDevServer(
  port: number | undefined,
  proxy?: Record<string, ProxyOptions>,
): Promise<ViteDevServer> {
  // Renderer only: the Electron plugin's dev mode would spawn Electron itself (with --no-sandbox).
  process.env.RENDERER_ONLY = '1';
  const server = await createServer({
    configFile: resolve('vite.config.ts'),
    server: {
      host: '127.0.0.1',
      port: port ?? 5173,
      strictPort: port !== undefined,
      proxy,
      hmr: { host: '127.0.0.1' },
    },
  });
  await server.listen();
  return server;
}

export function localUrl(server: ViteDevServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite did not say where it listens.');
  return url.replace(/\/$/, '');
}

/** Closes everything on Ctrl+C (or SIGTERM), then exits. */
export function stopOn(signals: NodeJS.Signals[], stop: () => Promise<unknown>): void {
  const once = () => void stop().finally(() => process.exit(0));
  for (const signal of signals) process.once(signal, once);
}
