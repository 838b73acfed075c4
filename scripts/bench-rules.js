#!/usr/bin/env node
/**
 * npm run bench:rules — what each rule costs, in-process, over report-sized files recombined from the real
 * reports (the same generator as npm run bench), as a ratio to the floor measured in the same run: linting
 * the same files with no rule on (read → parse → model). Machines are shared and noisy, so only ratios
 * measured side by side mean anything.
 *
 *   --compare <dir>   also load the engine and rules built in another checkout (its dist/), and measure the
 *                     two builds in alternating rounds; prints each rule's cost in both and the change.
 *   --files <n> (300) --rounds <n> (5) --seed <n> (20240331)
 *
 * A rule's cost is (time with the floor + that rule) − floor, median of the rounds; the last rows are all rules and
 * the statutory rules together, as a run has them (a rule alone also pays for model queries it shares with others).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findSources, loadPools, makeReport, prng } from './bench/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}
const FILES = Number(option('files', 300));
const ROUNDS = Number(option('rounds', 5));
const SEED = Number(option('seed', 20240331));
const compare = option('compare', undefined);

/** The engine and rules of one build. */
async function load(dir, label) {
  const dist = path.join(path.resolve(dir), 'dist');
  const { lintText } = await import(pathToFileURL(path.join(dist, 'src', 'engine', 'lint-text.js')).href);
  const { builtinRules } = await import(pathToFileURL(path.join(dist, 'rules', 'index.js')).href);
  return { label, lintText, builtinRules };
}

function configOf(build, ids) {
  const rules = new Map();
  for (const id of ids) {
    const rule = build.builtinRules[id];
    const options = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, o]) => [k, o.default]));
    rules.set(id, { rule, setting: { severity: 2, options } });
  }
  return { rules, settings: {}, sources: [] };
}

const random = prng(SEED);
const pools = loadPools(findSources(root).files);
const docs = Array.from({ length: FILES }, (_, i) => {
  const report = makeReport(random, pools);
  return { filePath: `bench-${i}${report.ext}`, text: report.text, syntax: report.ext === '.md' ? 'markdown' : 'text' };
});

const builds = [await load(root, 'this')];
if (compare) builds.push(await load(compare, path.basename(path.resolve(compare))));
const ids = Object.keys(builds[0].builtinRules).filter((id) => builds.every((b) => b.builtinRules[id]));

async function time(build, ruleIds) {
  const config = configOf(build, ruleIds);
  const start = performance.now();
  for (const doc of docs) await build.lintText(doc, config);
  return performance.now() - start;
}

// Warm up every code path once.
for (const build of builds) for (const id of [undefined, ...ids]) await time(build, id ? [id] : []);

const samples = new Map(); // `${build}:${id}` → ms[]
const push = (key, ms) => samples.set(key, [...(samples.get(key) ?? []), ms]);
// Rules together: a rule alone also pays for what the model computes once for all rules that ask (document units,
// sentences, compiled concepts), so its cost alone can move when another rule starts sharing it. These rows are the
// cost of the rules as a run has them. no-copied-text is left out: it needs the other reports.
const GROUPS = {
  'all rules': ids.filter((id) => id !== 'no-copied-text'),
  'statutory rules (require-*)': ids.filter((id) => id.startsWith('require-')),
};
for (let round = 0; round < ROUNDS; round += 1) {
  for (const build of builds) {
    push(`${build.label}:floor`, await time(build, []));
    for (const id of ids) push(`${build.label}:${id}`, await time(build, [id]));
    for (const [group, members] of Object.entries(GROUPS)) push(`${build.label}:${group}`, await time(build, members));
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`rule costs over ${FILES} files, median of ${ROUNDS} rounds; cost = (floor + rule) − floor, as a share of the floor`);
const header = ['rule', ...builds.map((b) => `${b.label} (× floor)`), ...(builds.length > 1 ? ['change'] : [])];
const rows = [header];
for (const id of ['floor', ...ids, ...Object.keys(GROUPS)]) {
  const cells = builds.map((b) => {
    const floor = median(samples.get(`${b.label}:floor`));
    if (id === 'floor') return `${floor.toFixed(0)} ms`;
    const cost = Math.max(0, median(samples.get(`${b.label}:${id}`)) - floor);
    return (cost / floor).toFixed(3);
  });
  const row = [id, ...cells];
  if (builds.length > 1 && id !== 'floor') {
    const [a, b] = cells.map(Number);
    row.push(b > 0 ? `${(((a - b) / b) * 100).toFixed(0)}%` : '—');
  } else if (builds.length > 1) row.push('');
  rows.push(row);
}
const widths = header.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '));
