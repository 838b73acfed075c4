/**
 * Issue 9, point 1: no file the user named, and no report a folder holds, is dropped without saying so.
 *
 * fixtures/cli/mixed/ is a township submissions folder as it really arrives:
 *   丙乡.txt          a complete report (fixtures/cli/clean.txt)
 *   左岚乡报告.doc    legacy Word (an OLE2 header)         → fatal: 另存为 .docx
 *   右岚乡报告.wps    legacy WPS (the same)                  → fatal: 另存为 .docx
 *   扫描件.pdf        a scan without text (fixtures/read/scan.pdf) → fatal: 文字层 / OCR
 *   损坏.docx         a truncated zip (fixtures/read/broken.docx)  → fatal: 另存为 .docx
 *   甲乡.rtf          RTF, an office format reportlint cannot read → fatal: 另存为 .docx (not linted as text)
 *   照片.jpg 附件.zip 统计表.xlsx   not reports: skipped in a folder, silently
 * and the run also names a path that does not exist.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportlint, ROOT } from './run-cli.js';

const MIXED = 'fixtures/cli/mixed';
const MISSING = 'fixtures/cli/mixed/不存在.txt';
const CLEAN = 'fixtures/cli/clean.txt';


function inTemp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-folders-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** What each file that cannot be checked must say: what to do about it. */
const UNREADABLE: Record<string, RegExp> = {
  '左岚乡报告.doc': /另存为 \.docx/,
  '右岚乡报告.wps': /另存为 \.docx/,
  '扫描件.pdf': /扫描件.*(文字层|OCR)/,
  '损坏.docx': /另存为 \.docx/,
  '甲乡.rtf': /另存为 \.docx/,
  '不存在.txt': /不存在.*请检查路径/,
};
const GOOD = '丙乡.txt';
const SKIPPED = ['照片.jpg', '附件.zip', '统计表.xlsx'];

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; fatal?: boolean; message: string; line: number; column: number }>;
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  checklist?: unknown[];
}

function byName(results: JsonResult[]): Map<string, JsonResult> {
  return new Map(results.map((result) => [path.basename(result.filePath), result]));
}

function expectEveryFile(results: JsonResult[]): void {
  const found = byName(results);
  expect([...found.keys()].sort()).toEqual([...Object.keys(UNREADABLE), GOOD].sort());
  for (const [name, advice] of Object.entries(UNREADABLE)) {
    const result = found.get(name)!;
    expect(result.fatalErrorCount, name).toBe(1);
    expect(result.errorCount, name).toBe(1);
    expect(result.messages, name).toHaveLength(1);
    const [message] = result.messages;
    expect(message).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 1, column: 1 });
    expect(message!.message, name).toMatch(advice);
    // The result names the file; the message does not repeat an absolute path.
    expect(message!.message, name).not.toContain(ROOT);
  }
  const good = found.get(GOOD)!;
  expect(good).toMatchObject({ fatalErrorCount: 0, errorCount: 0, warningCount: 0, messages: [] });
  expect(good.checklist?.length).toBeGreaterThan(0);
  for (const name of SKIPPED) expect(found.has(name), name).toBe(false);
}

