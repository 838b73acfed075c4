/**
 * The cross-file stage (src/cli/text-index.ts, issue 13) as a user runs it: a folder whose reports copy each other,
 * last year's reports named by settings.referenceReports, --reference-index, stdin, Word input, the worker pool and
 * --cache, and a config beside the reports that may not name reference reports.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '../../src/types.js';
import { reportlint, ROOT } from './run-cli.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const SEED = readFileSync(path.join(ROOT, 'fixtures/seeds/001_778d263dd7ed8752.txt'), 'utf8');
const OTHER = readFileSync(path.join(ROOT, 'fixtures/seeds/003_fb4fb1fb4ee4856e.txt'), 'utf8');
/** The seed as next year's report: every figure and year changed, the rest kept. */
const NEXT_YEAR = SEED.replace(/\d+/g, (n) => String(Number(n) + 1));

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-copied-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const ONLY_RULE = ['--no-config-lookup', '--rule', 'no-copied-text:warn'];

function json(dir: string, args: string[], input?: string): LintResult[] {
  const run = reportlint([...args, '-f', 'json'], { cwd: dir, ...(input === undefined ? {} : { input }) });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as LintResult[];
}

const copied = (result: LintResult | undefined): LintMessage[] => (result?.messages ?? []).filter((m) => m.ruleId === 'no-copied-text');
const byName = (results: LintResult[], name: string) => results.find((result) => path.basename(result.filePath) === name);

