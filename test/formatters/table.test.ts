import { describe, expect, it } from 'vitest';
import { COPIED_SOURCE_MAX_WIDTH, safeText, shortPath, table as tableFormatter, truncateWidth, UNIT_MAX_WIDTH } from '../../src/formatters/table.js';
import { displayWidth } from '../../src/formatters/width.js';
import type { ChecklistItem, LintResult } from '../../src/types.js';
import { copiedMsg, lintCopied, percentOf } from './copied.js';
import { msg, result } from './helpers.js';
import { parseTable } from './table-cells.js';

const CWD = '/county/报送';

// The module itself: src/formatters/index.ts loads it only when the format is chosen (renderResults).
const table = (results: LintResult[], opts: { locale?: 'zh' | 'en'; color?: boolean } = {}) =>
  tableFormatter(results, { locale: opts.locale ?? 'zh', color: opts.color ?? false, cwd: CWD });

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const ITEMS = [
  ['require-measures', '主要举措和成效'],
  ['require-first-responsible-person', '第一责任人履职情况'],
  ['require-problems-and-causes', '存在的不足和原因'],
] as const;

function checklist(...statuses: Array<ChecklistItem['status'] | undefined>): ChecklistItem[] {
  return ITEMS.flatMap(([ruleId, item], index) => {
    const status = statuses[index];
    return status === undefined ? [] : [{ ruleId, item, status, evidence: [], messages: status === 'pass' ? [] : ['x'] }];
  });
}

const unreadable = (file: string, message: string) =>
  result(`${CWD}/${file}`, [msg({ line: 1, column: 1, message, ruleId: null, fatal: true })]);

const sample: LintResult[] = [
  result(
    `${CWD}/左岚乡2024年度法治政府建设情况报告.docx`,
    [
      msg({ line: 3, column: 1, message: 'a', ruleId: 'require-problems-and-causes' }),
      msg({ line: 4, column: 1, message: 'b', ruleId: 'fullwidth-punctuation' }),
      msg({ line: 5, column: 1, message: 'c', ruleId: 'fullwidth-punctuation' }),
      msg({ line: 6, column: 1, message: 'd', ruleId: 'title-format', severity: 1 }),
    ],
    { checklist: checklist('pass', 'pass', 'fail'), report: { unit: '城口县左岚乡人民政府', year: 2024 }, sourceFormat: 'docx' },
  ),
  result(`${CWD}/b.txt`, [msg({ line: 1, column: 1, message: 'crash', ruleId: 'require-measures', fatal: true })], {
    checklist: checklist('error', 'fail', undefined),
    report: { unit: 'Town B' },
  }),
  unreadable('左岚乡报告.doc', '无法读取：不支持旧版 Word/WPS 格式，请在 Word 或 WPS 中另存为 .docx 后再检查'),
];

