/**
 * `customRules` (issue 10): rules a county office writes in its config without code — require, forbid, substitute,
 * length — checked when the config loads (each problem one line naming the file and the key), compiled into ordinary
 * rules, and linted like the built-in ones, with the same places in Word, PDF and web pages.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader } from '../../src/config/index.js';
import { parseCustomRules, type CustomRuleRecord } from '../../src/config/custom-rules.js';
import { defaultOptions } from '../../src/config/options.js';
import { parseSeverity } from '../../src/config/resolve.js';
import { lintText } from '../../src/engine/lint-text.js';
import { ConfigError } from '../../src/errors.js';
import { readDocument } from '../../src/read/index.js';
import type { AnyRule, LintMessage, Locale, ResolvedConfig } from '../../src/types.js';

const FILE = '/county/.reportlintrc.json';

/** Compiles `customRules` as the config loader does, for a file named FILE. */
function compile(definitions: unknown, locale: Locale = 'zh'): Promise<CustomRuleRecord[]> {
  return parseCustomRules(definitions, {
    at: (key) => ({ file: FILE, key, locale }),
    isBuiltin: (id) => Object.hasOwn(builtinRules, id),
    parseSeverity,
  });
}

async function rule(definition: Record<string, unknown>): Promise<AnyRule> {
  return (await compile([{ id: 'county-rule', message: '不符合县里的要求', ...definition }]))[0]!.rule;
}

/** A config with only `rules` on, at error. */
function only(...rules: AnyRule[]): ResolvedConfig {
  return {
    rules: new Map(rules.map((r) => [r.meta.id, { rule: r, setting: { severity: 2 as const, options: defaultOptions(r.meta.options) } }])),
    settings: {},
    sources: [],
  };
}

async function lint(text: string, ...rules: AnyRule[]): Promise<LintMessage[]> {
  return (await lintText({ filePath: 'report.txt', text, syntax: 'text' }, only(...rules))).messages;
}

/** The ConfigError a promise rejects with. */
async function refused(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const REPORT = [
  '某镇2024年法治政府建设情况报告',
  '一、主要举措和成效',
  '（一）完善法律顾问制度。聘请法律顾问2名，审查合同12份。',
  '二、存在的问题',
  '一是法治意识不强，原因在于学习不够。',
  '三、下一步工作打算',
  '加强执法队伍建设。',
  '某镇人民政府',
  '2025年1月10日',
].join('\n');

describe('a pure module (it will run in a browser page too)', () => {
  /** The relative imports of a module, transitively, and what it imports from outside. */
  function graph(file: string, seen = new Set<string>(), outside = new Set<string>()): { seen: Set<string>; outside: Set<string> } {
    if (seen.has(file)) return { seen, outside };
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+'([^']+)'|import\('([^']+)'\)/g)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) graph(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')), seen, outside);
      else outside.add(specifier);
    }
    return { seen, outside };
  }

  // In the mutation run the sources are StrykerJS's instrumented copies, which read its state from `process.`.
  it.skipIf(process.env['REPORTLINT_MUTATION'] === '1')('custom-rules.ts and all it imports use no file system, no process, only re2js from outside', () => {
    const { seen, outside } = graph(path.resolve('src/config/custom-rules.ts'));
    expect([...seen].map((file) => path.relative('src', file)).sort()).toContain('config/patterns.ts');
    expect([...seen].map((file) => path.relative('src', file)).sort()).toContain('model/parts.ts');
    expect([...outside].filter((name) => !name.startsWith('mdast') && name !== 'unist')).toEqual(['re2js']);
    for (const file of seen) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bprocess\.|from 'node:/);
  });
});

