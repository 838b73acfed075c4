/**
 * Issue 11, point 4: a submission folder cannot run code or change the reviewer's rules.
 *
 *   县/                              the working directory (the reviewer's)
 *   县/.reportlintrc.yaml            the county's config: `enforce: [...]`
 *   县/收到的报告/乡/报告.txt          a township's report
 *   县/收到的报告/乡/<config>          what the township sent with it
 *
 * - A config found beside the reports (below the working directory) is data only: a JavaScript config, `plugins`, an
 *   `extends` of a JavaScript file or of an npm package whose entry is JavaScript (also one in a node_modules inside
 *   the submission) are refused with one line naming the file (and key), exit 2 — and the code did not run (each
 *   writes a marker file when run). The same configs run in their own folder, and with -c.
 * - Enforced rules: a township config (extending the county's or not), its overrides, --rule and reportlint-disable
 *   comments cannot turn them off, lower them or change their options; each attempt is an error of its own.
 * - Silenced findings: json's `suppressions` with the comment's reason; counted in table, xlsx and html, and listed
 *   with their reason in the html report.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';
import { lintText } from '../../src/engine/lint-text.js';
import type { LintResult } from '../../src/types.js';
import { reportlint, ROOT } from '../cli/run-cli.js';
import { all, cls, one, parseHtml, tag, text } from '../formatters/hast.js';
import { parseTable } from '../formatters/table-cells.js';

/** A township report with findings of several rules (require-problems-and-causes, terminology, …). */
const REPORT = readFileSync(path.join(ROOT, 'fixtures/seeds/001_778d263dd7ed8752.txt'), 'utf8');
const TOWN = '收到的报告/乡';
const MARKER = 'RAN';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A county folder with a township's submission; `files` are relative to the county folder. */
function county(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-trust-'));
  temps.push(dir);
  for (const [name, content] of Object.entries({ [`${TOWN}/报告.txt`]: REPORT, ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** CommonJS that leaves a marker beside itself when it runs, then exports `exported`. */
const cjs = (exported: string) => `require('node:fs').writeFileSync(require('node:path').join(__dirname, '${MARKER}'), 'x');\nmodule.exports = ${exported};\n`;
const PLUGIN = cjs("{ rules: { x: { meta: { messages: { m: { zh: '错', en: 'wrong' } } }, check() {} } } }");

/** What a township may send that would run code: the files, and the config and key the refusal names. */
const HOSTILE: Array<{ name: string; files: Record<string, string>; config: string; key?: string }> = [
  {
    name: '.reportlintrc.cjs',
    files: { [`${TOWN}/.reportlintrc.cjs`]: cjs("{ extends: 'reportlint:recommended' }") },
    config: '.reportlintrc.cjs',
  },
  {
    name: 'reportlint.config.mjs',
    files: {
      [`${TOWN}/reportlint.config.mjs`]: `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./${MARKER}', import.meta.url), 'x');\nexport default { extends: 'reportlint:recommended' };\n`,
    },
    config: 'reportlint.config.mjs',
  },
  {
    name: 'a YAML config with plugins',
    files: { [`${TOWN}/.reportlintrc.yaml`]: 'extends: reportlint:recommended\nplugins: [./乡规则.cjs]\n', [`${TOWN}/乡规则.cjs`]: PLUGIN },
    config: '.reportlintrc.yaml',
    key: 'plugins[0]',
  },
  {
    name: 'package.json with plugins',
    files: { [`${TOWN}/package.json`]: JSON.stringify({ reportlint: { plugins: ['./p.cjs'] } }), [`${TOWN}/p.cjs`]: PLUGIN },
    config: 'package.json',
    key: 'plugins[0]',
  },
  {
    name: 'extends of a .js file',
    files: { [`${TOWN}/.reportlintrc.yaml`]: 'extends: [reportlint:recommended, ./共用.js]\n', [`${TOWN}/共用.js`]: cjs('{}') },
    config: '.reportlintrc.yaml',
    key: 'extends[1]',
  },
  {
    name: 'extends of a package in a node_modules inside the submission',
    files: {
      [`${TOWN}/.reportlintrc.json`]: JSON.stringify({ extends: 'county' }),
      [`${TOWN}/node_modules/reportlint-config-county/package.json`]: JSON.stringify({ name: 'reportlint-config-county', main: 'index.js' }),
      [`${TOWN}/node_modules/reportlint-config-county/index.js`]: cjs('{}'),
    },
    config: '.reportlintrc.json',
    key: 'extends',
  },
  {
    name: 'a data config that extends one with plugins',
    files: {
      [`${TOWN}/.reportlintrc.yaml`]: 'extends: ./底稿/base.yaml\n',
      [`${TOWN}/底稿/base.yaml`]: 'plugins: [../p.cjs]\n',
      [`${TOWN}/p.cjs`]: PLUGIN,
    },
    config: '底稿/base.yaml',
    key: 'plugins[0]',
  },
];

/** Whether some file the township sent ran: a marker anywhere in the submission. */
function ran(dir: string): boolean {
  return [TOWN, `${TOWN}/底稿`, `${TOWN}/node_modules/reportlint-config-county`].some((folder) => existsSync(path.join(dir, folder, MARKER)));
}

describe('a config beside the reports is data only', () => {
  for (const { name, files, config, key } of HOSTILE) {
    it(`${name}: refused in one line naming the file${key ? ' and key' : ''}, exit 2, and nothing ran`, () => {
      const dir = county(files);
      const run = reportlint(['收到的报告/'], { cwd: dir });
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path.join(dir, TOWN, config));
      if (key) expect(lines[0]).toContain(` ${key} `);
      expect(lines[0]).toMatch(/工作目录或其上级文件夹/);
      expect(run.stdout).toBe('');
      expect(ran(dir)).toBe(false);
    });
  }

  it('the same configs run in their own folder (the working directory) and when named with -c', () => {
    for (const { name, files, config } of HOSTILE) {
      const inOwnFolder = county(files);
      const own = reportlint(['报告.txt'], { cwd: path.join(inOwnFolder, TOWN) });
      expect([name, own.stderr]).toEqual([name, '']);
      expect([name, ran(inOwnFolder)]).toEqual([name, true]);

      const named = county(files);
      const withC = reportlint(['-c', path.join(TOWN, config), '收到的报告/'], { cwd: named });
      expect([name, withC.stderr]).toEqual([name, '']);
      expect([name, ran(named)]).toEqual([name, true]);
    }
  });

  it('English too, and the error says how to trust it', () => {
    const dir = county(HOSTILE[0]!.files);
    const run = reportlint(['收到的报告/', '--locale', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path.join(dir, TOWN, '.reportlintrc.cjs')} is a JavaScript config outside the working directory`);
    expect(run.stderr).toContain('name it with -c');
  });

  it('$import (which cosmiconfig would follow) is an unknown key, and what it names does not run', () => {
    const dir = county({ [`${TOWN}/.reportlintrc.yaml`]: '$import: ./x.cjs\n', [`${TOWN}/x.cjs`]: cjs('{}') });
    const run = reportlint(['收到的报告/'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`reportlint: 配置无效：${path.join(dir, TOWN, '.reportlintrc.yaml')} 中的顶层键 $import 不认识（要继承其他配置文件，请写 extends）`);
    expect(ran(dir)).toBe(false);
  });

  it('data configs beside the reports work: YAML, extends of presets, of YAML files and of a package whose entry is JSON', async () => {
    const dir = county({
      [`${TOWN}/.reportlintrc.yaml`]: 'extends: [reportlint:recommended, ./底稿/base.yaml, town]\nrules:\n  terminology: warn\n',
      [`${TOWN}/底稿/base.yaml`]: 'rules:\n  title-format: off\n',
      [`${TOWN}/node_modules/reportlint-config-town/package.json`]: JSON.stringify({ name: 'reportlint-config-town', main: 'index.json' }),
      [`${TOWN}/node_modules/reportlint-config-town/index.json`]: JSON.stringify({ rules: { 'no-empty-section': 'off' } }),
    });
    const config = await createConfigLoader({ cwd: dir, builtinRules }).forFile(`${TOWN}/报告.txt`);
    expect(config.rules.get('terminology')!.setting.severity).toBe(1);
    expect(config.rules.has('title-format')).toBe(false);
    expect(config.rules.has('no-empty-section')).toBe(false);
  });

  it("a YAML config in the working directory or above is the reviewer's own: reached from beside the reports, its plugins load", async () => {
    const dir = county({
      '.reportlintrc.yaml': 'extends: reportlint:recommended\nplugins: [./县规则.cjs]\nrules:\n  县规则/x: error\n',
      '县规则.cjs': PLUGIN,
      [`${TOWN}/.reportlintrc.yaml`]: 'extends: ../../.reportlintrc.yaml\n',
    });
    const config = await createConfigLoader({ cwd: dir, builtinRules }).forFile(`${TOWN}/报告.txt`);
    expect(config.rules.get('县规则/x')!.setting.severity).toBe(2);
    expect(existsSync(path.join(dir, MARKER))).toBe(true);
  });

  it('a JavaScript file in the working directory is not code a township config may name', async () => {
    const dir = county({ 'build.cjs': cjs('{}'), [`${TOWN}/.reportlintrc.yaml`]: 'extends: ../../build.cjs\n' });
    const error = await createConfigLoader({ cwd: dir, builtinRules }).forFile(`${TOWN}/报告.txt`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).keyPath).toBe('extends');
    expect(existsSync(path.join(dir, MARKER))).toBe(false);
  });

  it("a township's ignorePatterns do not drop its report from a county run in silence: the file is listed with a warning", () => {
    const dir = county({
      '.reportlintrc.yaml': 'extends: reportlint:recommended\n',
      [`${TOWN}/.reportlintrc.yaml`]: 'extends: reportlint:recommended\nignorePatterns: [报告.txt]\n',
    });
    const run = reportlint(['收到的报告/', '-f', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout) as LintResult[];
    expect(results.map((result) => path.relative(dir, result.filePath))).toEqual([`${TOWN}/报告.txt`]);
    expect(results[0]!.warningCount).toBe(1);
    expect(results[0]!.messages[0]!.message).toContain('报告.txt');
    expect(results[0]!.messages[0]!.message).toContain(path.join(TOWN, '.reportlintrc.yaml'));
    // In its own folder the pattern is the writer's to set: the report is skipped (and the folder then has none).
    const own = reportlint(['.', '-f', 'json'], { cwd: path.join(dir, TOWN) });
    expect(JSON.parse(own.stdout)[0].messages[0].message).toMatch(/都已忽略/);
  });

  it("when the county config enforces rules, a township's ignorePatterns do not apply: its report is checked", async () => {
    const dir = county({
      '.reportlintrc.yaml': 'extends: reportlint:recommended\nignorePatterns: [旧稿/]\nenforce: [require-problems-and-causes]\n',
      [`${TOWN}/.reportlintrc.yaml`]: 'extends: reportlint:recommended\nignorePatterns: [报告.txt]\n',
      [`${TOWN}/旧稿/报告.txt`]: REPORT,
    });
    const loader = createConfigLoader({ cwd: dir, builtinRules });
    expect(await loader.ignoredBy(`${TOWN}/报告.txt`)).toBeUndefined();
    // The county's own patterns still apply.
    expect(await loader.ignoredBy('收到的报告/旧稿/a.txt')).toMatchObject({ pattern: '旧稿/' });
    const results = JSON.parse(reportlint(['收到的报告/', '-f', 'json'], { cwd: dir }).stdout) as LintResult[];
    expect(results.map((result) => path.relative(dir, result.filePath))).toEqual([`${TOWN}/报告.txt`, `${TOWN}/旧稿/报告.txt`]);
    expect(results[0]!.messages.some((message) => message.ruleId === 'require-problems-and-causes')).toBe(true);
  });
});

/** The county's config: three rules enforced, one of them with options. */
const COUNTY = `extends: reportlint:recommended
rules:
  date-deadline: error
  require-measures: [error, { minLength: 200 }]
enforce: [require-problems-and-causes, date-deadline, require-measures]
`;

async function lintFile(dir: string, file: string, options: { cliRules?: string[]; text?: string } = {}) {
  const loader = createConfigLoader({ cwd: dir, builtinRules, ...(options.cliRules ? { cliRules: options.cliRules } : {}) });
  const config = await loader.forFile(file);
  const result = await lintText({ filePath: file, text: options.text ?? REPORT, syntax: 'text' }, config);
  return { config, result, attempts: result.messages.filter((message) => message.ruleId === null).map((message) => message.message) };
}

describe('enforced rules', () => {
  it("a township config that does not extend the county's still gets them, at the county's setting; its attempts are errors", async () => {
    const dir = county({
      '.reportlintrc.yaml': COUNTY,
      [`${TOWN}/.reportlintrc.yaml`]: `extends: reportlint:recommended
rules:
  require-problems-and-causes: off
  date-deadline: warn
  require-measures: [error, { minLength: 1 }]
  terminology: off
`,
    });
    const { config, result, attempts } = await lintFile(dir, `${TOWN}/报告.txt`);
    expect(config.rules.get('require-problems-and-causes')!.setting.severity).toBe(2);
    expect(config.rules.get('date-deadline')!.setting.severity).toBe(2);
    expect(config.rules.get('require-measures')!.setting.options).toMatchObject({ minLength: 200 });
    // Not enforced: the township's config decides.
    expect(config.rules.has('terminology')).toBe(false);
    expect(config.enforcement!.rules).toEqual(
      new Map([
        ['date-deadline', '.reportlintrc.yaml'],
        ['require-measures', '.reportlintrc.yaml'],
        ['require-problems-and-causes', '.reportlintrc.yaml'],
      ]),
    );
    const town = path.join(TOWN, '.reportlintrc.yaml');
    expect(attempts).toEqual([
      `${town} 中的 rules.require-problems-and-causes 要关闭规则 require-problems-and-causes，但 .reportlintrc.yaml 规定必须检查这条规则（enforce），这项设置未生效`,
      `${town} 中的 rules.date-deadline 要降低规则 date-deadline 的级别，但 .reportlintrc.yaml 规定了它的最低级别（enforce），这项设置未生效`,
      `${town} 中的 rules.require-measures 要改变规则 require-measures 的选项，但 .reportlintrc.yaml 规定了这条规则的选项（enforce），这项设置未生效`,
    ]);
    for (const message of result.messages.filter((m) => m.ruleId === null)) expect(message).toMatchObject({ severity: 2, line: 1, column: 1 });
    // The rule the township turned off still reports.
    expect(result.messages.some((message) => message.ruleId === 'require-problems-and-causes')).toBe(true);
  });

  it('a township config that extends the county config cannot lower them either, nor can its overrides', async () => {
    const dir = county({
      '.reportlintrc.yaml': COUNTY,
      [`${TOWN}/.reportlintrc.yaml`]: `extends: ../../.reportlintrc.yaml
rules:
  require-problems-and-causes: warn
overrides:
  - files: ["*.txt"]
    rules:
      date-deadline: off
`,
    });
    const { config, attempts } = await lintFile(dir, `${TOWN}/报告.txt`);
    expect(config.rules.get('require-problems-and-causes')!.setting.severity).toBe(2);
    expect(config.rules.get('date-deadline')!.setting.severity).toBe(2);
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toContain('rules.require-problems-and-causes 要降低规则');
    expect(attempts[1]).toContain('overrides[0].rules.date-deadline 要关闭规则');
  });

  it('raising an enforced rule is allowed and is no attempt; a file with no other config is checked by the county config', async () => {
    const dir = county({
      '.reportlintrc.yaml': COUNTY.replace('date-deadline: error', 'date-deadline: warn'),
      [`${TOWN}/.reportlintrc.yaml`]: 'extends: reportlint:recommended\nrules:\n  date-deadline: error\n',
      '部门/报告.txt': REPORT,
    });
    const town = await lintFile(dir, `${TOWN}/报告.txt`);
    expect(town.config.rules.get('date-deadline')!.setting.severity).toBe(2);
    expect(town.attempts).toEqual([]);
    const own = await lintFile(dir, '部门/报告.txt');
    expect(own.config.rules.get('date-deadline')!.setting.severity).toBe(1);
    expect(own.attempts).toEqual([]);
  });

  it('--rule cannot lower them: the attempt names the command line', async () => {
    const dir = county({ '.reportlintrc.yaml': COUNTY });
    const { config, attempts } = await lintFile(dir, `${TOWN}/报告.txt`, { cliRules: ['require-problems-and-causes: off', 'terminology: off'] });
    expect(config.rules.get('require-problems-and-causes')!.setting.severity).toBe(2);
    expect(config.rules.has('terminology')).toBe(false);
    expect(attempts).toEqual([
      '命令行 --rule 中的 rules.require-problems-and-causes 要关闭规则 require-problems-and-causes，但 .reportlintrc.yaml 规定必须检查这条规则（enforce），这项设置未生效',
    ]);
  });

  it('reportlint-disable comments cannot silence them: the findings stay, each comment is an error; other rules are silenced', async () => {
    const dir = county({ '.reportlintrc.yaml': COUNTY });
    const text = `<!-- reportlint-disable-file require-problems-and-causes -- 县里同意 -->\n<!-- reportlint-disable-file -- 全部屏蔽 -->\n${REPORT}`;
    const { result, attempts } = await lintFile(dir, `${TOWN}/报告.txt`, { text });
    expect(result.messages.filter((message) => message.ruleId === 'require-problems-and-causes')).toHaveLength(1);
    expect(attempts).toEqual([
      'reportlint-disable-file 注释不能屏蔽规则 require-problems-and-causes：.reportlintrc.yaml 规定必须检查这条规则（enforce），它发现的问题照常报告',
      'reportlint-disable-file 注释不能屏蔽规则 require-problems-and-causes：.reportlintrc.yaml 规定必须检查这条规则（enforce），它发现的问题照常报告',
    ]);
    expect(result.messages.filter((message) => message.ruleId === null).map((message) => message.line)).toEqual([1, 2]);
    // The blanket comment still silences the rules that are not enforced.
    expect(result.suppressedMessages.length).toBeGreaterThan(0);
    expect(result.suppressedMessages.every((message) => message.ruleId !== 'require-problems-and-causes')).toBe(true);
  });

  it("the county's own rules (customRules) reach a township config that knows nothing of them", async () => {
    const dir = county({
      '.reportlintrc.yaml': `extends: reportlint:recommended
customRules:
  - id: 写明法律顾问
    kind: require
    patterns: [法律顾问]
    message: 未说明法律顾问工作情况
enforce: 写明法律顾问
`,
      [`${TOWN}/.reportlintrc.yaml`]: 'extends: reportlint:recommended\n',
    });
    const { result } = await lintFile(dir, `${TOWN}/报告.txt`, { text: '关于2024年法治政府建设情况的报告\n' });
    expect(result.messages.some((message) => message.ruleId === '写明法律顾问')).toBe(true);
  });

  it('an unknown rule in enforce is a config error naming the key; --print-config shows what is enforced', async () => {
    const bad = county({ '.reportlintrc.yaml': 'extends: reportlint:recommended\nenforce: [require-measure]\n' });
    const error = (await createConfigLoader({ cwd: bad, builtinRules }).forFile('a.txt').catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`配置无效：${path.join(bad, '.reportlintrc.yaml')} 中 enforce[0] 不是已知的规则，是否想写 require-measures？（用 --list-rules 查看所有规则）`);

    const dir = county({ '.reportlintrc.yaml': COUNTY });
    const printed = JSON.parse(reportlint(['--print-config', `${TOWN}/报告.txt`], { cwd: dir }).stdout) as { enforced: Record<string, string> };
    expect(printed.enforced).toEqual({
      'date-deadline': '.reportlintrc.yaml',
      'require-measures': '.reportlintrc.yaml',
      'require-problems-and-causes': '.reportlintrc.yaml',
    });
  });

  it('through the CLI: the attempt is an error (exit 1) printed with the findings', () => {
    const dir = county({ '.reportlintrc.yaml': COUNTY, [`${TOWN}/.reportlintrc.yaml`]: 'rules:\n  require-problems-and-causes: off\n' });
    const run = reportlint(['收到的报告/'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('要关闭规则 require-problems-and-causes');
    expect(run.stdout).toContain('require-problems-and-causes\n');
  });
});

describe('silenced findings are shown with their reason', () => {
  // The first half-width colon is on the report's line 4: the second comment silences it, giving no reason.
  const lines = REPORT.split('\n');
  const SILENCED = [
    '<!-- reportlint-disable-file require-enforcement-systems -- 本乡没有行政执法权 -->',
    ...lines.slice(0, 3),
    '<!-- reportlint-disable-next-line fullwidth-punctuation -->',
    ...lines.slice(3),
  ].join('\n');

  function submissions(): string {
    return county({ [`${TOWN}/报告.txt`]: SILENCED, '收到的报告/镇/报告.txt': REPORT });
  }

  it('json: suppressedMessages carry ESLint\'s suppressions with the comment\'s reason ("" without one)', () => {
    const dir = submissions();
    const results = JSON.parse(reportlint(['收到的报告/', '-f', 'json'], { cwd: dir }).stdout) as Array<LintResult & { suppressedMessages: Array<{ ruleId: string; suppressions: unknown }> }>;
    const town = results.find((result) => result.filePath.includes(`${path.sep}乡${path.sep}`))!;
    const systems = town.suppressedMessages.filter((message) => message.ruleId === 'require-enforcement-systems');
    expect(systems).toHaveLength(3);
    for (const message of systems) expect(message.suppressions).toEqual([{ kind: 'directive', justification: '本乡没有行政执法权' }]);
    const punctuation = town.suppressedMessages.filter((message) => message.ruleId === 'fullwidth-punctuation');
    expect(punctuation.map((message) => message.suppressions)).toEqual([[{ kind: 'directive', justification: '' }]]);
    // Messages that were not silenced have no such field.
    expect(town.messages.every((message) => !('suppressions' in message))).toBe(true);
  });

  it('table and xlsx count them in their own column; html counts and lists them with the reason', async () => {
    const dir = submissions();
    const table = parseTable(reportlint(['收到的报告/', '-f', 'table'], { cwd: dir }).stdout);
    const column = table.header.indexOf('已屏蔽');
    expect(column).toBeGreaterThan(0);
    expect(table.rows.map((row) => [row[0], row[column]])).toEqual([
      [`${TOWN}/报告.txt`, '4'],
      ['收到的报告/镇/报告.txt', '0'],
    ]);
    expect(table.total[column]).toBe('4');

    reportlint(['收到的报告/', '-f', 'xlsx', '-o', 'review.xlsx'], { cwd: dir });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'review.xlsx'));
    const sheet = book.getWorksheet('汇总')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const index = header.indexOf('已屏蔽') + 1;
    expect(index).toBeGreaterThan(0);
    expect([sheet.getRow(2).getCell(index).value, sheet.getRow(3).getCell(index).value]).toEqual([4, 0]);

    reportlint(['收到的报告/', '-f', 'html', '-o', 'review.html'], { cwd: dir });
    const page = parseHtml(readFileSync(path.join(dir, 'review.html'), 'utf8'));
    const summary = one(page, (element) => element.tagName === 'table' && element.properties?.id === 'summary');
    expect(all(one(summary, tag('thead')), tag('th')).map(text)).toContain('已屏蔽');
    expect(all(one(summary, tag('tbody')), cls('suppressed')).map(text)).toEqual(['4', '0']);
    const sections = all(page, cls('report'));
    const silenced = all(sections[0]!, cls('silenced-finding'));
    expect(silenced).toHaveLength(4);
    expect(silenced.map((row) => text(one(row, cls('justification'))))).toEqual(['（未写理由）', '本乡没有行政执法权', '本乡没有行政执法权', '本乡没有行政执法权']);
    expect(all(sections[1]!, cls('silenced-finding'))).toEqual([]);
  });
});
