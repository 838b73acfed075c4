import { describe, expect, it } from 'vitest';
import { formatResults, renderResultsInPieces } from '../../src/formatters/index.js';
import { displayWidth } from '../../src/formatters/width.js';
import type { LintResult } from '../../src/types.js';
import { msg, result } from './helpers.js';

const CWD = '/home/user/reports';

const stylish = (results: LintResult[], opts: { locale?: 'zh' | 'en'; color?: boolean } = {}) =>
  formatResults(results, { format: 'stylish', locale: opts.locale ?? 'zh', color: opts.color ?? false, cwd: CWD });

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const sample = [
  result(`${CWD}/2024年度法治政府建设情况报告.txt`, [
    msg({ line: 1, column: 1, message: '未说明存在问题的原因：请在“存在的问题”部分写明产生问题的主要原因', ruleId: 'require-problem-causes' }),
    msg({ line: 12, column: 5, message: '标点应使用全角：“,”应为“，”', ruleId: 'fullwidth-punctuation', severity: 1, fix: { range: [3, 4], text: '，' } }),
    msg({ line: 108, column: 23, message: '成文日期缺失', ruleId: 'require-date' }),
  ]),
];

describe('stylish formatter', () => {
  it('prints a file header, aligned rows and a Chinese summary', () => {
    expect(stylish(sample)).toBe(
      [
        '',
        '2024年度法治政府建设情况报告.txt',
        '    1:1   错误  未说明存在问题的原因：请在“存在的问题”部分写明产生问题的主要原因  require-problem-causes',
        '   12:5   警告  标点应使用全角：“,”应为“，”                                       fullwidth-punctuation',
        '  108:23  错误  成文日期缺失                                                      require-date',
        '',
        '✖ 3 个问题（2 个错误，1 个警告）',
        '  其中 0 个错误、1 个警告可用 --fix 选项自动修复。',
        '',
      ].join('\n'),
    );
  });

  it('aligns the rule-id column by display width, whatever mix of Chinese, full-width and ASCII text precedes it', () => {
    const out = stylish([
      result(`${CWD}/a.txt`, [
        msg({ line: 3, column: 1, message: 'ASCII only message', ruleId: 'r-a' }),
        msg({ line: 4, column: 10, message: '全角，标点；和中文', ruleId: 'r-b', severity: 1 }),
        msg({ line: 5, column: 2, message: '混合 mixed 〔2024〕１号', ruleId: 'r-c' }),
      ]),
    ]);
    const rows = out.split('\n').filter((line) => line.startsWith('  ') && /r-[abc]$/.test(line));
    expect(rows).toHaveLength(3);
    const ruleColumns = rows.map((row) => displayWidth(row.slice(0, row.lastIndexOf('r-'))));
    expect(new Set(ruleColumns).size).toBe(1);
    const messageColumns = rows.map((row) => displayWidth(row.slice(0, row.search(/ASCII|全角|混合/))));
    expect(new Set(messageColumns).size).toBe(1);
  });

  it('lets a very long message overflow instead of padding every other row to its width', () => {
    const long = '缺少具体数据：'.repeat(12);
    const out = stylish([
      result(`${CWD}/a.txt`, [
        msg({ line: 1, column: 1, message: '短消息', ruleId: 'r-a' }),
        msg({ line: 2, column: 1, message: long, ruleId: 'r-b' }),
        msg({ line: 3, column: 1, message: '另一条消息', ruleId: 'r-c' }),
      ]),
    ]);
    expect(out).toContain('  1:1  错误  短消息      r-a\n');
    expect(out).toContain(`  2:1  错误  ${long}  r-b\n`);
    expect(out).toContain('  3:1  错误  另一条消息  r-c\n');
  });

  it('uses colors only when asked, and colors change nothing but escape codes', () => {
    const plain = stylish(sample, { color: false });
    const colored = stylish(sample, { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(colored).toContain('\u001b[31m'); // red for errors
    expect(colored).toContain('\u001b[33m'); // yellow for warnings
    expect(colored).toContain('\u001b[4m'); // underlined file name
    expect(stripAnsi(colored)).toBe(plain);
  });

  it('prints nothing for no results, and leaves files without messages out of a report with problems', () => {
    expect(stylish([])).toBe('');
    const out = stylish([result(`${CWD}/clean.txt`, []), ...sample]);
    expect(out).not.toContain('clean.txt');
    expect(out).not.toContain('✔');
    expect(out).toContain('2024年度法治政府建设情况报告.txt');
  });

  it('says how many files were checked when no problem was found', () => {
    const clean = (name: string) => result(`${CWD}/${name}`, []);
    expect(stylish([clean('a.txt')])).toBe('✔ 检查了 1 个文件，没有发现问题\n');
    expect(stylish([clean('a.txt'), clean('b.docx'), clean('c.pdf')])).toBe('✔ 检查了 3 个文件，没有发现问题\n');
    expect(stylish([clean('a.txt')], { locale: 'en' })).toBe('✔ 1 file checked, no problems found\n');
    expect(stylish([clean('a.txt'), clean('b.txt')], { locale: 'en' })).toBe('✔ 2 files checked, no problems found\n');
    const colored = stylish([clean('a.txt')], { color: true });
    expect(colored).toContain('\u001b[32m'); // green
    expect(stripAnsi(colored)).toBe('✔ 检查了 1 个文件，没有发现问题\n');
  });

  it('with --quiet (warnings hidden) says no error was found, not no problem', () => {
    const quiet = formatResults([result(`${CWD}/a.txt`, [])], { format: 'stylish', locale: 'zh', color: false, cwd: CWD, quiet: true });
    expect(quiet).toBe('✔ 检查了 1 个文件，没有发现错误\n');
    const en = formatResults([result(`${CWD}/a.txt`, [])], { format: 'stylish', locale: 'en', color: false, cwd: CWD, quiet: true });
    expect(en).toBe('✔ 1 file checked, no errors found\n');
  });

  it('other formats print nothing for a clean run', () => {
    for (const format of ['unix']) {
      expect(formatResults([result(`${CWD}/a.txt`, [])], { format, locale: 'zh', color: false, cwd: CWD })).toBe('');
    }
  });

  it('shows paths relative to cwd, and other paths (stdin, outside files) readably', () => {
    const out = stylish([
      result(`${CWD}/sub/乡镇/报告.md`, [msg({ line: 1, column: 1, message: 'x' })]),
      result('/elsewhere/other.txt', [msg({ line: 1, column: 1, message: 'y' })]),
      result('<stdin>', [msg({ line: 1, column: 1, message: 'z' })]),
    ]);
    expect(out).toContain('\nsub/乡镇/报告.md\n');
    expect(out).toContain('\n../../../elsewhere/other.txt\n');
    expect(out).toContain('\n<stdin>\n');
  });

  it('shows Word paragraphs (第N段) and the text around the problem', () => {
    const out = stylish([
      result(
        `${CWD}/报告.docx`,
        [
          msg({ line: 40, column: 3, message: '未说明存在问题的原因', paragraph: 12, excerpt: '存在的问题\n主要是', ruleId: 'require-problem-causes' }),
          msg({ line: 7, column: 1, message: '标点应使用全角', paragraph: 3, excerpt: '依法行政,', severity: 1, ruleId: 'fullwidth-punctuation' }),
        ],
        { sourceFormat: 'docx' },
      ),
    ]);
    expect(out).toContain('  第12段  错误  未说明存在问题的原因  “存在的问题 主要是”  require-problem-causes\n');
    expect(out).toContain('  第3段   警告  标点应使用全角        “依法行政,”          fullwidth-punctuation\n');
    expect(out).not.toContain('40:3');
  });

  it('shows PDF pages and lines (第N页第M行)', () => {
    const out = stylish(
      [result(`${CWD}/报告.pdf`, [msg({ line: 88, column: 2, message: '成文日期缺失', page: 3, pageLine: 14, excerpt: '特此报告。' })], { sourceFormat: 'pdf' })],
    );
    expect(out).toContain('  第3页第14行  错误  成文日期缺失  “特此报告。”  some-rule\n');
  });

  it('falls back to line:column when a Word message has no paragraph (e.g. a fatal message)', () => {
    const out = stylish([
      result(`${CWD}/坏.docx`, [msg({ line: 1, column: 1, message: '规则出错', fatal: true, ruleId: null })], { sourceFormat: 'docx' }),
    ]);
    expect(out).toContain('  1:1  错误  规则出错\n');
  });

  it('speaks English with locale en', () => {
    const out = stylish(sample, { locale: 'en' });
    expect(out).toContain('  108:23  error    成文日期缺失');
    expect(out).toContain('   12:5   warning  ');
    expect(out).toContain('✖ 3 problems (2 errors, 1 warning)\n');
    expect(out).toContain('  0 errors and 1 warning potentially fixable with the `--fix` option.\n');
    const docx = stylish(
      [result(`${CWD}/a.docx`, [msg({ line: 2, column: 1, message: 'm', paragraph: 2, excerpt: '文字' })], { sourceFormat: 'docx' })],
      { locale: 'en' },
    );
    expect(docx).toContain('  paragraph 2  error  m  "文字"  some-rule\n');
    expect(docx).toContain('✖ 1 problem (1 error, 0 warnings)\n');
  });

  it('omits the fixable line when nothing is fixable', () => {
    const out = stylish([result(`${CWD}/a.txt`, [msg({ line: 1, column: 1, message: 'x' })])]);
    expect(out).not.toContain('--fix');
    expect(out.endsWith('✖ 1 个问题（1 个错误，0 个警告）\n')).toBe(true);
  });

  it('comes in pieces of one line each, which joined are the whole output', () => {
    // The CLI writes the pieces as they are made: a report with tens of thousands of problems is never one string.
    const two = [...sample, result(`${CWD}/b.txt`, []), result(`${CWD}/c.md`, [msg({ line: 3, column: 1, message: 'y', ruleId: 'r' })])];
    for (const results of [two, sample, [result(`${CWD}/a.txt`, [])], []]) {
      for (const color of [false, true]) {
        const options = { format: 'stylish', locale: 'zh' as const, color, cwd: CWD };
        const pieces = [...(renderResultsInPieces(results, options) ?? [])];
        expect(pieces.join('')).toBe(formatResults(results, options));
        for (const piece of pieces) expect(piece.replace(/^\n/, '').match(/\n/g)?.length ?? 0).toBeLessThanOrEqual(1);
      }
    }
  });
});
