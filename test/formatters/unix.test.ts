import { describe, expect, it } from 'vitest';
import { formatResults, renderResultsInPieces } from '../../src/formatters/index.js';
import type { LintResult } from '../../src/types.js';
import { msg, result } from './helpers.js';

const CWD = '/home/user/reports';

const unix = (results: LintResult[], locale: 'zh' | 'en' = 'zh', color = false) =>
  formatResults(results, { format: 'unix', locale, color, cwd: CWD });

/** Vim's default errorformat for this shape: %f:%l:%c: %m */
const QUICKFIX = /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning) (?<message>.*?)(?: \[(?<rule>[\w/-]+)\])?$/u;

describe('unix formatter', () => {
  it('prints path:line:column: severity message [rule-id], one per line, no summary', () => {
    const out = unix([
      result(`${CWD}/2024年报告.txt`, [
        msg({ line: 1, column: 1, message: '未说明存在问题的原因：请在“存在的问题”部分写明产生问题的主要原因', ruleId: 'require-problem-causes' }),
        msg({ line: 12, column: 5, message: '标点应使用全角', ruleId: 'fullwidth-punctuation', severity: 1 }),
      ]),
      result(`${CWD}/sub/b.md`, [msg({ line: 3, column: 7, message: '成文日期缺失' })]),
    ]);
    expect(out).toBe(
      '2024年报告.txt:1:1: error 未说明存在问题的原因：请在“存在的问题”部分写明产生问题的主要原因 [require-problem-causes]\n' +
        '2024年报告.txt:12:5: warning 标点应使用全角 [fullwidth-punctuation]\n' +
        'sub/b.md:3:7: error 成文日期缺失 [some-rule]\n',
    );
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(QUICKFIX);
  });

  it('keeps line:column for Word and PDF and adds 第N段 / 第N页第M行 with the excerpt to the message', () => {
    const out = unix([
      result(`${CWD}/报告.docx`, [msg({ line: 40, column: 3, message: '未说明原因', paragraph: 12, excerpt: '存在的问题' })], { sourceFormat: 'docx' }),
      result(`${CWD}/报告.pdf`, [msg({ line: 88, column: 1, message: '成文日期缺失', page: 3, pageLine: 14 })], { sourceFormat: 'pdf' }),
    ]);
    expect(out).toBe(
      '报告.docx:40:3: error 未说明原因 (第12段 “存在的问题”) [some-rule]\n' +
        '报告.pdf:88:1: error 成文日期缺失 (第3页第14行) [some-rule]\n',
    );
  });

  it('says paragraph/page in English with locale en; severity words are always English', () => {
    const out = unix(
      [result(`${CWD}/a.docx`, [msg({ line: 2, column: 1, message: 'missing', paragraph: 2, severity: 1 })], { sourceFormat: 'docx' })],
      'en',
    );
    expect(out).toBe('a.docx:2:1: warning missing (paragraph 2) [some-rule]\n');
  });

  it('prints nothing for no results or no messages, never colors, and keeps messages on one line', () => {
    expect(unix([])).toBe('');
    expect(unix([result(`${CWD}/a.txt`, [])])).toBe('');
    const out = unix([result(`${CWD}/a.txt`, [msg({ line: 1, column: 1, message: '规则 x 出错：\n  at foo', ruleId: null, fatal: true })])], 'zh', true);
    expect(out).toBe('a.txt:1:1: error 规则 x 出错： at foo\n');
  });

  it('comes one line a piece, which joined are the whole output', () => {
    const results = [result(`${CWD}/a.txt`, [msg({ line: 1, column: 1, message: 'x', ruleId: 'r' }), msg({ line: 2, column: 3, message: 'y', ruleId: 's' })])];
    const options = { format: 'unix', locale: 'zh' as const, color: false, cwd: CWD };
    const pieces = [...(renderResultsInPieces(results, options) ?? [])];
    expect(pieces).toEqual(['a.txt:1:1: error x [r]\n', 'a.txt:2:3: error y [s]\n']);
    expect(pieces.join('')).toBe(formatResults(results, options));
  });
});