describe('require', () => {
  it('passes when a pattern occurs in the part, fails at the part heading when none does', async () => {
    const inMeasures = await rule({ kind: 'require', in: 'measures', patterns: ['法律顾问'] });
    expect(await lint(REPORT, inMeasures)).toEqual([]);
    const inPlan = await rule({ kind: 'require', in: 'plan', patterns: ['法律顾问'], message: '下一步工作中未写法律顾问' });
    const [message, ...rest] = await lint(REPORT, inPlan);
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ ruleId: 'county-rule', severity: 2, line: 6, column: 1, message: '下一步工作中未写法律顾问' });
    expect(REPORT.slice(...message!.range)).toBe('三、下一步工作打算');
  });

  it('a part the report does not have: at the title, saying so', async () => {
    const r = await rule({ kind: 'require', in: 'first-responsible-person', patterns: ['述法'], message: '未写主要负责人述法情况' });
    const [message] = await lint(REPORT, r);
    expect(message).toMatchObject({ line: 1, column: 1, message: '未写主要负责人述法情况（未找到“第一责任人履职情况”部分）' });
  });

  it('minCount counts different patterns; the count is added when the message does not give it', async () => {
    const two = await rule({ kind: 'require', patterns: ['法律顾问', '公职律师', '合同'], minCount: 2, message: '法律服务写得不全' });
    expect(await lint(REPORT, two)).toEqual([]);
    const three = await rule({ kind: 'require', patterns: ['法律顾问', '公职律师', '合同'], minCount: 3, message: '法律服务写得不全' });
    expect((await lint(REPORT, three))[0]!.message).toBe('法律服务写得不全（写到 2 项，至少应有 3 项）');
    const placeholders = await rule({
      kind: 'require',
      patterns: ['法律顾问', '公职律师', '合同'],
      minCount: 3,
      message: '{part}只写到 {count} 项（{found}），应写到 {min} 项：{expected}',
    });
    expect((await lint(REPORT, placeholders))[0]!.message).toBe('报告只写到 2 项（法律顾问、合同），应写到 3 项：法律顾问、公职律师、合同');
  });

  it('patterns are matched with the spaces and line breaks of PDF text removed', async () => {
    const r = await rule({ kind: 'require', in: 'measures', patterns: ['聘请法律顾问2名'] });
    expect(await lint(REPORT.replace('聘请法律顾问2名', '聘请法律\n顾问 2 名'), r)).toEqual([]);
    expect(await lint(REPORT.replace('聘请法律顾问2名', '聘请律师2名'), r)).toHaveLength(1);
  });
});

describe('forbid', () => {
  it('reports every occurrence in the part, with the text found', async () => {
    const r = await rule({ kind: 'forbid', patterns: ['县法制办', '/法制(宣传|教育)/'], message: '不得使用已撤销的机构名称和旧提法' });
    const text = `${REPORT}\n县法制办开展法制宣传和法制教育。`;
    const messages = await lint(text, r);
    expect(messages.map((m) => [text.slice(...m.range), m.message])).toEqual([
      ['县法制办', '不得使用已撤销的机构名称和旧提法（“县法制办”）'],
      ['法制宣传', '不得使用已撤销的机构名称和旧提法（“法制宣传”）'],
      ['法制教育', '不得使用已撤销的机构名称和旧提法（“法制教育”）'],
    ]);
    expect(await lint(REPORT, r)).toEqual([]);
  });

  it('only in the part it names; overlapping patterns report once', async () => {
    const r = await rule({ kind: 'forbid', in: 'problems', patterns: ['学习', '学习不够'], message: '不要写“{found}”（{pattern}）' });
    const messages = await lint(REPORT, r);
    expect(messages.map((m) => m.message)).toEqual(['不要写“学习不够”（学习不够）']);
    expect(messages[0]!.line).toBe(5);
  });
});

describe('substitute', () => {
  const map = { 县法制办: '县司法局', '/法制宣传(教育)?/': '法治宣传教育', 依法治县委员会: '全面依法治县委员会' };

  it('reports each wrong form with a fix; --fix applies it and fixing again changes nothing', async () => {
    const r = await rule({ kind: 'substitute', patterns: map, message: '机构名称或提法不规范' });
    expect(r.meta.fixable).toBe(true);
    const text = `${REPORT}\n县法制办和依法治县委员会开展法制宣传。全面依法治县委员会召开会议。`;
    const messages = await lint(text, r);
    expect(messages.map((m) => m.message)).toEqual([
      '机构名称或提法不规范（“县法制办”应为“县司法局”）',
      '机构名称或提法不规范（“依法治县委员会”应为“全面依法治县委员会”）',
      '机构名称或提法不规范（“法制宣传”应为“法治宣传教育”）',
    ]);
    const fixed = await lintText({ filePath: 'report.txt', text, syntax: 'text' }, only(r), { fix: true });
    expect(fixed.output).toBe(`${REPORT}\n县司法局和全面依法治县委员会开展法治宣传教育。全面依法治县委员会召开会议。`);
    expect(fixed.messages).toEqual([]);
  });

  it('a wrong form cut by a line break is reported without a fix', async () => {
    const r = await rule({ kind: 'substitute', patterns: { 县法制办: '县司法局' }, message: '请写“{expected}”，不写“{found}”' });
    const [message] = await lint(`${REPORT.replace('加强执法队伍建设。', '配合县法\n制办开展培训。')}`, r);
    expect(message).toMatchObject({ message: '请写“县司法局”，不写“县法制办”' });
    expect(message!.fix).toBeUndefined();
  });
});

