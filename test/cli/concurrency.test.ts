/**
 * --concurrency (src/cli/pool.ts, src/cli/parallel.ts, src/cli/lint-worker.ts; issue 14): a run on the worker pool
 * prints exactly what the serial run prints — every format, in order, with the same exit code — also with unreadable
 * and ignored files, a county config with custom rules and a plugin, and --cache; --fix stays serial.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { FILES_PER_WORKER, workerCount } from '../../src/cli/concurrency.js';
import { reportlint, ROOT } from './run-cli.js';

const PLUGIN = `export const rules = { 'no-word': { meta: { id: 'no-word', description: '不得出现“工作”', descriptionEn: 'no 工作', messages: { found: { zh: '出现了“工作”', en: '工作 found' } } }, check(context) { let at = context.text.indexOf('工作'); while (at >= 0) { context.report({ messageId: 'found', range: [at, at + 2] }); at = context.text.indexOf('工作', at + 2); } } } };\n`;
const CONFIG = `extends: reportlint:recommended
plugins: [./plugin.mjs]
rules:
  plugin/no-word: warn
customRules:
  - id: 写明审核
    kind: require
    patterns: [审核意见]
    message: 请写明审核意见
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reportlint-concurrency-'));
  const folder = path.join(dir, '报送');
  mkdirSync(folder);
  for (const name of readdirSync(path.join(ROOT, 'fixtures/seeds')).filter((file) => file.endsWith('.txt'))) {
    cpSync(path.join(ROOT, 'fixtures/seeds', name), path.join(folder, name));
  }
  for (const ext of ['docx', 'pdf', 'html']) {
    cpSync(path.join(ROOT, `fixtures/formats/001_778d263dd7ed8752.${ext}`), path.join(folder, `001.${ext}`));
    cpSync(path.join(ROOT, `fixtures/formats/002_10dd5ecf361dedb7.${ext}`), path.join(folder, `002.${ext}`));
  }
  cpSync(path.join(ROOT, 'fixtures/cli/mixed/左岚乡报告.doc'), path.join(folder, '左岚乡报告.doc'));
  cpSync(path.join(ROOT, 'fixtures/read/scan.pdf'), path.join(folder, '扫描件.pdf'));
  mkdirSync(path.join(folder, '附件'));
  writeFileSync(path.join(folder, '附件', '说明.txt'), '附件');
  writeFileSync(path.join(dir, 'plugin.mjs'), PLUGIN);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return reportlint(['报送', ...args], { cwd: dir, timeout: 120_000 });
}

describe('--concurrency', () => {
  it('prints what the serial run prints, in every format, with the same exit code', () => {
    for (const format of ['json-with-metadata', 'stylish', 'unix', 'table']) {
      const serial = run(['-f', format, '--concurrency', 'off']);
      const parallel = run(['-f', format, '--concurrency', '3']);
      expect(parallel.code, format).toBe(serial.code);
      expect(parallel.stdout, format).toBe(serial.stdout);
      expect(parallel.stderr, format).toBe(serial.stderr);
    }
    const results = JSON.parse(run(['-f', 'json', '--concurrency', '2']).stdout) as LintResult[];
    // Unreadable files are results too, in their place.
    expect(results.filter((result) => result.fatalErrorCount > 0).map((result) => path.basename(result.filePath)).sort()).toEqual(['左岚乡报告.doc', '扫描件.pdf']);
  }, 240_000);

  it('runs plugins and custom rules in the workers as on the main thread', () => {
    writeFileSync(path.join(dir, '.reportlintrc.yaml'), CONFIG);
    try {
      const serial = run(['-f', 'json', '--concurrency', 'off']);
      const parallel = run(['-f', 'json', '--concurrency', '2']);
      expect(parallel.stderr).toBe('');
      expect(parallel.stdout).toBe(serial.stdout);
      const results = JSON.parse(parallel.stdout) as LintResult[];
      const rules = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)));
      expect(rules.has('plugin/no-word')).toBe(true);
      expect(rules.has('写明审核')).toBe(true);
    } finally {
      rmSync(path.join(dir, '.reportlintrc.yaml'));
    }
  }, 120_000);

  it('shares --cache with the serial run', () => {
    const cache = path.join(dir, 'cache.json');
    const first = run(['-f', 'json', '--concurrency', '2', '--cache', '--cache-location', cache]);
    // The cache file: a header line, then a line per file.
    const entries = readFileSync(cache, 'utf8').split('\n').filter((line) => line !== '').slice(1);
    expect(entries.length).toBe(11); // every readable report (5 seeds, 2 × Word, PDF, HTML)
    expect(run(['-f', 'json', '--concurrency', 'off', '--cache', '--cache-location', cache]).stdout).toBe(first.stdout);
    expect(run(['-f', 'json', '--concurrency', '2', '--cache', '--cache-location', cache]).stdout).toBe(first.stdout);
  }, 120_000);

  it('refuses a value that is not a number, auto or off', () => {
    for (const value of ['0', 'many', '-1', '1.5']) {
      const bad = run(['--concurrency', value]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--concurrency 的值');
    }
  });

  it('uses workers for auto as ESLint does: half the cores, one for every 50 files, never for one file', () => {
    expect(workerCount('off', 100)).toBe(0);
    expect(workerCount(4, 1)).toBe(0);
    expect(workerCount(4, 3)).toBe(3);
    // A lint thread keeps more than one core busy: on 2 cores auto stays on the main thread.
    expect(workerCount('auto', 10_000, 2)).toBe(0);
    expect(workerCount('auto', 10_000, 3)).toBe(0);
    expect(workerCount('auto', 10_000, 8)).toBe(4);
    expect(workerCount('auto', FILES_PER_WORKER, 8)).toBe(0);
    expect(workerCount('auto', FILES_PER_WORKER + 1, 8)).toBe(2);
    expect(workerCount('auto', 3 * FILES_PER_WORKER, 16)).toBe(3);
  });

  it('sends a file to the worker that analysed it (which keeps the analysis) when it is free, else to a free one', async () => {
    // The built pool: its workers are the built lint-worker.js, as the CLI starts them.
    const { LintPool } = (await import(pathToFileURL(path.join(ROOT, 'dist/src/cli/pool.js')).href)) as typeof import('../../src/cli/pool.js');
    const pool = new LintPool(2, { loader: { cwd: ROOT, useConfigLookup: false }, lintOptions: {}, locale: 'zh', keepCharacters: 1_000_000 });
    const filePath = path.join(ROOT, 'fixtures/seeds/001_778d263dd7ed8752.txt');
    try {
      const analysed = await pool.run({ id: -1, filePath, analyse: true });
      expect('analysed' in analysed.reply).toBe(true);
      for (const worker of [0, 1, analysed.worker]) expect((await pool.run({ id: 1, filePath }, worker)).worker).toBe(worker);
      // Two files for one worker at once: the other worker takes the second rather than wait.
      const both = await Promise.all([pool.run({ id: 2, filePath }, 0), pool.run({ id: 3, filePath }, 0)]);
      expect(both.map((done) => done.worker).sort()).toEqual([0, 1]);
      expect(both.every((done) => 'result' in done.reply)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('fixes one file at a time, as before', () => {
    const fixDir = mkdtempSync(path.join(tmpdir(), 'reportlint-concurrency-fix-'));
    try {
      const names = readdirSync(path.join(ROOT, 'fixtures/seeds')).filter((file) => file.endsWith('.txt'));
      for (const [index, name] of [...names, ...names].entries()) cpSync(path.join(ROOT, 'fixtures/seeds', name), path.join(fixDir, `${index}-${name}`));
      const fixed = reportlint(['.', '--fix', '--concurrency', '4', '-f', 'json'], { cwd: fixDir });
      const results = JSON.parse(fixed.stdout) as LintResult[];
      expect(results).toHaveLength(names.length * 2);
      expect(results.every((result) => result.fixableErrorCount + result.fixableWarningCount === 0)).toBe(true);
    } finally {
      rmSync(fixDir, { recursive: true, force: true });
    }
  }, 120_000);
});
