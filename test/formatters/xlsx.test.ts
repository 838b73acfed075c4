/** The xlsx formatter, read back with exceljs (the library that wrote it). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { assertOutputFile, formatResults, isFileFormat, renderResults } from '../../src/formatters/index.js';
import { CELL_MAX, cellText } from '../../src/formatters/xlsx.js';
import { displayWidth } from '../../src/formatters/width.js';
import type { ChecklistItem, LintResult } from '../../src/types.js';
import { copiedMsg, lintCopied, percentOf } from './copied.js';
import { msg, result } from './helpers.js';

const CWD = '/county/报送';

async function workbook(results: LintResult[], locale: 'zh' | 'en' = 'zh'): Promise<ExcelJS.Workbook> {
  const bytes = await renderResults(results, { format: 'xlsx', locale, color: false, cwd: CWD });
  expect(bytes).toBeInstanceOf(Uint8Array);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes as Uint8Array) as unknown as ExcelJS.Buffer);
  return book;
}

function values(sheet: ExcelJS.Worksheet, rowNumber: number): unknown[] {
  const row = sheet.getRow(rowNumber);
  return Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).value ?? null);
}

const items = (measures: ChecklistItem['status'], duty: ChecklistItem['status']): ChecklistItem[] => [
  { ruleId: 'require-measures', item: '主要举措和成效', status: measures, evidence: [], messages: [] },
  { ruleId: 'require-first-responsible-person', item: '第一责任人履职情况', status: duty, evidence: [], messages: [] },
];

const sample: LintResult[] = [
  result(
    `${CWD}/甲乡.docx`,
    [
      msg({ line: 7, column: 1, message: '未写明第一责任人履职情况', ruleId: 'require-first-responsible-person', paragraph: 7, excerpt: '一、主要举措' }),
      msg({ line: 9, column: 3, message: '标点', ruleId: 'fullwidth-punctuation', severity: 1, paragraph: 9, excerpt: '法治:建设' }),
    ],
    { sourceFormat: 'docx', checklist: items('pass', 'fail'), report: { unit: '甲乡人民政府', year: 2024 } },
  ),
  result(`${CWD}/乙镇.pdf`, [msg({ line: 30, column: 2, message: '用语', ruleId: 'terminology', page: 2, pageLine: 5, excerpt: '第责任人' })], {
    sourceFormat: 'pdf',
    checklist: items('pass', 'pass'),
    report: { unit: '乙镇人民政府', year: 2023 },
  }),
  result(`${CWD}/丙.txt`, [msg({ line: 12, column: 5, message: '日期', ruleId: 'date-format' })], { checklist: items('error', 'pass') }),
  result(`${CWD}/丁.doc`, [msg({ line: 1, column: 1, message: '无法读取：不支持旧版 Word/WPS 格式', ruleId: null, fatal: true })]),
];

describe('xlsx formatter', () => {
  it('writes a summary sheet like table: frozen header and file column, filters, widths for Chinese', async () => {
    const book = await workbook(sample);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '问题清单']);
    const sheet = book.getWorksheet('汇总')!;
    expect(values(sheet, 1)).toEqual(['文件', '报送单位', '年度', '主要举措和成效', '第一责任人履职情况', '错误', '警告', '已屏蔽', '问题最多的规则', '无法读取的原因']);
    expect(values(sheet, 2)).toEqual(['甲乡.docx', '甲乡人民政府', 2024, '✓', '✗', 1, 1, 0, 'fullwidth-punctuation（1）、require-first-responsible-person（1）', null]);
    expect(values(sheet, 3)).toEqual(['乙镇.pdf', '乙镇人民政府', 2023, '✓', '✓', 1, 0, 0, 'terminology（1）', null]);
    expect(values(sheet, 4)).toEqual(['丙.txt', null, null, '!', '✓', 1, 0, 0, 'date-format（1）', null]);
    expect(values(sheet, 5)).toEqual(['丁.doc', null, null, '—', '—', 1, 0, 0, null, '无法读取：不支持旧版 Word/WPS 格式']);
    // An empty row keeps the totals out of the filtered, sortable rows.
    expect(values(sheet, 6).every((value) => value === null)).toBe(true);
    expect(values(sheet, 7)).toEqual(['合计', null, null, '2/4', '2/4', 4, 1, 0, 'date-format（1）、fullwidth-punctuation（1）、require-first-responsible-person（1）', null]);
    expect(sheet.getCell('A8').value).toBe('共 4 个文件：4 个有错误，1 个无法读取');
    expect(sheet.getCell('A9').value).toBe('✓ 写明了　✗ 缺少或不完整　! 规则运行出错　— 未检查（文件无法读取或规则未启用）');

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:J5');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // Wide enough for the Chinese text (two units a character), and the header's filter button.
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(displayWidth('甲乡人民政府') + 2);
    // …up to a limit: a long cell is cut off at the column's edge, not the sheet made wide.
    expect(sheet.getColumn(9).width).toBe(60);
    // An item's full name wraps in the header rather than widening a column that holds one mark.
    expect(sheet.getColumn(4).width).toBeLessThan(displayWidth('主要举措和成效') + 2);
    expect(sheet.getCell('D1').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('E3').font?.color?.argb).toBe('FF2E7D32');
    expect(sheet.getCell('E2').font?.color?.argb).toBe('FFC62828');
  });

  it('adds the copied share (a percentage number) and the report shared most with, only when no-copied-text found some', async () => {
    expect(values((await workbook(sample)).getWorksheet('汇总')!, 1)).not.toContain('照搬文字占比');
    const copied = await lintCopied(CWD);
    const sheet = (await workbook(copied)).getWorksheet('汇总')!;
    expect(values(sheet, 1)).toEqual(['文件', '报送单位', '年度', '错误', '警告', '已屏蔽', '照搬文字占比', '相同文字最多的报告', '问题最多的规则', '无法读取的原因']);
    expect(values(sheet, 2).slice(6, 9)).toEqual([expect.closeTo(percentOf(copied[0]!) / 100, 2), '赵庄镇.txt（同批报告）', 'no-copied-text（2）']);
    expect(values(sheet, 3).slice(6, 8)).toEqual([expect.closeTo(percentOf(copied[1]!) / 100, 2), '郑旗乡.txt（同批报告）']);
    expect(values(sheet, 4).slice(6, 8)).toEqual([null, null]);
    expect(sheet.getCell('G2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('G2').numFmt).toBe('0%');
    expect(sheet.autoFilter).toBe('A1:J4');
    // The totals row leaves them empty; the legend says what they are.
    expect(values(sheet, 6).slice(6, 8)).toEqual([null, null]);
    expect(sheet.getCell('A9').value).toBe('照搬＝全文中与往年报告或同批其他报告相同的文字所占的比例，括号内为相同文字最多的报告；— 表示未发现相同的段落');
    // Last year's reports are named as such; English too.
    const reference = result(`${CWD}/甲乡.txt`, [copiedMsg(4, '../2023年度/甲乡.txt', 'reference', 40, 100)]);
    expect(values((await workbook([reference])).getWorksheet('汇总')!, 2).slice(6, 8)).toEqual([0.4, '../2023年度/甲乡.txt（往年报告）']);
    const english = (await workbook([reference], 'en')).getWorksheet('Summary')!;
    expect(values(english, 1).slice(6, 8)).toEqual(['copied share', 'shares most with']);
    expect(values(english, 2)[7]).toBe("../2023年度/甲乡.txt (last year's report)");
  });

  it('writes a findings sheet: one row per message, with the place as the writer finds it', async () => {
    const sheet = (await workbook(sample)).getWorksheet('问题清单')!;
    expect(values(sheet, 1)).toEqual(['文件', '报送单位', '规则', '级别', '问题', '位置', '原文']);
    expect(sheet.rowCount).toBe(6);
    expect(values(sheet, 2)).toEqual(['甲乡.docx', '甲乡人民政府', 'require-first-responsible-person', '错误', '未写明第一责任人履职情况', '第7段', '一、主要举措']);
    expect(values(sheet, 3)).toEqual(['甲乡.docx', '甲乡人民政府', 'fullwidth-punctuation', '警告', '标点', '第9段', '法治:建设']);
    expect(values(sheet, 4)).toEqual(['乙镇.pdf', '乙镇人民政府', 'terminology', '错误', '用语', '第2页第5行', '第责任人']);
    expect(values(sheet, 5)).toEqual(['丙.txt', null, 'date-format', '错误', '日期', '12:5', null]);
    expect(values(sheet, 6)).toEqual(['丁.doc', null, null, '错误', '无法读取：不支持旧版 Word/WPS 格式', '1:1', null]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:G6');
  });

  it('speaks English with --locale en', async () => {
    const book = await workbook(sample, 'en');
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Findings']);
    expect(values(book.getWorksheet('Findings')!, 2)[3]).toBe('error');
  });

  it('writes text from the reports as plain strings: no formulas, nothing that breaks the file, at most 32,767 characters', async () => {
    const formula = '=HYPERLINK("mailto:x@example.com","点这里")';
    const long = '长'.repeat(40_000);
    const book = await workbook([
      result(`${CWD}/${formula}.txt`, [
        msg({ line: 1, column: 1, message: `控制\u0000字符\u0007和\u001b退格\ud800孤立代理\uffff`, ruleId: 'x' }),
        msg({ line: 2, column: 1, message: long, ruleId: 'x' }),
        msg({ line: 3, column: 1, message: '_x0041_ 不是 A', ruleId: 'x', excerpt: '+1+1' }),
      ], { report: { unit: '@SUM(1,2)' } }),
    ]);
    const summary = book.getWorksheet('汇总')!;
    expect(summary.getCell('A2').value).toBe(`${formula}.txt`);
    expect(summary.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(summary.getCell('A2').formula).toBeUndefined();
    expect(summary.getCell('B2').value).toBe('@SUM(1,2)');
    const findings = book.getWorksheet('问题清单')!;
    expect(findings.getCell('E2').value).toBe('控制字符和退格孤立代理');
    const cut = findings.getCell('E3').value as string;
    expect(cut).toHaveLength(CELL_MAX);
    expect(cut.endsWith('长…')).toBe(true);
    expect(findings.getCell('E4').value).toBe('_x0041_ 不是 A');
    expect(findings.getCell('G4').value).toBe('+1+1');
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number]).toContain(cell.type)));
    }
  });

  it('cellText never splits a surrogate pair when it cuts', () => {
    const text = `${'a'.repeat(CELL_MAX - 2)}😀😀`;
    const cut = cellText(text);
    expect(cut.length).toBeLessThanOrEqual(CELL_MAX);
    expect(cut.endsWith('a…')).toBe(true);
    expect(cellText('a\u000bb\tc\nd')).toBe('ab\tc\nd');
  });

  it('is a file format: needs an output file, and is not text', () => {
    expect(isFileFormat('xlsx')).toBe(true);
    expect(isFileFormat('table')).toBe(false);
    expect(() => assertOutputFile('xlsx', undefined, 'zh')).toThrow(UsageError);
    expect(() => assertOutputFile('xlsx', undefined, 'zh')).toThrow('xlsx 格式生成的是文件，不能输出到终端：请用 -o 指定要写入的文件，如 -o 汇总.xlsx');
    expect(() => assertOutputFile('xlsx', undefined, 'en')).toThrow('The xlsx format writes a file, not text: name it with -o, e.g. -o summary.xlsx');
    expect(() => assertOutputFile('xlsx', 'out.xlsx', 'zh')).not.toThrow();
    expect(() => assertOutputFile('table', undefined, 'zh')).not.toThrow();
    expect(() => formatResults([], { format: 'xlsx', locale: 'zh', color: false, cwd: '/' })).toThrow(UsageError);
  });
});
