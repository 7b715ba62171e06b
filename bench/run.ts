// `npm run bench`: one run, about two and a half minutes; prints each figure with the load average at its start,
// three interleaved rounds (median, min, max) and ratios against yardsticks measured in the same run.
import { benchTokenExchange } from './exchange';
import { benchHistory } from './history';
import { benchSandboxLoad } from './sandbox-load';
import { benchSandboxWorkers } from './sandbox-workers';
import { benchUi } from './ui';

// Ctrl+C or a closed pipe (`npm run bench | head`) still runs the exit handlers that stop the servers started.
process.once('SIGINT', () => process.exit(130));
process.stdout.on('error', () => process.exit(1));
const started = performance.now();
await benchTokenExchange();
await benchHistory();
await benchSandboxLoad();
console.log('');
await benchSandboxWorkers();

await benchUi();
console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