describe('no-copied-text from the CLI', () => {
  it('a folder run compares its reports with each other, with the details in json data', () => {
    const dir = folder({ '报告/官田乡.txt': NEXT_YEAR, '报告/赵庄镇.txt': SEED, '报告/郑旗乡.txt': OTHER });
    const results = json(dir, ['报告', ...ONLY_RULE]);
    const copy = copied(byName(results, '官田乡.txt'));
    expect(copy.length).toBeGreaterThanOrEqual(5);
    for (const message of copy) {
      expect(message.data).toMatchObject({ source: '报告/赵庄镇.txt', sourceKind: 'run' });
      // The source range holds the paragraph the message names.
      const { sourceStart, sourceEnd, sourceLine } = message.data as { sourceStart: number; sourceEnd: number; sourceLine: number };
      expect(SEED.slice(0, sourceStart).split('\n').length).toBe(sourceLine);
      expect(sourceEnd).toBeGreaterThan(sourceStart);
      expect(message.message).toContain('同批报告“报告/赵庄镇.txt”');
    }
    expect(copied(byName(results, '赵庄镇.txt')).length).toBe(copy.length);
    // Written separately: nothing in common that counts.
    expect(copied(byName(results, '郑旗乡.txt'))).toEqual([]);
  });

  it('the reports of fixtures/, written separately, run as one batch in every format: no paragraph is reported', () => {
    const dirs = ['fixtures/seeds', 'fixtures/corpus/reports', 'fixtures/held-out', 'fixtures/unseen/reports'];
    const files = dirs.flatMap((dir) =>
      readdirSync(path.join(ROOT, dir))
        .filter((name) => /\.(txt|md|docx|pdf|html)$/.test(name) && !/\.(check|source)\.txt$/.test(name))
        .map((name) => `${dir}/${name}`),
    );
    expect(files.filter((file) => /\.(docx|pdf|html)$/.test(file)).length).toBeGreaterThanOrEqual(15);
    const results = json(ROOT, [...files, ...ONLY_RULE]);
    expect(results).toHaveLength(files.length);
    expect(results.flatMap((result) => copied(result).map((m) => `${result.filePath}:${m.line} ${m.message}`))).toEqual([]);
  });

  it('one report alone, without reference reports, has nothing to compare with', () => {
    const dir = folder({ '官田乡.txt': NEXT_YEAR });
    expect(copied(json(dir, ['官田乡.txt', ...ONLY_RULE])[0])).toEqual([]);
  });

  it('settings.referenceReports (relative to the config) are last year\'s reports, also for stdin', () => {
    const dir = folder({
      '2024年度/官田乡.txt': NEXT_YEAR,
      '2023年度/赵庄镇.txt': SEED,
      '2024年度/.reportlintrc.yaml': 'rules:\n  no-copied-text: warn\nsettings:\n  referenceReports: ["../2023年度/**"]\n',
    });
    const results = json(path.join(dir, '2024年度'), ['官田乡.txt']);
    const copy = copied(results[0]);
    expect(copy.length).toBeGreaterThanOrEqual(5);
    expect(copy[0]!.data).toMatchObject({ source: '../2023年度/赵庄镇.txt', sourceKind: 'reference' });
    expect(copy[0]!.message).toContain('往年报告');
    // An editor sends its buffer on stdin: compared with last year's reports too.
    const piped = json(path.join(dir, '2024年度'), ['--stdin', '--stdin-filename', '官田乡.txt'], NEXT_YEAR);
    expect(copied(piped[0]).map((m) => m.line)).toEqual(copy.map((m) => m.line));
  });

  it('a Word reference report is named by its paragraph (第N段)', () => {
    const dir = folder({ '官田乡.txt': NEXT_YEAR, '.reportlintrc.yaml': 'rules:\n  no-copied-text: warn\nsettings:\n  referenceReports: ["往年/*.docx"]\n' });
    mkdirSync(path.join(dir, '往年'));
    cpSync(path.join(ROOT, 'fixtures/formats/001_778d263dd7ed8752.docx'), path.join(dir, '往年', '赵庄镇.docx'));
    const copy = copied(json(dir, ['官田乡.txt', '--no-config-lookup', '-c', '.reportlintrc.yaml'])[0]);
    expect(copy.length).toBeGreaterThanOrEqual(5);
    expect(copy.every((m) => /往年报告“往年\/赵庄镇\.docx”第\d+段/.test(m.message))).toBe(true);
    expect(copy[0]!.data).toHaveProperty('sourceParagraph');
  });

  it('a Word report that copies is told where, by paragraph, as for every other rule', () => {
    const dir = folder({ '往年/赵庄镇.txt': NEXT_YEAR, '.reportlintrc.yaml': 'rules:\n  no-copied-text: warn\nsettings:\n  referenceReports: ["往年/**"]\n' });
    cpSync(path.join(ROOT, 'fixtures/formats/001_778d263dd7ed8752.docx'), path.join(dir, '官田乡.docx'));
    const copy = copied(json(dir, ['官田乡.docx', '--no-config-lookup', '-c', '.reportlintrc.yaml'])[0]);
    expect(copy.length).toBeGreaterThanOrEqual(5);
    for (const message of copy) {
      expect(message.paragraph).toBeGreaterThan(0);
      expect(message.excerpt).toBeTruthy();
      expect(message.data).toMatchObject({ source: '往年/赵庄镇.txt', sourceKind: 'reference' });
    }
  });

  it('a config beside the reports may not name reference reports (exit 2, one line naming the file)', () => {
    const dir = folder({ '收到的报告/甲乡/报告.txt': SEED, '收到的报告/甲乡/.reportlintrc.json': '{"settings":{"referenceReports":["/etc/**"]}}' });
    const run = reportlint(['收到的报告'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('收到的报告/甲乡/.reportlintrc.json');
    expect(run.stderr).toContain('settings.referenceReports');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--reference-index saves the pool, reuses it unchanged, rebuilds it when the pool changes', () => {
    const dir = folder({
      '2024年度/官田乡.txt': NEXT_YEAR,
      '2023年度/赵庄镇.txt': OTHER,
      'county.yaml': 'rules:\n  no-copied-text: warn\nsettings:\n  referenceReports: ["2023年度/**"]\n',
    });
    const args = ['2024年度', '--no-config-lookup', '-c', 'county.yaml', '--reference-index', '索引/参考.idx'];
    // The folder for the index does not exist: made as a cache file's would be? No: the file must be writable.
    mkdirSync(path.join(dir, '索引'));
    expect(copied(json(dir, args)[0])).toEqual([]);
    const index = path.join(dir, '索引/参考.idx');
    expect(existsSync(index)).toBe(true);
    const first = readFileSync(index);
    // Unchanged pool: the file is used as it is (not rewritten).
    const before = statSync(index).mtimeMs;
    json(dir, args);
    expect(statSync(index).mtimeMs).toBe(before);
    // Last year's report replaced: the index is rebuilt, and the copy found.
    writeFileSync(path.join(dir, '2023年度/赵庄镇.txt'), SEED);
    expect(copied(json(dir, args)[0]).length).toBeGreaterThanOrEqual(5);
    expect(readFileSync(index).equals(first)).toBe(false);
    // An index handed on: no pool in the config, the saved index is used as it is.
    writeFileSync(path.join(dir, 'plain.yaml'), 'rules:\n  no-copied-text: warn\n');
    rmSync(path.join(dir, '2023年度'), { recursive: true });
    const handed = copied(json(dir, ['2024年度', '--no-config-lookup', '-c', 'plain.yaml', '--reference-index', '索引/参考.idx'])[0]);
    expect(handed.length).toBeGreaterThanOrEqual(5);
    expect(handed[0]!.data).toMatchObject({ source: '2023年度/赵庄镇.txt', sourceKind: 'reference' });
  });

  it('--reference-index refuses a file that is not an index, and leaves it as it was', () => {
    const dir = folder({ '官田乡.txt': NEXT_YEAR, '重要.docx': 'not an index', 'county.yaml': 'rules:\n  no-copied-text: warn\nsettings:\n  referenceReports: ["往年/**"]\n' });
    const run = reportlint(['官田乡.txt', '--no-config-lookup', '-c', 'county.yaml', '--reference-index', '重要.docx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不是 reportlint 的参考报告索引文件');
    expect(readFileSync(path.join(dir, '重要.docx'), 'utf8')).toBe('not an index');
    const none = reportlint(['官田乡.txt', ...ONLY_RULE, '--reference-index', '没有.idx'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('settings.referenceReports');
  });

  it('--reference-index: an index of another version (or a damaged one) is rebuilt from the pool, or, with no pool to rebuild it from, refused saying so', () => {
    const dir = folder({
      '2024年度/官田乡.txt': NEXT_YEAR,
      '2023年度/赵庄镇.txt': SEED,
      'county.yaml': 'rules:\n  no-copied-text: warn\nsettings:\n  referenceReports: ["2023年度/**"]\n',
      'plain.yaml': 'rules:\n  no-copied-text: warn\n',
    });
    // An index as an older reportlint wrote it: the same magic, another format in its header.
    const header = Buffer.from(JSON.stringify({ format: 'reportlint-text-index/3 k5 w4 h30', documents: [], paragraphs: 0, keys: 0, common: 0 }));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(header.length);
    const old = Buffer.concat([Buffer.from('RLTXIDX1'), size, header]);
    writeFileSync(path.join(dir, '旧.idx'), old);
    const handed = reportlint(['2024年度', '--no-config-lookup', '-c', 'plain.yaml', '--reference-index', '旧.idx'], { cwd: dir });
    expect(handed.code).toBe(2);
    expect(handed.stderr).toContain('另一版本的 reportlint');
    expect(handed.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path.join(dir, '旧.idx')).equals(old)).toBe(true);
    // A damaged index of this version (cut short) is refused the same way, and left as it was.
    writeFileSync(path.join(dir, '坏.idx'), Buffer.concat([Buffer.from('RLTXIDX1'), Buffer.alloc(2)]));
    const damaged = reportlint(['2024年度', '--no-config-lookup', '-c', 'plain.yaml', '--reference-index', '坏.idx'], { cwd: dir });
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toContain('或已损坏');
    expect(readFileSync(path.join(dir, '坏.idx')).length).toBe(10);
    // With the pool named, it is rebuilt over, and the copy is found.
    expect(copied(json(dir, ['2024年度', '--no-config-lookup', '-c', 'county.yaml', '--reference-index', '旧.idx'])[0]).length).toBeGreaterThanOrEqual(5);
    expect(readFileSync(path.join(dir, '旧.idx')).equals(old)).toBe(false);
  });

  it('the worker pool and --cache give what a serial run gives; a change in another report invalidates the cache', () => {
    const files: Record<string, string> = { '报告/官田乡.txt': NEXT_YEAR, '报告/赵庄镇.txt': SEED };
    const seeds = ['000_452fc7be030a272b', '002_10dd5ecf361dedb7', '003_fb4fb1fb4ee4856e', '004_ce0fc0e530b0009c'];
    for (const name of seeds) files[`报告/${name}.txt`] = readFileSync(path.join(ROOT, `fixtures/seeds/${name}.txt`), 'utf8');
    for (const name of seeds) files[`报告/${name}.next.txt`] = files[`报告/${name}.txt`]!.replace(/\d+/g, (n) => String(Number(n) + 2));
    // The workers read and analyse the files for the index: a Word copy is placed by its paragraphs there too, and
    // a file they cannot read is left out of the index (and reported unreadable) as on the main thread.
    const withWord = { ...files, '报告/0赵庄镇（Word稿）.docx': readFileSync(path.join(ROOT, 'fixtures/formats/001_778d263dd7ed8752.docx')), '报告/损坏.docx': Buffer.from('PK not a zip') };
    const mixed = folder(withWord);
    const serialMixed = reportlint(['报告', ...ONLY_RULE, '--concurrency', 'off', '-f', 'json'], { cwd: mixed });
    const poolMixed = reportlint(['报告', ...ONLY_RULE, '--concurrency', '2', '-f', 'json'], { cwd: mixed });
    expect([poolMixed.code, poolMixed.stdout]).toEqual([serialMixed.code, serialMixed.stdout]);
    expect(serialMixed.code).toBe(2);
    const mixedResults = JSON.parse(serialMixed.stdout) as LintResult[];
    expect(copied(byName(mixedResults, '赵庄镇.txt')).some((message) => message.data?.sourceParagraph !== undefined)).toBe(true);

    const dir = folder(files);
    const serial = json(dir, ['报告', ...ONLY_RULE, '--concurrency', 'off']);
    const pool = json(dir, ['报告', ...ONLY_RULE, '--concurrency', '2']);
    expect(pool).toEqual(serial);
    expect(serial.filter((result) => copied(result).length > 0)).toHaveLength(10);
    const cached = json(dir, ['报告', ...ONLY_RULE, '--cache']);
    expect(cached).toEqual(serial);
    expect(json(dir, ['报告', ...ONLY_RULE, '--cache'])).toEqual(serial);
    // 赵庄镇 is unchanged, but the report it shared paragraphs with is rewritten: its findings go.
    writeFileSync(path.join(dir, '报告/官田乡.txt'), OTHER.replace(/\d+/g, (n) => String(Number(n) + 3)));
    expect(copied(byName(json(dir, ['报告', ...ONLY_RULE, '--cache']), '赵庄镇.txt'))).toEqual([]);
  });
});
