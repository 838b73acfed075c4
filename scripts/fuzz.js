#!/usr/bin/env node
/**
 * npm run fuzz — the engine's property tests (test/robustness/properties.test.ts) with as many generated cases as
 * asked, split over worker processes (one per CPU by default), each with its own seed.
 *
 *   npm run fuzz                              # 10,000 cases
 *   npm run fuzz -- --runs 100000             # issue 11's figure
 *   npm run fuzz -- --runs 500 --seed 42      # replay: the same seed gives the same cases
 *   npm run fuzz -- --workers 1               # one process
 *
 * A failure prints the worker's seed and fast-check's shrunk counterexample (the input, as JSON); add it to
 * test/robustness/findings.test.ts so it stays fixed. Exit code 0 when every worker passed, 1 otherwise.
 */
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || (name !== 'seed' && value <= 0)) {
    console.error(`fuzz: --${name} needs a${name === 'seed' ? 'n integer' : ' positive integer'}`);
    process.exit(2);
  }
  return value;
}

const RUNS = option('runs', 10_000);
const WORKERS = Math.min(option('workers', Math.max(1, cpus().length)), RUNS);
const SEED = option('seed', Math.floor(Math.random() * 2 ** 31));
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');

console.log(`fuzz: ${RUNS} cases over ${WORKERS} worker${WORKERS === 1 ? '' : 's'}, seed ${SEED} (worker i uses seed ${SEED} + i)`);
const started = performance.now();

function worker(index) {
  const runs = Math.floor(RUNS / WORKERS) + (index < RUNS % WORKERS ? 1 : 0);
  const seed = SEED + index;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitest, 'run', 'test/robustness/properties.test.ts', '--reporter=default', '--no-color'], {
      cwd: root,
      env: { ...process.env, REPORTLINT_FUZZ_RUNS: String(runs), REPORTLINT_FUZZ_SEED: String(seed), FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ index, runs, seed, code, output }));
  });
}

const results = await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));
const seconds = (performance.now() - started) / 1000;
let failed = false;
for (const result of results) {
  if (result.code === 0) continue;
  failed = true;
  console.log(`\n✗ worker ${result.index}: ${result.runs} cases, seed ${result.seed} — replay with: npm run fuzz -- --runs ${result.runs} --seed ${result.seed} --workers 1`);
  // fast-check's report: the seed, the path and the shrunk counterexample, then the error it caused.
  const lines = result.output.split('\n');
  const interesting = lines.filter((line) => /Property failed|seed:|Counterexample|Shrunk|Caused by|Error:|FAIL/.test(line));
  console.log((interesting.length > 0 ? interesting : lines.slice(-40)).join('\n'));
}
const reports = results.reduce((n, r) => n + r.runs, 0);
const raw = results.reduce((n, r) => n + Math.ceil(r.runs / 4), 0);
console.log(`\nfuzz: ${failed ? 'FAILED' : 'passed'} — ${reports} generated reports and ${raw} raw texts, each linted, fixed and fixed again, in ${seconds.toFixed(0)} s`);
process.exit(failed ? 1 : 0);
