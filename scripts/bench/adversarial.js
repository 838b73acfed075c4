/**
 * The adversarial inputs of issue 11: sizes and shapes no township writes, but a broken PDF extraction, a script or a
 * hostile file may produce. Each must be linted with every rule run, in time per MB close to a normal report's and
 * with bounded memory (npm run bench prints the table). Every input is built from the real reports' own text (or one
 * character), from a seeded PRNG, so the same seed gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTable } from './table.js';
import { chineseNumeral } from './corpus.js';

const MB = 1024 * 1024;

/** Real report text, paragraphs shuffled, as one string of about `chars` characters without line breaks. */
function prose(random, { pools }, chars) {
  const parts = [];
  let size = 0;
  while (size < chars) {
    const line = random.pick(pools.body).trim();
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

/** Repeats `unit` until the UTF-8 size reaches `bytes`. */
function repeatToBytes(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/** A body sentence of the reports, for the lines after a heading. */
const sentence = (random, { pools }) => random.pick(pools.body).trim();

/**
 * The inputs: name (file name in .bench/adversarial/), what it is, and a function building the text from a PRNG, the
 * sources loadPools gave ({ reports, pools }) and makeLargeText. `normal` marks the reference reports the others are
 * compared to (one per syntax).
 */
export function adversarialInputs() {
  return [
    {
      name: 'normal.txt',
      normal: true,
      what: 'normal report (reference, .txt)',
      make: (random, pools, makeLargeText) => makeLargeText(random, pools, 2 * MB),
    },
    {
      name: 'normal.md',
      normal: true,
      what: 'normal report (reference, .md)',
      make: (random, pools, makeLargeText) =>
        makeLargeText(random, pools, 2 * MB)
          .split('\n')
          .map((line) => (/^[一二三四五六七八九十百]+、/.test(line) ? `## ${line}` : /^（[一二三四五六七八九十]+）/.test(line) ? `### ${line}` : line))
          .join('\n\n'),
    },
    {
      name: 'single-line-1mb.txt',
      what: '1 MB single line (line breaks lost)',
      make: (random, pools) => prose(random, pools, MB / 3),
    },
    {
      name: 'single-line-1mb.md',
      what: '1 MB single line (.md)',
      make: (random, pools) => prose(random, pools, MB / 3),
    },
    {
      name: 'short-lines-100k.txt',
      what: '100k short lines',
      make: (random, pools) => {
        const text = prose(random, pools, 100_000 * 8);
        const lines = [];
        for (let i = 0; lines.length < 100_000; i += 8) lines.push(text.slice(i, i + random.int(4, 12)));
        return `${lines.join('\n')}\n`;
      },
    },
    {
      name: 'short-lines-100k.md',
      what: '100k short lines (.md)',
      make: (random, pools) => {
        const text = prose(random, pools, 100_000 * 8);
        const lines = [];
        for (let i = 0; lines.length < 100_000; i += 8) lines.push(text.slice(i, i + random.int(4, 12)));
        return `${lines.join('\n')}\n`;
      },
    },
    {
      name: 'headings-50k.txt',
      what: '50k headings (一、 （一） 1. （1）)',
      make: (random, pools) => {
        const lines = [];
        for (let i = 0; i < 50_000; i++) {
          const n = chineseNumeral((i % 9) + 1);
          const title = random.pick(pools.pools.subsection).trim().slice(0, 20);
          lines.push([`${n}、${title}`, `（${n}）${title}`, `${(i % 9) + 1}.${title}`, `（${(i % 9) + 1}）${title}`][i % 4]);
        }
        return `${lines.join('\n')}\n`;
      },
    },
    {
      name: 'headings-50k.md',
      what: '50k Markdown headings',
      make: (random, pools) => {
        const lines = [];
        for (let i = 0; i < 50_000; i++) lines.push(`${'#'.repeat((i % 3) + 1)} ${chineseNumeral((i % 9) + 1)}、${random.pick(pools.pools.section).trim().slice(0, 20)}`);
        return `${lines.join('\n')}\n`;
      },
    },
    {
      name: 'nested-quotes-10k.md',
      what: '10k nested block quotes a line, 50 lines',
      make: (random, pools) =>
        Array.from({ length: 50 }, (_, i) => `${(i % 2 ? '> ' : '>').repeat(10_000)} ${sentence(random, pools)}`).join('\n\n'),
    },
    {
      name: 'nested-lists-10k.md',
      what: '10k nested list items a line, 50 lines',
      make: (random, pools) =>
        Array.from({ length: 50 }, (_, i) => `${(i % 2 ? '1. ' : '- ').repeat(10_000)}${sentence(random, pools)}`).join('\n\n'),
    },
    {
      name: 'nested-lists-1k-indented.md',
      what: '1k list items, each nested deeper (1 MB)',
      make: () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 项目${i + 1}`).join('\n'),
    },
    {
      name: 'one-char-a-1mb.txt',
      what: '1 MB of "a"',
      make: () => 'a'.repeat(MB),
    },
    {
      name: 'one-char-han-1mb.txt',
      what: '1 MB of "法"',
      make: () => repeatToBytes('法', MB),
    },
    {
      name: 'one-char-star-1mb.md',
      what: '1 MB of "*" (.md)',
      make: () => '*'.repeat(MB),
    },
    {
      name: 'one-char-bracket-1mb.md',
      what: '1 MB of "[" (.md)',
      make: () => '['.repeat(MB),
    },
    {
      name: 'one-char-newline-1mb.txt',
      what: '1 MB of line breaks',
      make: () => '\n'.repeat(MB),
    },
    {
      name: 'ordinals-100k.txt',
      what: '100k ordinals in a row (一、一、…)',
      make: () => '一、'.repeat(100_000),
    },
    {
      name: 'comma-600k.txt',
      what: '600 KB of "a,"',
      make: () => 'a,'.repeat(300 * 1024),
    },
    {
      name: 'large-20mb.txt',
      what: '20 MB text file',
      make: (random, pools, makeLargeText) => makeLargeText(random, pools, 20 * MB),
    },
  ];
}

/**
 * Generates the inputs in `dir` and lints each through scripts/bench/measure.js (the built CLI, --format json -o),
 * three times each, the normal references first; returns the rows of the table: median time, time per MB, its ratio
 * to the normal report of the same syntax, median peak memory and how far above the baseline (one small report) it
 * is, as a multiple of the file size, and whether every rule ran (no fatal message in the output).
 */
export function measureAdversarial({ root, dir, seed, sources, makeLargeText, prng, smallFile, only }) {
  mkdirSync(dir, { recursive: true });
  const measure = path.join(root, 'scripts', 'bench', 'measure.js');
  const usageFile = path.join(dir, 'usage.json');
  const run = (file) => {
    const output = path.join(dir, 'out.json');
    rmSync(output, { force: true });
    rmSync(usageFile, { force: true });
    const started = performance.now();
    const child = spawnSync(process.execPath, [measure, file, '--format', 'json', '-o', output, '--no-config-lookup'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, REPORTLINT_BENCH_USAGE: usageFile },
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - started;
    let usage;
    let results;
    try {
      usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      results = JSON.parse(readFileSync(output, 'utf8'));
    } catch {
      // reported below
    }
    const fatal = results?.reduce((n, r) => n + (r.fatalErrorCount ?? 0), 0);
    const messages = results?.reduce((n, r) => n + r.messages.length, 0);
    const problem = child.status !== 0 && child.status !== 1 ? `exit ${child.status}: ${(child.stderr ?? '').trim().split('\n')[0]}` : undefined;
    return { ms, rssKB: usage?.maxRSS, fatal, messages, problem };
  };

  const baseline = [0, 1, 2].map(() => run(smallFile).rssKB ?? 0).sort((a, b) => a - b)[1];
  const rows = [];
  const perMB = {};
  let seedOffset = 0;
  for (const input of adversarialInputs()) {
    seedOffset += 1;
    if (only && !input.normal && !only.some((name) => input.name.includes(name))) continue;
    const file = path.join(dir, input.name);
    const text = input.make(prng(seed + 100 + seedOffset), sources, makeLargeText);
    writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    const mb = bytes / MB;
    const result = medianRun(run, file);
    const syntax = input.name.endsWith('.md') ? 'md' : 'txt';
    const secondsPerMB = result.ms / 1000 / mb;
    if (input.normal) perMB[syntax] = secondsPerMB;
    const above = result.rssKB === undefined ? undefined : (result.rssKB - baseline) / 1024;
    rows.push({
      input: `${input.name} — ${input.what}`,
      size: mb >= 1 ? `${mb.toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`,
      time: result.ms >= 1000 ? `${(result.ms / 1000).toFixed(2)} s` : `${result.ms.toFixed(0)} ms`,
      perMB: `${secondsPerMB.toFixed(2)} s`,
      ratio: input.normal ? '1.00 (reference)' : perMB[syntax] ? `${(secondsPerMB / perMB[syntax]).toFixed(2)}` : '',
      peak: result.rssKB === undefined ? '?' : `${(result.rssKB / 1024).toFixed(0)} MB`,
      above: above === undefined ? '?' : `${above.toFixed(0)} MB (${(above / mb).toFixed(1)}×)`,
      rules:
        result.problem ?? (result.fatal === undefined ? 'no output' : result.fatal === 0 ? `all ran, ${result.messages} messages` : `${result.fatal} FATAL`),
    });
    if (!process.env.REPORTLINT_BENCH_KEEP) rmSync(file, { force: true });
  }
  return { rows, baselineMB: baseline / 1024 };
}

/** Runs of each input: a peak varies by several MB from run to run (when V8 collects), so the table gives medians. */
const RUNS = 3;

/** The input linted RUNS times: the median time and the median peak (each on its own), the last run's output. */
function medianRun(run, file) {
  const results = Array.from({ length: RUNS }, () => run(file));
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  const peaks = results.map((result) => result.rssKB).filter((kb) => kb !== undefined);
  const last = results.at(-1);
  return { ...last, ms: median(results.map((result) => result.ms)), rssKB: peaks.length === RUNS ? median(peaks) : undefined };
}

/** Prints the rows as an aligned table (display width: CJK counts two). */
export function printAdversarial({ rows, baselineMB }, { displayWidth, padEnd }) {
  const headers = { input: 'input', size: 'size', time: 'time', perMB: 'time/MB', ratio: '× normal', peak: 'peak RSS', above: 'above baseline (× size)', rules: 'rules' };
  console.log(`adversarial sizes (issue 11): median of ${RUNS} runs each; baseline = median peak RSS of one small report, ${baselineMB.toFixed(0)} MB`);
  printTable(rows, headers, { displayWidth, padEnd });
  console.log('');
}

// `node scripts/bench/adversarial.js [--seed n] [--only name,name]`: this table alone (npm run bench prints it last).
// With REPORTLINT_BENCH_KEEP=1 the inputs stay in .bench/adversarial/ (to profile one of them).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const seedAt = process.argv.indexOf('--seed');
  const onlyAt = process.argv.indexOf('--only');
  const { findSources, loadPools, makeLargeText, prng } = await import('./corpus.js');
  const found = findSources(root);
  const { displayWidth, padEnd } = await import(pathToFileURL(path.join(root, 'dist', 'src', 'formatters', 'width.js')).href);
  const smallFile = found.files.reduce((a, b) => (statSync(a).size <= statSync(b).size ? a : b));
  const table = measureAdversarial({
    root,
    dir: path.join(root, '.bench', 'adversarial'),
    seed: seedAt === -1 ? 20240331 : Number(process.argv[seedAt + 1]),
    sources: loadPools(found.files),
    makeLargeText,
    prng,
    smallFile,
    only: onlyAt === -1 ? undefined : process.argv[onlyAt + 1].split(','),
  });
  printAdversarial(table, { displayWidth, padEnd });
}
