/**
 * The Chinese interface speaks Chinese: --help, every usage error and every config error, run through the CLI's entry
 * point with --locale zh, contain no English word besides rule ids, option names, file names and the other names a
 * writer types or sees (test/cli/english.ts). The user's own input shown back (a mistyped option, a value from their
 * config) is theirs and may be anything.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { buildProgram } from '../../src/cli/options.js';
import { englishWords } from './english.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLEAN = path.join(ROOT, 'fixtures/cli/clean.txt');
const INVALID = path.join(ROOT, 'fixtures/config/invalid');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI's entry point in this process (quick). A JavaScript config or plugin is imported by vitest's module
 * runner here, which words a syntax error its own way: `built` runs bin/reportlint.js (built by `npm test`) instead.
 */
async function reportlint(args: string[], cwd = ROOT, built = false): Promise<Run> {
  if (built) {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/reportlint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
  }
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => Buffer.alloc(0),
    stdoutIsTTY: false,
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

function inTemp(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-zh-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Latin words in the files of a config fixture: what the user wrote, which a message may quote back. */
function wordsIn(dir: string): string[] {
  const words: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) words.push(...(readFileSync(file, 'utf8').match(/[\w$./@-]+/g) ?? []));
  }
  return words;
}

/** One usage or config error: exit 2, one line on stderr, nothing on stdout, Chinese. */
function expectChineseError(run: Run, extra: readonly string[] = []): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^reportlint: [^\n]+\n$/);
  expect(englishWords(run.stderr, extra), run.stderr).toEqual([]);
}

