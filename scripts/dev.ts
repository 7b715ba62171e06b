// `npm run dev`: the renderer from Vite's dev server (hot reload) against the browser preview's real handlers, in
// one process: the handler server listens on a random loopback port and Vite proxies /ipc and /events to it.
// `npm run dev -- --electron` runs the desktop app with its window on the same dev server instead.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FETCH_COMMAND, findElectronBinary } from './electron-binary.mjs';

const USAGE = `Usage: npm run dev -- [--port N] [--data-dir DIR] [--electron [--no-build]]

Serves the console from Vite's dev server on 127.0.0.1 (edits to renderer/ show at once) with the app's real
handlers behind it, as \`npm run preview\` has them. Open the printed URL: it carries a per-run key.
  --port N        the dev server's port (default 5173, or the next free one)
  --data-dir DIR  where the handlers keep their data (default: ~/.integrator-console/preview)
  --electron      run the desktop app (Electron) on the dev server instead of a browser
  --no-build      with --electron: reuse the last build of main and the preload`;

interface DevOptions {
  /** Undefined: 5173, or the next free port. */
  port: number | undefined;
  dataDir: string;
  electron: boolean;
  build: boolean;
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function readOptions(): DevOptions {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        electron: { type: 'boolean' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.integrator-console', 'preview'));
  return { port, dataDir, electron: values.electron === true, build: values['no-build'] !== true };
}

// The handlers and Vite load only once the options are known: a refusal (--help, no Electron) comes at once.
async function runInBrowser(options: DevOptions): Promise<void> {
  const { startPreviewApp } = await import('../electron/preview/preview-app');
  const { localUrl, proxyTo, startDevServer, stopOn } = await import('./dev-server');
  const app = await startPreviewApp({ dataDir: options.dataDir, port: 0 }).catch((error: unknown) =>
    fail(`Could not start the handler server: ${error instanceof Error ? error.message : String(error)}`),
  );
  const { origin, url: previewUrl } = app.preview;
  const vite = await startDevServer(options.port, { '/ipc': proxyTo(origin), '/events': proxyTo(origin) }).catch(
    async (error: unknown) => {
      await app.stop();
      return fail(`Could not start Vite's dev server: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  stopOn(['SIGINT', 'SIGTERM'], () => Promise.all([vite.close(), app.stop()]));
  const key = new URL(previewUrl).hash;
  console.log(
    `Integrator Console dev server (hot reload)\n  open: ${localUrl(vite)}/${key}\n  handlers: ${origin}\n  data: ${options.dataDir}\nPress Ctrl+C to stop.`,
  );
}

async function main(): Promise<void> {
  const options = readOptions();
  if (!options.electron) return runInBrowser(options);
  const found = findElectronBinary();
  if (!('path' in found)) {
    console.error(
      `Integrator Console cannot run in Electron: ${found.missing}; fetch it with \`${FETCH_COMMAND}\`, ` +
        'or leave out --electron to run the same console in your browser with hot reload.',
    );
    process.exit(1);
  }
  const { runElectronAgainst } = await import('./dev-electron');
  await runElectronAgainst(found.path, options.port, options.build);
}

void main();
