#!/usr/bin/env node
// A bounded CPU burner for checking the test suite on a busy machine: N worker threads spin for at most T seconds,
// then stop by themselves (Ctrl+C or SIGTERM stops them earlier).
//   node scripts/cpu-burn.mjs [--workers N] [--seconds T]     defaults: one per core, 600 s; T is capped at 3600.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

const MAX_SECONDS = 3600;

function spin(until) {
  let x = 0;
  while (Date.now() < until) {
    for (let i = 0; i < 1e5; i += 1) x = (x * 31 + i) % 1_000_003;
  }
  return x;
}

if (!isMainThread) {
  spin(workerData.until);
} else {
  const { values } = parseArgs({ options: { workers: { type: 'string' }, seconds: { type: 'string' } } });
  const workers = Number(values.workers ?? availableParallelism());
  const seconds = Number(values.seconds ?? 600);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64 || !(seconds > 0)) {
    console.error('usage: node scripts/cpu-burn.mjs [--workers 1..64] [--seconds T>0]');
    process.exit(2);
  }
  const bounded = Math.min(seconds, MAX_SECONDS);
  const until = Date.now() + bounded * 1000;
  const started = Date.now();
  const threads = Array.from(
    { length: workers },
    () => new Worker(fileURLToPath(import.meta.url), { workerData: { until } }),
  );
  console.log(`cpu-burn: ${workers} busy worker(s) for at most ${bounded} s (pid ${process.pid})`);
  const stop = () => threads.forEach((thread) => void thread.terminate());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let running = threads.length;
  for (const thread of threads) {
    thread.on('exit', () => {
      running -= 1;
      if (running === 0) console.log(`cpu-burn: stopped after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  }
}
