import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/errors.js';
import { readDocument } from '../../src/read/index.js';
import { dropFurniture, isPageNumber, itemsToLines, joinLines, textLayerProblem, type BodyLine, type PdfLine } from '../../src/read/pdf.js';

const seeds = readdirSync('fixtures/seeds')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4));

describe('pdf reader: the seed PDFs (LibreOffice, running header, — N — page numbers)', () => {
  it('000: lines joined into the seed paragraphs; page and line on the page', async () => {
    const document = await readDocument('fixtures/formats/000_452fc7be030a272b.pdf');
    expect(document).toMatchObject({ syntax: 'text', sourceFormat: 'pdf', writable: false });
    const at = (needle: string) => {
      const offset = document.text.indexOf(needle);
      expect(offset, needle).toBeGreaterThanOrEqual(0);
      return document.locate!(offset);
    };
    expect(at('郑旗乡2022年度法治政府建设情况报告')).toEqual({ line: 1, column: 1, page: 1, pageLine: 1 });
    // The paragraph that starts at the bottom of page 1 and goes on at the top of page 2 is one line of text.
    expect(at('(三) 加大宣传力度')).toMatchObject({ page: 1, pageLine: 21 });
    expect(at('法治课堂，提高全民法治意识')).toMatchObject({ page: 2, pageLine: 1 });
    // A paragraph that crosses pages: its second half is on page 3, line 1 (the running header is not counted).
    expect(at('审核机构或法治审核人员')).toMatchObject({ page: 3, pageLine: 1 });
    expect(at('2023年2月20日')).toMatchObject({ page: 4, pageLine: 18 });
    // A character inside a long joined paragraph maps to the page line it is printed on.
    const long = document.text.indexOf('(二) 增强学法意识');
    expect(document.locate!(long)).toMatchObject({ page: 1, pageLine: 14 });
    expect(document.locate!(document.text.indexOf('了系统学习', long))).toMatchObject({ page: 1, pageLine: 20 });
  });

  for (const seed of seeds) {
    it(`${seed}.pdf: no page numbers, no running header`, async () => {
      const document = await readDocument(`fixtures/formats/${seed}.pdf`);
      expect(document.text).not.toMatch(/—\s*\d+\s*—/);
      expect(document.text.split('\n')).not.toContain('法治政府建设年度报告');
    });
  }

  it('a scan (pages with an image and no text layer): ReadError, exit code 2', async () => {
    const error = await readDocument('fixtures/read/scan.pdf').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/^无法读取 fixtures\/read\/scan\.pdf：这个 PDF 是扫描件，没有文字层/);
  });

  it('not a PDF: ReadError', async () => {
    await expect(readDocument('fixtures/read/broken.pdf')).rejects.toThrow('无法读取 fixtures/read/broken.pdf：不是有效的 PDF 文件');
  });
});

