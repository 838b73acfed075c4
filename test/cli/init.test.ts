/**
 * `reportlint --init [--level township|county|department]` (src/cli/init.ts, src/config/init-template.ts): a commented
 * .reportlintrc.yaml starter in the working directory that loads as it is and with every example uncommented, never
 * written over an existing config.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader, SEARCH_PLACES } from '../../src/config/index.js';
import { INIT_FILE, initTemplate } from '../../src/config/init-template.js';
import { CONFIG_KEYS } from '../../src/config/resolve.js';
import { englishWords } from './english.js';
import { reportlint, ROOT } from './run-cli.js';
import { uncommentExamples } from '../config/init-examples.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function emptyDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-init-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('reportlint --init', () => {
  it('writes a commented .reportlintrc.yaml that loads as a valid config, and says where and what next', async () => {
    const dir = emptyDir();
    const run = reportlint(['--init'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const file = path.join(dir, INIT_FILE);
    expect(run.stdout).toContain(`已生成配置文件 ${file}`);
    expect(run.stdout).toContain('reportlint --print-config 报告.docx');
    expect(englishWords(run.stdout)).toEqual([]);

    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^extends: reportlint:recommended$/m);
    expect(text).toMatch(/^ {2}level: township$/m);
    // Every key is explained in Chinese, and the examples are there, commented out.
    for (const key of ['rules', 'overrides', 'ignorePatterns', 'customRules']) expect(text).toMatch(new RegExp(`^# ${key}:$`, 'm'));
    expect(text).toContain('#   - files: ["部门/**"]');
    for (const kind of ['require', 'forbid', 'substitute', 'length']) expect(text).toContain(`#     kind: ${kind}`);
    const comments = text.split('\n').filter((line) => /^\s*#/.test(line) && /\p{Script=Han}/u.test(line));
    expect(comments.length).toBeGreaterThan(20);

    const config = await createConfigLoader({ cwd: dir, builtinRules }).forFile('报告.docx');
    expect(config.sources).toEqual(['reportlint:recommended', file]);
    expect(config.settings).toEqual({ level: 'township' });
    expect([...config.rules.keys()]).toEqual(Object.keys(builtinRules).sort());

    // The CLI finds it and lints with it.
    const printed = JSON.parse(reportlint(['--print-config', '报告.docx'], { cwd: dir }).stdout) as { settings: unknown };
    expect(printed.settings).toEqual({ level: 'township' });
    writeFileSync(path.join(dir, '报告.txt'), readFileSync(path.join(ROOT, 'fixtures/cli/clean.txt')));
    expect(reportlint(['报告.txt'], { cwd: dir }).code).toBe(0);
  });

  it('--level county and --level department (or 部门) write that level', () => {
    for (const [level, written] of [['county', 'county'], ['department', 'department'], ['部门', 'department'], ['乡镇', 'township']]) {
      const dir = emptyDir();
      expect(reportlint(['--init', '--level', level!], { cwd: dir }).code).toBe(0);
      expect(readFileSync(path.join(dir, INIT_FILE), 'utf8')).toMatch(new RegExp(`^ {2}level: ${written}$`, 'm'));
    }
  });

  it('still loads with every example uncommented: rules, overrides, ignorePatterns, customRules (whose examples pass --test-rules)', async () => {
    const dir = emptyDir();
    expect(reportlint(['--init', '--level', 'county'], { cwd: dir }).code).toBe(0);
    const file = path.join(dir, INIT_FILE);
    const uncommented = uncommentExamples(readFileSync(file, 'utf8'));
    expect(uncommented).not.toMatch(/^# (rules|overrides|ignorePatterns|customRules):/m);
    writeFileSync(file, uncommented);

    const loader = createConfigLoader({ cwd: dir, builtinRules });
    const town = await loader.forFile('乡镇/报告.txt');
    expect(town.settings).toEqual({ level: 'county', reportYear: expect.any(Number) });
    expect(town.rules.get('heading-numbering')!.setting.severity).toBe(1);
    expect(town.rules.get('date-deadline')!.setting.options).toMatchObject({ deadline: '01-31' });
    expect(town.rules.get('terminology')!.setting.options).toMatchObject({ terms: { 县法制办: '县司法局' } });
    expect((await loader.forFile('部门/财政局/报告.txt')).settings.level).toBe('department');
    expect((await loader.forFile('部门/草稿/报告.txt')).settings.level).toBe('county');
    expect(await loader.ignoredBy('乡镇/草稿/报告.txt')).toMatchObject({ pattern: '草稿/' });
    expect(await loader.ignoredBy('乡镇/报告模板.docx')).toMatchObject({ pattern: '*模板*' });

    // The custom rules register as rules and their own examples agree with them.
    expect(CONFIG_KEYS).toContain('customRules');
    for (const id of ['require-legal-adviser', 'no-old-legal-office', 'county-terms', 'max-length']) expect(town.rules.has(id), id).toBe(true);
    const tested = reportlint(['--test-rules'], { cwd: dir });
    expect(tested.code, tested.stdout + tested.stderr).toBe(0);
    const printed = JSON.parse(reportlint(['--print-config', '乡镇/报告.txt'], { cwd: dir }).stdout) as {
      provenance: { rules: Record<string, { definedIn: string }> };
    };
    expect(printed.provenance.rules['require-legal-adviser']!.definedIn).toBe(`${file}#customRules[0]`);
  });

  it('in English with --locale en, and the same examples', () => {
    const zh = initTemplate('township', 'zh');
    const en = initTemplate('township', 'en');
    expect(en).toContain('# reportlint config (written by reportlint --init)');
    expect(en).not.toMatch(/^\s*#.*(查找|严重级别)/m);
    // The same config once uncommented, but for the custom rules' messages (in the user's language).
    const config = (text: string) =>
      JSON.stringify(parse(uncommentExamples(text)), (key, value: unknown) => (key === 'message' ? undefined : value));
    expect(config(en)).toEqual(config(zh));
  });

  it.each(SEARCH_PLACES.filter((name) => name !== 'package.json'))('refuses to overwrite: %s exists (exit 2, one Chinese line)', (name) => {
    const dir = emptyDir({ [name]: name.endsWith('js') ? 'export default {};' : '' });
    const run = reportlint(['--init'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`reportlint: 当前文件夹已有配置文件 ${name}，没有写入新的配置；如需重新生成，请先删除或改名\n`);
    expect(existsSync(path.join(dir, INIT_FILE))).toBe(name === INIT_FILE);
    if (name === INIT_FILE) expect(readFileSync(path.join(dir, INIT_FILE), 'utf8')).toBe('');
  });

  it('a package.json counts only with a "reportlint" key', () => {
    const withKey = emptyDir({ 'package.json': JSON.stringify({ name: 'x', reportlint: { extends: 'reportlint:all' } }) });
    expect(reportlint(['--init'], { cwd: withKey }).stderr).toContain('已有配置文件 package.json');
    const without = emptyDir({ 'package.json': JSON.stringify({ name: 'x' }) });
    expect(reportlint(['--init'], { cwd: without }).code).toBe(0);
    expect(existsSync(path.join(without, INIT_FILE))).toBe(true);
  });

  it('a config in a parent folder is no reason to refuse (this folder gets its own)', () => {
    const parent = emptyDir({ '.reportlintrc.yaml': 'extends: reportlint:all\n' });
    mkdirSync(path.join(parent, '乡镇'));
    expect(reportlint(['--init'], { cwd: path.join(parent, '乡镇') }).code).toBe(0);
  });

  it('usage errors: --level without --init, an unknown level, files to lint', () => {
    const dir = emptyDir();
    const cases: Array<[string[], string]> = [
      [['--level', 'county', 'a.txt'], 'reportlint: --level 只能与 --init 一起使用\n'],
      [['--init', '--level', 'provence'], 'reportlint: --level 的值“provence”不对：应为乡镇、县或部门\n'],
      [['--init', 'a.txt'], 'reportlint: --init 只生成配置文件，不能同时指定要检查的文件\n'],
    ];
    for (const [args, says] of cases) {
      const run = reportlint(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(says);
    }
    expect(existsSync(path.join(dir, INIT_FILE))).toBe(false);
  });
});
