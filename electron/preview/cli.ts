import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPreviewApp } from './preview-app';

const USAGE = `Usage: npm run preview -- [--port N] [--data-dir DIR]

Serves the built console (dist/renderer) on 127.0.0.1 with the app's real handlers, so it runs in any
Chromium browser. Open the printed URL: it carries a per-run key.
  --port N        port to listen on (default: a free port)
  --data-dir DIR  where the preview keeps its data (default: ~/.integrator-console/preview)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function readOptions(): { port: number; dataDir: string } {
  let values;
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  return { port, dataDir: resolve(values['data-dir'] ?? join(homedir(), '.integrator-console', 'preview')) };
}

async function main(): Promise<void> {
  const { port, dataDir } = readOptions();
  const staticDir = resolve('dist/renderer');
  try {
    readFileSync(join(staticDir, 'index.html'));
  } catch {
    fail('dist/renderer/index.html is missing: run `npm run build` first (npm run preview does it for you).');
  }
  const app = await startPreviewApp({ dataDir, staticDir, port }).catch((error: unknown) =>
    fail(`Could not listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`),
  );
  console.log(`Integrator Console preview\n  open: ${app.preview.url}\n  data: ${dataDir}\nPress Ctrl+C to stop.`);
  const stop = async () => {
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

void main();
