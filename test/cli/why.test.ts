/**
 * `reportlint --why <rule-id>`: a statutory rule's verdict and evidence per file, run as a user runs it (the built
 * bin/reportlint.js; `npm test` builds first). The statutory rules are those of the local plugin in
 * fixtures/config/why-plugin (why-demo/legal-adviser finds each of its `terms`; why-demo/crashes throws; why-demo/plain
 * is not statutory), so these tests do not depend on which built-in rules are statutory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { formatWhy } from '../../src/cli/why.js';
import type { LintResult } from '../../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/reportlint.js');
const SEED = 'fixtures/seeds/001_778d263dd7ed8752.txt';
const CONFIG = 'fixtures/config/why-plugin/.reportlintrc.yaml';
const RULE = 'why-demo/legal-adviser';
const terms = (...list: string[]) => `${RULE}: [error, ${JSON.stringify({ terms: list })}]`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function reportlint(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const why = (...args: string[]) => reportlint(['--why', RULE, '-c', CONFIG, ...args]);
const seedLine = (needle: string) => readFileSync(path.join(ROOT, SEED), 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('--why: verdicts and exit codes', () => {
  it('exits 0 and shows where the report satisfies the item', () => {
    const run = why(SEED);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        SEED,
        `  ✓ 法律顾问工作情况（${RULE}）`,
        `    ${seedLine('镇政府法律顾问')}:1  “镇政府法律顾问参与重大行政决策的讨论3次，参与政府重大活动、重要合同集中讨论、…”`,
        '',
      ].join('\n'),
    );
  });

  it('uses the effective config: options from --rule, labels for each part', () => {
    const run = why(SEED, '--rule', terms('法律顾问', '普法'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('法律顾问：“镇政府法律顾问');
    expect(run.stdout).toContain('普法：“');
  });

  it('exits 1 and shows the messages with their places, then the parts that were found', () => {
    const run = why(SEED, '--rule', terms('法律顾问', '公职律师'));
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe(`  ✗ 法律顾问工作情况（${RULE}）`);
    expect(lines[2]).toMatch(/^ {4}\d+:\d+ +未写明“公职律师”的工作情况$/);
    expect(lines[3]).toBe('    已写到的部分：');
    expect(lines[4]).toMatch(/^ {4}\d+:1 +法律顾问：“镇政府法律顾问/);
  });

  it('fails on a warning-level rule too (the verdict, not the severity, decides)', () => {
    const run = why(SEED, '--rule', `${RULE}: [warn, {"terms": ["公职律师"]}]`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗');
  });

  it('speaks English with --locale en', () => {
    const run = why(SEED, '--locale', 'en', '--rule', terms('法律顾问', '公职律师'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`  ✗ work of legal advisers (${RULE})\n`);
    expect(run.stdout).toContain('No mention of "公职律师"');
    expect(run.stdout).toContain('    Covered:\n');
    expect(run.stdout).toContain('法律顾问: "镇政府法律顾问');
  });

  it('exits 2 when the rule crashes, naming the crash', () => {
    const run = reportlint(['--why', 'why-demo/crashes', '-c', CONFIG, SEED, '--rule', 'why-demo/crashes: error']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('  ! 会出错的项目（why-demo/crashes）\n');
    expect(run.stdout).toContain('kaput');
  });

  it('a finding silenced by a reportlint-disable comment passes, and says so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-why-'));
    const seed = readFileSync(path.join(ROOT, SEED), 'utf8');
    writeFileSync(path.join(dir, 'r.txt'), `<!-- reportlint-disable-file ${RULE} -- 本镇未设此岗位 -->\n${seed}`);
    const args = ['--why', RULE, '-c', path.join(ROOT, CONFIG), 'r.txt', '--rule', terms('法律顾问', '公职律师')];
    const run = reportlint(args, { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  ✓ 法律顾问工作情况（${RULE}）\n`);
    expect(run.stdout).toContain('    以下问题已由 reportlint-disable 注释屏蔽：\n');
    expect(run.stdout).toContain('未写明“公职律师”的工作情况');
    const strict = reportlint([...args, '--no-inline-config'], { cwd: dir });
    expect(strict.code).toBe(1);
  });

  it('prints one block per file and exits 1 when the item fails in any of them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-why-'));
    const seed = readFileSync(path.join(ROOT, SEED), 'utf8');
    writeFileSync(path.join(dir, 'a.txt'), seed);
    writeFileSync(path.join(dir, 'b.txt'), seed.replaceAll('法律顾问', '法务人员'));
    const run = reportlint(['--why', RULE, '-c', path.join(ROOT, CONFIG), 'a.txt', 'b.txt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^a\.txt\n {2}✓ [^]*\n\nb\.txt\n {2}✗ /);
  });

  it('reads --stdin', () => {
    const run = reportlint(['--why', RULE, '-c', CONFIG, '--stdin', '--stdin-filename', 'r.txt'], { input: readFileSync(path.join(ROOT, SEED), 'utf8') });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`r.txt\n  ✓ 法律顾问工作情况`)).toBe(true);
  });

  it('gives Word paragraphs and PDF pages, as stylish does', () => {
    const docx = why('fixtures/formats/001_778d263dd7ed8752.docx', '--rule', terms('法律顾问', '公职律师'));
    expect(docx.code).toBe(1);
    expect(docx.stdout).toMatch(/\n {4}第\d+段 +未写明“公职律师”的工作情况  “.+”\n/);
    expect(docx.stdout).toMatch(/\n {4}第\d+段 +法律顾问：“镇政府法律顾问/);
    const pdf = why('fixtures/formats/001_778d263dd7ed8752.pdf');
    expect(pdf.code).toBe(0);
    expect(pdf.stdout).toMatch(/\n {4}第\d+页第\d+行 +“镇政府法律顾问/);
  });

  it('--format json prints the results with their checklist', () => {
    const run = why(SEED, '-f', 'json');
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as Array<{ checklist: Array<Record<string, unknown>>; messages: unknown[] }>;
    expect(result!.checklist).toEqual([
      {
        ruleId: RULE,
        item: '法律顾问工作情况',
        status: 'pass',
        evidence: [expect.objectContaining({ line: seedLine('镇政府法律顾问'), column: 1, excerpt: expect.stringMatching(/^镇政府法律顾问/) })],
        messages: [],
      },
    ]);
    // Only the asked rule ran.
    expect(result!.messages).toEqual([]);
  });

  it('colours only on request (or a terminal)', () => {
    const plain = why(SEED);
    const coloured = why(SEED, '--color');
    expect(plain.stdout).not.toContain('\u001b[');
    expect(coloured.stdout).toContain('\u001b[32m'); // green ✓
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });
});

describe('--why: usage errors (exit 2, one line)', () => {
  const oneLine = (run: Run) => {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    return run.stderr;
  };

  it('an unknown rule, suggesting the nearest id (built-in or plugin)', () => {
    const builtin = oneLine(reportlint(['--why', 'require-first-responsibel-person', SEED]));
    expect(builtin).toContain('没有名为“require-first-responsibel-person”的规则（是否想写 require-first-responsible-person？）');
    const plugin = oneLine(reportlint(['--why', 'why-demo/legal-advisor', '-c', CONFIG, SEED]));
    expect(plugin).toContain('是否想写 why-demo/legal-adviser？');
    const en = oneLine(reportlint(['--why', 'no-such-rule', SEED, '--locale', 'en']));
    expect(en).toContain('No rule named "no-such-rule"');
  });

  it('a rule that is not statutory, naming the ones that are', () => {
    const plugin = oneLine(reportlint(['--why', 'why-demo/plain', '-c', CONFIG, SEED]));
    expect(plugin).toContain('规则“why-demo/plain”不检查法定内容');
    expect(plugin).toContain('why-demo/crashes、');
    expect(plugin).toContain(RULE);
    const builtin = oneLine(reportlint(['--why', 'terminology', SEED, '--locale', 'en']));
    expect(builtin).toContain('Rule "terminology" does not check a statutory item');
  });

  it('a rule that is off in the effective config, saying how to turn it on', () => {
    const off = oneLine(reportlint(['--why', 'why-demo/crashes', '-c', CONFIG, SEED]));
    expect(off).toContain(`规则“why-demo/crashes”在 ${SEED} 适用的配置中已关闭；如需检查，请加上 --rule 'why-demo/crashes: error'`);
    const turnedOff = oneLine(why(SEED, '--rule', `${RULE}: off`, '--locale', 'en'));
    expect(turnedOff).toContain(`Rule "${RULE}" is off in the config for ${SEED}; to check it, add --rule '${RULE}: error'`);
  });

  it('--fix, the unix format, or no file', () => {
    expect(oneLine(why(SEED, '--fix'))).toContain('--why 不能与 --fix');
    expect(oneLine(why(SEED, '-f', 'unix'))).toContain('--format');
    expect(why().code).toBe(2);
  });

  it('a path that does not exist is named on stderr; the other files are still judged', () => {
    const run = why(SEED, 'fixtures/no-such-dir/none.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-dir');
    expect(run.stdout).toContain(SEED);
  });

  it('a file that cannot be read is named on stderr; the others are still judged', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-why-'));
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    writeFileSync(path.join(dir, 'good.txt'), readFileSync(path.join(ROOT, SEED)));
    const run = reportlint(['--why', RULE, '-c', path.join(ROOT, CONFIG), 'bad.txt', 'good.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.txt');
    expect(run.stdout).toContain('good.txt\n  ✓ ');
  });
});

describe('--why: help', () => {
  it('is in the help, in Chinese and in English', () => {
    expect(reportlint(['--help']).stdout).toMatch(/--why <规则> +逐个文件说明某项法定内容是否写到、写在哪里/);
    expect(reportlint(['--help', '--locale', 'en']).stdout).toMatch(/--why <rule-id> +show per file whether a statutory item is\b/);
  });
});

describe('formatWhy', () => {
  const base: LintResult = {
    filePath: '/w/a.txt',
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatalErrorCount: 0,
  };

  it('says so when a passing rule gave no evidence', () => {
    const result = { ...base, checklist: [{ ruleId: 'r', item: '某项', status: 'pass' as const, evidence: [], messages: [] }] };
    expect(formatWhy([result], 'r', { locale: 'zh', color: false, cwd: '/w' })).toBe('a.txt\n  ✓ 某项（r）\n    （规则没有指出报告中写到这项内容的位置）\n');
  });

  it("shows the model's failure for an 'error' item without a message of its own", () => {
    const result = { ...base, checklist: [{ ruleId: 'r', item: 'item', status: 'error' as const, evidence: [], messages: ['Could not analyse\nthe structure'] }] };
    expect(formatWhy([result], 'r', { locale: 'en', color: false, cwd: '/w' })).toBe('a.txt\n  ! item (r)\n    Could not analyse the structure\n');
  });
});

// Once the built-in statutory rules are wired (meta.statutory), they answer --why on the real fixtures too.
const statutoryBuiltins = Object.values(builtinRules).filter((rule) => rule.meta.statutory).map((rule) => rule.meta.id);
describe.runIf(statutoryBuiltins.length > 0)('--why on the built-in statutory rules', () => {
  it('passes every statutory item on the complete report', () => {
    for (const id of statutoryBuiltins) {
      const run = reportlint(['--why', id, 'fixtures/cli/clean.txt']);
      expect(run.code, `${id}\n${run.stdout}${run.stderr}`).toBe(0);
      expect(run.stdout).toContain(`  ✓ ${builtinRules[id]!.meta.statutory!.zh}（${id}）`);
    }
  });

  it('gives each statutory rule the verdict the normal lint implies on the seed report', () => {
    const failing = new Set(
      (JSON.parse(reportlint([SEED, '-f', 'json']).stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>)[0]!.messages.map((m) => m.ruleId),
    );
    for (const id of statutoryBuiltins) {
      const run = reportlint(['--why', id, SEED]);
      expect(run.code, `${id}\n${run.stdout}${run.stderr}`).toBe(failing.has(id) ? 1 : 0);
    }
  });
});
