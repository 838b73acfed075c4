#!/usr/bin/env node
/**
 * npm run bench — how fast reportlint is, measured through the built CLI (bin/reportlint.js), as users run it.
 *
 *   1. a corpus of report-sized files (default 3000) recombined from the real reports in fixtures/, linted in one call
 *   2. one multi-megabyte .txt report (time, and peak resident memory through scripts/bench/measure.js)
 *   3. a ~200-page .docx and its PDF (when fixtures/formats has Word/PDF fixtures; the PDF needs LibreOffice)
 *   4. cold start: one call on one small file, against bare `node -e 0` run in the same rounds (medians of N rounds,
 *      and the ratio to node's time)
 *
 * Inputs go to .bench/ (gitignored) and are rebuilt from a seeded PRNG, so every run lints the same bytes.
 * This is a measuring tool, not a test: exit code 1 from the CLI (lint errors) is normal; it only fails when the
 * build is missing or nothing could be measured.
 *
 * Options: --files <n> (3000)  --mb <n> (5)  --pages <n> (200)  --runs <n> (10, cold-start rounds)  --seed <n> (20240331)
 *          --skip-large (no .docx/.pdf)  --keep-output (leave the JSON outputs in .bench/out)
 *          --pool <n> (10000: reports in the reference pool of the no-copied-text rows)  --skip-copied (not those rows)
 *          --skip-adversarial (not the table of issue 11's adversarial sizes, scripts/bench/adversarial.js, printed last;
 *          `node scripts/bench/adversarial.js` prints it alone)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureAdversarial, printAdversarial } from './bench/adversarial.js';
import { findSources, loadPools, makeLargeText, makeLongReportLines, makeReport, prng } from './bench/corpus.js';
import { convertToPdf, hasLibreOffice, pdfPageCount, writeLargeDocx } from './bench/large.js';
import { printTable as printRows } from './bench/table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'reportlint.js');
const benchDir = path.join(root, '.bench');
const outDir = path.join(benchDir, 'out');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`bench: --${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}
const flag = (name) => process.argv.includes(`--${name}`);

const FILES = Math.round(option('files', 3000));
const MB = option('mb', 5);
const PAGES = Math.round(option('pages', 200));
const RUNS = Math.round(option('runs', 10));
const SEED = Math.round(option('seed', 20240331));

// ---------------------------------------------------------------------------------------------------------------
// Preconditions

if (!existsSync(bin)) {
  console.error('bench: bin/reportlint.js is missing — nothing to measure.');
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist', 'src', 'cli.js'))) {
  console.error('bench: dist/ is missing or incomplete (no dist/src/cli.js). Run `npm run build` first.');
  process.exit(2);
}
// Table alignment uses the formatters' own display width (CJK = 2 columns), from the build checked above.
const { displayWidth, padEnd } = await import(pathToFileURL(path.join(root, 'dist', 'src', 'formatters', 'width.js')).href);

const newestSource = newestMtime([path.join(root, 'src'), path.join(root, 'rules')], /\.ts$/);
const builtAt = statSync(path.join(root, 'dist', 'src', 'cli.js')).mtimeMs;
if (newestSource > builtAt) {
  console.log('note: some .ts sources are newer than dist/ — run `npm run build` to measure the current code.\n');
}

const sources = findSources(root);
if (sources.files.length === 0) {
  console.error('bench: no real reports found in fixtures/seeds, fixtures/corpus/reports or /work/shared.');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const pools = loadPools(sources.files);

const corpusDir = path.join(benchDir, 'corpus');
rmSync(corpusDir, { recursive: true, force: true });
mkdirSync(corpusDir, { recursive: true });
let corpusBytes = 0;
{
  const random = prng(SEED);
  const width = String(FILES).length;
  for (let i = 1; i <= FILES; i++) {
    const report = makeReport(random, pools);
    const file = path.join(corpusDir, `${String(i).padStart(width, '0')}${report.ext}`);
    writeFileSync(file, report.text);
    corpusBytes += Buffer.byteLength(report.text);
  }
}

const bigFile = path.join(benchDir, 'big', 'report-large.txt');
mkdirSync(path.dirname(bigFile), { recursive: true });
writeFileSync(bigFile, makeLargeText(prng(SEED + 1), pools, MB * 1024 * 1024));

const smallest = (files) => files.reduce((a, b) => (statSync(a).size <= statSync(b).size ? a : b), files[0]);
const smallFile = smallest(sources.files);
// Cold start is measured on one report of each syntax: issue 14 asks ≤ 2× node for plain text, ≤ 2.5× for Markdown.
const smallText = smallest(sources.files.filter((file) => file.endsWith('.txt')));
const smallMarkdown = smallest(sources.files.filter((file) => file.endsWith('.md')));

console.log(`reportlint bench — node ${process.version}, seed ${SEED}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)} (a busy machine slows every number)`);
console.log(`sources: ${sources.files.length} real reports from ${sources.dirs.map((d) => path.relative(root, d) || d).join(', ')}`);
console.log(`corpus: ${FILES} files, ${(corpusBytes / 1024 / 1024).toFixed(1)} MB in ${path.relative(root, corpusDir)}/`);
console.log('');

// ---------------------------------------------------------------------------------------------------------------
// Measurements

const rows = [];

const measureScript = path.join(root, 'scripts', 'bench', 'measure.js');
const usageFile = path.join(outDir, 'usage.json');

/**
 * Runs the CLI once; returns { ms, status, stderr } (and, with `memory`, its peak resident memory in MB, run through
 * scripts/bench/measure.js). Exit 0 and 1 are both successful runs.
 */
