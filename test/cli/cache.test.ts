/**
 * --cache and --cache-location (src/cli/cache.ts, issue 14). A cache hit is observed by planting a marker in the
 * cached result: the next run prints the marker only if it served the result from the cache, and prints the real
 * findings again once anything the result depends on changes.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/cli/cache.js';
import type { LintResult, LintMessage } from '../../src/types.js';
import { reportlint, ROOT } from './run-cli.js';

const MARK = '（来自缓存的标记）';
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A folder with three seed reports (as .txt and one as .docx) and, optionally, files of a config. */
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-cache-'));
  temps.push(dir);
  mkdirSync(path.join(dir, '报告'));
  for (const name of readdirSync(path.join(ROOT, 'fixtures/seeds')).filter((file) => file.endsWith('.txt')).slice(0, 3)) {
    cpSync(path.join(ROOT, 'fixtures/seeds', name), path.join(dir, '报告', name));
  }
  cpSync(path.join(ROOT, 'fixtures/formats/001_778d263dd7ed8752.docx'), path.join(dir, '报告', '001.docx'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

function json(dir: string, args: string[] = []): LintResult[] {
  const run = reportlint(['报告', '-f', 'json', ...args], { cwd: dir });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as LintResult[];
}

interface CacheFile {
  header: { format: number; version: string };
  entries: Array<{ filePath: string; key: string; result: string }>;
}

/** The cache file as src/cli/cache.ts writes it: a header line, then per file `["path","key"]`, a tab, the result's JSON. */
function readCache(cacheFile: string): CacheFile {
  const [header, ...lines] = readFileSync(cacheFile, 'utf8').split('\n').filter((line) => line !== '');
  return {
    header: JSON.parse(header!) as CacheFile['header'],
    entries: lines.map((line) => {
      const tab = line.indexOf('\t');
      const [filePath, key] = JSON.parse(line.slice(0, tab)) as [string, string];
      return { filePath, key, result: line.slice(tab + 1) };
    }),
  };
}

function writeCache(cacheFile: string, cache: CacheFile): void {
  const lines = [JSON.stringify(cache.header), ...cache.entries.map(({ filePath, key, result }) => `${JSON.stringify([filePath, key])}\t${result}`)];
  writeFileSync(cacheFile, `${lines.join('\n')}\n`);
}

/** Marks every cached result's first message, so a run served from the cache shows MARK. */
function plantMarks(cacheFile: string): void {
  // Each result is kept as its own JSON text.
  const cache = readCache(cacheFile);
  for (const entry of cache.entries) {
    const result = JSON.parse(entry.result) as LintResult;
    if (result.messages[0]) result.messages[0].message += MARK;
    entry.result = JSON.stringify(result);
  }
  writeCache(cacheFile, cache);
}

const marked = (results: LintResult[]) => results.filter((result) => result.messages.some((message) => message.message.endsWith(MARK))).length;

describe('the cache file', () => {
  it('keeps results of any size a line each, written and read a chunk at a time, in Chinese as written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-cache-lines-'));
    try {
      const file = path.join(dir, 'cache');
      const message = (i: number): LintMessage => ({ ruleId: 'terminology', severity: 2, message: `用语不规范：“法制政府”应为“法治政府”（第${i}处）`, line: i, column: 1 });
      // Results of 0, 1 and 3,000 messages: the last is a line of several hundred kilobytes, longer than a read chunk.
      const results = [0, 1, 3000].map((count, n): LintResult => ({
        filePath: `/报告/${n}.txt`,
        messages: Array.from({ length: count }, (_, i) => message(i + 1)),
        suppressedMessages: [],
        errorCount: count,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        fatalErrorCount: 0,
      }));
      const cache = await ResultCache.open(file, '9.9.9');
      results.forEach((result, n) => cache.set(result.filePath, `key${n}`, result));
      expect(await cache.save()).toBeUndefined();
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(lines).toHaveLength(results.length + 2);
      expect(lines.at(-1)).toBe('');
      expect(lines[3]!.length).toBeGreaterThan(200_000);
      const again = await ResultCache.open(file, '9.9.9');
      results.forEach((result, n) => {
        expect(again.get(result.filePath, `key${n}`)).toEqual(result);
        expect(again.get(result.filePath, 'another key')).toBeUndefined();
      });
      // Another version's cache is not used.
      expect((await ResultCache.open(file, '1.0.0')).get(results[0]!.filePath, 'key0')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--cache', () => {
  it('gives the same results as a run without it, then serves unchanged files from the cache', () => {
    const dir = folder();
    const plain = json(dir);
    expect(json(dir, ['--cache'])).toEqual(plain);
    const cacheFile = path.join(dir, '.reportlintcache');
    expect(existsSync(cacheFile)).toBe(true);
    expect(json(dir, ['--cache'])).toEqual(plain);
    plantMarks(cacheFile);
    // Every file has findings, and every one comes from the cache.
    expect(marked(json(dir, ['--cache']))).toBe(plain.length);
    // Without --cache the cache is not read.
    expect(marked(json(dir))).toBe(0);
  });

  it('lints a file again when its content changes, and only that file (no rule compares the reports)', () => {
    const dir = folder();
    // no-copied-text's findings on every file depend on the others: with it on, a change relints the run (next test).
    const off = ['--cache', '--rule', 'no-copied-text: off'];
    json(dir, off);
    plantMarks(path.join(dir, '.reportlintcache'));
    const [first] = readdirSync(path.join(dir, '报告')).filter((name) => name.endsWith('.txt'));
    writeFileSync(path.join(dir, '报告', first!), `${readFileSync(path.join(dir, '报告', first!), 'utf8')}\n补充一段。\n`);
    const results = json(dir, off);
    expect(marked(results)).toBe(results.length - 1);
    expect(results.find((result) => result.filePath.endsWith(first!))!.messages.some((message) => message.message.endsWith(MARK))).toBe(false);
  });

  it('with no-copied-text on, a change of any report lints the run again (each report is compared with the others)', () => {
    const dir = folder();
    json(dir, ['--cache']);
    plantMarks(path.join(dir, '.reportlintcache'));
    expect(marked(json(dir, ['--cache']))).toBeGreaterThan(0);
    const [first] = readdirSync(path.join(dir, '报告')).filter((name) => name.endsWith('.txt'));
    writeFileSync(path.join(dir, '报告', first!), `${readFileSync(path.join(dir, '报告', first!), 'utf8')}\n补充一段。\n`);
    expect(marked(json(dir, ['--cache']))).toBe(0);
  });

  it('is invalidated by a change among the reference reports (settings.referenceReports)', () => {
    const dir = folder({ '.reportlintrc.yaml': 'extends: reportlint:recommended\nsettings:\n  referenceReports: ["往年/**"]\n' });
    mkdirSync(path.join(dir, '往年'));
    writeFileSync(path.join(dir, '往年', '2023年.txt'), '上一年度的报告，只有一段与今年的报告都不相同的文字，讲的是行政复议案件的办理情况和结果。\n');
    json(dir, ['--cache']);
    plantMarks(path.join(dir, '.reportlintcache'));
    expect(marked(json(dir, ['--cache']))).toBeGreaterThan(0);
    // Last year's folder gains a report: every report must be compared with it again.
    cpSync(path.join(ROOT, 'fixtures/seeds/004_ce0fc0e530b0009c.txt'), path.join(dir, '往年', '2023年（二）.txt'));
    expect(marked(json(dir, ['--cache']))).toBe(0);
  });

  it.each([
    ['a rule setting', { '.reportlintrc.yaml': 'rules:\n  terminology: off\n' }],
    ['a setting', { '.reportlintrc.yaml': 'settings:\n  reportYear: 2021\n' }],
    [
      'a custom rule',
      { '.reportlintrc.yaml': 'customRules:\n  - id: 写明审核\n    kind: require\n    patterns: [审核意见]\n    message: 请写明审核意见\n' },
    ],
  ])('is invalidated by a change of %s in the config', (_name, change: Record<string, string>) => {
    const dir = folder({ '.reportlintrc.yaml': 'extends: reportlint:recommended\n' });
    json(dir, ['--cache']);
    plantMarks(path.join(dir, '.reportlintcache'));
    expect(marked(json(dir, ['--cache']))).toBeGreaterThan(0);
    for (const [name, content] of Object.entries(change)) writeFileSync(path.join(dir, name), `extends: reportlint:recommended\n${content}`);
    expect(marked(json(dir, ['--cache']))).toBe(0);
  });

  it('is invalidated by a change of the options that change results (locale, --rule)', () => {
    const dir = folder();
    json(dir, ['--cache']);
    plantMarks(path.join(dir, '.reportlintcache'));
    expect(marked(json(dir, ['--cache', '--locale', 'en']))).toBe(0);
    expect(marked(json(dir, ['--cache', '--rule', 'terminology: off']))).toBe(0);
  });

  it('is invalidated by a change of a plugin file', () => {
    const plugin = (word: string) =>
      `export const rules = { 'no-word': { meta: { id: 'no-word', description: '不得出现${word}', descriptionEn: 'no ${word}', severity: 'warn', messages: { found: { zh: '出现了${word}', en: '${word} found' } } }, check(context) { const at = context.text.indexOf('${word}'); if (at >= 0) context.report({ messageId: 'found', range: [at, at + 1] }); } } };\n`;
    const dir = folder({ 'plugin.mjs': plugin('法治'), '.reportlintrc.yaml': 'plugins: [./plugin.mjs]\nrules:\n  plugin/no-word: warn\n' });
    const before = json(dir, ['--cache']);
    plantMarks(path.join(dir, '.reportlintcache'));
    expect(marked(json(dir, ['--cache']))).toBe(before.length);
    writeFileSync(path.join(dir, 'plugin.mjs'), `${plugin('法治')}// changed\n`);
    expect(marked(json(dir, ['--cache']))).toBe(0);
  });

  it('ignores a cache of another reportlint version, a corrupt cache and damaged entries, and replaces them', () => {
    const dir = folder();
    const plain = json(dir);
    const cacheFile = path.join(dir, '.reportlintcache');
    json(dir, ['--cache']);
    plantMarks(cacheFile);
    const data = readCache(cacheFile);
    writeCache(cacheFile, { ...data, header: { ...data.header, version: '0.0.0-other' } });
    expect(json(dir, ['--cache'])).toEqual(plain);
    // The format of an older reportlint: one JSON object holding every entry.
    writeFileSync(cacheFile, JSON.stringify({ format: 2, version: data.header.version, entries: {} }));
    expect(json(dir, ['--cache'])).toEqual(plain);

    const header = JSON.stringify(data.header);
    const corrupts = ['{"format": 1, "entr', '', 'null', '[1,2]', '\u0000\u0001binary', `${header}\nno tab here\n[1, 2]\t{}\n["a"]\t{}\n[\t\n`];
    for (const corrupt of corrupts) {
      writeFileSync(cacheFile, corrupt);
      expect(json(dir, ['--cache'])).toEqual(plain);
      expect(readCache(cacheFile).header).toEqual(data.header);
    }

    const good = readCache(cacheFile);
    expect(good.entries.length).toBeGreaterThan(0);
    for (const damaged of [JSON.stringify({ filePath: 1, messages: 'none' }), '{"filePath": "cut', '"a string"', '']) {
      for (const entry of good.entries) entry.result = damaged;
      writeCache(cacheFile, good);
      expect(json(dir, ['--cache'])).toEqual(plain);
    }
  });

  it('writes where --cache-location says: a file, or a folder', () => {
    const dir = folder();
    mkdirSync(path.join(dir, '缓存'));
    json(dir, ['--cache', '--cache-location', '缓存']);
    expect(existsSync(path.join(dir, '缓存', '.reportlintcache'))).toBe(true);
    json(dir, ['--cache', '--cache-location', 'my-cache.json']);
    expect(existsSync(path.join(dir, 'my-cache.json'))).toBe(true);
    expect(existsSync(path.join(dir, '.reportlintcache'))).toBe(false);
  });

  it('a cache that cannot be written is a warning, not a failure', () => {
    const dir = folder();
    const run = reportlint(['报告', '-f', 'json', '--cache', '--cache-location', path.join(dir, 'no-such-folder', 'x', 'cache.json')], { cwd: dir });
    expect(run.code).toBe(1); // the findings
    expect(run.stderr).toContain('无法写入缓存文件');
    expect(JSON.parse(run.stdout)).toEqual(json(dir));
  });

  it('is not used with --fix', () => {
    const dir = folder();
    json(dir, ['--cache']);
    plantMarks(path.join(dir, '.reportlintcache'));
    const run = reportlint(['报告', '-f', 'json', '--cache', '--fix-dry-run'], { cwd: dir });
    expect((JSON.parse(run.stdout) as LintResult[]).some((result) => result.messages.some((message) => message.message.endsWith(MARK)))).toBe(false);
  });
});