describe('a folder of submissions: every report gets a result, in every format', () => {
  it('json: one result per report, a fatal message for each that cannot be checked, exit 2', () => {
    const run = reportlint([MIXED, MISSING, '-f', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    expectEveryFile(JSON.parse(run.stdout) as JsonResult[]);
  });

  it('json-with-metadata: the same results', () => {
    const run = reportlint([MIXED, MISSING, '-f', 'json-with-metadata']);
    expect(run.code).toBe(2);
    expectEveryFile((JSON.parse(run.stdout) as { results: JsonResult[] }).results);
  });

  it('stylish: each file that cannot be checked is listed with what to do; exit 2 after all the results', () => {
    const run = reportlint([MIXED, MISSING]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    for (const [name, advice] of Object.entries(UNREADABLE)) {
      expect(run.stdout).toContain(`\n${MIXED}/${name}\n`);
      const row = run.stdout.split('\n').find((line) => advice.test(line) && line.startsWith('  1:1  错误  无法读取'));
      expect(row, name).toBeDefined();
    }
    expect(run.stdout).toContain('✖ 6 个问题（6 个错误，0 个警告）');
    for (const name of [GOOD, ...SKIPPED]) expect(run.stdout).not.toContain(name);
  });

  it('unix: one quickfix line per file that cannot be checked', () => {
    const run = reportlint([MIXED, MISSING, '-f', 'unix']);
    expect(run.code).toBe(2);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((line) => path.basename(line.split(':')[0]!)).sort()).toEqual(Object.keys(UNREADABLE).sort());
    for (const line of lines) expect(line).toMatch(/^fixtures\/cli\/mixed\/.+:1:1: error 无法读取：.+请/);
  });

  it('-o file: the file holds the same results; nothing on stdout or stderr; exit 2', () => {
    const dir = inTemp({});
    const out = path.join(dir, '结果.txt');
    const run = reportlint([MIXED, MISSING, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(reportlint([MIXED, MISSING]).stdout);
    const outJson = path.join(dir, '结果.json');
    expect(reportlint([MIXED, MISSING, '-f', 'json', '-o', outJson]).code).toBe(2);
    expectEveryFile(JSON.parse(readFileSync(outJson, 'utf8')) as JsonResult[]);
  });

  it('--locale en: the messages are English and still say what to do', () => {
    const run = reportlint([MIXED, MISSING, '-f', 'json', '--locale', 'en']);
    expect(run.code).toBe(2);
    const found = byName(JSON.parse(run.stdout) as JsonResult[]);
    expect(found.get('左岚乡报告.doc')!.messages[0]!.message).toMatch(/^Cannot read: .*save it as \.docx/);
    expect(found.get('不存在.txt')!.messages[0]!.message).toMatch(/^Cannot read: no such file or directory; check the path/);
    expect(found.get('甲乡.rtf')!.messages[0]!.message).toMatch(/save it as \.docx/);
  });
});

describe('the cases of the issue', () => {
  it('a folder with 左岚乡报告.doc and one clean .txt does not pass silently', () => {
    const dir = inTemp({
      '报送/左岚乡报告.doc': readFileSync(path.join(ROOT, MIXED, '左岚乡报告.doc')),
      '报送/丙乡.txt': readFileSync(path.join(ROOT, CLEAN)),
    });
    const run = reportlint(['报送', '--no-config-lookup'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('报送/左岚乡报告.doc\n');
    expect(run.stdout).toMatch(/无法读取：不支持旧版 Word\/WPS 格式，请在 Word 或 WPS 中另存为 \.docx/);
  });

  it('one mistyped path does not stop the run: the other files are checked', () => {
    const dir = inTemp({ '丙乡.txt': readFileSync(path.join(ROOT, CLEAN)) });
    const run = reportlint(['丙乡.txt', '不存在.txt', '-f', 'json', '--no-config-lookup'], { cwd: dir });
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => path.basename(r.filePath)).sort()).toEqual(['丙乡.txt', '不存在.txt'].sort());
    expect(byName(results).get('丙乡.txt')!.checklist?.length).toBeGreaterThan(0);
    expect(byName(results).get('不存在.txt')!.fatalErrorCount).toBe(1);
  });

  it('a folder with no report in it, or a glob that matches none, is a result too; the others are still checked', () => {
    const dir = inTemp({ '照片/1.jpg': Buffer.from([0xff, 0xd8, 0xff]), 'r.txt': readFileSync(path.join(ROOT, CLEAN)) });
    const run = reportlint(['照片', '*.docx', 'r.txt', '-f', 'unix', '--no-config-lookup'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^照片:1:1: error .*没有报告文件/m);
    expect(run.stdout).toMatch(/^\*\.docx:1:1: error .*没有.*报告文件/m);
    expect(run.stdout).not.toContain('r.txt');
  });

  it('a file named on the command line in a format reportlint cannot read is not linted as text', () => {
    const run = reportlint([`${MIXED}/甲乡.rtf`, '-f', 'unix']);
    expect(run.code).toBe(2);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/甲乡\.rtf:1:1: error 无法读取：.*RTF.*另存为 \.docx/);
  });

  it('unreadable standard input is a result too (editors read the json)', () => {
    const run = reportlint(['--stdin', '--stdin-filename', 'r.txt', '-f', 'json', '--no-config-lookup'], {
      input: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]),
    });
    expect(run.code).toBe(2);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result).toMatchObject({ filePath: 'r.txt', fatalErrorCount: 1 });
    expect(result!.messages[0]!.message).toMatch(/^无法读取：不是文本文件/);
  });

  it('--quiet keeps the fatal results', () => {
    const run = reportlint([MIXED, '--quiet', '-f', 'unix']);
    expect(run.code).toBe(2);
    expect(run.stdout.trim().split('\n')).toHaveLength(5);
  });
});