describe('pdf reader: pieces', () => {
  const item = (str: string, x: number, y: number, size = 16) => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width: str.length * size,
    height: size,
  });

  it('items → lines by baseline, a gap becomes a space, layout spaces between Chinese and digits go', () => {
    const lines = itemsToLines(
      [item('关于 2023', 80, 700), item('年度', 80 + 7 * 16 + 2, 700.5), item('报告', 300, 700), item('第二行', 80, 677)],
      1,
    );
    expect(lines.map((line) => line.text)).toEqual(['关于2023年度 报告', '第二行']);
    expect(lines[0]).toMatchObject({ page: 1, x: 80, y: 700, size: 16 });
  });

  it('page numbers', () => {
    for (const text of ['— 3 —', '-3-', '- 12 -', '3', '第3页', '第 3 页 共 9 页', '3/9', 'Page 2 of 5']) expect(isPageNumber(text), text).toBe(true);
    for (const text of ['2023年', '一、总体情况', '3个', '第3条']) expect(isPageNumber(text), text).toBe(false);
  });

  const line = (page: number, text: string, y: number, x = 80, right = 512, size = 16): PdfLine => ({ page, text, x, right, y, size });

  it('running headers/footers repeated on most pages and page numbers are dropped; lines numbered per page', () => {
    const words = ['一是加强领导', '二是完善制度', '三是强化监督', '四是开展培训', '五是化解纠纷', '六是公开政务'];
    const pages = [1, 2, 3].map((page) => [
      line(page, '某某县人民政府文件', 800, 240, 360, 10),
      line(page, words[page * 2 - 2]!, 700),
      line(page, words[page * 2 - 1]!, 677),
      line(page, `第 ${page} 页 共 3 页`, 40, 260, 330, 10),
    ]);
    const body = dropFurniture(pages, [842, 842, 842]);
    expect(body.map((lines) => lines.map((kept) => `${kept.pageLine}:${kept.text}`))).toEqual([
      ['1:一是加强领导', '2:二是完善制度'],
      ['1:三是强化监督', '2:四是开展培训'],
      ['1:五是化解纠纷', '2:六是公开政务'],
    ]);
    // A single page keeps its first line (no repetition to go by) but still loses its page number.
    expect(dropFurniture([[line(1, '标题', 800), line(1, '- 1 -', 40)]], [842])[0]!.map((kept) => kept.text)).toEqual(['标题']);
  });

  const texts = (paragraphs: BodyLine[][]) => paragraphs.map((group) => group.map((member) => member.text).join(''));
  const numbered = (lines: PdfLine[]): BodyLine[][] => [lines.map((member, index) => ({ ...member, pageLine: index + 1 }))];

  it('no indents, no spacing: a full line continues unless it ends a sentence', () => {
    const paragraphs = joinLines(
      numbered([
        line(1, '一、总体情况', 700, 80, 176),
        line(1, '全面推进依法行政，严格规范公正文明执法，本年度共办理', 677),
        line(1, '行政复议案件十二件。', 654, 80, 240),
        line(1, '二、存在问题', 631, 80, 176),
        line(1, '一是学法用法不够深入，部分干部法治意识有待提高。', 608),
        line(1, '二是执法队伍力量不足。', 585, 80, 256),
        line(1, '三是宣传方式单一。', 562, 80, 224),
      ]),
    );
    expect(texts(paragraphs)).toEqual([
      '一、总体情况',
      '全面推进依法行政，严格规范公正文明执法，本年度共办理行政复议案件十二件。',
      '二、存在问题',
      '一是学法用法不够深入，部分干部法治意识有待提高。',
      '二是执法队伍力量不足。',
      '三是宣传方式单一。',
    ]);
  });

  it('first-line indents: a full line ending in 。 still continues into an unindented line', () => {
    const paragraphs = joinLines(
      numbered([
        line(1, '一是加强组织领导。调整领导小组，明确职责分工。', 700, 112),
        line(1, '召开专题会议三次。', 677, 80, 224),
        line(1, '二是完善制度建设。制定工作规则，规范决策程序。', 654, 112),
        line(1, '三是强化监督。', 631, 112, 224),
        line(1, '四是开展培训。', 608, 112, 224),
        line(1, '五是化解纠纷。', 585, 112, 224),
      ]),
    );
    expect(texts(paragraphs)).toEqual([
      '一是加强组织领导。调整领导小组，明确职责分工。召开专题会议三次。',
      '二是完善制度建设。制定工作规则，规范决策程序。',
      '三是强化监督。',
      '四是开展培训。',
      '五是化解纠纷。',
    ]);
  });

  it('text layer problems: a scan (no text), garbage from fonts without a Unicode map', () => {
    const page = (text: string) => [line(1, text, 700)];
    expect(textLayerProblem([])).toBe('scan');
    expect(textLayerProblem([page(' '), page('1')])).toBe('scan');
    expect(textLayerProblem([page('\ue001\ue002\ue003\ue004\ue005\ue006某某')])).toBe('garbled');
    expect(textLayerProblem([page('某某镇2023年度法治政府建设情况报告')])).toBeUndefined();
  });

  it('a centred title over two lines in larger type is one paragraph', () => {
    const paragraphs = joinLines(
      numbered([
        line(1, '某某镇人民政府关于2023年度法治政府', 760, 80, 512, 22),
        line(1, '建设情况的报告', 728, 220, 374, 22),
        line(1, '正文。', 680, 112, 160),
        line(1, '正文。', 657, 112, 160),
        line(1, '正文。', 634, 112, 160),
      ]),
    );
    expect(texts(paragraphs)[0]).toBe('某某镇人民政府关于2023年度法治政府建设情况的报告');
  });
});
