#!/usr/bin/env node
// The `integrator-console` command. It runs the bundled JavaScript in dist-cli/ (no TypeScript loader): cli.js,
// which imports only the chunk of the command given (dist-cli/chunks/). In a
// checkout, the bundle is built on first use and rebuilt when a source under electron/ or shared/ is newer,
// so `npx integrator-console …` works right after `npm install` and after a `git pull`; an installed package
// ships dist-cli/ built and never builds.
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'cli.js');
const config = join(root, 'vite.cli.config.ts');

function newestSource(dir, newest = 0) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(path, newest);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(config) || !existsSync(join(root, 'electron'))) return false; // an installed package
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return (
    ['electron', 'shared'].some((dir) => newestSource(join(root, dir)) > built) || statSync(config).mtimeMs > built
  );
}

/**
 * The chunks first (named by their content, so a chunk another build put there is the same file), then the entry
 * that imports them; chunks no build has used for a minute are removed (a running command imported its own at start).
 */
function installBuild(staging) {
  const chunks = join(root, 'dist-cli', 'chunks');
  mkdirSync(chunks, { recursive: true });
  const fresh = existsSync(join(staging, 'chunks')) ? readdirSync(join(staging, 'chunks')) : [];
  for (const name of fresh) renameSync(join(staging, 'chunks', name), join(chunks, name));
  renameSync(join(staging, 'cli.js'), bundle);
  rmSync(staging, { recursive: true, force: true });
  for (const name of readdirSync(chunks)) {
    if (!fresh.includes(name) && Date.now() - statSync(join(chunks, name)).mtimeMs > 60_000)
      rmSync(join(chunks, name), { force: true });
  }
}

if (needsBuild()) {
  process.stderr.write('integrator-console: building the command line (dist-cli/) once…\n');
  // Built beside the bundle, then renamed over it: two commands started at once (tests in parallel, a script's
  // loop) each build, and neither ever runs a half-written file.
  const staging = join(root, 'dist-cli', `.build-${process.pid}`);
  try {
    mkdirSync(join(root, 'dist-cli'), { recursive: true });
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(process.execPath, [vite, 'build', '--config', config, '--outDir', staging, '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    installBuild(staging);
  } catch {
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(
      'integrator-console: the build failed; run `npm install`, then `npm run build:cli` to see why.\n',
    );
    process.exit(1);
  }
}
if (!existsSync(bundle)) {
  process.stderr.write('integrator-console: dist-cli/cli.js is missing from this package.\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
