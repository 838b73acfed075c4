import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createConfigLoader, type ConfigLoaderOptions } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';
import type { AnyRule, ResolvedConfig } from '../../src/types.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures/config');

function fakeRule(id: string, severity: 'warn' | 'error', options?: AnyRule['meta']['options']): AnyRule {
  return {
    meta: {
      id,
      description: `测试规则 ${id}`,
      descriptionEn: `test rule ${id}`,
      category: 'content',
      severity,
      messages: { x: { zh: '错', en: 'wrong' } },
      ...(options ? { options } : {}),
    },
    check() {},
  };
}

/** Small fake rules standing in for the built-in registry. */
const rules: Record<string, AnyRule> = {
  'no-mixed-date-format': fakeRule('no-mixed-date-format', 'warn'),
  'require-date': fakeRule('require-date', 'warn'),
  'require-measures': fakeRule('require-measures', 'error', {
    minCount: { type: 'number', default: 3, minimum: 1, maximum: 10, description: '至少几条措施' },
    keywords: { type: 'string[]', default: ['措施', '举措'], description: '关键词' },
    mode: { type: 'string', default: 'strict', enum: ['strict', 'loose'], description: '模式' },
    strictTitle: { type: 'boolean', default: false, description: '标题从严' },
    terms: { type: 'record', default: {}, description: '术语' },
    since: { type: 'string', default: '', description: '起始日', pattern: { source: '^\\d{2}-\\d{2}$', example: '01-31' } },
  }),
};
const DEFAULTS = { minCount: 3, keywords: ['措施', '举措'], mode: 'strict', strictTitle: false, terms: {}, since: '' };

function loader(options: Partial<ConfigLoaderOptions> = {}) {
  return createConfigLoader({ cwd: FIXTURES, builtinRules: rules, ...options });
}

/**
 * A loader run in the fixture's own folder, as its writer runs reportlint there: a config that is code (or loads
 * plugins) is run only in the working directory or above (issue 11, test/config/trust.test.ts).
 */
function loaderIn(folder: string, options: Partial<ConfigLoaderOptions> = {}) {
  return createConfigLoader({ cwd: path.join(FIXTURES, folder), builtinRules: rules, ...options });
}

