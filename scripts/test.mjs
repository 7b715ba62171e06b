#!/usr/bin/env node
// `npm test`: every check in one run — type-check, lint, dead code, unit/integration (Vitest), build, browser and Electron
// e2e (Playwright) — then ONE closing line `N passed, N failed[, N skipped]` summed over all of them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const startedAll = Date.now();
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `  ${label}: ${result.status === 0 ? 'ok' : `exit ${result.status ?? result.signal}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return result.status === 0;
}

/** A check that is not a test runner counts as one test. */
function check(label, command, args, env) {
  if (run(label, command, args, env)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const bin = (name) => `node_modules/.bin/${name}`;

/** Electron security scan: zero findings, or each excluded check explained in scripts/electronegativity.json. */
function electronegativity() {
  const config = readJson('scripts/electronegativity.json');
  const csv = `${REPORTS}/electronegativity.csv`;
  const ran = run('security scan (electronegativity)', process.execPath, [
    '--require',
    './scripts/offline.cjs',
    'node_modules/@doyensec/electronegativity/dist/index.js',
    '-i',
    config.input,
    '-e',
    config.electronVersion,
    '-x',
    Object.keys(config.excludedChecks).join(','),
    '-o',
    csv,
  ]);
  let findings = [];
  try {
    findings = readFileSync(csv, 'utf8').trim().split('\n').slice(1).filter(Boolean);
  } catch {
    findings = ['no report written'];
  }
  for (const finding of findings) console.log(`  finding: ${finding}`);
  if (ran && findings.length === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(`electronegativity (${findings.length} findings)`);
  }
}

for (const project of ['shared', 'electron', 'renderer', '.']) {
  check(`type-check ${project === '.' ? 'tooling (vite, e2e, bench)' : project}/`, bin('tsc'), ['-p', project]);
}
check('lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
check('dead code (knip: unused files, exports, dependencies)', bin('knip'), ['--no-progress']);
check('formatting (prettier --check)', bin('prettier'), ['--check', '.', '--log-level=warn']);
electronegativity();

run('unit and integration (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/vitest.json`,
]);
const vitest = readJson(`${REPORTS}/vitest.json`);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitest.numFailedTests > 0 || vitest.numFailedTestSuites > 0) failures.push('vitest');
  totals.failed += vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0 ? vitest.numFailedTestSuites : 0;
} else {
  totals.failed += 1;
  failures.push('vitest (no report)');
}

check('build (vite)', bin('vite'), ['build', '--logLevel', 'warn']);

run('end-to-end (playwright: browser + electron)', bin('playwright'), ['test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
});
const playwright = readJson(`${REPORTS}/playwright.json`);
if (playwright?.stats) {
  const { expected, unexpected, skipped, flaky } = playwright.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
  if (unexpected > 0) failures.push('playwright');
  for (const error of playwright.errors ?? []) {
    totals.failed += 1;
    failures.push(`playwright: ${String(error.message).split('\n')[0]}`);
  }
} else {
  totals.failed += 1;
  failures.push('playwright (no report)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\nTotal time ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 ? 1 : 0);
