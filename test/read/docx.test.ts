import { readFileSync } from 'node:fs';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { ReadError } from '../../src/errors.js';
import { headingLevel } from '../../src/read/docx.js';
import { readDocument, readText } from '../../src/read/index.js';

async function docxBuffer(children: Array<Paragraph | Table>): Promise<Buffer> {
  const document = new Document({
    styles: {
      // WPS and a Chinese Word name the style 标题 2 in styles.xml.
      paragraphStyles: [{ id: 'CnHeading2', name: '标题 2', basedOn: 'Normal', next: 'Normal', run: { bold: true } }],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

describe('docx reader', () => {
  it('headings from Word styles, one Markdown paragraph per Word paragraph, paragraph numbers counting every w:p', async () => {
    const buffer = await docxBuffer([
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('某某镇2023年度法治政府建设情况报告')] }), // 1
      new Paragraph({ children: [] }), // 2 (empty: counted, not in the text)
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、主要举措和成效')] }), // 3
      new Paragraph({ style: 'CnHeading2', children: [new TextRun('（一）加强组织领导')] }), // 4
      new Paragraph({ children: [new TextRun('1. 第一项 *重点* 工作见[附件]，<b>不是标签</b>，a_b_c。')] }), // 5
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph('行政复议')] }), // 6
              new TableCell({ children: [new Paragraph('12件')] }), // 7
            ],
          }),
        ],
      }),
      new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 })] }), // 8
      new Paragraph({ children: [new TextRun('    # 不是标题，前面有空格')] }), // 9
    ]);
    const document = await readText(buffer, '报告.docx');
    expect(document).toMatchObject({ syntax: 'markdown', sourceFormat: 'docx', writable: false });
    expect(document.encode).toBeUndefined();

    const tree = await parseDocument(document);
    const blocks = tree.children.map((node) => [node.type, 'depth' in node ? node.depth : undefined, toString(node)]);
    expect(blocks).toEqual([
      ['paragraph', undefined, '某某镇2023年度法治政府建设情况报告'],
      ['heading', 1, '一、主要举措和成效'],
      ['heading', 2, '（一）加强组织领导'],
      ['paragraph', undefined, '1. 第一项 *重点* 工作见[附件]，<b>不是标签</b>，a_b_c。'],
      ['paragraph', undefined, '行政复议'],
      ['paragraph', undefined, '12件'],
      ['paragraph', undefined, '第一行\n第二行'],
      ['paragraph', undefined, '# 不是标题，前面有空格'],
    ]);

    const paragraphOf = (needle: string) => document.locate!(document.text.indexOf(needle)).paragraph;
    expect(paragraphOf('某某镇')).toBe(1);
    expect(paragraphOf('主要举措')).toBe(3);
    expect(paragraphOf('加强组织')).toBe(4);
    expect(paragraphOf('重点')).toBe(5);
    expect(paragraphOf('12件')).toBe(7);
    expect(paragraphOf('第二行')).toBe(8);
    expect(paragraphOf('不是标题')).toBe(9);
    // The `# ` of a heading and the end of the text still name a paragraph.
    expect(document.locate!(document.text.indexOf('# 一')).paragraph).toBe(3);
    expect(document.locate!(document.text.length)).toMatchObject({ paragraph: 9 });
    // line/column point into the text the rules see.
    const offset = document.text.indexOf('加强组织');
    const before = document.text.slice(0, offset).split('\n');
    expect(document.locate!(offset)).toEqual({ line: before.length, column: before.at(-1)!.length + 1, paragraph: 4 });
  });

  it('style names: 标题 1-3 and Heading 1-3 in any case; other styles are not headings', () => {
    expect(['标题 1', '标题2', 'Heading 3', 'heading 1', 'Title', '正文', null].map((name) => headingLevel(name))).toEqual([
      1, 2, 3, 1, undefined, undefined, undefined,
    ]);
    expect(headingLevel(null, 'Heading2')).toBe(2);
  });

  it('the fixture made from seed 004: every seed line is Word paragraph N = line N', async () => {
    const document = await readDocument('fixtures/formats/004_ce0fc0e530b0009c.docx');
    const lines = readFileSync('fixtures/seeds/004_ce0fc0e530b0009c.txt', 'utf8').split('\n');
    let checked = 0;
    let cursor = 0;
    lines.forEach((line, index) => {
      const words = line.replace(/^[\s\u00a0\u3000]+/, '').slice(0, 6);
      if (words.length < 4 || /[[\]\\*_`<]/.test(words)) return;
      const offset = document.text.indexOf(words, cursor);
      cursor = offset + 1;
      expect(offset, words).toBeGreaterThanOrEqual(0);
      expect(document.locate!(offset).paragraph, words).toBe(index + 1);
      checked += 1;
    });
    expect(checked).toBeGreaterThan(30);
    // 一、 lines carry the Heading 1 style in the fixture.
    expect(document.text).toMatch(/^# 一、2022年度推进法治政府建设的主要举措和成效$/m);
  });

  it('a file that is not a Word document: ReadError, exit code 2', async () => {
    await expect(readDocument('fixtures/read/broken.docx')).rejects.toBeInstanceOf(ReadError);
    await expect(readDocument('fixtures/read/broken.docx')).rejects.toThrow(/Word 文档不完整（文件被截断/);
  });
});