function cli(args, { memory = false } = {}) {
  const start = performance.now();
  // From inside .bench/: a dot-folder named from the project root would be ignored by default (附件/, ~$*, .*).
  const run = spawnSync(process.execPath, [memory ? measureScript : bin, ...args], {
    cwd: benchDir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(memory ? { env: { ...process.env, REPORTLINT_BENCH_USAGE: usageFile } } : {}),
  });
  const ms = performance.now() - start;
  let peakMB;
  if (memory) {
    try {
      peakMB = JSON.parse(readFileSync(usageFile, 'utf8')).maxRSS / 1024;
    } catch {
      // no usage written: the run failed, reported by its status
    }
  }
  return { ms, status: run.status, stderr: run.stderr ?? '', error: run.error, peakMB };
}

function failure(run) {
  if (run.error) return run.error.message;
  if (run.status === 0 || run.status === 1) return undefined;
  const first = run.stderr.trim().split('\n')[0] || '(no message)';
  return `exit ${run.status}: ${first}`;
}

/** Lints `target` with --format json -o, `runs` times; adds a row with the median time and what the output held. */
function measureLint(label, target, { runs = 1, files, bytes, pages, extra = '', args = [], memory = false } = {}) {
  const output = path.join(outDir, `${label.replace(/\W+/g, '-')}.json`);
  const times = [];
  const peaks = [];
  let problem;
  for (let i = 0; i < runs && problem === undefined; i++) {
    const run = cli([target, '--format', 'json', '-o', output, ...args], { memory });
    problem = failure(run);
    times.push(run.ms);
    if (run.peakMB !== undefined) peaks.push(run.peakMB);
  }
  if (problem !== undefined) {
    rows.push({ label, time: 'failed', rate: '', notes: problem });
    return undefined;
  }
  const ms = median(times);
  const summary = summarize(output);
  const count = files ?? summary?.files ?? 1;
  const notes = [
    summary ? `${summary.files} file${summary.files === 1 ? '' : 's'} in output, ${summary.messages} messages` : 'output unreadable',
    summary && summary.fatal > 0 ? `${summary.fatal} fatal` : '',
    peaks.length > 0 ? `peak ${median(peaks).toFixed(0)} MB` : '',
    extra,
  ].filter(Boolean).join('; ');
  rows.push({
    label,
    time: formatMs(ms) + (runs > 1 ? ` (median of ${runs})` : ''),
    rate:
      count > 1
        ? `${Math.round(count / (ms / 1000))} files/s`
        : pages
          ? `${Math.round(pages / (ms / 1000))} pages/s`
          : bytes
            ? `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(2)} MB/s`
            : '',
    notes,
  });
  return ms;
}