describe('table formatter', () => {
  it('prints one row per report with its unit, year, marks, counts and top rules, then totals and a legend', () => {
    const parsed = parseTable(table(sample));
    expect(parsed.header).toEqual(['文件', '报送单位', '年度', '举措', '责任人', '问题原因', '错误', '警告', '问题最多的规则']);
    expect(parsed.rows).toEqual([
      ['左岚乡2024年度法治政府建设情况报告.docx', '城口县左岚乡人民政府', '2024', '✓', '✓', '✗', '3', '1', 'fullwidth-punctuation（2）、require-problems-and-causes（1）、title-format（1）'],
      ['b.txt', 'Town B', '', '!', '✗', '—', '1', '0', 'require-measures（1）'],
      ['左岚乡报告.doc', '', '', '—', '—', '—', '1', '0', '无法读取：不支持旧版 Word/WPS 格式，请在 Word 或 WPS 中另存为 .docx 后再检查'],
    ]);
    // Files passing each item out of all files; the error counts neither way.
    expect(parsed.total).toEqual(['合计', '', '', '1/3', '1/3', '0/3', '5', '1', 'fullwidth-punctuation（2）、require-measures（1）、require-problems-and-causes（1）']);
    expect(parsed.after).toEqual([
      '共 3 个文件：3 个有错误，1 个无法读取',
      '法定内容：举措＝主要举措和成效、责任人＝第一责任人履职情况、问题原因＝存在的不足和原因',
      '✓ 写明了　✗ 缺少或不完整　! 规则运行出错　— 未检查（文件无法读取或规则未启用）',
    ]);
  });

  it('aligns every column by display width: the gaps between columns are blank on every line', () => {
    const { lines, spans } = parseTable(table(sample));
    /** Display column → character; the second column of a wide character is '\0'. */
    const columnsOf = (line: string) => [...line].flatMap((char) => (displayWidth(char) === 2 ? [char, '\0'] : [char]));
    for (const line of lines) {
      const at = columnsOf(line);
      for (const [start] of spans.slice(1)) {
        expect([at[start - 2] ?? ' ', at[start - 1] ?? ' '], line).toEqual([' ', ' ']);
        expect(at[start], line).not.toBe('\0');
      }
    }
    // Counts end at the right edge of their column; marks sit in the middle of theirs.
    const [errorsStart, errorsEnd] = spans[6]!;
    const [markStart, markEnd] = spans[3]!;
    for (const line of lines.slice(2, 5)) {
      const at = columnsOf(line);
      expect(at[errorsEnd - 1], line).toMatch(/\d/);
      expect(at.slice(errorsStart, errorsEnd - 1).join('').trim(), line).toBe('');
      expect(at[markStart + ((markEnd - markStart - 1) >> 1)], line).toMatch(/[✓✗!—]/);
    }
  });

  it('has no colour unless asked, and the same text with colour', () => {
    const plain = table(sample);
    expect(plain).not.toContain('\u001b');
    const coloured = table(sample, { color: true });
    expect(coloured).toContain('\u001b[32m✓\u001b[39m');
    expect(coloured).toContain('\u001b[31m✗\u001b[39m');
    expect(coloured).toContain('\u001b[35m!\u001b[39m');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('prints one row and the totals for a single file', () => {
    const parsed = parseTable(table([sample[0]!]));
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.total.slice(3, 8)).toEqual(['1/1', '1/1', '0/1', '3', '1']);
    expect(parsed.after[0]).toBe('共 1 个文件：1 个有错误，0 个无法读取');
  });

  it('prints nothing for no results', () => {
    expect(table([])).toBe('');
  });

  it('shows a column of silenced findings only when something was silenced', () => {
    expect(parseTable(table(sample)).header).not.toContain('已屏蔽');
    const silenced = result(`${CWD}/c.txt`, [], {
      checklist: checklist('pass', 'pass', 'pass'),
      suppressedMessages: [msg({ line: 2, column: 1, message: 'x', ruleId: 'terminology' })],
    });
    const parsed = parseTable(table([sample[0]!, silenced]));
    expect(parsed.header[8]).toBe('已屏蔽');
    expect(parsed.rows.map((row) => row[8])).toEqual(['0', '1']);
    expect(parsed.total[8]).toBe('1');
  });

  it('speaks English with --locale en', () => {
    const parsed = parseTable(table(sample, { locale: 'en' }));
    expect(parsed.header).toEqual(['file', 'unit', 'year', 'measures', 'leaders', 'causes', 'errors', 'warnings', 'most findings']);
    expect(parsed.rows[0]![8]).toBe('fullwidth-punctuation (2), require-problems-and-causes (1), title-format (1)');
    expect(parsed.total[0]).toBe('total');
    expect(parsed.after[0]).toBe('3 files: 3 with errors, 1 unreadable');
  });

  it('names a plugin’s statutory item by its number, and the legend by its name', () => {
    const plugin: ChecklistItem = { ruleId: 'county/require-legal-adviser', item: '法律顾问工作情况', status: 'pass', evidence: [], messages: [] };
    const parsed = parseTable(table([result(`${CWD}/a.txt`, [], { checklist: [...checklist('pass'), plugin] })]));
    expect(parsed.header.slice(3, 5)).toEqual(['举措', '项2']);
    expect(parsed.after[1]).toBe('法定内容：举措＝主要举措和成效、项2＝法律顾问工作情况');
  });

  it('keeps text from the files on one line, without control characters, and shortens a long unit', () => {
    const unit = '中共某某省某某市某某县某某乡委员会、某某乡人民政府';
    const hostile = result(`${CWD}/evil\u001b[2J\nname.txt`, [], { report: { unit } });
    const output = table([hostile]);
    expect(output).not.toContain('\u001b');
    const parsed = parseTable(output);
    expect(parsed.rows[0]![0]).toBe('evil?[2J name.txt');
    expect(parsed.rows[0]![1]).toBe(truncateWidth(unit, UNIT_MAX_WIDTH));
    expect(displayWidth(parsed.rows[0]![1]!)).toBeLessThanOrEqual(UNIT_MAX_WIDTH);
    expect(parsed.rows[0]![1]!.endsWith('…')).toBe(true);
    expect(safeText('a\tb\u0007c')).toBe('a b?c');
  });

  it('shows the share of each report found in other reports (no-copied-text) and the report it shares most with', async () => {
    expect(parseTable(table(sample)).header).not.toContain('照搬');
    const results = await lintCopied(CWD);
    const [zhengqi, zhaozhuang] = results.map(percentOf);
    const output = table(results);
    const parsed = parseTable(output);
    expect(parsed.header).toEqual(['文件', '报送单位', '年度', '错误', '警告', '照搬', '问题最多的规则']);
    expect(parsed.rows.map((row) => [row[0], row[5], row[6]])).toEqual([
      ['郑旗乡.txt', `${zhengqi}%（赵庄镇.txt）`, 'no-copied-text（2）'],
      ['赵庄镇.txt', `${zhaozhuang}%（郑旗乡.txt）`, 'no-copied-text（2）'],
      ['官田乡.txt', '—', ''],
    ]);
    // Two of 郑旗乡's three paragraphs, but not its title and signature: over half of it, not all.
    expect(zhengqi).toBeGreaterThan(40);
    expect(zhengqi).toBeLessThan(90);
    expect(parsed.total[5]).toBe('');
    expect(parsed.after).toContain('照搬＝全文中与往年报告或同批其他报告相同的文字所占的比例，括号内为相同文字最多的报告；— 表示未发现相同的段落');
    // Aligned like every other column: two blank columns before each column's start on every line.
    for (const line of parsed.lines) {
      const at = [...line].flatMap((char) => (displayWidth(char) === 2 ? [char, '\0'] : [char]));
      for (const [start] of parsed.spans.slice(1)) expect([at[start - 2] ?? ' ', at[start - 1] ?? ' '], line).toEqual([' ', ' ']);
    }
    const coloured = table(await lintCopied(CWD), { color: true });
    expect(coloured).toContain(`\u001b[33m${zhengqi}%（赵庄镇.txt）\u001b[39m`);
    expect(stripAnsi(coloured)).toBe(output);
    const english = parseTable(table(await lintCopied(CWD), { locale: 'en' }));
    expect(english.header[5]).toBe('copied');
    expect(english.rows[0]![5]).toBe(`${zhengqi}% (赵庄镇.txt)`);
  });

  it('adds up a report’s copied paragraphs over all sources, names the one with most, and shortens a long path', () => {
    const reference = '../往年/2023年度/各乡镇报送的年度报告/赵庄镇人民政府2023年度法治政府建设情况报告.docx';
    const copied = result(`${CWD}/郑旗乡.txt`, [copiedMsg(4, reference, 'reference', 30, 100), copiedMsg(6, '官田乡.txt', 'run', 40, 100), copiedMsg(8, reference, 'reference', 25, 100)], {
      checklist: checklist('pass'),
    });
    const parsed = parseTable(table([copied, result(`${CWD}/官田乡.txt`, [], { checklist: checklist('pass') })]));
    const cell = parsed.rows[0]![parsed.header.indexOf('照搬')]!;
    // The folders left out, then the middle of a file name still too long: the unit and the extension stay.
    expect(cell).toMatch(/^95%（赵庄镇人民政府.*….*报告\.docx）$/);
    expect(displayWidth(cell)).toBeLessThanOrEqual(displayWidth('95%（）') + COPIED_SOURCE_MAX_WIDTH);
    expect(shortPath('../2023年度/赵庄镇人民政府年度报告.txt', 32)).toBe('…/赵庄镇人民政府年度报告.txt');
    expect(shortPath('赵庄镇.txt', 32)).toBe('赵庄镇.txt');
    expect(parsed.rows[1]![parsed.header.indexOf('照搬')]).toBe('—');
    // Never 0% for a report with a copied paragraph; a control character in a name is shown as ?.
    const tiny = result(`${CWD}/甲.txt`, [copiedMsg(4, 'evil\u001b[2J.txt', 'run', 1, 10_000)]);
    const tinyTable = parseTable(table([tiny]));
    expect(tinyTable.rows[0]![tinyTable.header.indexOf('照搬')]).toBe('1%（evil?[2J.txt）');
  });
});
