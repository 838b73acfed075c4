/**
 * The command line and custom rules (issue 10): `--test-rules` runs the examples a county wrote for its rules before
 * it sends the config out; `--explain`, `--list-rules`, a lint run (stylish, json, --fix) treat the rules like any.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishWords } from './english.js';
import { reportlint } from './run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-test-rules-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** One rule of each kind, each with examples that agree with it. */
const COUNTY = `# 县依法治县办 2025 年的要求
extends: reportlint:recommended
customRules:
  - id: 写明法律顾问
    kind: require
    in: measures
    patterns: [法律顾问, 公职律师]
    message: 未说明法律顾问、公职律师工作情况：请在主要举措部分补充
    docs: |
      县依法治县办要求各乡镇在“主要举措和成效”部分写明法律顾问或公职律师的工作。
    examples:
      valid:
        - "一、主要举措和成效\\n（一）聘请法律顾问2名，审查合同12份。"
      invalid:
        - "一、主要举措和成效\\n（一）加强执法队伍建设。\\n二、存在的问题\\n法律顾问作用发挥不够。"
  - id: no-old-office
    kind: forbid
    patterns: [县法制办, "/县政府法制(办公室|科)/"]
    message: 不得使用已撤销的机构名称
    severity: warn
    examples:
      valid: ["县司法局组织执法培训。"]
      invalid: ["县法制办组织执法培训。", "县政府法制科审核文件。"]
  - id: 规范提法
    kind: substitute
    patterns:
      法制宣传: 法治宣传
      依法治县委员会: 全面依法治县委员会
    message: 请使用规范提法
    examples:
      valid: ["开展法治宣传。全面依法治县委员会召开会议。"]
      invalid: ["开展法制宣传。"]
  - id: length-limit
    kind: length
    max: 5000
    message: 报告篇幅过长
`;