function summarize(file) {
  try {
    const results = JSON.parse(readFileSync(file, 'utf8'));
    return {
      files: results.length,
      messages: results.reduce((n, r) => n + r.messages.length, 0),
      fatal: results.reduce((n, r) => n + (r.fatalErrorCount ?? 0), 0),
    };
  } catch {
    return undefined;
  }
}

// 1. corpus
console.log(`linting the corpus (${FILES} files, one call)…`);
const corpusTarget = path.relative(benchDir, corpusDir);
const serialMs = measureLint(`corpus, ${FILES} files, one thread`, corpusTarget, { files: FILES, args: ['--concurrency', 'off'] });
// Issue 14: the same corpus on the worker pool (auto: one worker per core), and a second --cache run over it unchanged,
// each as a ratio to the one-thread run of this same bench.
const cacheFile = path.join(outDir, 'bench.reportlintcache');
rmSync(cacheFile, { force: true });
const ratio = (ms) => (serialMs && ms ? `${(ms / serialMs).toFixed(2)}× the one-thread run` : '');
// The pool with a worker per core, asked for: `auto` is half the cores (ESLint's rule), which on 2 cores is one thread.
const parallelMs = measureLint(`corpus, ${FILES} files, ${cpus().length} workers`, corpusTarget, { files: FILES, args: ['--concurrency', String(cpus().length)] });
rows.at(-1).notes += `; ${ratio(parallelMs)}`;
// The cache filled by a one-thread run of its own, so that neither the pool's row nor the cached one pays for it.
const fillMs = measureLint(`corpus, one thread, filling --cache`, corpusTarget, { files: FILES, args: ['--concurrency', 'off', '--cache', '--cache-location', cacheFile] });
rows.at(-1).notes += `; ${ratio(fillMs)}`;
const cachedMs = measureLint(`corpus again, --cache`, corpusTarget, { files: FILES, args: ['--cache', '--cache-location', cacheFile] });
rows.at(-1).notes += `; ${ratio(cachedMs)}`;

// What this machine's cores give at best: the corpus split in one share per core, each linted by a process of its
// own side by side, against one process linting it all. Cores that share a memory bus or a host do not add up (on the
// machine this was written on, two processes side by side each ran 1.5× slower than alone), so the pool's speed-up is
// read against this floor, measured in the same run. no-copied-text is off in these rows: a share's reports would be
// compared only with each other.
const CORES = cpus().length;
if (CORES > 1) {
  const sharesDir = path.join(benchDir, 'shares');
  rmSync(sharesDir, { recursive: true, force: true });
  const names = readdirSync(corpusDir).sort();
  for (let core = 0; core < CORES; core++) {
    const share = path.join(sharesDir, String(core));
    mkdirSync(share, { recursive: true });
    for (let i = core; i < names.length; i += CORES) linkSync(path.join(corpusDir, names[i]), path.join(share, names[i]));
  }
  const noCopy = ['--rule', 'no-copied-text: off'];
  const aloneMs = measureLint(`corpus, one thread, no-copied-text off`, corpusTarget, { files: FILES, args: ['--concurrency', 'off', ...noCopy] });
  const sideBySide = await Promise.all(
    Array.from({ length: CORES }, (_, core) => {
      const started = performance.now();
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [bin, path.relative(benchDir, path.join(sharesDir, String(core))), '--concurrency', 'off', ...noCopy, '-f', 'json', '-o', path.join(outDir, `share-${core}.json`)], { cwd: benchDir, stdio: 'ignore' });
        child.on('close', (status) => resolve({ ms: performance.now() - started, status }));
      });
    }),
  );
  const sideMs = Math.max(...sideBySide.map((run) => run.ms));
  const failedShare = sideBySide.find((run) => run.status !== 0 && run.status !== 1);
  rows.push({
    label: `corpus in ${CORES} shares, ${CORES} processes side by side`,
    time: failedShare ? 'failed' : formatMs(sideMs),
    rate: failedShare ? '' : `${Math.round(FILES / (sideMs / 1000))} files/s`,
    notes: failedShare ? `exit ${failedShare.status}` : `no-copied-text off; ${(sideMs / aloneMs).toFixed(2)}× the one-thread run above: the best ${CORES} workers could do on this machine`,
  });
  const poolMs = measureLint(`corpus on ${CORES} workers, no-copied-text off`, corpusTarget, { files: FILES, args: ['--concurrency', String(CORES), ...noCopy] });
  rows.at(-1).notes += `; ${(poolMs / aloneMs).toFixed(2)}× the one-thread run above (${(poolMs / sideMs).toFixed(2)}× the side-by-side floor)`;
}

