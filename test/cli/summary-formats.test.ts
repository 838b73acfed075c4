/**
 * Issue 10, the summary formatters: on a folder holding the five seeds as text, Word, PDF and a saved web page,
 * `--format table` and `--format xlsx -o` show exactly the statutory ✓/✗ and the counts `--format json` gives for the
 * same files. Each summary is derived here from the json results, independently of src/formatters/summary.ts, and
 * compared cell by cell with the table's text and with the workbook read back by exceljs. The exit codes are json's.
 * The same report in four formats is found copied in the others (no-copied-text), so both show the copied share, also
 * derived here from json's `data`; and a folder holding a report and a copy of it (unit and numbers changed) shows it
 * in the table's 照搬 column.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { parseTable } from '../formatters/table-cells.js';
import { BIN, reportlint, ROOT, type Run } from './run-cli.js';

const MARK = { pass: '✓', fail: '✗', error: '!' } as const;
const NOT_CHECKED = '—';

/** The temp folder: fixtures/seeds/*.txt and fixtures/formats/*.{docx,pdf,html} (not the .indent.pdf copies). */
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-summary-'));
  const copy = (from: string, test: (name: string) => boolean) => {
    for (const name of readdirSync(path.join(ROOT, from)).filter(test)) copyFileSync(path.join(ROOT, from, name), path.join(dir, name));
  };
  copy('fixtures/seeds', (name) => name.endsWith('.txt'));
  copy('fixtures/formats', (name) => /\.(docx|html)$/.test(name) || (name.endsWith('.pdf') && !name.endsWith('.indent.pdf')));
  return dir;
}

/** What json says, as the rows a summary must show: every cell derived here from the json fields. */
interface Expected {
  columns: Array<{ ruleId: string; item: string }>;
  rows: Array<{ file: string; unit?: string; year?: number; marks: string[]; errors: number; warnings: number; suppressed: number; top: string; copied?: Copied }>;
  totals: { passed: string[]; errors: number; warnings: number; files: number; withErrors: number; unreadable: number };
}

/** What no-copied-text found of a report elsewhere, from json's `data`: the share, the report with most, its kind. */
interface Copied {
  share: number;
  source: string;
  kind: string;
}

function copiedOf(result: LintResult): Copied | undefined {
  const found = result.messages.filter((message) => message.ruleId === 'no-copied-text' && message.data !== undefined);
  if (found.length === 0) return undefined;
  let matched = 0;
  let total = 0;
  const bySource = new Map<string, number>();
  for (const { data } of found) {
    const source = String(data!['source']);
    matched += Number(data!['matchedChars']);
    total = Math.max(total, Number(data!['documentChars']));
    bySource.set(source, (bySource.get(source) ?? 0) + Number(data!['matchedChars']));
  }
  const [source] = [...bySource].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return { share: Math.min(1, matched / total), source, kind: String(found.find((message) => message.data!['source'] === source)!.data!['sourceKind']) };
}

/** The table's 照搬 cell. */
const copiedCell = (copied: Copied | undefined) => (copied === undefined ? NOT_CHECKED : `${Math.max(1, Math.round(copied.share * 100))}%（${copied.source}）`);

function topRules(messages: LintResult['messages'], limit = 3): string {
  const counts = new Map<string, number>();
  for (const { ruleId } of messages) if (ruleId) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([rule, count]) => `${rule}（${count}）`)
    .join('、');
}

const REGULATION_ORDER = [
  'require-measures',
  'require-enforcement-systems',
  'require-first-responsible-person',
  'require-problems-and-causes',
  'require-next-year-plan',
  'require-issuer-and-date',
];

