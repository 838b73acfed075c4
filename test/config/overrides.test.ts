/**
 * Issue 10, config for a county: `overrides` (ESLint's classic semantics, src/config/overrides.ts), `ignorePatterns`
 * and `--ignore-pattern` (src/config/ignore.ts) as the loader sees them, and the provenance --print-config shows
 * (src/config/provenance.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader, type ConfigLoaderOptions } from '../../src/config/index.js';
import { defaultIgnore } from '../../src/config/ignore.js';
import { ConfigError } from '../../src/errors.js';
import type { ResolvedConfig } from '../../src/types.js';
import { englishWords } from '../cli/english.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary county folder with these files (configs as YAML text). */
function county(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-overrides-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function loader(cwd: string, options: Partial<ConfigLoaderOptions> = {}) {
  return createConfigLoader({ cwd, builtinRules, ...options });
}

const severity = (config: ResolvedConfig, id: string) => config.rules.get(id)?.setting.severity ?? 0;

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const COUNTY = `
extends: reportlint:recommended
settings:
  level: township
  reportYear: 2023
rules:
  heading-numbering: warn
overrides:
  - files: ["部门/**"]
    excludedFiles: "部门/草稿/**"
    settings:
      level: department
    rules:
      require-measures: warn
  - files: ["部门/公安局/**", "*.pdf"]
    rules:
      require-measures: [off]
      date-deadline: [error, { deadline: "01-31" }]
`;

describe('overrides', () => {
  it('apply in order to the files they match, later winning; settings merge shallowly', async () => {
    const dir = county({ '.reportlintrc.yaml': COUNTY });
    const l = loader(dir);
    const town = await l.forFile('乡镇/赵庄镇/报告.docx');
    expect(town.settings).toEqual({ level: 'township', reportYear: 2023 });
    expect(severity(town, 'require-measures')).toBe(2);
    expect(severity(town, 'heading-numbering')).toBe(1);

    const finance = await l.forFile('部门/财政局/报告.txt');
    expect(finance.settings).toEqual({ level: 'department', reportYear: 2023 });
    expect(severity(finance, 'require-measures')).toBe(1);
    expect(severity(finance, 'heading-numbering')).toBe(1);

    // Both blocks match: the second turns require-measures off and gives date-deadline options.
    const police = await l.forFile('部门/公安局/报告.docx');
    expect(police.settings.level).toBe('department');
    expect(police.rules.has('require-measures')).toBe(false);
    expect(police.rules.get('date-deadline')!.setting).toEqual({ severity: 2, options: { level: '', deadline: '01-31' } });

    // excludedFiles takes the drafts out of the first block.
    expect((await l.forFile('部门/草稿/报告.txt')).settings.level).toBe('township');
  });

  it('a glob without "/" matches the file name anywhere; a glob ending in "/" matches the folder below', async () => {
    const dir = county({
      '.reportlintrc.yaml': `
overrides:
  - files: "*.pdf"
    rules: { date-format: error }
  - files: 乡镇/
    rules: { title-format: warn }
`,
    });
    const l = loader(dir);
    expect([...(await l.forFile('部门/x/报告.pdf')).rules.keys()]).toEqual(['date-format']);
    expect([...(await l.forFile('报告.pdf')).rules.keys()]).toEqual(['date-format']);
    expect([...(await l.forFile('乡镇/a/b/报告.txt')).rules.keys()]).toEqual(['title-format']);
    expect([...(await l.forFile('部门/乡镇/报告.txt')).rules.keys()]).toEqual([]);
    // `*` matches dot files too (ESLint's dot: true).
    expect([...(await l.forFile('.草稿.pdf')).rules.keys()]).toEqual(['date-format']);
  });

  it('globs are relative to the config file that declares them, also through extends; its overrides come before the extending file', async () => {
    const dir = county({
      '.reportlintrc.yaml': COUNTY,
      '乡镇/赵庄镇/.reportlintrc.yaml': `
extends: ../../.reportlintrc.yaml
rules:
  require-measures: [error, { minLength: 100 }]
overrides:
  - files: "部门/**"
    settings: { reportYear: 2024 }
`,
    });
    const l = loader(dir);
    // The county's 部门/** means <county>/部门/**, not 乡镇/赵庄镇/部门/**: only the township's own block matches here.
    const inTown = await l.forFile('乡镇/赵庄镇/部门/报告.txt');
    expect(inTown.settings).toEqual({ level: 'township', reportYear: 2024 });
    // With -c, a file in the county's 部门 gets the county's block; the township's own key wins over it (ESLint's order).
    const withC = loader(dir, { configFile: '乡镇/赵庄镇/.reportlintrc.yaml' });
    const finance = await withC.forFile('部门/财政局/报告.txt');
    expect(finance.settings).toEqual({ level: 'department', reportYear: 2023 });
    expect(finance.rules.get('require-measures')!.setting.severity).toBe(2);
    expect(finance.rules.get('require-measures')!.setting.options).toMatchObject({ minLength: 100 });
  });

  it('files sharing a config and the same matching blocks share one resolved config; a config without overrides, one for all', async () => {
    const dir = county({ '.reportlintrc.yaml': COUNTY, '其他/.reportlintrc.yaml': 'extends: reportlint:recommended\n' });
    const l = loader(dir);
    expect(await l.forFile('部门/财政局/a.txt')).toBe(await l.forFile('部门/教育局/b.docx'));
    expect(await l.forFile('部门/财政局/a.txt')).not.toBe(await l.forFile('乡镇/a.txt'));
    expect(await l.forFile('乡镇/a.txt')).toBe(await l.forFile('街道/b.txt'));
    expect(await l.forFile('其他/a.txt')).toBe(await l.forFile('其他/子/b.pdf'));
  });

  describe('errors name the file and the key', () => {
    const cases: Array<[name: string, overrides: string, key: string, says: string]> = [
      ['not a list', 'overrides: { files: a }', 'overrides', '应为列表'],
      ['a block that is not an object', 'overrides: [部门/**]', 'overrides[0]', '应为对象'],
      ['an unknown key, with a hint', 'overrides: [{ files: a, rule: {} }]', 'overrides[0].rule', '是否想写 rules？'],
      ['an ESLint key not taken here', 'overrides: [{ files: a, extends: reportlint:all }]', 'overrides[0].extends', '不是 overrides 中可用的键'],
      ['no files', 'overrides: [{ rules: { date-format: off } }]', 'overrides[0].files', '请写明这一项适用于哪些文件'],
      ['empty files', 'overrides: [{ files: [] }]', 'overrides[0].files', '请写明这一项适用于哪些文件'],
      ['files of the wrong type', 'overrides: [{ files: 3 }]', 'overrides[0].files', '应为字符串或字符串数组'],
      ['a glob with ..', 'overrides: [{ files: "../部门/**" }]', 'overrides[0].files', '不能含“..”'],
      ['an absolute glob', 'overrides: [{ files: /县/部门/** }]', 'overrides[0].files', '不能以“/”开头'],
      ['an excludedFiles glob with ..', 'overrides: [{ files: a, excludedFiles: [b, "x/../y"] }]', 'overrides[0].excludedFiles', '不能含“..”'],
      ['a bad severity', 'overrides: [{ files: a }, { files: b, rules: { require-measures: fatal } }]', 'overrides[1].rules.require-measures', '严重级别 "fatal" 不合法'],
      ['an unknown rule, in a block no file matches', 'overrides: [{ files: 没有/**, rules: { require-measure: off } }]', 'overrides[0].rules.require-measure', '是否想写 require-measures？'],
      ['a bad option', 'overrides: [{ files: 没有/**, rules: { require-measures: [error, { minLength: many }] } }]', 'overrides[0].rules.require-measures', '应为数字'],
      ['a bad setting value', 'overrides: [{ files: 部门/**, settings: { level: deparment } }]', 'overrides[0].settings.level', '是否想写 department？'],
      ['a misspelt setting', 'overrides: [{ files: 部门/**, settings: { reportyear: 2024 } }]', 'overrides[0].settings.reportyear', '是否想写 reportYear？'],
      ['rules that are not an object', 'overrides: [{ files: a, rules: [a] }]', 'overrides[0].rules', '应为对象'],
    ];
    it.each(cases)('%s', async (_name, overrides, key, says) => {
      const dir = county({ '.reportlintrc.yaml': overrides });
      const error = await configError(loader(dir).forFile('乡镇/报告.txt'));
      expect(error.filePath).toBe(path.join(dir, '.reportlintrc.yaml'));
      expect(error.keyPath).toBe(key);
      expect(error.message).toContain(`${path.join(dir, '.reportlintrc.yaml')} 中`);
      expect(error.message).toContain(key);
      expect(error.message).toContain(says);
      expect(error.message.split('\n')).toHaveLength(1);
      // Chinese but for the names a writer types and what they wrote.
      expect(englishWords(error.message, overrides.match(/[\w$./@-]+/g) ?? [])).toEqual([]);
    });

    it('in English too', async () => {
      const dir = county({ '.reportlintrc.yaml': 'overrides: [{ rules: {} }]' });
      const error = await configError(loader(dir, { locale: 'en' }).forFile('x.txt'));
      expect(error.message).toMatch(/^Invalid config: overrides\[0\]\.files is missing in .*: name the files/);
    });
  });

  it('--print-config keeps its three fields as they were and adds provenance: where each rule entry and setting came from, which blocks matched', async () => {
    const dir = county({ '.reportlintrc.yaml': COUNTY });
    const config = path.join(dir, '.reportlintrc.yaml');
    const l = loader(dir, { cliRules: ['title-format: off'] });
    const printed = await l.printConfig('部门/财政局/报告.txt');
    expect(Object.keys(printed)).toEqual(['sources', 'settings', 'rules']);
    expect(printed.settings).toEqual({ level: 'department', reportYear: 2023 });
    expect(printed.rules['require-measures']![0]).toBe('warn');

    const inspected = await l.inspectConfig('部门/财政局/报告.txt');
    expect({ sources: inspected.sources, settings: inspected.settings, rules: inspected.rules }).toEqual(printed);
    const { provenance } = inspected;
    expect(provenance.settings).toEqual({ level: `${config}#overrides[0].settings.level`, reportYear: `${config}#settings.reportYear` });
    expect(provenance.rules['require-measures']).toEqual({
      definedIn: 'reportlint',
      severity: `${config}#overrides[0].rules.require-measures`,
      options: 'default',
      entries: ['reportlint:recommended#rules.require-measures', `${config}#overrides[0].rules.require-measures`],
    });
    expect(provenance.rules['heading-numbering']!.severity).toBe(`${config}#rules.heading-numbering`);
    expect(provenance.rules['title-format']!.severity).toBe('--rule#rules.title-format');
    expect(provenance.overrides).toEqual([
      { from: `${config}#overrides[0]`, files: ['部门/**'], excludedFiles: ['部门/草稿/**'], matched: true },
      { from: `${config}#overrides[1]`, files: ['部门/公安局/**', '*.pdf'], excludedFiles: [], matched: false },
    ]);
    expect(provenance.ignored).toBeNull();

    const police = (await l.inspectConfig('部门/公安局/报告.pdf')).provenance;
    expect(police.overrides.map((o) => o.matched)).toEqual([true, true]);
    expect(police.rules['date-deadline']).toMatchObject({
      severity: `${config}#overrides[1].rules.date-deadline`,
      options: `${config}#overrides[1].rules.date-deadline`,
    });
  });

  it('provenance names the plugins entry that defines a plugin rule', async () => {
    const dir = county({
      '.reportlintrc.yaml': 'plugins: [./county.mjs]\nrules: { county/no-x: error }\n',
      'county.mjs': "export const rules = { 'no-x': { meta: { messages: { x: { zh: '甲', en: 'x' } } }, check() {} } };\n",
    });
    const { provenance } = await loader(dir).inspectConfig('r.txt');
    expect(provenance.rules['county/no-x']).toMatchObject({
      definedIn: `${path.join(dir, '.reportlintrc.yaml')}#plugins[0]`,
      severity: `${path.join(dir, '.reportlintrc.yaml')}#rules.county/no-x`,
    });
  });
});

describe('ignorePatterns and --ignore-pattern', () => {
  it('are gitignore patterns relative to the config file that writes them (also through extends) and to cwd', async () => {
    const dir = county({
      '.reportlintrc.yaml': 'ignorePatterns: [草稿/, "*.bak.txt", "/旧报告.txt"]\n',
      '乡镇/.reportlintrc.yaml': 'extends: ../.reportlintrc.yaml\nignorePatterns: 第一稿*\n',
    });
    const config = path.join(dir, '.reportlintrc.yaml');
    const town = path.join(dir, '乡镇/.reportlintrc.yaml');
    const l = loader(dir, { ignorePatterns: ['部门/财政局/'] });
    expect(await l.ignoredBy('部门/草稿/报告.txt')).toEqual({ pattern: '草稿/', from: `${config}#ignorePatterns[0]` });
    expect(await l.ignoredBy('乡镇/甲镇/a.bak.txt')).toEqual({ pattern: '*.bak.txt', from: `${config}#ignorePatterns[1]` });
    // "/旧报告.txt" is anchored to the county folder.
    expect(await l.ignoredBy('旧报告.txt')).toMatchObject({ pattern: '/旧报告.txt' });
    expect(await l.ignoredBy('部门/旧报告.txt')).toBeUndefined();
    // The township's own pattern (a string), relative to its folder; found beside the reports (below cwd), so a folder
    // run lists the file it ignores rather than dropping it in silence (issue 11).
    expect(await l.ignoredBy('乡镇/甲镇/第一稿.docx')).toEqual({ pattern: '第一稿*', from: `${town}#ignorePatterns`, beside: true });
    expect(await l.ignoredBy('第一稿.docx')).toBeUndefined();
    // --ignore-pattern, relative to cwd.
    expect(await l.ignoredBy('部门/财政局/报告.txt')).toEqual({ pattern: '部门/财政局/', from: '--ignore-pattern' });
    expect(await l.ignoredBy('部门/教育局/报告.txt')).toBeUndefined();
    // --no-ignore
    expect(await loader(dir, { ignore: false, ignorePatterns: ['*'] }).ignoredBy('部门/草稿/报告.txt')).toBeUndefined();
  });

  it('a later "!" pattern re-includes, also from a later file or the command line', async () => {
    const dir = county({
      '.reportlintrc.yaml': 'ignorePatterns: ["*稿*", "!定稿*"]\n',
      '乡镇/.reportlintrc.yaml': 'extends: ../.reportlintrc.yaml\nignorePatterns: ["!二稿.txt"]\n',
    });
    const l = loader(dir, { ignorePatterns: ['!部门/三稿.txt'] });
    expect(await l.ignoredBy('部门/初稿.txt')).toMatchObject({ pattern: '*稿*' });
    expect(await l.ignoredBy('部门/定稿.txt')).toBeUndefined();
    expect(await l.ignoredBy('部门/二稿.txt')).toMatchObject({ pattern: '*稿*' });
    expect(await l.ignoredBy('乡镇/二稿.txt')).toBeUndefined();
    expect(await l.ignoredBy('部门/三稿.txt')).toBeUndefined();
  });

  it('must be a string or a list of strings', async () => {
    const dir = county({ '.reportlintrc.yaml': 'ignorePatterns: { a: 1 }\n' });
    const error = await configError(loader(dir).forFile('x.txt'));
    expect(error.keyPath).toBe('ignorePatterns');
    expect(error.message).toContain('应为字符串或字符串数组');
  });

  it('are listed by --print-config with where each was written, and the pattern that ignores the file', async () => {
    const dir = county({ '.reportlintrc.yaml': 'ignorePatterns: 草稿/\n' });
    const l = loader(dir, { ignorePatterns: ['*.bak'] });
    const { provenance } = await l.inspectConfig('部门/草稿/a.txt', { patterns: ['附件/'] });
    expect(provenance.ignorePatterns).toEqual([
      { pattern: '附件/', from: 'default' },
      { pattern: '草稿/', from: `${path.join(dir, '.reportlintrc.yaml')}#ignorePatterns`, base: dir },
      { pattern: '*.bak', from: '--ignore-pattern', base: dir },
    ]);
    expect(provenance.ignored).toEqual({ pattern: '草稿/', from: `${path.join(dir, '.reportlintrc.yaml')}#ignorePatterns` });
  });

  it('default ignores: 附件 folders, ~$ lock files, dot files and folders, judged on the path below the folder searched', () => {
    expect(defaultIgnore('乡镇/李集镇/附件/说明.docx')).toBe('attachment');
    expect(defaultIgnore('附件/说明.docx')).toBe('attachment');
    expect(defaultIgnore('乡镇/~$报告.docx')).toBe('lockFile');
    expect(defaultIgnore('.hidden.txt')).toBe('dotFile');
    expect(defaultIgnore('.git/a/b.txt')).toBe('dotFile');
    expect(defaultIgnore('乡镇/附件1.docx')).toBeUndefined();
    expect(defaultIgnore('附件.docx')).toBeUndefined();
    expect(defaultIgnore('乡镇/报告.docx')).toBeUndefined();
    // outside cwd: only the name counts
    expect(defaultIgnore('../.cache/附件/报告.txt')).toBeUndefined();
    expect(defaultIgnore('../x/~$报告.docx')).toBe('lockFile');
  });
});