describe('--help', () => {
  it('is Chinese throughout: titles, value names, no commander defaults or choices', async () => {
    const run = await reportlint(['--help', '--locale', 'zh']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^用法：reportlint \[选项\] \[路径\.\.\.\]\n/);
    expect(run.stdout).toContain('\n参数：\n');
    expect(run.stdout).toContain('\n选项：\n');
    expect(run.stdout).toMatch(/--explain <规则> +打印某条规则的说明文档后退出/);
    expect(run.stdout).not.toMatch(/Usage|Options|Arguments|default:|choices:/);
    expect(englishWords(run.stdout), run.stdout).toEqual([]);
  });

  it('stays English with --locale en', async () => {
    const run = await reportlint(['--help', '--locale', 'en']);
    expect(run.stdout).toMatch(/^Usage: reportlint \[options\] \[paths\.\.\.\]\n/);
    expect(run.stdout).toMatch(/--explain <rule-id> +print a rule's documentation and exit/);
    expect(run.stdout).not.toMatch(/default: false|choices:/);
  });

  it('wraps Chinese descriptions between characters, and aligns them', async () => {
    const lines = (await reportlint(['--help'])).stdout.split('\n');
    const starts = lines.filter((line) => /^ {2}-/.test(line)).map((line) => /^ {2}\S.*?\s{2,}(?=\S)/.exec(line)?.[0]);
    expect(new Set(starts.map((start) => (start === undefined ? 0 : start.length + (start.match(/[\u4e00-\u9fff]/g)?.length ?? 0)))).size).toBe(1);
  });
});

describe('usage errors', () => {
  const cases: Array<[args: string[], extra: string[], says?: string]> = [
    [['--fxi', CLEAN], ['--fxi'], '没有 --fxi 这个选项（是否想写 --fix？）'],
    [['-x', CLEAN], ['-x']],
    [['--fix=3', CLEAN], [], '选项 --fix 后面不能带值'],
    [['--explain'], [], '选项 --explain 后面缺少规则名'],
    [['--max-warnings', 'abc', CLEAN], ['abc'], '--max-warnings 的值“abc”不对：应为不小于 0 的整数'],
    [['--locale', 'fr', CLEAN], ['fr']],
    [['--format', 'xml', CLEAN], ['xml']],
    [['--stdin', CLEAN], []],
    [[], []],
    [['--stdin-filename', 'a.txt', CLEAN], []],
    [['--encoding', 'bogus', CLEAN], ['bogus']],
    [['--explain', 'no-such-rule'], ['no-such-rule']],
    [['--explain', 'require-measure'], ['require-measure'], '（是否想写 require-measures？）'],
    [['--why', 'require-measure', CLEAN], ['require-measure']],
    [['--why', 'terminology', CLEAN], []],
    [['--why', 'require-first-responsible-person', '--fix', CLEAN], []],
    [['--why', 'require-first-responsible-person', '-f', 'unix', CLEAN], []],
    [['--why', 'require-first-responsible-person', '--rule', 'require-first-responsible-person: off', CLEAN], []],
    [['--why', 'require-first-responsible-person', 'no/such/file.txt'], []],
    [['--rule', 'require-measures', CLEAN], []],
    [['--rule', 'require-measures: fatal', CLEAN], ['fatal']],
    [['--rule', 'require-measure: off', CLEAN], ['require-measure']],
    [['-c', 'no/such/.reportlintrc.json', CLEAN], []],
  ];
  for (const [args, extra, says] of cases) {
    it(args.join(' ') || '(nothing)', async () => {
      const run = await reportlint(['--locale', 'zh', ...args]);
      expectChineseError(run, extra);
      if (says) expect(run.stderr).toContain(says);
    });
  }

  it('every option that takes a value says what is missing', async () => {
    const options = buildProgram('0.0.0', 'zh').options.filter((option) => option.required && option.long);
    expect(options.length).toBeGreaterThan(8);
    for (const option of options) {
      // --locale names the language to speak in: alone at the end, it leaves the default, zh.
      const run = await reportlint([CLEAN, option.long!]);
      expectChineseError(run);
      expect(run.stderr).toContain(`选项 ${option.long} 后面缺少`);
    }
  });

  it('an output file that cannot be written, a folder with no report', async () => {
    const dir = inTemp({ 'taken/x': '', 'empty/readme.csv': 'x' });
    expectChineseError(await reportlint([CLEAN, '-o', 'taken/x/out.txt'], dir));
    expectChineseError(await reportlint(['--why', 'require-first-responsible-person', 'empty'], dir), ['empty']);
  });
});

describe('config errors', () => {
  const fixtures = readdirSync(INVALID).filter((name) => statSync(path.join(INVALID, name)).isDirectory());
  it.each(fixtures)('%s', async (name) => {
    const dir = path.join(INVALID, name);
    const config = readdirSync(dir).find((file) => /^(\.reportlintrc|package\.json)/.test(file))!;
    const built = readdirSync(dir).some((file) => /\.m?js$/.test(file));
    expectChineseError(await reportlint(['-c', path.join(dir, config), CLEAN], ROOT, built), wordsIn(dir));
  });

  const written: Array<[name: string, files: Record<string, string>, says?: string]> = [
    ['a full-width colon in YAML (the issue)', { '.reportlintrc.yaml': 'extends: reportlint:recommended\nsettings：\n  reportYear: 2024\n' }, '无法解析（第2行用了全角冒号“：”，应为半角“:”）'],
    ['a full-width colon that YAML reads as text', { '.reportlintrc.yaml': 'rules:\n  require-measures： off\n' }, '第2行用了全角冒号“：”'],
    ['full-width spaces as indentation', { '.reportlintrc.yaml': 'rules:\n\u3000\u3000require-measures: off\n' }, '第2行用了全角空格缩进'],
    ['a full-width colon in JSON', { '.reportlintrc.json': '{\n  "rules"：{}\n}' }, '第2行用了全角冒号“：”'],
    ['a full-width comma in JSON', { '.reportlintrc.json': '{"rules": {"require-measures": "off"，"require-date": "off"}}' }, '第1行用了全角逗号“，”'],
    ['Chinese quotes in JSON', { '.reportlintrc.json': '{“rules”: {}}' }, '第1行用了中文引号““”'],
    ['a trailing comma in JSON', { '.reportlintrc.json': '{"rules": {"require-measures": "off",}}' }, '第 1 行第'],
    ['a JSON file cut short', { '.reportlintrc.json': '{"rules": ' }, '内容不完整'],
    ['a tab in YAML', { '.reportlintrc.yaml': 'rules:\n\trequire-measures: off\n' }, '制表符'],
    ['a key twice in YAML', { '.reportlintrc.yaml': 'rules:\n  require-measures: off\n  require-measures: warn\n' }, '同一个键写了两次'],
    ['misaligned YAML', { '.reportlintrc.yaml': 'rules:\n  require-measures: off\n require-date: off\n' }, '缩进不对'],
    ['a YAML flow map left open', { '.reportlintrc.yaml': 'rules: {require-measures: off\n' }],
    ['a JS config with a syntax error', { '.reportlintrc.mjs': 'export default { rules: ' }, 'JavaScript 语法错误'],
    ['a JS config using an undefined name', { '.reportlintrc.mjs': 'export default { rules: undefinedName };' }, '用了未定义的名称'],
    ['a JS config importing a missing file', { '.reportlintrc.mjs': "import x from './nope.mjs';\nexport default x;" }, '它引用的模块找不到'],
    ['a package.json whose reportlint key is wrong', { 'package.json': '{"name": "x", "reportlint": {"rules": {"require-measure": "off"}}}' }],
    ['a broken package.json with a reportlint key', { 'package.json': '{"name": "x", "reportlint": {"rules": }' }],
    ['an unknown setting value', { '.reportlintrc.json': '{"settings": {"reportYear": "2024"}}' }],
    ['an unknown preset', { '.reportlintrc.json': '{"extends": "reportlint:strict"}' }],
    [
      'a plugin whose package.json is malformed',
      {
        '.reportlintrc.json': '{"plugins": ["village"]}',
        'node_modules/reportlint-plugin-village/package.json': '{ "name": "reportlint-plugin-village", "main": "index.js",, }',
        'node_modules/reportlint-plugin-village/index.js': 'export const rules = {};',
      },
      'package.json 无法解析：',
    ],
    [
      'a shared config whose package.json is malformed',
      {
        '.reportlintrc.json': '{"extends": "county"}',
        'node_modules/reportlint-config-county/package.json': '{ "name": "reportlint-config-county" "main": "index.json" }',
        'node_modules/reportlint-config-county/index.json': '{}',
      },
      '无法加载',
    ],
    ['a plugin importing a missing module', { '.reportlintrc.json': '{"plugins": ["./plugin.mjs"]}', 'plugin.mjs': "import 'reportlint-nonexistent-helper';\nexport const rules = {};" }, '它引用的模块找不到'],
  ];
  for (const [name, files, says] of written) {
    it(name, async () => {
      const dir = inTemp({ ...files, 'r.txt': readFileSync(CLEAN, 'utf8') });
      const run = await reportlint(['r.txt', '--locale', 'zh'], dir, Object.keys(files).some((file) => /\.m?js$/.test(file)));
      expectChineseError(run, Object.values(files).flatMap((text) => text.match(/[\w$./@-]+/g) ?? []));
      if (says) expect(run.stderr).toContain(says);
    });
  }

  it('a plugin whose package.json is malformed is not reported as missing', async () => {
    const dir = inTemp({
      '.reportlintrc.json': '{"plugins": ["village"]}',
      'node_modules/reportlint-plugin-village/package.json': '{ "name": "reportlint-plugin-village", "main": "index.js",, }',
      'node_modules/reportlint-plugin-village/index.js': 'export const rules = {};',
      'r.txt': readFileSync(CLEAN, 'utf8'),
    });
    const zh = await reportlint(['r.txt'], dir);
    expect(zh.stderr).not.toContain('找不到');
    expect(zh.stderr).toContain(`的插件 "village" 无法加载（${path.join(dir, 'node_modules/reportlint-plugin-village/package.json')} 无法解析：`);
    const en = await reportlint(['r.txt', '--locale', 'en'], dir);
    expect(en.stderr).toContain('cannot be loaded');
    expect(en.stderr).not.toContain('cannot be found');
  });
});

describe('the rest of the interface names things as the results do', () => {
  it('--list-rules says 错误/警告, as stylish does; error/warning in English', async () => {
    const zh = (await reportlint(['--list-rules'])).stdout;
    expect(zh).toMatch(/^date-format +错误 +/m);
    expect(zh).toMatch(/^date-deadline +警告 +/m);
    expect(zh).not.toMatch(/ (warn|error) /);
    // no-template-placeholders quotes the placeholders it looks for (XX县、20XX年).
    expect(englishWords(zh, ['XX', '20XX'])).toEqual([]);
    const en = (await reportlint(['--list-rules', '--locale', 'en'])).stdout;
    expect(en).toMatch(/^date-deadline +warning +/m);
  });

  it('--explain --locale en says the page is in Chinese, then prints it', async () => {
    const run = await reportlint(['--explain', 'require-measures', '--locale', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^The documentation of require-measures is written in Chinese only\. In short: \S.+\n\n# require-measures\n/);
    const zh = await reportlint(['--explain', 'require-measures']);
    expect(zh.stdout.startsWith('# require-measures\n')).toBe(true);
  });
});
