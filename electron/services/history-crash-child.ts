import { openHistory } from './history';
import type { TokenAttempt } from '../../shared/ipc/contract';

/**
 * TEST SUPPORT, never used by the app: adds large attempts to History in `argv[2]` as fast as it can and prints each
 * id once add() has returned (the moment the app would tell the user it is saved). history-crash.test.ts kills it.
 */
const dir = process.argv[2];
if (!dir) throw new Error('usage: history-crash-child <dir>');
const history = openHistory({ dir, maxEntries: 10_000, maxBytes: 1024 ** 3 });
const filler = 'x'.repeat(200_000);

for (let n = 0; ; n += 1) {
  const id = `${process.pid}-${n}`;
  const attempt: TokenAttempt = {
    id,
    environment: { id: 'local', label: 'Local sandbox', production: false },
    tokenUrl: 'http://127.0.0.1:9/integrator-authentication/connect/token',
    outcome: 'network-error',
    exchange: {
      startedAt: new Date().toISOString(),
      durationMs: 1,
      request: { method: 'POST', url: 'http://127.0.0.1:9/', headers: [], body: 'grant_type=client_credentials' },
      failure: { kind: 'refused', message: 'Nothing listens there.' },
    },
    receivedAt: Date.now(),
    tokenProblem: filler,
    findings: [],
  };
  history.add(attempt);
  process.stdout.write(`${id}\n`);
}
