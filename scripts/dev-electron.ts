// `npm run dev -- --electron`: the desktop app, its window's page served by Vite's dev server (hot reload).
// Main and the preload are built once, as `npm start` builds them; the app keeps its own origin (app://console),
// its sender checks and its sandbox: main only fetches the page's files from the dev server instead of
// dist/renderer when VITE_DEV_SERVER_URL is set and the app is not packaged (electron/main/app-protocol.ts).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { localUrl, startDevServer, stopOn } from './dev-server';

const require = createRequire(import.meta.url);

export async function runElectronAgainst(binary: string, port: number | undefined, build: boolean): Promise<void> {
  if (build) {
    const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
    const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const server = await startDevServer(port);
  const url = localUrl(server);
  console.log(
    `Integrator Console dev server (hot reload) for Electron: ${url}\nEdits to renderer/ show at once; restart for changes under electron/.`,
  );
  const app = spawn(binary, ['.'], { stdio: 'inherit', env: { ...process.env, VITE_DEV_SERVER_URL: url } });
  stopOn(['SIGINT', 'SIGTERM'], async () => {
    app.kill('SIGTERM');
    await server.close();
  });
  app.on('error', (error) => {
    console.error(
      `Integrator Console cannot run in Electron: the binary at ${binary} could not be run (${error.message}).`,
    );
    void server.close().finally(() => process.exit(1));
  });
  app.on('exit', (code, signal) => void server.close().finally(() => process.exit(code ?? (signal ? 1 : 0))));
}
