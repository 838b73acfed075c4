/**
 * src/model/residue.ts, its two static patterns: the PDF page-number line (PAGE_NUMBER: — 3 —, 第3页共8页,
 * 3/8, · 3 ·) and the web page's font-size switch among the page actions (PAGE_ACTION: 【大 中 小】).
 * Each form a page number takes is read as residue and the sentence it broke is joined again; report text
 * that merely holds such a form (a page number glued to a sentence, a fraction, a date with slashes) is kept.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import type { ReportModel, ResidueKind } from '../../src/model/types.js';

async function model(text: string): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax: 'text' }));
}

const TITLE = '某某县司法局关于2023年度法治政府建设情况的报告';
const SECTION_2 = '二、存在的问题\n问题是培训不够，原因是重视不够。\n';

/** A report extracted from a PDF: `line` stands where the first page ends, inside a sentence. */
const pdfPageBreak = (line: string) =>
  `${TITLE}\n一、主要举措和成效\n今年我们修订了行政执法公示等三项制度，\n${line}\n组织全县执法人员轮训三百人次。\n${SECTION_2}`;

/** A report copied from a web page: `line` stands in the page's chrome above the title. */
const webPage = (line: string) =>
  `您当前的位置：首页 > 政务公开 > 法治政府建设\n${line}\n${TITLE}\n一、主要举措和成效\n今年我们完善了制度。\n${SECTION_2}`;

/** How the model reads `line` of `text`: its residue kind, or 'report text' when it is kept. */
async function readAs(text: string, line: string): Promise<ResidueKind | 'report text'> {
  const m = await model(text);
  return m.residue.find((r) => r.span.text === line.trim())?.kind ?? 'report text';
}

describe('PDF page numbers', () => {
  it.each([
    // [page-number line, what it pins]
    ['— 3 —', 'the common form: em dashes and spaces'],
    ['—3—', 'no space between the dashes and the number (either side)'],
    ['— 12 —', 'a page number of two digits between dashes'],
    ['—— 3 ——', 'two dashes on each side, not only one'],
    ['第3页', '第…页 with no spaces'],
    ['第12页', '第…页 with a page number of two digits'],
    ['第3页共8页', '第…页共…页 written without spaces anywhere'],
    ['第3页，共8页', 'a full-width comma with no space after it before 共'],
    ['第 3 页, 共 8 页', 'an ASCII comma followed by a space before 共'],
    ['第 3 页 共 12 页', 'a page count of two digits'],
    ['3/8', 'page/pages without spaces'],
    ['3 / 8', 'page / pages with spaces round the slash'],
    ['12/20', 'page/pages of two digits each'],
    ['3', 'a bare page number'],
    ['12', 'a bare page number of two digits'],
    ['· 3 ·', 'a page number between middle dots'],
    ['第 2 页 / 共 6 页', 'a slash between 第…页 and 共…页'],
    ['第3页/共8页', 'a slash, no spaces'],
    ['第 2 页（共 6 页）', '共…页 in brackets'],
    ['共 8 页 第 3 页', 'the page count first'],
    ['3 / 8 页', 'n / m 页'],
    ['3/8页', 'n/m页 without spaces'],
    ['共8页第3页', 'the page count first, no spaces'],
    ['共8页，第3页', 'the page count first, a comma between'],
    ['共 12 页 第 12 页', 'the page count first, two digits each'],
  ])('reads "%s" at a page break as a page number (%s) and joins the sentence it broke', async (line) => {
    const text = pdfPageBreak(line);
    expect(await readAs(text, line)).toBe('page-number');
    const m = await model(text);
    expect(m.paragraphs[0]?.plain).toBe('今年我们修订了行政执法公示等三项制度，组织全县执法人员轮训三百人次。');
  });

  it.each([
    // [line of report text, what it pins]
    ['全年共办理行政复议案件12件。— 3 —', 'a page number glued to the end of a sentence does not make the sentence one (— n — anchored at the start)'],
    ['— 3 —全年共办理行政复议案件12件。', 'a page number glued to the start of a sentence does not make the sentence one (— n — anchored at the end)'],
    ['全年共办理行政复议案件12件。第 3 页 共 8 页', 'a sentence ending with 第…页共…页 is kept (第…页 anchored at the start)'],
    ['第 3 页 共 8 页全年共办理行政复议案件12件。', 'a sentence after 第…页共…页 is kept (第…页 anchored at the end)'],
    ['1/3以上的执法人员未参加年度培训，', 'a line that starts with a fraction is kept (n/m anchored at the end)'],
  ])('keeps "%s" as report text: %s', async (line) => {
    const text = pdfPageBreak(line);
    expect(await readAs(text, line)).toBe('report text');
    const m = await model(text);
    expect(m.paragraphs[0]?.plain).toContain(line);
  });

  it('keeps a 成文日期 written 2024/1/15 as the closing date, not a page number n/m at the end of a line', async () => {
    // The date's "1/15" is page/pages in form; only a whole line n/m is a page number.
    const m = await model(`${TITLE}\n一、主要举措和成效\n今年我们完善了制度。\n${SECTION_2}\n某某县司法局\n2024/1/15\n`);
    expect(m.residue).toEqual([]);
    expect(m.closing?.date).toMatchObject({ year: 2024, month: 1, day: 15, style: 'dotted' });
  });
});

describe('the font-size switch of a web page', () => {
  it.each([
    // [line, what it pins]
    ['【大 中 小】', 'the switch as most pages print it'],
    ['【 大 中 小 】', 'spaces inside the brackets, round each size (links laid out with spaces)'],
  ])('reads "%s" as a page action (%s)', async (line) => {
    expect(await readAs(webPage(line), line)).toBe('page-action');
  });
});
