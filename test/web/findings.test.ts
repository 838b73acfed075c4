import { describe, expect, it } from 'vitest';
import { groupFindings, placeLabel } from '../../src/web/app/findings.js';
import { pageSummary } from '../../src/web/app/summary-model.js';
import type { LintMessage, LintResult } from '../../src/types.js';

function message(ruleId: string | null, severity: 1 | 2, start: number, extra: Partial<LintMessage> = {}): LintMessage {
  return { ruleId, severity, message: `${ruleId}@${start}`, line: 1, column: start + 1, endLine: 1, endColumn: start + 2, range: [start, start + 1], ...extra };
}

function result(extra: Partial<LintResult> = {}): LintResult {
  return {
    filePath: 'a.txt',
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatalErrorCount: 0,
    ...extra,
  };
}

describe('groupFindings', () => {
  it('puts errors first, groups by rule in order of first appearance, keeps each finding’s index', () => {
    const messages = [message('b', 1, 1), message('a', 2, 5), message('c', 2, 2), message('a', 2, 0), message(null, 2, 9, { fatal: true })];
    const groups = groupFindings(messages);
    expect(groups.map((group) => [group.severity, group.count])).toEqual([
      ['error', 4],
      ['warning', 1],
    ]);
    expect(groups[0]!.rules.map((rule) => [rule.ruleId, rule.items.map((item) => item.index)])).toEqual([
      ['a', [3, 1]],
      ['c', [2]],
      [null, [4]],
    ]);
    expect(groups[1]!.rules[0]!.items[0]!.index).toBe(0);
  });

  it('counts a fatal warning as an error, and leaves out empty severities', () => {
    const groups = groupFindings([message('x', 1, 0, { fatal: true })]);
    expect(groups.map((group) => group.severity)).toEqual(['error']);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('placeLabel', () => {
  it('gives 第N段 for Word, 第N页第M行 for PDF, line and column otherwise', () => {
    expect(placeLabel({ sourceFormat: 'docx' }, { line: 3, column: 1, paragraph: 7 }, 'zh')).toBe('第7段');
    expect(placeLabel({ sourceFormat: 'pdf' }, { line: 3, column: 1, page: 2, pageLine: 5 }, 'zh')).toBe('第2页第5行');
    expect(placeLabel({ sourceFormat: 'html' }, { line: 3, column: 4 }, 'zh')).toBe('第3行第4列');
    expect(placeLabel({}, { line: 3, column: 4 }, 'en')).toBe('line 3, column 4');
  });
});

describe('pageSummary', () => {
  it('has a row per report in page order, with verdicts, counts, and the unreadable and still-reading ones', () => {
    const done = result({
      filePath: '甲.docx',
      errorCount: 2,
      warningCount: 1,
      messages: [message('require-issuer-and-date', 2, 0), message('require-issuer-and-date', 2, 3), message('terminology', 1, 1)],
      checklist: [
        { ruleId: 'require-issuer-and-date', item: '发文机关和成文日期', status: 'fail', evidence: [], messages: ['x'] },
        { ruleId: 'require-measures', item: '主要举措和成效', status: 'pass', evidence: [], messages: [] },
      ],
      report: { unit: '某镇人民政府', year: 2024 },
    });
    const summary = pageSummary(
      [
        { key: 1, name: '甲.docx', state: 'done', result: done },
        { key: 2, name: 'scan.pdf', state: 'error', error: '无法读取' },
        { key: 3, name: '丙.txt', state: 'reading' },
      ],
      'zh',
    );
    expect(summary.columns.map((column) => [column.ruleId, column.header])).toEqual([
      ['require-measures', '举措'],
      ['require-issuer-and-date', '落款'],
    ]);
    expect(summary.rows.map((row) => [row.name, row.state, row.verdicts.map((verdict) => verdict.mark).join('')])).toEqual([
      ['甲.docx', 'done', '✓✗'],
      ['scan.pdf', 'error', '——'],
      ['丙.txt', 'reading', '——'],
    ]);
    expect(summary.rows[0]).toMatchObject({ unit: '某镇人民政府', year: 2024, errorCount: 2, warningCount: 1, topRules: 'require-issuer-and-date（2）、terminology（1）' });
    expect(summary.rows[1]!.unreadable).toBe('无法读取');
    expect(summary).toMatchObject({ files: 3, errorCount: 2, warningCount: 1, passed: { 'require-measures': 1, 'require-issuer-and-date': 0 } });
  });
});