// The parse floor of the corpus (issue 14): read + remark-parse alone, in a process of its own like the CLI's.
const floorScript = path.join(root, 'scripts', 'bench', 'parse-floor.js');
function floor(target, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, [floorScript, target], { cwd: benchDir, encoding: 'utf8' });
    times.push(performance.now() - start);
  }
  return median(times);
}
const corpusFloor = floor(corpusTarget, 1);
const againstFloor = (ms, floorMs) => (ms ? `${(ms / floorMs).toFixed(2)}× the parse floor` : '');
rows.push({ label: `parse floor, ${FILES} files`, time: formatMs(corpusFloor), rate: `${Math.round(FILES / (corpusFloor / 1000))} files/s`, notes: 'read + unified/remark-parse only' });
for (const [label, ms] of [['one thread', serialMs], [`${cpus().length} workers`, parallelMs]]) {
  const row = rows.find((candidate) => candidate.label === `corpus, ${FILES} files, ${label}`);
  if (row) row.rate += `, ${againstFloor(ms, corpusFloor)}`;
}

// 2. the multi-megabyte file
const bigBytes = statSync(bigFile).size;
console.log(`linting a ${(bigBytes / 1024 / 1024).toFixed(1)} MB .txt…`);
const bigMs = measureLint(`${(bigBytes / 1024 / 1024).toFixed(1)} MB .txt`, path.relative(benchDir, bigFile), { runs: 3, bytes: bigBytes, memory: true });
const bigFloor = floor(path.relative(benchDir, bigFile), 3);
rows.at(-1).notes += `; ${againstFloor(bigMs, bigFloor)} (${formatMs(bigFloor)})`;

// 3. Word and PDF
const formatsDir = path.join(root, 'fixtures', 'formats');
const formatFixtures = existsSync(formatsDir) ? readdirSync(formatsDir) : [];
const notes = [];
if (flag('skip-large')) {
  notes.push('Word/PDF: skipped (--skip-large).');
} else if (!formatFixtures.some((name) => name.endsWith('.docx'))) {
  notes.push('Word/PDF: skipped — no fixtures/formats/*.docx yet (the .docx/.pdf readers are not in place).');
} else {
  // ~710 characters of text per A4 page as LibreOffice lays out this document (16 pt text, A4, default margins).
  const lines = makeLongReportLines(prng(SEED + 2), pools, PAGES * 710);
  const docx = path.join(benchDir, 'large', `report-${PAGES}p.docx`);
  mkdirSync(path.dirname(docx), { recursive: true });
  console.log(`writing a ~${PAGES}-page .docx (${lines.length} paragraphs)…`);
  const digest = await writeLargeDocx(docx, lines);
  const lo = hasLibreOffice();
  let pdf;
  let pages;
  if (!formatFixtures.some((name) => name.endsWith('.pdf'))) {
    notes.push('PDF: skipped — no fixtures/formats/*.pdf yet (the PDF reader is not in place).');
  } else if (!lo) {
    notes.push('PDF: skipped — LibreOffice (soffice) is not on the PATH, so no large PDF can be made.');
  } else {
    console.log('converting it to PDF with LibreOffice (reused on later runs)…');
    const converted = convertToPdf(lo, docx, digest);
    if ('error' in converted) notes.push(`PDF: skipped — ${converted.error}`);
    else {
      pdf = converted.file;
      pages = await pdfPageCount(pdf);
    }
  }
  const pageNote = pages === undefined ? `~${PAGES} pages (estimated)` : `${pages} pages as laid out by LibreOffice`;
  console.log('linting the .docx…');
  measureLint('large .docx', path.relative(benchDir, docx), {
    runs: 3,
    pages: pages ?? PAGES,
    extra: `${lines.length} paragraphs, ${pageNote}`,
  });
  if (pdf) {
    console.log('linting the .pdf…');
    measureLint('large .pdf', path.relative(benchDir, pdf), { runs: 3, pages: pages ?? PAGES, extra: `${pages ?? '?'} pages` });
  }
}