describe('length', () => {
  it('counts the Chinese characters of the report or a part, reported at the title or the part heading', async () => {
    const han = (s: string) => s.match(/\p{Script=Han}/gu)!.length;
    const total = han(REPORT);
    const max = await rule({ kind: 'length', max: total - 1, message: '报告篇幅过长' });
    const [long] = await lint(REPORT, max);
    expect(long).toMatchObject({ line: 1, message: `报告篇幅过长（报告共 ${total} 字，超过 ${total - 1} 字）` });
    expect(await lint(REPORT, await rule({ kind: 'length', max: total, message: '过长' }))).toEqual([]);

    const problems = han('二、存在的问题一是法治意识不强，原因在于学习不够。');
    const short = await rule({ kind: 'length', in: 'problems', min: problems + 1, message: '问题部分只有 {count} 字，应不少于 {min} 字' });
    const [message] = await lint(REPORT, short);
    expect(message).toMatchObject({ line: 4, message: `问题部分只有 ${problems} 字，应不少于 ${problems + 1} 字` });
    expect(await lint(REPORT, await rule({ kind: 'length', in: 'problems', min: problems, max: problems, message: 'x' }))).toEqual([]);
  });

  it('a part the report lacks has no characters', async () => {
    const r = await rule({ kind: 'length', in: 'first-responsible-person', min: 50, message: '第一责任人部分太短' });
    expect((await lint(REPORT, r))[0]!.message).toBe('第一责任人部分太短（“第一责任人履职情况”部分共 0 字，少于 50 字）（未找到“第一责任人履职情况”部分）');
  });
});

describe('parts', () => {
  const found = async (part: string, phrase: string) =>
    (await lint(REPORT, await rule({ kind: 'require', in: part, patterns: [phrase] }))).length === 0;

  it.each([
    ['title', '某镇2024年', true],
    ['title', '法律顾问', false],
    ['measures', '审查合同', true],
    ['problems', '原因在于', true],
    ['problems', '审查合同', false],
    ['plan', '执法队伍', true],
    ['closing', '2025年1月10日', true],
    ['closing', '执法队伍', false],
    ['any', '某镇人民政府', true],
  ])('%s: %s → %s', async (part, phrase, expected) => {
    expect(await found(part, phrase)).toBe(expected);
  });
});

describe('messages in English', () => {
  it('messageEn, else the Chinese message; the notes follow --locale', async () => {
    const [record] = await compile([{ id: 'x', kind: 'forbid', patterns: ['县法制办'], message: '不得使用旧机构名称', messageEn: 'Old office name' }]);
    const text = `${REPORT}\n县法制办`;
    const en = await lintText({ filePath: 'r.txt', text, syntax: 'text' }, only(record!.rule), { locale: 'en' });
    expect(en.messages[0]!.message).toBe('Old office name ("县法制办")');
    const [plain] = await compile([{ id: 'x', kind: 'forbid', patterns: ['县法制办'], message: '不得使用旧机构名称' }]);
    const zhOnly = await lintText({ filePath: 'r.txt', text, syntax: 'text' }, only(plain!.rule), { locale: 'en' });
    expect(zhOnly.messages[0]!.message).toBe('不得使用旧机构名称 ("县法制办")');
  });
});

