#!/usr/bin/env node
// `npm start`: build, then run the app in Electron. Electron (since 43) downloads its binary on first use, not at
// install: when it is missing this tries that download once (unless ELECTRON_SKIP_BINARY_DOWNLOAD is set), and when
// there is still no binary it says in one sentence what is missing and what to do — never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FETCH_COMMAND, findElectronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));

const passed = process.argv.slice(2);
const build = !passed.includes('--no-build');
const appArgs = passed.filter((arg) => arg !== '--no-build');

function refuse(missing) {
  console.error(
    `Integrator Console cannot start: ${missing}; fetch it with \`${FETCH_COMMAND}\`, ` +
      'or run the same console in your browser with `npm run preview`.',
  );
  process.exit(1);
}

/** Electron's own install.js, quietly: on failure only its first error line is kept (it prints a stack). */
function download(version) {
  console.log(`Downloading the Electron ${version} binary (once, from GitHub)…`);
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.status === 0) return undefined;
  const reason =
    (result.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? `exit ${result.status ?? result.signal}`;
  return reason.replace(/^\w*Error: /, '').trim();
}

function electronBinary() {
  const found = findElectronBinary();
  if ('path' in found) return found.path;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !found.version) refuse(found.missing);
  const failure = download(found.version);
  const retried = findElectronBinary();
  if ('path' in retried) return retried.path;
  return refuse(`${found.missing} and the download failed (${failure ?? retried.missing})`);
}

const binary = electronBinary();
if (build) {
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const app = spawn(binary, ['.', ...appArgs], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('error', (error) => refuse(`the Electron binary at ${binary} could not be run (${error.message})`));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
