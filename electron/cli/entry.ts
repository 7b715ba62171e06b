import { main } from './main';

// The bundle's entry (dist-cli/cli.js): main.ts stays importable by tests without running anything.
main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