describe('config errors: one line naming the file and the key', () => {
  const cases: Array<[name: string, definitions: unknown, key: string, says: string]> = [
    ['not a list', { a: 1 }, 'customRules', '应为列表'],
    ['an item that is not an object', ['法律顾问'], 'customRules[0]', '应为对象'],
    ['an unknown key', [{ id: 'a', kind: 'forbid', patterns: ['x'], message: 'm', pattern: 'x' }], 'customRules[0].pattern', '是否想写 patterns？'],
    ['no id', [{ kind: 'forbid', patterns: ['x'], message: 'm' }], 'customRules[0]', '缺少 id'],
    ['a bad id', [{ id: 'Require Adviser', kind: 'forbid', patterns: ['x'], message: 'm' }], 'customRules[0].id', '规则名 "Require Adviser" 不合规范'],
    ['a plugin-like id', [{ id: 'county/adviser', kind: 'forbid', patterns: ['x'], message: 'm' }], 'customRules[0].id', '不合规范'],
    ['a built-in id', [{ id: 'terminology', kind: 'forbid', patterns: ['x'], message: 'm' }], 'customRules[0].id', '与内置规则重名'],
    [
      'an id twice',
      [
        { id: 'a', kind: 'forbid', patterns: ['x'], message: 'm' },
        { id: 'a', kind: 'forbid', patterns: ['y'], message: 'm' },
      ],
      'customRules[1].id',
      '已在 customRules[0] 定义过',
    ],
    ['no kind', [{ id: 'a', patterns: ['x'], message: 'm' }], 'customRules[0]', '缺少 kind'],
    ['an unknown kind', [{ id: 'a', kind: 'requires', patterns: ['x'], message: 'm' }], 'customRules[0].kind', '是否想写 require？'],
    ['a key of another kind', [{ id: 'a', kind: 'forbid', patterns: ['x'], message: 'm', max: 3 }], 'customRules[0].max', '只用于 length 类型'],
    ['no message', [{ id: 'a', kind: 'forbid', patterns: ['x'] }], 'customRules[0]', '缺少 message'],
    ['an empty message', [{ id: 'a', kind: 'forbid', patterns: ['x'], message: ' ' }], 'customRules[0].message', '应为非空字符串'],
    ['an unknown placeholder', [{ id: 'a', kind: 'forbid', patterns: ['x'], message: '有{count}处' }], 'customRules[0].message', '占位符 {count} 不认识'],
    ['{max} without max', [{ id: 'a', kind: 'length', min: 3, message: '不超过{max}字' }], 'customRules[0].message', '占位符 {max} 不认识'],
    ['a bad severity', [{ id: 'a', kind: 'forbid', patterns: ['x'], message: 'm', severity: 'fatal' }], 'customRules[0].severity', '严重级别 "fatal" 不合法'],
    ['an unknown part', [{ id: 'a', kind: 'forbid', patterns: ['x'], message: 'm', in: 'measure' }], 'customRules[0].in', '是否想写 measures？'],
    ['no patterns', [{ id: 'a', kind: 'require', message: 'm' }], 'customRules[0]', '缺少 patterns'],
    ['empty patterns', [{ id: 'a', kind: 'require', patterns: [], message: 'm' }], 'customRules[0].patterns', '应为词语列表'],
    ['a pattern that is not text', [{ id: 'a', kind: 'require', patterns: ['x', 3], message: 'm' }], 'customRules[0].patterns[1]', '应为字符串'],
    ['an empty phrase', [{ id: 'a', kind: 'require', patterns: ['x', ' 　'], message: 'm' }], 'customRules[0].patterns[1]', '是空的'],
    ['minCount above the patterns', [{ id: 'a', kind: 'require', patterns: ['x'], minCount: 2, message: 'm' }], 'customRules[0].minCount', 'patterns 只有 1 项'],
    ['minCount 0', [{ id: 'a', kind: 'require', patterns: ['x'], minCount: 0, message: 'm' }], 'customRules[0].minCount', '应为正整数'],
    ['a substitute list', [{ id: 'a', kind: 'substitute', patterns: ['x'], message: 'm' }], 'customRules[0].patterns', '错误写法: 正确写法'],
    ['an empty right form', [{ id: 'a', kind: 'substitute', patterns: { 法制办: '' }, message: 'm' }], 'customRules[0].patterns.法制办', '正确写法'],
    ['length without bounds', [{ id: 'a', kind: 'length', message: 'm' }], 'customRules[0]', '至少要写 min'],
    ['min above max', [{ id: 'a', kind: 'length', min: 9, max: 3, message: 'm' }], 'customRules[0].min', '大于 max'],
    ['a negative max', [{ id: 'a', kind: 'length', max: -1, message: 'm' }], 'customRules[0].max', '不小于 0 的整数'],
    ['examples of an unknown kind', [{ id: 'a', kind: 'forbid', patterns: ['x'], message: 'm', examples: { vaild: ['x'] } }], 'customRules[0].examples.vaild', '是否想写 valid？'],
    ['an empty example', [{ id: 'a', kind: 'forbid', patterns: ['x'], message: 'm', examples: { valid: [''] } }], 'customRules[0].examples.valid', '报告片段的列表'],
  ];
  it.each(cases)('%s', async (_name, definitions, key, says) => {
    const error = await refused(compile(definitions));
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(/^配置无效：/);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(` ${key} `);
    expect(error.message).toContain(says);
    expect(error.keyPath).toBe(key);
  });

  it('Chinese ids are accepted', async () => {
    const [record] = await compile([{ id: '写明法律顾问', kind: 'require', patterns: ['法律顾问'], message: 'm' }]);
    expect(record!.rule.meta.id).toBe('写明法律顾问');
  });
});