function expected(results: LintResult[], cwd: string): Expected {
  const columns: Expected['columns'] = [];
  for (const { checklist } of results) for (const { ruleId, item } of checklist ?? []) if (!columns.some((c) => c.ruleId === ruleId)) columns.push({ ruleId, item });
  // The columns follow the order in which the 督察工作规定 lists a report's contents, not the order rules run.
  columns.sort((a, b) => REGULATION_ORDER.indexOf(a.ruleId) - REGULATION_ORDER.indexOf(b.ruleId));
  const status = (result: LintResult, ruleId: string) => result.checklist?.find((item) => item.ruleId === ruleId)?.status;
  return {
    columns,
    rows: results.map((result) => ({
      file: path.relative(cwd, result.filePath),
      ...(result.report?.unit === undefined ? {} : { unit: result.report.unit }),
      ...(result.report?.year === undefined ? {} : { year: result.report.year }),
      marks: columns.map(({ ruleId }) => {
        const verdict = status(result, ruleId);
        return verdict === undefined ? NOT_CHECKED : MARK[verdict];
      }),
      errors: result.errorCount,
      warnings: result.warningCount,
      suppressed: result.suppressedMessages.length,
      top: topRules(result.messages),
      ...(copiedOf(result) === undefined ? {} : { copied: copiedOf(result)! }),
    })),
    totals: {
      passed: columns.map(({ ruleId }) => `${results.filter((result) => status(result, ruleId) === 'pass').length}/${results.length}`),
      errors: results.reduce((sum, result) => sum + result.errorCount, 0),
      warnings: results.reduce((sum, result) => sum + result.warningCount, 0),
      files: results.length,
      withErrors: results.filter((result) => result.errorCount > 0).length,
      unreadable: results.filter((result) => result.fatalErrorCount > 0 && result.checklist === undefined).length,
    },
  };
}

