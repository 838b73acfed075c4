/**
 * The cost of no-copied-text (issue 13), each row measured in a process of its own with its peak memory:
 * - the corpus as one batch on one thread, with the rule and without it (the extra cost of comparing every report
 *   with every other one);
 * - a county's reports against a reference pool of `poolSize` reports (a province archive): first without a pool,
 *   then with the pool read and its index saved (--reference-index), then with the saved index reused.
 *
 * The corpus is made of recombined real paragraphs, so nearly every paragraph in it has copies elsewhere: a worst case
 * for the index (long lists per fingerprint). The pool's reports are rewritten character by character (each report its
 * own substitution of Han characters), so they share as little with each other as separately written reports do.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadSources, makeCopiedVariants } from '../lib/copy-variants.js';
import { printTable as printRows } from './table.js';

/** A report with its Han characters replaced, consistently within the report, by others: its own wording. */
function rewritten(text, random) {
  const table = new Map();
  return text.replace(/[\u4e00-\u9fa5]/g, (char) => {
    let other = table.get(char);
    if (other === undefined) {
      other = String.fromCharCode(0x4e00 + random.int(0, 0x51a5));
      table.set(char, other);
    }
    return other;
  });
}

export function measureCopied({ root, dir, corpusDir, files, seed, pools, makeReport, prng, poolSize, countySize }) {
  const measure = path.join(root, 'scripts', 'bench', 'measure.js');
  rmSync(path.join(dir, 'out'), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'out'), { recursive: true });
  const run = (label, args, cwd) => {
    const usageFile = path.join(dir, 'out', 'usage.json');
    const output = path.join(dir, 'out', 'result.json');
    rmSync(usageFile, { force: true });
    const started = performance.now();
    const child = spawnSync(process.execPath, [measure, ...args, '--format', 'json', '-o', output], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, REPORTLINT_BENCH_USAGE: usageFile },
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - started;
    const problem = child.status !== 0 && child.status !== 1 ? `exit ${child.status}: ${(child.stderr ?? '').trim().split('\n')[0]}` : undefined;
    let usage;
    let copied = 0;
    try {
      usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      for (const result of JSON.parse(readFileSync(output, 'utf8'))) copied += result.messages.filter((m) => m.ruleId === 'no-copied-text').length;
    } catch {
      // reported as the problem
    }
    return { label, ms, peakMB: usage ? usage.maxRSS / 1024 : undefined, copied, problem };
  };

  const rows = [];
  // 1. The corpus as one batch, one thread, with and without the rule.
  const corpusTarget = path.relative(path.dirname(corpusDir), corpusDir);
  const base = ['--no-config-lookup', '--concurrency', 'off'];
  const without = run(`corpus, ${files} files, one thread, rule off`, [corpusTarget, ...base, '--rule', 'no-copied-text: off'], path.dirname(corpusDir));
  const withRule = run(`corpus, ${files} files, one thread, rule on`, [corpusTarget, ...base, '--rule', 'no-copied-text: warn'], path.dirname(corpusDir));
  rows.push(without, { ...withRule, extra: without.ms ? `+${((withRule.ms / without.ms - 1) * 100).toFixed(0)}% time, +${(withRule.peakMB - without.peakMB).toFixed(0)} MB peak` : '' });

  // 2. A county against a pool of last year's reports.
  const poolDir = path.join(dir, 'pool');
  const countyDir = path.join(dir, 'county');
  const marker = path.join(poolDir, `.made-${poolSize}-${seed}`);
  if (!existsSync(marker)) {
    rmSync(poolDir, { recursive: true, force: true });
    mkdirSync(poolDir, { recursive: true });
    const random = prng(seed + 7);
    const width = String(poolSize).length;
    for (let i = 1; i <= poolSize; i++) {
      const report = makeReport(random, pools);
      // A thousand reports a folder, as an archive keeps them by year and unit.
      const sub = path.join(poolDir, String(Math.floor((i - 1) / 1000)));
      if ((i - 1) % 1000 === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `${String(i).padStart(width, '0')}${report.ext}`), rewritten(report.text, random));
    }
    writeFileSync(marker, '');
  }
  rmSync(countyDir, { recursive: true, force: true });
  mkdirSync(countyDir, { recursive: true });
  // The county: reports of the corpus and, among them, copied variants of the fixture reports
  // (scripts/lib/copy-variants.js, as the accuracy test makes them), with the reports they copy from.
  const { files: variants } = makeCopiedVariants({ sources: loadSources(root), seed, count: 20 });
  const countyFiles = readdirSync(corpusDir).sort().slice(0, Math.max(0, countySize - variants.length * 2));
  for (const name of countyFiles) writeFileSync(path.join(countyDir, name), readFileSync(path.join(corpusDir, name)));
  const sources = new Map(loadSources(root).map((source) => [source.name.replace(/\.[^.]+$/, ''), source.text]));
  for (const variant of variants) {
    writeFileSync(path.join(countyDir, variant.name), variant.text);
    const from = variant.name.replace(/^.*-from-/, '').replace(/\.txt$/, '');
    if (sources.has(from)) writeFileSync(path.join(countyDir, `${from}.txt`), sources.get(from));
  }
  const countyCount = readdirSync(countyDir).length;
  // Every rule on, as a county runs them; no-copied-text is in reportlint:recommended.
  writeFileSync(path.join(dir, 'pool.yaml'), 'extends: reportlint:recommended\nsettings:\n  referenceReports: ["pool/**"]\n');
  writeFileSync(path.join(dir, 'nopool.yaml'), 'extends: reportlint:recommended\n');
  const index = path.join(dir, 'out', 'pool.idx');
  const county = ['county', '--no-config-lookup', '--concurrency', 'off'];
  const off = run(`county of ${countyCount}, rule off`, [...county, '-c', 'nopool.yaml', '--rule', 'no-copied-text: off'], dir);
  const alone = run(`county of ${countyCount}, rule on, no pool`, [...county, '-c', 'nopool.yaml'], dir);
  const built = run(`county of ${countyCount}, pool of ${poolSize}: read, index saved`, [...county, '-c', 'pool.yaml', '--reference-index', index], dir);
  const indexMB = existsSync(index) ? statSync(index).size / 1024 / 1024 : 0;
  const reused = run(`county of ${countyCount}, pool of ${poolSize}: saved index reused`, [...county, '-c', 'pool.yaml', '--reference-index', index], dir);
  const over = (row) => (alone.ms && row.ms ? `+${((row.ms - alone.ms) / 1000).toFixed(2)} s, +${(row.peakMB - alone.peakMB).toFixed(0)} MB peak over no pool` : '');
  rows.push(off, { ...alone, extra: off.ms ? `+${((alone.ms - off.ms) / 1000).toFixed(2)} s, +${(alone.peakMB - off.peakMB).toFixed(0)} MB peak over rule off` : '' }, { ...built, extra: `${over(built)}; index file ${indexMB.toFixed(1)} MB` }, { ...reused, extra: over(reused) });
  return rows;
}

export function printCopied(rows, width) {
  const table = rows.map((row) => ({
    label: row.label,
    time: row.problem ? 'failed' : row.ms >= 1000 ? `${(row.ms / 1000).toFixed(2)} s` : `${row.ms.toFixed(0)} ms`,
    peak: row.peakMB === undefined ? '?' : `${row.peakMB.toFixed(0)} MB`,
    notes: [row.problem, `${row.copied} copied paragraphs`, row.extra].filter(Boolean).join('; '),
  }));
  printRows(table, { label: 'no-copied-text (issue 13)', time: 'time', peak: 'peak RSS', notes: 'notes' }, width);
}
