import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The integrator-console command: electron/cli bundled to ES modules for plain Node (no TypeScript loader),
// runtime dependencies left in node_modules, as for the app's main process. cli.js is the entry; each command's
// code is a chunk under chunks/, imported when that command runs (`sandbox` loads the sandbox only).
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const external = [
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
].map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}(/.*)?$`));

export default defineConfig({
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: fromRoot('electron/cli/entry.ts'),
    outDir: fromRoot('dist-cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external,
      output: { entryFileNames: 'cli.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
    },
  },
});