describe('table and xlsx agree with json on seeds in four formats', () => {
  let dir: string;
  let json: Run;
  let results: LintResult[];
  let want: Expected;

  beforeAll(() => {
    dir = folder();
    json = reportlint(['.', '-f', 'json'], { cwd: dir });
    results = JSON.parse(json.stdout) as LintResult[];
    want = expected(results, dir);
  }, 180_000);

  it('lints all twenty files, with the six statutory items', () => {
    expect(results).toHaveLength(20);
    expect(new Set(results.map((result) => path.extname(result.filePath)))).toEqual(new Set(['.txt', '.docx', '.pdf', '.html']));
    expect(want.columns.map((column) => column.ruleId).sort()).toEqual([
      'require-enforcement-systems', 'require-first-responsible-person', 'require-issuer-and-date', 'require-measures', 'require-next-year-plan', 'require-problems-and-causes',
    ]);
    // The same report in four formats gets the same verdicts (else the comparison below proves less).
    const byReport = new Map<string, string>();
    for (const row of want.rows) {
      const key = row.file.slice(0, 3);
      const marks = row.marks.join('');
      expect(byReport.get(key) ?? marks, row.file).toBe(marks);
      byReport.set(key, marks);
    }
    expect(json.code).toBe(1);
  });

  it('table: every cell is what json says, and the exit code is json’s', () => {
    const run = reportlint(['.', '-f', 'table'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(json.code);
    const table = parseTable(run.stdout);
    const itemCount = want.columns.length;
    // Each report is found in its other three formats: the 照搬 column is there, before the rules.
    expect(want.rows.every((row) => row.copied !== undefined)).toBe(true);
    expect(table.header).toHaveLength(3 + itemCount + 4);
    expect(table.header.at(-2)).toBe('照搬');
    expect(table.rows).toEqual(
      want.rows.map((row) => [row.file, row.unit ?? '', row.year === undefined ? '' : String(row.year), ...row.marks, String(row.errors), String(row.warnings), copiedCell(row.copied), row.top]),
    );
    expect(table.total).toEqual(['合计', '', '', ...want.totals.passed, String(want.totals.errors), String(want.totals.warnings), '', topRules(results.flatMap((result) => result.messages))]);
    expect(table.after[0]).toBe(`共 ${want.totals.files} 个文件：${want.totals.withErrors} 个有错误，${want.totals.unreadable} 个无法读取`);
    // The legend names the columns in json's order, by json's item names.
    for (const { item } of want.columns) expect(table.after[1]).toContain(`＝${item}`);
  }, 180_000);

  it('xlsx: every cell of both sheets is what json says, and the exit code is json’s', async () => {
    const out = path.join(dir, 'out', '汇总.xlsx');
    const run = reportlint(['.', '-f', 'xlsx', '-o', out], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(json.code);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const summary = book.getWorksheet('汇总')!;
    const cells = (sheet: ExcelJS.Worksheet, rowNumber: number, count: number) =>
      Array.from({ length: count }, (_, index) => sheet.getRow(rowNumber).getCell(index + 1).value ?? null);
    const width = 3 + want.columns.length + 7;
    expect(cells(summary, 1, width)).toEqual([
      '文件', '报送单位', '年度', ...want.columns.map((column) => column.item), '错误', '警告', '已屏蔽', '照搬文字占比', '相同文字最多的报告', '问题最多的规则', '无法读取的原因',
    ]);
    const kinds: Record<string, string> = { reference: '往年报告', run: '同批报告' };
    want.rows.forEach((row, index) => {
      const copied = row.copied === undefined ? [null, null] : [row.copied.share, `${row.copied.source}（${kinds[row.copied.kind]}）`];
      expect(cells(summary, index + 2, width), row.file).toEqual([
        row.file, row.unit ?? null, row.year ?? null, ...row.marks, row.errors, row.warnings, row.suppressed, ...copied, row.top || null, null,
      ]);
    });
    const totalRow = want.rows.length + 3;
    expect(cells(summary, totalRow, width)).toEqual([
      '合计', null, null, ...want.totals.passed, want.totals.errors, want.totals.warnings, 0, null, null, topRules(results.flatMap((result) => result.messages)), null,
    ]);
    expect(summary.autoFilter).toBe(`A1:${String.fromCharCode(64 + width)}${want.rows.length + 1}`);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    // The findings: one row per json message, in order.
    const findings = book.getWorksheet('问题清单')!;
    const messages = results.flatMap((result) => result.messages.map((message) => ({ result, message })));
    expect(findings.rowCount).toBe(messages.length + 1);
    messages.forEach(({ result, message }, index) => {
      const [file, unit, rule, severity, text, place] = cells(findings, index + 2, 6);
      expect([file, unit, rule, severity, text]).toEqual([
        path.relative(dir, result.filePath),
        result.report?.unit ?? null,
        message.ruleId,
        message.severity === 2 ? '错误' : '警告',
        message.message,
      ]);
      const where =
        result.sourceFormat === 'docx' ? `第${message.paragraph}段` : result.sourceFormat === 'pdf' ? `第${message.page}页第${message.pageLine}行` : `${message.line}:${message.column}`;
      expect(place).toBe(where);
    });
  }, 180_000);

  it('a single file, through --stdin, gives one row plus totals', async () => {
    const text = readFileSync(path.join(ROOT, 'fixtures/seeds/003_fb4fb1fb4ee4856e.txt'));
    const table = reportlint(['--stdin', '--stdin-filename', '左岚乡.txt', '-f', 'table'], { cwd: dir, input: text });
    const parsed = parseTable(table.stdout);
    // Alone, the report is compared with no other: json of the same run, not of the folder, says what it has.
    const alone = expected(JSON.parse(reportlint(['--stdin', '--stdin-filename', '左岚乡.txt', '-f', 'json'], { cwd: dir, input: text }).stdout) as LintResult[], dir).rows[0]!;
    const seed = want.rows.find((row) => row.file === '003_fb4fb1fb4ee4856e.txt')!;
    expect(alone.marks).toEqual(seed.marks);
    expect(alone.copied).toBeUndefined();
    expect(parsed.rows).toEqual([['左岚乡.txt', seed.unit, String(seed.year), ...alone.marks, String(alone.errors), String(alone.warnings), alone.top]]);
    const out = path.join(dir, 'stdin.xlsx');
    const xlsx = reportlint(['--stdin', '--stdin-filename', '左岚乡.txt', '-f', 'xlsx', '-o', out], { cwd: dir, input: text });
    expect(xlsx.code).toBe(table.code);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('汇总')!.getCell('A2').value).toBe('左岚乡.txt');
    expect(book.getWorksheet('汇总')!.getCell('A3').value).toBeNull();
  });
});

describe('table: a report copied from another of the folder', () => {
  it('shows the share found in the other report and its name in the 照搬 column, — for a report written apart', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-summary-copied-'));
    const seed = readFileSync(path.join(ROOT, 'fixtures/seeds/001_778d263dd7ed8752.txt'), 'utf8');
    // Next year's report of another township: the unit's name and every number changed, the rest kept.
    const copy = seed.replace(/赵庄镇/g, '官田乡').replace(/我镇/g, '我乡').replace(/\d+/g, (n) => String(Number(n) + 1));
    mkdirSync(path.join(dir, '报告'));
    writeFileSync(path.join(dir, '报告', '赵庄镇.txt'), seed);
    writeFileSync(path.join(dir, '报告', '官田乡.txt'), copy);
    copyFileSync(path.join(ROOT, 'fixtures/seeds/003_fb4fb1fb4ee4856e.txt'), path.join(dir, '报告', '左岚乡.txt'));
    try {
      const run = reportlint(['报告', '-f', 'table'], { cwd: dir });
      expect(run.stderr).toBe('');
      const table = parseTable(run.stdout);
      const column = table.header.indexOf('照搬');
      expect(column).toBe(table.header.length - 2);
      const cell = (file: string) => table.rows.find((row) => row[0] === file)![column];
      const json = JSON.parse(reportlint(['报告', '-f', 'json'], { cwd: dir }).stdout) as LintResult[];
      const copied = (file: string) => copiedOf(json.find((result) => result.filePath.endsWith(file))!);
      expect(cell('报告/官田乡.txt')).toBe(copiedCell(copied('官田乡.txt')));
      expect(cell('报告/官田乡.txt')).toMatch(/^\d+%（报告\/赵庄镇\.txt）$/);
      // Most of the report: it is the same report with a new name.
      expect(copied('官田乡.txt')!.share).toBeGreaterThan(0.7);
      expect(cell('报告/赵庄镇.txt')).toMatch(/^\d+%（报告\/官田乡\.txt）$/);
      expect(cell('报告/左岚乡.txt')).toBe('—');
      expect(table.total[column]).toBe('');
      expect(table.after).toContain('照搬＝全文中与往年报告或同批其他报告相同的文字所占的比例，括号内为相同文字最多的报告；— 表示未发现相同的段落');
      const english = parseTable(reportlint(['报告', '-f', 'table', '--locale', 'en'], { cwd: dir }).stdout);
      expect(english.rows.find((row) => row[0] === '报告/官田乡.txt')![english.header.indexOf('copied')]).toMatch(/^\d+% \(报告\/赵庄镇\.txt\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('xlsx needs -o', () => {
  it('without -o: a usage error in the user’s language, exit 2, before anything is linted', () => {
    const zh = reportlint(['fixtures/seeds', '-f', 'xlsx']);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toBe('reportlint: xlsx 格式生成的是文件，不能输出到终端：请用 -o 指定要写入的文件，如 -o 汇总.xlsx\n');
    const en = reportlint(['fixtures/seeds', '-f', 'xlsx', '--locale', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('reportlint: The xlsx format writes a file, not text: name it with -o, e.g. -o summary.xlsx\n');
    expect(reportlint(['--stdin', '-f', 'xlsx'], { input: 'x' }).code).toBe(2);
  });

  it('--help lists the new formats', () => {
    // Lines wrap where a Chinese line may break: read the help as one line.
    const help = reportlint(['--help']).stdout.replace(/\s*\n\s*/g, '');
    expect(help).toContain('table（每份报告一行的汇总表）');
    expect(help).toContain('xlsx（汇总工作簿，须用 -o 指定文件）');
    expect(reportlint(['--help', '--locale', 'en']).stdout.replace(/\s+/g, ' ')).toContain('table (one row per report), xlsx (a summary workbook, needs -o)');
  });
});

describe('the summary formatters cost the other formats nothing', () => {
  /** Runs the CLI with a hook that says, at exit, whether exceljs was loaded. */
  function loadsExceljs(args: string[], cwd = ROOT): boolean {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-lazy-'));
    const hook = path.join(dir, 'hook.cjs');
    writeFileSync(hook, "process.on('exit', () => { if (Object.keys(require('node:module')._cache).some((key) => key.includes(`${require('node:path').sep}exceljs${require('node:path').sep}`))) process.stderr.write('EXCELJS'); });\n");
    const run = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return run.stderr.includes('EXCELJS');
  }

  it('exceljs is loaded for xlsx only', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'reportlint-lazy-out-')), 'a.xlsx');
    expect(loadsExceljs(['fixtures/cli/clean.txt', '-f', 'xlsx', '-o', out])).toBe(true);
    expect(existsSync(out)).toBe(true);
    for (const format of ['stylish', 'json', 'table']) expect(loadsExceljs(['fixtures/cli/clean.txt', '-f', format]), format).toBe(false);
  });
});