// 4. cold start: in rounds of bare node and each call in turn, so a shared machine that gets busier or quieter
// slows them alike; the ratio is the median over the rounds of the call's time to node's in the same round.
console.log(`cold start (${RUNS} rounds)…`);
const small = path.relative(benchDir, smallFile);
const starts = [
  { label: 'reportlint --version', args: ['--version'], notes: 'CLI start-up alone' },
  ...[smallText, smallMarkdown]
    .filter((file) => file !== undefined)
    .map((file) => path.relative(benchDir, file))
    .map((file) => ({
      label: `reportlint 1 ${file.endsWith('.md') ? '.md' : '.txt'} file (json)`,
      args: [file, '--format', 'json', '-o', path.join(outDir, 'cold.json')],
      notes: `${file}, as an editor calls it`,
    })),
  { label: 'reportlint 1 file (stylish)', args: [small], notes: 'default format, output to a pipe' },
].map((start) => ({ ...start, times: [], ratios: [], problem: undefined }));
const nodeTimes = [];
for (let i = 0; i < RUNS; i++) {
  const begin = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  const nodeRound = performance.now() - begin;
  nodeTimes.push(nodeRound);
  for (const start of starts) {
    if (start.problem !== undefined) continue;
    const run = cli(start.args);
    start.problem = failure(run);
    start.times.push(run.ms);
    start.ratios.push(run.ms / nodeRound);
  }
}
const nodeMs = median(nodeTimes);
rows.push({ label: 'node -e 0', time: `${formatMs(nodeMs)} (median of ${RUNS})`, rate: '', notes: 'bare Node start-up' });
for (const { label, notes, times, ratios, problem } of starts) {
  if (problem !== undefined) {
    rows.push({ label, time: 'failed', rate: '', notes: problem });
    continue;
  }
  const ms = median(times);
  rows.push({ label, time: `${formatMs(ms)} (median of ${RUNS})`, rate: `+${formatMs(ms - nodeMs)} over node, ${median(ratios).toFixed(2)}× node`, notes });
}

// ---------------------------------------------------------------------------------------------------------------
// Report

console.log('');
printTable(rows);
for (const note of notes) console.log(note);

// 4b. no-copied-text (issue 13): its extra cost on the corpus as one batch, and a county against a large reference pool.
if (!flag('skip-copied')) {
  const POOL = Math.round(option('pool', 10000));
  console.log(`measuring no-copied-text: the corpus as one batch, then a county against a pool of ${POOL} reports (made once, kept in .bench/copied/pool)…`);
  const { measureCopied, printCopied } = await import('./bench/copied.js');
  const copiedRows = measureCopied({ root, dir: path.join(benchDir, 'copied'), corpusDir, files: FILES, seed: SEED, pools, makeReport, prng, poolSize: POOL, countySize: Math.min(300, FILES) });
  console.log('');
  printCopied(copiedRows, { displayWidth, padEnd });
  console.log('');
}

// 5. adversarial sizes (issue 11): time per MB against a normal report's, and peak memory above the baseline.
if (!flag('skip-adversarial')) {
  console.log('\nlinting the adversarial inputs (issue 11; the 20 MB file takes a while)…');
  const adversarial = measureAdversarial({
    root,
    dir: path.join(benchDir, 'adversarial'),
    seed: SEED,
    sources: pools,
    makeLargeText,
    prng,
    smallFile,
  });
  console.log('');
  printAdversarial(adversarial, { displayWidth, padEnd });
}
if (!flag('keep-output')) rmSync(outDir, { recursive: true, force: true });
if (rows.every((row) => row.time === 'failed' || row.label === 'node -e 0')) process.exit(1);

// ---------------------------------------------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function printTable(table) {
  printRows(table, { label: 'measurement', time: 'time', rate: 'rate', notes: 'notes' }, { displayWidth, padEnd });
  console.log('');
}

function newestMtime(dirs, pattern) {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (pattern.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}