describe('--test-rules', () => {
  it('every rule agrees with its examples: ✓ per rule, exit 0', () => {
    const dir = folder({ '.reportlintrc.yaml': COUNTY });
    const run = reportlint(['--test-rules'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '.reportlintrc.yaml',
        '  ✓ 写明法律顾问（1 个正确示例、1 个错误示例都与规则一致）',
        '  ✓ no-old-office（1 个正确示例、2 个错误示例都与规则一致）',
        '  ✓ 规范提法（1 个正确示例、1 个错误示例都与规则一致）',
        '  - length-limit（没有示例）',
        '',
        '✔ 3 条自定义规则都与示例一致',
        '',
      ].join('\n'),
    );
    expect(englishWords(run.stdout, ['no-old-office', 'length-limit'])).toEqual([]);
  });

  it('a rule whose examples disagree: ✗, the example and what the rule said, in Chinese; exit 1', () => {
    const wrong = COUNTY.replace('valid: ["县司法局组织执法培训。"]', 'valid: ["县司法局组织执法培训。", "原县法制办的职责已划入县司法局。"]').replace(
      'invalid: ["开展法制宣传。"]',
      'invalid: ["开展法制宣传。", "开展法治宣传。"]',
    );
    const dir = folder({ '.reportlintrc.yaml': wrong });
    const run = reportlint(['--test-rules'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      [
        '  ✗ no-old-office（1 个示例与规则不一致）',
        '      正确示例 2 被报告了问题：不得使用已撤销的机构名称（“县法制办”）',
        '        “原县法制办的职责已划入县司法局。”',
        '  ✗ 规范提法（1 个示例与规则不一致）',
        '      错误示例 2 没有被报告问题',
        '        “开展法治宣传。”',
      ].join('\n'),
    );
    expect(run.stdout).toContain('✖ 2 条自定义规则与示例不一致（共 3 条）');
    expect(run.stdout).toContain('  ✓ 写明法律顾问');
  });

  it('rules from an extended file are listed under that file; -c names another config', () => {
    const dir = folder({
      'county.yaml': COUNTY,
      'town/.reportlintrc.yaml': 'extends: ../county.yaml\ncustomRules:\n  - id: town-rule\n    kind: forbid\n    patterns: [某某]\n    message: 不要写某某\n    examples: { invalid: [写了某某。] }\n',
    });
    const run = reportlint(['--test-rules'], { cwd: path.join(dir, 'town') });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\.\.\/county\.yaml\n {2}✓ 写明法律顾问/);
    expect(run.stdout).toContain('\n\n.reportlintrc.yaml\n  ✓ town-rule（0 个正确示例、1 个错误示例都与规则一致）\n');
    const other = reportlint(['--test-rules', '-c', 'county.yaml'], { cwd: dir });
    expect(other.code).toBe(0);
    expect(other.stdout).not.toContain('town-rule');
  });

  it("examples in YAML single quotes: `\\n` is a line break there too", () => {
    const dir = folder({
      '.reportlintrc.yaml': "customRules:\n  - id: adviser\n    kind: require\n    in: measures\n    patterns: [法律顾问]\n    message: m\n    examples:\n      valid: ['一、主要举措和成效\\n聘请法律顾问2名。']\n      invalid: ['一、主要举措和成效\\n加强队伍建设。\\n二、存在的问题\\n法律顾问作用发挥不够。']\n",
    });
    const run = reportlint(['--test-rules'], { cwd: dir });
    expect(run.stdout).toContain('✓ adviser（1 个正确示例、1 个错误示例都与规则一致）');
    expect(run.code).toBe(0);
  });

  it('in English', () => {
    const dir = folder({ '.reportlintrc.yaml': COUNTY.replace('invalid: ["开展法制宣传。"]', 'invalid: ["开展法治宣传。"]') });
    const run = reportlint(['--test-rules', '--locale', 'en'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  ✗ 规范提法 (1 example disagrees with the rule)\n      invalid example 1 is not reported\n        "开展法治宣传。"');
    expect(run.stdout).toContain('✖ 1 of 3 custom rules disagree with their examples');
  });

  it('a config without custom rules: says so, exit 0', () => {
    const dir = folder({ '.reportlintrc.yaml': 'extends: reportlint:recommended\n' });
    const run = reportlint(['--test-rules'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('配置中没有自定义规则（customRules），没有可运行的示例（配置来自：reportlint:recommended、.reportlintrc.yaml）\n');
  });

  it('a config error: one line naming the file and the key, exit 2', () => {
    const dir = folder({ '.reportlintrc.yaml': COUNTY.replace('"/县政府法制(办公室|科)/"', '"/(?!县)法制办/"') });
    const run = reportlint(['--test-rules'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^reportlint: 配置无效：\S+\.reportlintrc\.yaml 中 customRules\[1\]\.patterns\[1\] 的正则表达式 "\/\(\?!县\)法制办\/" 无法使用：不支持“\(\?!”这样的向前查找/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('report paths are a usage error, exit 2', () => {
    const dir = folder({ '.reportlintrc.yaml': COUNTY, '报告.txt': '报告' });
    const run = reportlint(['--test-rules', '报告.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--test-rules 只运行配置中自定义规则的示例，不检查报告文件');
  });

  it('is in --help', () => {
    expect(reportlint(['--help']).stdout).toMatch(/--test-rules +运行配置中自定义规则（customRules）自带的/);
  });
});

describe('custom rules in a lint run', () => {
  const REPORT = readFileSync('fixtures/seeds/001_778d263dd7ed8752.txt', 'utf8');

  it('stylish and json: the rule id, no docs link; --fix applies a substitute rule to text', () => {
    const dir = folder({ '.reportlintrc.yaml': COUNTY.replace('max: 5000', 'max: 2500'), '报告.txt': REPORT });
    const run = reportlint(['报告.txt', '-f', 'json-with-metadata'], { cwd: dir });
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as {
      results: Array<{ messages: Array<{ ruleId: string; message: string; line: number; severity: number; url?: string }> }>;
      metadata: { rulesMeta: Record<string, { description: string; url?: string }> };
    };
    const custom = output.results[0]!.messages.filter((m) => ['写明法律顾问', 'no-old-office', '规范提法', 'length-limit'].includes(m.ruleId));
    // 001 describes its legal advisers in the year's work and names no old office; it writes 法制宣传 once and is
    // 2,726 characters long.
    expect(custom.map((m) => [m.ruleId, m.line, m.severity, m.message])).toEqual([
      ['length-limit', 3, 2, '报告篇幅过长（报告共 2726 字，超过 2500 字）'],
      ['规范提法', 45, 2, '请使用规范提法（“法制宣传”应为“法治宣传”）'],
    ]);
    expect(custom.every((m) => m.url === undefined)).toBe(true);
    expect(output.metadata.rulesMeta['length-limit']).toEqual({ description: '报告不应超过 2500 个汉字' });

    const fixed = reportlint(['报告.txt', '--fix', '--rule', 'length-limit: off'], { cwd: dir });
    expect(fixed.stdout).not.toContain('规范提法');
    // Built-in fixes apply too (the half-width colons, 第责任人); the custom one changed 法制宣传 and nothing else.
    const text = readFileSync(path.join(dir, '报告.txt'), 'utf8');
    expect(text).toContain('开展多形式的法治宣传活动');
    expect(text).not.toContain('法制宣传');
    expect(text.match(/法治宣传/g)).toHaveLength((REPORT.match(/法治宣传|法制宣传/g) ?? []).length);
  });

  it('--explain prints the definition and its docs; --list-rules marks it', () => {
    const dir = folder({ '.reportlintrc.yaml': COUNTY });
    const explained = reportlint(['--explain', '写明法律顾问'], { cwd: dir });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toBe(
      [
        '写明法律顾问：自定义规则，定义于 .reportlintrc.yaml 的 customRules[0]',
        '“主要举措和成效”部分应写到：法律顾问、公职律师',
        '类型：require；范围：measures',
        '查找：法律顾问、公职律师',
        '提示语：未说明法律顾问、公职律师工作情况：请在主要举措部分补充',
        '当前级别：错误',
        '示例：正确 1 个，错误 1 个（用 reportlint --test-rules 运行）',
        '',
        '县依法治县办要求各乡镇在“主要举措和成效”部分写明法律顾问或公职律师的工作。',
        '',
      ].join('\n'),
    );
    expect(reportlint(['--explain', 'no-old-offic'], { cwd: dir }).stderr).toContain('是否想写 no-old-office？');
    const listed = reportlint(['--list-rules'], { cwd: dir });
    expect(listed.stdout).toMatch(/\nno-old-office +警告 +报告不得出现：县法制办、\/县政府法制\(办公室\|科\)\/ +\[自定义\]\n/);
    expect(listed.stdout).toMatch(/\n规范提法 +错误 +报告应使用规范写法：“法制宣传”应为“法治宣传”、“依法治县委员会”应为“全面依法治县委员会” +\[可修复\] +\[自定义\]\n/);
  });
});
