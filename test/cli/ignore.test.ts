/**
 * Issue 10, a county's folder of submissions: what a folder run lints and what it skips (src/config/ignore.ts,
 * src/cli/files.ts), `overrides` by folder as the rules see them, and --print-config's provenance, through the built CLI.
 *
 *   县/.reportlintrc.yaml          overrides 部门/** → level department; ignorePatterns 草稿/
 *   县/乡镇/赵庄镇/报告.docx        a township's Word report
 *   县/乡镇/赵庄镇/附件/统计表.docx  an attachment                      skipped by default
 *   县/乡镇/赵庄镇/~$报告.docx       Word's lock file                    skipped by default
 *   县/乡镇/李集镇/报告.txt          dated 2023年3月20日: late for a township
 *   县/乡镇/李集镇/.hidden.txt       a dot file                          skipped by default
 *   县/部门/财政局/报告.txt          dated 2023年3月20日: late for a department
 *   县/部门/草稿/报告.txt            a draft                             skipped by the config's ignorePatterns
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportlint, ROOT } from './run-cli.js';

const SEED = readFileSync(path.join(ROOT, 'fixtures/seeds/000_452fc7be030a272b.txt'), 'utf8');
const LATE = SEED.replace('2023年2月20日', '2023年3月20日');
const DOCX = readFileSync(path.join(ROOT, 'fixtures/formats/003_fb4fb1fb4ee4856e.docx'));
const CLEAN = readFileSync(path.join(ROOT, 'fixtures/cli/clean.txt'));
/** What Word leaves beside an open document: 162 bytes, not a document. */
const LOCK = Buffer.concat([Buffer.from([8]), Buffer.from('Administrator', 'utf16le'), Buffer.alloc(135)]);

const CONFIG = `extends: reportlint:recommended
settings:
  level: township
overrides:
  - files: ["部门/**"]
    settings:
      level: department
ignorePatterns:
  - 草稿/
`;

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function inTemp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-ignore-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function countyFolder(): string {
  return inTemp({
    '.reportlintrc.yaml': CONFIG,
    '乡镇/赵庄镇/报告.docx': DOCX,
    '乡镇/赵庄镇/附件/统计表.docx': DOCX,
    '乡镇/赵庄镇/~$报告.docx': LOCK,
    '乡镇/李集镇/报告.txt': LATE,
    '乡镇/李集镇/.hidden.txt': SEED,
    '部门/财政局/报告.txt': LATE,
    '部门/草稿/报告.txt': SEED,
  });
}

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  fatal?: boolean;
  message: string;
  line: number;
  column: number;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

function json(args: string[], cwd: string): { code: number | null; results: JsonResult[]; stderr: string } {
  const run = reportlint([...args, '-f', 'json'], { cwd });
  return { code: run.code, results: JSON.parse(run.stdout) as JsonResult[], stderr: run.stderr };
}

const names = (results: readonly JsonResult[], cwd: string) => results.map((r) => path.relative(cwd, r.filePath)).sort();

const LINTED = ['乡镇/李集镇/报告.txt', '乡镇/赵庄镇/报告.docx', '部门/财政局/报告.txt'];