/** id → severity of the enabled rules. */
function severities(config: ResolvedConfig): Record<string, number> {
  return Object.fromEntries([...config.rules].map(([id, { setting }]) => [id, setting.severity]));
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('config file forms', () => {
  const cases: [scenario: string, file: string, expected: Record<string, number>][] = [
    ['rc-json', '.reportlintrc.json', { 'no-mixed-date-format': 2, 'require-date': 1, 'require-measures': 1 }],
    ['rc-plain-json', '.reportlintrc', { 'no-mixed-date-format': 2 }],
    ['rc-plain-yaml', '.reportlintrc', { 'no-mixed-date-format': 1 }],
    ['rc-yaml', '.reportlintrc.yaml', { 'no-mixed-date-format': 2, 'require-measures': 2 }],
    ['rc-yml', '.reportlintrc.yml', { 'require-measures': 2 }],
    ['rc-js', '.reportlintrc.js', { 'require-date': 2 }],
    ['rc-cjs', '.reportlintrc.cjs', { 'require-date': 1 }],
    ['rc-mjs', '.reportlintrc.mjs', { 'require-date': 2 }],
    ['config-js', 'reportlint.config.js', { 'no-mixed-date-format': 1, 'require-measures': 2 }],
    ['config-cjs', 'reportlint.config.cjs', { 'no-mixed-date-format': 1 }],
    ['config-mjs', 'reportlint.config.mjs', { 'require-date': 1 }],
    ['package-json', 'package.json', { 'no-mixed-date-format': 1, 'require-date': 1 }],
  ];
  for (const [scenario, file, expected] of cases) {
    it(`${scenario}: finds ${file} and applies it`, async () => {
      const config = await loaderIn(scenario).forFile('report.txt');
      expect(severities(config)).toEqual(expected);
      expect(config.sources.at(-1)).toBe(path.join(FIXTURES, scenario, file));
    });
  }

  it('reads settings from YAML and package.json', async () => {
    expect((await loader().forFile('rc-yaml/a.md')).settings).toEqual({ reportYear: 2024, level: 'county' });
    expect((await loader().forFile('package-json/a.txt')).settings).toEqual({ level: 'township' });
  });

  it('merges user options over the defaults', async () => {
    const config = await loader().forFile('rc-json/report.txt');
    expect(config.rules.get('require-measures')!.setting.options).toEqual({ ...DEFAULTS, minCount: 5 });
    const yml = await loader().forFile('rc-yml/report.txt');
    expect(yml.rules.get('require-measures')!.setting.options).toEqual({ ...DEFAULTS, mode: 'loose' });
  });
});

describe('search', () => {
  it('searches upward from the file directory: nearest config wins, no layering', async () => {
    const l = loader();
    const deep = await l.forFile('nested/deep/er/report.txt');
    expect(severities(deep)).toEqual({ 'require-date': 2 });
    expect(deep.sources).toEqual([path.join(FIXTURES, 'nested/.reportlintrc.yaml')]);
    const inner = await l.forFile('nested/inner/x/y/report.md');
    expect(severities(inner)).toEqual({ 'no-mixed-date-format': 1 });
    // a package.json without a reportlint key, or a comments-only .reportlintrc, is not a config: keep looking
    expect(severities(await l.forFile('nested/other/report.txt'))).toEqual({ 'require-date': 2 });
    expect(severities(await l.forFile('nested/comments-only/report.txt'))).toEqual({ 'require-date': 2 });
  });

  it('files sharing a config share one ResolvedConfig (cached per config and directory)', async () => {
    const l = loader();
    const a = await l.forFile('nested/deep/a.txt');
    const b = await l.forFile('nested/deep/er/b.txt');
    expect(a).toBe(b);
  });

  it('uses reportlint:recommended when no config is found', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-none-'));
    try {
      const config = await createConfigLoader({ cwd: dir, builtinRules: rules }).forFile('report.txt');
      expect(severities(config)).toEqual({ 'no-mixed-date-format': 1, 'require-date': 1, 'require-measures': 2 });
      expect(config.sources).toEqual(['reportlint:recommended']);
      expect(config.rules.get('require-measures')!.setting.options).toEqual(DEFAULTS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('-c uses that file only', async () => {
    const config = await loader({ configFile: 'rc-yml/.reportlintrc.yml' }).forFile('nested/deep/er/report.txt');
    expect(severities(config)).toEqual({ 'require-measures': 2 });
  });

  it('-c accepts a package.json (its reportlint key) and any config file form', async () => {
    const config = await loader({ configFile: 'package-json/package.json' }).forFile('rc-json/report.txt');
    expect(config.settings).toEqual({ level: 'township' });
    expect(severities(config)).toEqual({ 'no-mixed-date-format': 1, 'require-date': 1 });
  });

  it('-c with a missing file is a ConfigError', async () => {
    const error = await configError(loader({ configFile: 'nope/.reportlintrc.json' }).forFile('rc-json/report.txt'));
    expect(error.message).toBe(`配置无效：找不到 -c/--config 指定的配置文件 ${path.join(FIXTURES, 'nope/.reportlintrc.json')}`);
    expect(error.exitCode).toBe(2);
  });

  it('--no-config-lookup: recommended, or only -c', async () => {
    const none = await loader({ useConfigLookup: false }).forFile('rc-yml/report.txt');
    expect(none.sources).toEqual(['reportlint:recommended']);
    const onlyC = await loader({ useConfigLookup: false, configFile: 'rc-js/.reportlintrc.js' }).forFile('rc-yml/r.txt');
    expect(severities(onlyC)).toEqual({ 'require-date': 2 });
  });
});

describe('extends', () => {
  it('follows a chain of three files through a local reportlint-config-* package (shorthand name)', async () => {
    const l = loader();
    const config = await l.forFile('extends-chain/2024/report.txt');
    const pkg = path.join(FIXTURES, 'extends-chain/node_modules/reportlint-config-county');
    expect(config.sources).toEqual([
      'reportlint:recommended',
      path.join(pkg, 'city.json'),
      path.join(pkg, 'index.yaml'),
      path.join(FIXTURES, 'extends-chain/.reportlintrc.yaml'),
    ]);
    // county turned no-mixed-date-format off over the city's error; the township turned require-date up
    expect(severities(config)).toEqual({ 'require-date': 2, 'require-measures': 2 });
    // county options replace the city's options as a whole, then merge over the defaults
    expect(config.rules.get('require-measures')!.setting.options).toEqual({ ...DEFAULTS, minCount: 4 });
    expect(config.settings).toEqual({ level: 'county', issuingBody: '某市人民政府', reportYear: 2024 });

    expect(await l.printConfig('extends-chain/report.txt')).toEqual({
      sources: config.sources,
      settings: { level: 'county', issuingBody: '某市人民政府', reportYear: 2024 },
      rules: {
        'no-mixed-date-format': ['off', {}],
        'require-date': ['error', {}],
        'require-measures': ['error', { ...DEFAULTS, minCount: 4 }],
      },
    });
  });

  it('extends a relative file path after a preset; a severity-only entry keeps earlier options', async () => {
    const config = await loader().forFile('extends-file/report.txt');
    expect(severities(config)).toEqual({ 'no-mixed-date-format': 1, 'require-date': 1, 'require-measures': 1 });
    expect(config.sources).toEqual([
      'reportlint:recommended',
      path.join(FIXTURES, 'shared/county.yaml'),
      path.join(FIXTURES, 'extends-file/.reportlintrc.yml'),
    ]);
  });

  it('reportlint:all turns every built-in rule on as an error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-all-'));
    try {
      writeFileSync(path.join(dir, '.reportlintrc.json'), '{ "extends": "reportlint:all" }');
      const config = await createConfigLoader({ cwd: dir, builtinRules: rules }).forFile('r.txt');
      expect(severities(config)).toEqual({ 'no-mixed-date-format': 2, 'require-date': 2, 'require-measures': 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('detects cycles', async () => {
    const error = await configError(loader().forFile('extends-cycle/report.txt'));
    const a = path.join(FIXTURES, 'extends-cycle/a.yaml');
    const b = path.join(FIXTURES, 'extends-cycle/b.yaml');
    expect(error.message).toBe(`配置无效：${b} 中 extends 造成循环继承（${a} → ${b} → ${a}）`);
  });
});

describe('scoped packages', () => {
  it('extends @scope/x as @scope/reportlint-config-x (ESM-only exports) and loads @scope/reportlint-plugin-x', async () => {
    const config = await loaderIn('scoped').forFile('report.txt');
    expect(config.sources).toEqual([
      'reportlint:recommended',
      path.join(FIXTURES, 'scoped/node_modules/@gov/reportlint-config-county/index.js'),
      path.join(FIXTURES, 'scoped/.reportlintrc.json'),
    ]);
    expect(severities(config)).toEqual({
      '@gov/terms/no-slang': 2,
      'no-mixed-date-format': 1,
      'require-date': 2,
      'require-measures': 2,
    });
    expect(config.rules.get('@gov/terms/no-slang')!.setting.options).toEqual({ words: ['搞定'] });
    expect(config.settings).toEqual({ level: 'county' });
  });
});

describe('plugins', () => {
  it('loads a local plugin file; its rules are named <file base name>/<id> and validated', async () => {
    const config = await loaderIn('plugin-local').forFile('report.txt');
    const entry = config.rules.get('county-terms/no-old-name')!;
    expect(entry.setting.severity).toBe(2);
    expect(entry.rule.meta.id).toBe('county-terms/no-old-name');
    expect(entry.setting.options).toEqual({ names: { 法制办: '司法局' } });
    // the rule still works through the wrapper
    const reports: unknown[] = [];
    entry.rule.check({ text: '原法制办', options: entry.setting.options, report: (p: unknown) => reports.push(p) } as never);
    expect(reports).toEqual([{ messageId: 'old', data: { old: '法制办', new: '司法局' }, range: [1, 4] }]);
  });

  it('one plugin file named by package in one config and by path in another gets each name', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-plugin-names-'));
    try {
      const pkg = path.join(dir, 'node_modules', 'reportlint-plugin-county');
      mkdirSync(pkg, { recursive: true });
      writeFileSync(path.join(pkg, 'package.json'), '{ "name": "reportlint-plugin-county", "main": "index.cjs" }');
      writeFileSync(
        path.join(pkg, 'index.cjs'),
        "module.exports = { rules: { x: { meta: { messages: { m: { zh: '错', en: 'wrong' } } }, check() {} } } };",
      );
      for (const [sub, plugin, rule] of [
        ['a', 'county', 'county/x'],
        ['b', '../node_modules/reportlint-plugin-county/index.cjs', 'reportlint-plugin-county/x'],
      ]) {
        mkdirSync(path.join(dir, sub!));
        writeFileSync(path.join(dir, sub!, '.reportlintrc.json'), JSON.stringify({ plugins: [plugin], rules: { [rule!]: 'error' } }));
      }
      const inFolder = (sub: string) => createConfigLoader({ cwd: path.join(dir, sub), builtinRules: rules });
      expect(severities(await inFolder('a').forFile('r.txt'))).toEqual({ 'county/x': 2 });
      expect(severities(await inFolder('b').forFile('r.txt'))).toEqual({ 'reportlint-plugin-county/x': 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads a plugin package by shorthand; plugin rules are off until configured', async () => {
    const config = await loaderIn('plugin-package').forFile('report.txt');
    expect(severities(config)).toEqual({ 'town/require-seal': 1 });
  });
});

describe('--rule', () => {
  it('overrides the file config, with severities and options', async () => {
    const l = loader({ cliRules: ['require-date: off', 'require-measures: [warn, {"minCount": 2}]', 'no-mixed-date-format:error'] });
    const config = await l.forFile('rc-json/report.txt');
    expect(severities(config)).toEqual({ 'no-mixed-date-format': 2, 'require-measures': 1 });
    expect(config.rules.get('require-measures')!.setting.options).toEqual({ ...DEFAULTS, minCount: 2 });
    expect(config.sources.at(-1)).toBe('--rule');
  });

  it('a severity-only --rule keeps the file options', async () => {
    const config = await loader({ cliRules: ['require-measures: error'] }).forFile('rc-json/report.txt');
    expect(config.rules.get('require-measures')!.setting).toEqual({ severity: 2, options: { ...DEFAULTS, minCount: 5 } });
  });

  it('bad --rule strings are ConfigErrors', async () => {
    expect((await configError(loader({ cliRules: ['require-date'] }).forFile('x.txt'))).message).toBe(
      `配置无效：--rule "require-date" 无法解析（应写成 '<规则>: <严重级别>' 或 '<规则>: [<严重级别>, {"选项": 值}]'）`,
    );
    expect((await configError(loader({ cliRules: ['require-date: loud'] }).forFile('x.txt'))).message).toBe(
      '配置无效：命令行 --rule 中 rules.require-date 的严重级别 "loud" 不合法（应为 off、warn、error 或 0、1、2）',
    );
    expect((await configError(loader({ cliRules: ['requir-date: off'] }).forFile('x.txt'))).message).toContain(
      '是否想写 require-date？',
    );
  });
});

describe('severities', () => {
  it('accepts off/warn/warning/error, 0/1/2, true/false', async () => {
    const l = loader({
      useConfigLookup: false,
      cliRules: ['{require-date: warning, no-mixed-date-format: true, require-measures: 0}'],
    });
    expect(severities(await l.forFile('x.txt'))).toEqual({ 'require-date': 1, 'no-mixed-date-format': 1 });
    const printed = await l.printConfig('x.txt');
    expect(printed.rules['require-measures']).toEqual(['off', DEFAULTS]);
  });
});

describe('invalid configs: one-line ConfigError naming the file and the key', () => {
  const file = (scenario: string, name = '.reportlintrc.yaml') => path.join(FIXTURES, 'invalid', scenario, name);
  const cases: [scenario: string, zh: (f: string) => string, key?: string, name?: string][] = [
    ['unparsable-json', (f) => `配置无效：${f} 无法解析（`, undefined, '.reportlintrc.json'],
    ['unparsable-yaml', (f) => `配置无效：${f} 无法解析（`],
    ['unparsable-js', (f) => `配置无效：${f} 无法解析（`, undefined, '.reportlintrc.mjs'],
    ['not-object', (f) => `配置无效：${f} 的内容应为一个对象（键: 值），实际为 ["require-date"]`],
    ['unknown-key', (f) => `配置无效：${f} 中的顶层键 rule 不认识，是否想写 rules？（可用的键：`, 'rule'],
    ['unknown-rule', (f) => `配置无效：${f} 中 rules.require-dat 不是已知的规则，是否想写 require-date？`, 'rules.require-dat'],
    [
      'bad-severity',
      (f) => `配置无效：${f} 中 rules.require-measures 的严重级别 "fatal" 不合法（应为 off、warn、error 或 0、1、2）`,
      'rules.require-measures',
    ],
    ['bad-severity-number', (f) => `配置无效：${f} 中 rules.require-measures 的严重级别 3 不合法`, 'rules.require-measures', '.reportlintrc.json'],
    ['bad-entry', (f) => `配置无效：${f} 中 rules.require-measures 应为严重级别或 [严重级别, {选项}]，实际为 {"minCount":2}`, 'rules.require-measures'],
    ['option-unknown', (f) => `配置无效：${f} 中 rules.require-measures 的选项 minimumCount 不存在（可用的选项：minCount、keywords、mode、strictTitle、terms、since）`, 'rules.require-measures'],
    ['option-type', (f) => `配置无效：${f} 中 rules.require-measures 的选项 minCount 应为数字，实际为 "3"`, 'rules.require-measures'],
    ['option-enum', (f) => `配置无效：${f} 中 rules.require-measures 的选项 mode 应为 "strict", "loose" 之一，实际为 "lenient"`],
    ['option-pattern', (f) => `配置无效：${f} 中 rules.require-measures 的选项 since 格式不对，应形如 "01-31"，实际为 "3月1日"`],
    ['option-minimum', (f) => `配置无效：${f} 中 rules.require-measures 的选项 minCount 不能小于 1，实际为 0`],
    ['option-maximum', (f) => `配置无效：${f} 中 rules.require-measures 的选项 minCount 不能大于 10，实际为 99`],
    ['option-string-array', (f) => `配置无效：${f} 中 rules.require-measures 的选项 keywords 应为字符串数组，实际为 "措施"`],
    ['option-record', (f) => `配置无效：${f} 中 rules.require-measures 的选项 terms 应为对象（每个值都是字符串），实际为 {"法制办":1}`],
    ['options-on-rule-without-options', (f) => `配置无效：${f} 中 rules.require-date 的选项 strict 不存在（该规则没有选项）`],
    ['settings-report-year', (f) => `配置无效：${f} 中 settings.reportYear 应为整数年份（如 2024），实际为 "2024"`, 'settings.reportYear'],
    ['settings-not-object', (f) => `配置无效：${f} 中 settings 应为对象（键: 值），实际为 2024`, 'settings'],
    ['root-type', (f) => `配置无效：${f} 中 root 应为布尔值（true 或 false），实际为 "yes"`, 'root'],
    ['extends-type', (f) => `配置无效：${f} 中 extends 应为字符串或字符串数组，实际为 {"name":"county"}`, 'extends'],
    [
      'extends-missing-file',
      (f) => `配置无效：${f} 中 extends[1] 继承的 "./county-shared.yaml" 找不到（${path.join(path.dirname(f), 'county-shared.yaml')}）`,
      'extends[1]',
    ],
    [
      'extends-missing-package',
      (f) => `配置无效：${f} 中 extends 继承的 "prefecture-nonexistent" 找不到（npm: reportlint-config-prefecture-nonexistent, prefecture-nonexistent）`,
    ],
    ['extends-unknown-preset', (f) => `配置无效：${f} 中 extends 的预设 "reportlint:strict" 不存在`],
    ['extends-bad-target', (f) => `配置无效：${path.join(path.dirname(f), 'broken.yaml')} 中 rules.require-date 的严重级别 "sometimes" 不合法`],
    ['plugin-missing', (f) => `配置无效：${f} 中 plugins[0] 的插件 "./plugins/nope.js" 找不到`, 'plugins[0]'],
    ['plugin-missing-package', (f) => `配置无效：${f} 中 plugins[0] 的插件 "village" 找不到（npm: reportlint-plugin-village, village）`],
    ['plugin-throws', (f) => `配置无效：${f} 中 plugins[0] 的插件 "./plugin.js" 无法加载（plugin exploded on load）`],
    ['plugin-shape', (f) => `配置无效：${f} 中 plugins[0] 的插件 "./plugin.js" 不合规范（没有导出 rules 对象）`],
    ['unknown-plugin-rule', (f) => `配置无效：${f} 中 rules.county-terms/no-old-nam 不是已知的规则，是否想写 county-terms/no-old-name？`],
  ];
  for (const [scenario, zh, key, name] of cases) {
    it(scenario, async () => {
      const f = file(scenario, name);
      const error = await configError(loaderIn(path.join('invalid', scenario)).forFile('report.txt'));
      expect(error.message).toContain(zh(f));
      expect(error.message).not.toMatch(/\n/);
      expect(error.exitCode).toBe(2);
      if (key) expect(error.keyPath).toBe(key);
    });
  }

  it('JSON parse errors give a line and column', async () => {
    const error = await configError(loader().forFile('invalid/unparsable-json/report.txt'));
    expect(error.message).toMatch(/第 1 行第 39 列）$/);
  });

  it('messages are in English with locale en', async () => {
    const error = await configError(loader({ locale: 'en' }).forFile('invalid/bad-severity/report.txt'));
    expect(error.message).toBe(
      `Invalid config: severity "fatal" of rules.require-measures in ${file('bad-severity')} is not valid (use off, warn, error or 0, 1, 2)`,
    );
    const option = await configError(loader({ locale: 'en' }).forFile('invalid/option-type/report.txt'));
    expect(option.message).toBe(
      `Invalid config: option minCount of rules.require-measures in ${file('option-type')} must be a number, got "3"`,
    );
  });

  it('an unknown preset lists the presets there are', async () => {
    const zh = await configError(loader().forFile('invalid/extends-unknown-preset/report.txt'));
    expect(zh.message).toBe(`配置无效：${file('extends-unknown-preset')} 中 extends 的预设 "reportlint:strict" 不存在（可用：reportlint:recommended、reportlint:all）`);
    const en = await configError(loader({ locale: 'en' }).forFile('invalid/extends-unknown-preset/report.txt'));
    expect(en.message).toBe(
      `Invalid config: extends in ${file('extends-unknown-preset')} names an unknown preset "reportlint:strict" (available: reportlint:recommended, reportlint:all)`,
    );
  });

  it('-c on an invalid file fails the same way', async () => {
    const error = await configError(loader({ configFile: 'invalid/unknown-rule/.reportlintrc.yaml' }).forFile('a.txt'));
    expect(error.filePath).toBe(file('unknown-rule'));
  });

  it('a broken package.json in the working directory (cosmiconfig reads it as its meta config) is a ConfigError', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-meta-'));
    const before = process.cwd();
    try {
      writeFileSync(path.join(dir, 'package.json'), '{ "name": ');
      mkdirSync(path.join(dir, 'reports'));
      writeFileSync(path.join(dir, 'reports', '.reportlintrc.json'), '{ "rules": { "require-date": "error" } }');
      process.chdir(dir);
      const error = await configError(createConfigLoader({ cwd: dir, builtinRules: rules }).forFile('reports/a.txt'));
      expect(error.filePath).toBe(path.join(dir, 'package.json'));
      expect(error.message).toBe(`配置无效：${path.join(dir, 'package.json')} 无法解析（内容不完整，可能缺少右括号“}”“]”或引号）`);
    } finally {
      process.chdir(before);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

afterAll(() => undefined);