describe('regular expressions: refused with the reason, or linear', () => {
  const pattern = (p: string) => compile([{ id: 'a', kind: 'forbid', patterns: ['法律顾问', p], message: 'm' }]);
  it.each([
    ['/(?=法律)顾问/', '不支持“(?=”这样的向前查找'],
    ['/(法律)\\1/', '不支持“\\1”这样的反向引用'],
    ['/(法律顾问/', '缺少“)”'],
    ['/[法律顾问/', '缺少“]”'],
    ['/法律顾问)/', '多了一个“)”'],
    ['/a{2,1}/', '重复次数 {2,1} 不对'],
    ['/*法律/', '前面没有可以重复的内容'],
    ['/[z-a]/', '字符范围 z-a 不对'],
    ['/法律\\/', '末尾多了一个反斜杠'],
    ['/法律顾问/m', '不支持的标志 m'],
    ['/法律 顾问/', '其中有空格'],
    ['/a*/', '能匹配空字符串'],
    ['/^/', '能匹配空字符串'],
  ])('%s', async (written, says) => {
    const error = await refused(pattern(written));
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(`${FILE} 中 customRules[0].patterns[1] 的正则表达式 ${JSON.stringify(written)} `);
    expect(error.message).toContain(says);
  });

  it('flags i, u, g; lookbehind; \\uXXXX escapes', async () => {
    const text = `${REPORT}\nAPP 上线。依法治县委员会，全面依法治县委员会。`;
    const hits = async (p: string) => (await lint(text, await rule({ kind: 'forbid', patterns: [p] }))).map((m) => text.slice(...m.range));
    expect(await hits('/app/i')).toEqual(['APP']);
    expect(await hits('/app/')).toEqual([]);
    expect(await hits('/(?<!全面)依法治县委员会/gu')).toEqual(['依法治县委员会']);
    expect(await hits('/\\u6cd5\\u5f8b顾问/')).toEqual(['法律顾问', '法律顾问']);
    expect(await hits('/[\\u4e00-\\u9fa5]{2}顾问/')).toEqual(['法律顾问', '法律顾问']);
  });

  it('/(a+)+$/ on 100 KB of "a" runs in linear time', async () => {
    const started = performance.now();
    const r = await rule({ kind: 'forbid', patterns: ['/(a+)+$/', '/(a|aa)+b/'], message: '不得出现' });
    const text = 'a'.repeat(100_000);
    const messages = await lint(text, r);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.range).toEqual([0, 100_000]);
    // A backtracking engine needs longer than the age of the universe here; RE2 takes well under a second.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('in a config file', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function folder(files: Record<string, unknown>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-custom-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    }
    return dir;
  }
  const adviser = { id: '写明法律顾问', kind: 'require', in: 'measures', patterns: ['法律顾问'], message: '未写法律顾问工作' };
  const office = { id: 'no-old-office', kind: 'forbid', patterns: ['县法制办'], message: '不得使用旧机构名称', severity: 'warn' };

  const severities = (config: ResolvedConfig) =>
    Object.fromEntries([...config.rules].filter(([id]) => !Object.hasOwn(builtinRules, id)).map(([id, { setting }]) => [id, setting.severity]));

  it('on at its severity (default error) from the file that defines it; rules, --rule and an extending file change it', async () => {
    const dir = folder({
      'county.json': { extends: 'reportlint:recommended', customRules: [adviser, office] },
      'a/.reportlintrc.json': { extends: '../county.json' },
      'b/.reportlintrc.json': { extends: '../county.json', rules: { 写明法律顾问: 'warn', 'no-old-office': 'off' } },
      'c/.reportlintrc.json': { customRules: [{ ...office, severity: 'off' }], rules: {} },
      'd/.reportlintrc.json': { customRules: [{ ...office, severity: 'off' }], rules: { 'no-old-office': true } },
    });
    const loader = createConfigLoader({ cwd: dir, builtinRules });
    expect(severities(await loader.forFile('a/r.txt'))).toEqual({ 写明法律顾问: 2, 'no-old-office': 1 });
    expect(severities(await loader.forFile('b/r.txt'))).toEqual({ 写明法律顾问: 1 });
    expect(severities(await loader.forFile('c/r.txt'))).toEqual({});
    expect(severities(await loader.forFile('d/r.txt'))).toEqual({ 'no-old-office': 2 });
    const cli = createConfigLoader({ cwd: dir, builtinRules, cliRules: ['写明法律顾问: off'] });
    expect(severities(await cli.forFile('a/r.txt'))).toEqual({ 'no-old-office': 1 });
    // A file the rule is defined in and the file that extends it: the later file's rules win.
    const printed = await loader.printConfig('b/r.txt');
    expect(printed.rules['写明法律顾问']).toEqual(['warn', {}]);
    expect(printed.rules['no-old-office']).toEqual(['off', {}]);
  });

  it("a county's shared npm package (reportlint-config-<county>) brings its custom rules", async () => {
    const dir = folder({
      'node_modules/reportlint-config-qingshui/package.json': { name: 'reportlint-config-qingshui', main: 'index.json' },
      'node_modules/reportlint-config-qingshui/index.json': { extends: 'reportlint:recommended', customRules: [adviser] },
      '.reportlintrc.json': { extends: 'qingshui' },
    });
    const config = await createConfigLoader({ cwd: dir, builtinRules }).forFile('r.txt');
    expect(severities(config)).toEqual({ 写明法律顾问: 2 });
    expect(config.rules.get('写明法律顾问')!.rule.meta.custom!.file).toBe(path.join(dir, 'node_modules/reportlint-config-qingshui/index.json'));
  });

  it('an id defined in two files is an error; one file reached twice is not', async () => {
    const dir = folder({
      'county.json': { customRules: [adviser] },
      'a.json': { extends: './county.json' },
      'b.json': { extends: './county.json' },
      'twice/.reportlintrc.json': { extends: ['../a.json', '../b.json'] },
      'clash/.reportlintrc.json': { extends: '../county.json', customRules: [{ ...adviser, patterns: ['公职律师'] }] },
    });
    const loader = createConfigLoader({ cwd: dir, builtinRules });
    expect(severities(await loader.forFile('twice/r.txt'))).toEqual({ 写明法律顾问: 2 });
    const error = await refused(loader.forFile('clash/r.txt'));
    expect(error.message).toBe(
      `配置无效：${path.join(dir, 'clash/.reportlintrc.json')} 中 customRules[0].id 的规则名 "写明法律顾问" 已在 ${path.join(dir, 'county.json')} customRules[0] 定义过：规则名不能重复（要调整已有的自定义规则，请写在 rules 中）`,
    );
  });

  it('a bad pattern stops the run with one line naming the file and key; so does a misspelt top-level key', async () => {
    const dir = folder({
      'bad/.reportlintrc.json': { customRules: [{ ...office, patterns: ['县法制办', '/(?!县)法制办/'] }] },
      'typo/.reportlintrc.json': { customRule: [office] },
    });
    const loader = createConfigLoader({ cwd: dir, builtinRules });
    const error = await refused(loader.forFile('bad/r.txt'));
    expect(error.message).toMatch(/^配置无效：\S+bad\/\.reportlintrc\.json 中 customRules\[0\]\.patterns\[1\] 的正则表达式 "\/\(\?!县\)法制办\/" 无法使用：不支持“\(\?!”这样的向前查找/);
    expect((await refused(loader.forFile('typo/r.txt'))).message).toContain('是否想写 customRules？');
  });

  it('reportlint-disable comments name custom rules; the docs link is not invented', async () => {
    const dir = folder({ '.reportlintrc.json': { customRules: [office] } });
    const config = await createConfigLoader({ cwd: dir, builtinRules }).forFile('r.txt');
    const text = `${REPORT}\n县法制办组织培训。\n<!-- reportlint-disable-next-line no-old-office -- 引用旧文件 -->\n县法制办印发的文件。`;
    const result = await lintText({ filePath: 'r.txt', text, syntax: 'text' }, config);
    expect(result.messages.map((m) => [m.ruleId, m.line, m.severity])).toEqual([['no-old-office', 10, 1]]);
    expect(result.messages[0]!.url).toBeUndefined();
    expect(result.suppressedMessages).toHaveLength(1);
  });
});

describe('the seeds, as a person would judge them', () => {
  const seeds = readdirSync('fixtures/seeds')
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const text = (seed: string) => readFileSync(`fixtures/seeds/${seed}`, 'utf8');
  const verdicts = async (definition: Record<string, unknown>) => {
    const r = await rule(definition);
    const result: Record<string, string[]> = {};
    for (const seed of seeds) {
      const document = await readDocument(`fixtures/seeds/${seed}`);
      const messages = (await lintText(document, only(r))).messages;
      result[seed.slice(0, 3)] = messages.map((m) => `${m.line}:${m.message}`);
    }
    return result;
  };

  it('require 法律顾问 in measures: every seed describes its legal advisers in the year\'s work', async () => {
    expect(await verdicts({ kind: 'require', in: 'measures', patterns: ['法律顾问'], message: '未写法律顾问工作' })).toEqual({
      '000': [],
      '001': [],
      '002': [],
      '003': [],
      '004': [],
    });
  });

  it('require 行政复议 in measures: only 002 reports on administrative reconsideration; the others at their measures heading', async () => {
    // Checked by reading: 行政复议 appears once in the seeds, in 002's work (二、加强法治监督…).
    expect(seeds.filter((seed) => text(seed).includes('行政复议'))).toEqual(['002_10dd5ecf361dedb7.txt']);
    const found = await verdicts({ kind: 'require', in: 'measures', patterns: ['行政复议'], message: '未报告行政复议情况' });
    expect(found).toEqual({
      '000': ['7:未报告行政复议情况'], // 一、法治政府建设情况
      '001': ['14:未报告行政复议情况'], // 二、主要举措及成效 (一、 is the leaders' duty)
      '002': [],
      '003': ['5:未报告行政复议情况'], // 一、工作开展情况
      '004': ['8:未报告行政复议情况'], // 一、2022年度推进法治政府建设的主要举措和成效
    });
    const line = (seed: string, n: number) => text(seed).split('\n')[n - 1]!.trim();
    expect(line('000_452fc7be030a272b.txt', 7)).toBe('一、法治政府建设情况');
    expect(line('001_778d263dd7ed8752.txt', 14)).toBe('二、主要举措及成效');
    expect(line('003_fb4fb1fb4ee4856e.txt', 5)).toBe('一、工作开展情况');
    expect(line('004_ce0fc0e530b0009c.txt', 8)).toBe('一、2022年度推进法治政府建设的主要举措和成效');
  });

  it('require 合法性审查 in measures: 003 and 004 describe it, 000–002 do not', async () => {
    const found = await verdicts({ kind: 'require', in: 'measures', patterns: ['合法性审查'], message: '未写合法性审查' });
    expect(Object.entries(found).filter(([, messages]) => messages.length === 0).map(([seed]) => seed)).toEqual(['003', '004']);
  });

  it('require 第一责任 in first-responsible-person: 001 and 004 have that part; the others get the note at the title', async () => {
    const found = await verdicts({ kind: 'require', in: 'first-responsible-person', patterns: ['第一责任'], message: '未单列第一责任人履职情况' });
    expect(found['001']).toEqual([]);
    expect(found['004']).toEqual([]);
    for (const seed of ['000', '002', '003']) {
      expect(found[seed]).toHaveLength(1);
      expect(found[seed]![0]).toMatch(/^\d+:未单列第一责任人履职情况（未找到“第一责任人履职情况”部分）$/);
    }
  });

  it('forbid the old 法制宣传/法制教育/法制氛围: as many findings as the text has', async () => {
    const found = await verdicts({ kind: 'forbid', patterns: ['/法制(宣传|教育|氛围)/'], message: '请用“法治”' });
    for (const seed of seeds) {
      const expected = text(seed).match(/法制(宣传|教育|氛围)/g)?.length ?? 0;
      expect(found[seed.slice(0, 3)], seed).toHaveLength(expected);
    }
    expect(found['001']).toHaveLength(4);
    expect(found['002']).toEqual([]);
  });

  it('length at most 2,500 Chinese characters: 001, 002 and 004 are longer, with the count in the message', async () => {
    const found = await verdicts({ kind: 'length', max: 2500, message: '报告篇幅过长' });
    expect(found['000']).toEqual([]);
    expect(found['003']).toEqual([]);
    expect(found['001']).toEqual(['3:报告篇幅过长（报告共 2726 字，超过 2500 字）']);
    expect(found['002']![0]).toMatch(/^7:报告篇幅过长（报告共 3065 字/);
    // 004 was copied from a web page: the breadcrumb and the 发布时间 line are not the report.
    expect(found['004']![0]).toMatch(/^3:报告篇幅过长（报告共 2511 字/);
  });
});

describe('Word, PDF and web pages: the same findings at the same places as built-in rules', () => {
  const FORMS = ['docx', 'html', 'pdf', 'indent.pdf'] as const;
  const PLACE = ['line', 'column', 'endLine', 'endColumn', 'paragraph', 'page', 'pageLine'] as const;
  const place = (m: LintMessage) => Object.fromEntries(PLACE.filter((k) => m[k] !== undefined).map((k) => [k, m[k]]));

  const defined = compile([
    { id: 'same-as-terminology', kind: 'substitute', patterns: { 法治审核: '法制审核' }, message: 'm' },
    { id: 'title-anchor', kind: 'require', patterns: ['不会出现的词语'], message: 'm' },
    { id: 'problems-anchor', kind: 'require', in: 'problems', patterns: ['不会出现的词语'], message: 'm' },
    { id: 'advisers', kind: 'forbid', patterns: ['法律顾问'], message: 'm' },
    { id: 'report-length', kind: 'length', max: 100, message: 'm' },
  ]);
  const seeds = ['000_452fc7be030a272b', '001_778d263dd7ed8752', '002_10dd5ecf361dedb7', '003_fb4fb1fb4ee4856e', '004_ce0fc0e530b0009c'];

  async function run(file: string) {
    const custom = (await defined).map((record) => record.rule);
    const config = only(...custom, builtinRules['terminology']!, builtinRules['require-first-responsible-person']!, builtinRules['require-problems-and-causes']!);
    return (await lintText(await readDocument(file), config)).messages;
  }

  describe.each(seeds)('%s', (seed) => {
    const baseline = run(`fixtures/seeds/${seed}.txt`);

    it.each(FORMS)('.%s', async (form) => {
      const messages = await run(`fixtures/formats/${seed}.${form}`);
      const expected = await baseline;
      const counts = (list: LintMessage[]) => {
        const ids = list.map((m) => m.ruleId!).filter((id) => !Object.hasOwn(builtinRules, id));
        return Object.fromEntries([...new Set(ids)].sort().map((id) => [id, ids.filter((x) => x === id).length]));
      };
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(counts(messages)).toEqual(counts(expected));

      const of = (id: string) => messages.filter((m) => m.ruleId === id);
      // The same phrase as terminology's 法治审核 → 法制审核, found at the very same place.
      expect(of('same-as-terminology').map(place)).toEqual(of('terminology').filter((m) => m.message.includes('“法治审核”')).map(place));
      // Reported at the title, as require-first-responsible-person reports a missing duty.
      const title = of('title-anchor')[0]!;
      const duty = of('require-first-responsible-person').find((m) => m.messageId === 'missing');
      if (duty) expect(place(title)).toEqual(place(duty));
      expect(place(of('report-length')[0]!)).toEqual(place(title));
      // At the problems heading, as require-problems-and-causes reports causes it cannot find there.
      const causes = of('require-problems-and-causes').find((m) => m.messageId === 'missingCauses' && m.range[1] - m.range[0] > 4);
      const problems = of('problems-anchor')[0];
      if (causes && problems) expect(place(problems)).toEqual(place(causes));
      // Word and PDF say where in the original: paragraph, or page and line.
      for (const message of messages) {
        if (form === 'docx') expect(message.paragraph, message.message).toBeGreaterThan(0);
        if (form.endsWith('pdf')) {
          expect(message.page, message.message).toBeGreaterThan(0);
          expect(message.pageLine, message.message).toBeGreaterThan(0);
        }
        if (!Object.hasOwn(builtinRules, message.ruleId!)) expect(message.fix).toBeUndefined();
      }
      // The comparisons above are not empty where the seed has something to compare (see the seeds' txt results).
      const compared = {
        terminology: of('same-as-terminology').length > 0,
        title: duty !== undefined,
        problems: causes !== undefined && problems !== undefined,
      };
      expect(compared).toEqual({
        terminology: ['000', '002'].includes(seed.slice(0, 3)),
        title: ['000', '002'].includes(seed.slice(0, 3)),
        problems: ['001', '002', '003'].includes(seed.slice(0, 3)),
      });
      // Each 法律顾问 found is 法律顾问 in the original too (an excerpt for Word and PDF).
      for (const message of of('advisers')) {
        if (message.excerpt !== undefined) expect(message.excerpt.replace(/\s/g, '')).toContain('法律顾问');
      }
    });
  });
});