describe('a county folder: township and department submissions', () => {
  const dir = countyFolder();

  it('lints the reports and skips attachments, Word lock files, dot files and the config\'s ignorePatterns, silently', () => {
    const { results, stderr } = json(['.'], dir);
    expect(names(results, dir)).toEqual(LINTED);
    expect(stderr).toBe('');
    for (const result of results) expect(result.fatalErrorCount).toBe(0);
  });

  it('部门/** gets level department: date-deadline speaks of a department, the township keeps its level', () => {
    const { results } = json(['.'], dir);
    const late = (name: string) =>
      results.find((r) => r.filePath === path.join(dir, name))!.messages.find((m) => m.ruleId === 'date-deadline')!.message;
    expect(late('部门/财政局/报告.txt')).toContain('政府部门的2022年度报告应在2023年3月1日前报送');
    expect(late('乡镇/李集镇/报告.txt')).toContain('乡镇（街道）的2022年度报告应在2023年3月1日前报送');
  });

  it('a glob skips them too', () => {
    const { results } = json(['**/*.docx'], dir);
    expect(names(results, dir)).toEqual(['乡镇/赵庄镇/报告.docx']);
  });

  it('a file named on the command line that is ignored lints nothing: one warning, not fatal (ESLint), exit 0', () => {
    const named = ['乡镇/赵庄镇/附件/统计表.docx', '乡镇/赵庄镇/~$报告.docx', '乡镇/李集镇/.hidden.txt', '部门/草稿/报告.txt'];
    const { code, results } = json([...named], dir);
    expect(code).toBe(0);
    expect(names(results, dir)).toEqual([...named].sort());
    const says: Record<string, RegExp> = {
      '乡镇/赵庄镇/附件/统计表.docx': /^已忽略：附件文件夹中的文件默认不作为报告检查；如需检查，请加上 --no-ignore$/,
      '乡镇/赵庄镇/~$报告.docx': /^已忽略：这是 Word 或 WPS 打开文档时生成的临时锁文件（文件名以 ~\$ 开头），不是报告/,
      '乡镇/李集镇/.hidden.txt': /^已忽略：名称以“\.”开头的隐藏文件或文件夹默认不检查/,
      '部门/草稿/报告.txt': /^已忽略：与忽略模式 草稿\/（\.reportlintrc\.yaml）匹配，没有检查；如需检查，请加上 --no-ignore$/,
    };
    for (const result of results) {
      const name = path.relative(dir, result.filePath);
      expect(result, name).toMatchObject({ errorCount: 0, warningCount: 1, fatalErrorCount: 0 });
      expect(result.messages, name).toHaveLength(1);
      expect(result.messages[0], name).toMatchObject({ ruleId: null, severity: 1, line: 1, column: 1 });
      expect(result.messages[0]!.fatal, name).toBeUndefined();
      expect(result.messages[0]!.message, name).toMatch(says[name]!);
    }
  });

  it('the warning follows the usual exit rules and formats', () => {
    const stylish = reportlint(['部门/草稿/报告.txt'], { cwd: dir });
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain('部门/草稿/报告.txt\n  1:1  警告  已忽略：与忽略模式 草稿/');
    expect(reportlint(['部门/草稿/报告.txt', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    expect(reportlint(['部门/草稿/报告.txt', '--quiet'], { cwd: dir }).code).toBe(0);
    const english = reportlint(['部门/草稿/报告.txt', '--locale', 'en', '-f', 'unix'], { cwd: dir });
    expect(english.stdout).toContain('File ignored because of a matching ignore pattern 草稿/ (.reportlintrc.yaml). Use --no-ignore to override');
  });

  it('--no-ignore lints them all (the lock file is then a broken Word file, exit 2)', () => {
    const { code, results } = json(['.', '--no-ignore'], dir);
    expect(names(results, dir)).toEqual(
      [...LINTED, '乡镇/赵庄镇/附件/统计表.docx', '乡镇/赵庄镇/~$报告.docx', '乡镇/李集镇/.hidden.txt', '部门/草稿/报告.txt'].sort(),
    );
    expect(results.find((r) => r.filePath.endsWith('~$报告.docx'))!.fatalErrorCount).toBe(1);
    expect(code).toBe(2);
    const named = json(['部门/草稿/报告.txt', '--no-ignore'], dir).results[0]!;
    expect(named.messages.length).toBeGreaterThan(0);
    expect(named.messages.every((m) => m.ruleId !== null)).toBe(true);
  });

  it('--ignore-pattern: gitignore patterns relative to the working directory, repeatable', () => {
    expect(names(json(['.', '--ignore-pattern', '部门/财政局/'], dir).results, dir)).toEqual(['乡镇/李集镇/报告.txt', '乡镇/赵庄镇/报告.docx']);
    expect(names(json(['.', '--ignore-pattern', '*.docx', '--ignore-pattern', '李集镇'], dir).results, dir)).toEqual(['部门/财政局/报告.txt']);
    // From inside 部门: relative to that folder.
    const sub = path.join(dir, '部门');
    const inSub = json(['.', '--ignore-pattern', '/财政局'], sub).results;
    expect(inSub.map((r) => r.filePath)).toEqual([sub]);
    expect(inSub[0]!.messages[0]!.message).toMatch(/^这个文件夹中的报告文件都已忽略/);
    // A "!" pattern on the command line re-includes what the config excludes.
    expect(names(json(['.', '--ignore-pattern', '!草稿/'], dir).results, dir)).toContain('部门/草稿/报告.txt');
  });

  it('--print-config: the fields of old, and where each part came from', () => {
    const config = path.join(dir, '.reportlintrc.yaml');
    const run = reportlint(['--print-config', '部门/财政局/报告.txt', '--rule', 'title-format: off'], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as {
      sources: string[];
      settings: Record<string, unknown>;
      rules: Record<string, [string, unknown]>;
      provenance: {
        rules: Record<string, { definedIn: string; severity: string; options: string; entries: string[] }>;
        settings: Record<string, string>;
        overrides: Array<{ from: string; files: string[]; matched: boolean }>;
        ignorePatterns: Array<{ pattern: string; from: string; base?: string }>;
        ignored: { pattern: string; from: string } | null;
      };
    };
    expect(printed.sources).toEqual(['reportlint:recommended', config, '--rule']);
    expect(printed.settings).toEqual({ level: 'department' });
    expect(printed.rules['title-format']).toEqual(['off', expect.any(Object)]);
    expect(printed.provenance.settings).toEqual({ level: `${config}#overrides[0].settings.level` });
    expect(printed.provenance.overrides).toEqual([{ from: `${config}#overrides[0]`, files: ['部门/**'], excludedFiles: [], matched: true }]);
    expect(printed.provenance.rules['title-format']).toEqual({
      definedIn: 'reportlint',
      severity: '--rule#rules.title-format',
      options: 'default',
      entries: ['reportlint:recommended#rules.title-format', '--rule#rules.title-format'],
    });
    expect(printed.provenance.rules['date-deadline']!.severity).toBe('reportlint:recommended#rules.date-deadline');
    expect(printed.provenance.ignorePatterns).toEqual([
      { pattern: '附件/', from: 'default' },
      { pattern: '~$*', from: 'default' },
      { pattern: '.*', from: 'default' },
      { pattern: '草稿/', from: `${config}#ignorePatterns[0]`, base: dir },
    ]);
    expect(printed.provenance.ignored).toBeNull();

    const town = JSON.parse(reportlint(['--print-config', '乡镇/李集镇'], { cwd: dir }).stdout) as typeof printed;
    expect(town.settings).toEqual({ level: 'township' });
    expect(town.provenance.settings).toEqual({ level: `${config}#settings.level` });
    expect(town.provenance.overrides[0]!.matched).toBe(false);

    const draft = JSON.parse(reportlint(['--print-config', '部门/草稿/报告.txt'], { cwd: dir }).stdout) as typeof printed;
    expect(draft.provenance.ignored).toEqual({ pattern: '草稿/', from: `${config}#ignorePatterns[0]` });
    const lock = JSON.parse(reportlint(['--print-config', '乡镇/赵庄镇/~$报告.docx'], { cwd: dir }).stdout) as typeof printed;
    expect(lock.provenance.ignored).toEqual({ pattern: '~$*', from: 'default' });
  });

  it('a file given by --stdin-filename that is ignored gets the same warning', () => {
    const run = reportlint(['--stdin', '--stdin-filename', '部门/草稿/新报告.txt', '-f', 'json'], { cwd: dir, input: SEED });
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result!.filePath).toBe('部门/草稿/新报告.txt');
    expect(result!.messages).toEqual([expect.objectContaining({ severity: 1, message: expect.stringMatching(/^已忽略：与忽略模式 草稿\//) })]);
  });
});

describe('folders with nothing left to lint', () => {
  it('a folder whose reports are all ignored is a result saying so, exit 2, like an empty one', () => {
    const dir = inTemp({ '报送/附件/统计表.docx': DOCX, '报送/~$报告.docx': LOCK, '报送/.旧报告.txt': SEED, 'a.txt': CLEAN });
    const { code, results } = json(['报送', 'a.txt'], dir);
    expect(code).toBe(2);
    const folder = results.find((r) => r.filePath === path.join(dir, '报送'))!;
    expect(folder.messages).toEqual([
      expect.objectContaining({ fatal: true, severity: 2, message: expect.stringMatching(/^这个文件夹中的报告文件都已忽略（附件文件夹、Word 锁文件、隐藏文件或忽略模式），没有检查任何文件；如需检查，请加上 --no-ignore$/) }),
    ]);
    expect(results.find((r) => r.filePath === path.join(dir, 'a.txt'))!.errorCount).toBe(0);
  });

  it('also when the config\'s ignorePatterns take every report, and for a glob', () => {
    const dir = inTemp({ '.reportlintrc.yaml': 'ignorePatterns: 旧/\n', '旧/报告.txt': SEED });
    const folder = json(['旧'], dir);
    expect(folder.code).toBe(2);
    expect(folder.results[0]!.messages[0]!.message).toMatch(/^这个文件夹中的报告文件都已忽略/);
    const glob = json(['旧/*.txt'], dir);
    expect(glob.results[0]!.messages[0]!.message).toMatch(/^与这个通配符匹配的报告文件都已忽略/);
  });

  it('a folder that is itself ignored (部门/附件) is searched only with --no-ignore', () => {
    const dir = inTemp({ '部门/附件/报告.txt': CLEAN });
    expect(json(['部门/附件'], dir).results[0]!.messages[0]!.message).toMatch(/^这个文件夹中的报告文件都已忽略/);
    expect(json(['部门/附件', '--no-ignore'], dir).results[0]).toMatchObject({ errorCount: 0, fatalErrorCount: 0, messages: [] });
  });

  it('an empty folder says what it said before', () => {
    const dir = inTemp({ '空/说明.jpg': 'x' });
    const { code, results } = json(['空'], dir);
    expect(code).toBe(2);
    expect(results[0]!.messages[0]!.message).toMatch(/^这个文件夹中没有报告文件/);
  });
});
