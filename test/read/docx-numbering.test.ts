/**
 * Word's automatic numbering (issue 9, point 2): headings numbered by a multi-level list Word writes, not typed.
 * Fixtures: fixtures/read/numbered/ (scripts/make-numbered-docx.js), each a seed report whose ordinals Word
 * writes, next to the same report with the ordinals typed.
 */
import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { isTitleStyle } from '../../src/read/docx.js';
import {
  alignNumbering,
  formatNumber,
  numberParagraphs,
  paragraphKey,
  readNumbering,
  type NumberedParagraph,
} from '../../src/read/docx-numbering.js';
import { readDocument, readText } from '../../src/read/index.js';
import type { LintMessage } from '../../src/types.js';
import { recommendedConfig } from '../rule-tester.js';

const DIR = 'fixtures/read/numbered';
const SEEDS = ['001_778d263dd7ed8752', '003_fb4fb1fb4ee4856e'];
const STATUTORY = [
  'require-measures',
  'require-first-responsible-person',
  'require-problems-and-causes',
  'require-next-year-plan',
  'require-enforcement-systems',
  'require-issuer-and-date',
];

const read = (name: string) => readDocument(`${DIR}/${name}.docx`);

async function lint(name: string) {
  const document = await read(name);
  const result = await lintText(document, recommendedConfig());
  return { document, messages: result.messages, checklist: result.checklist ?? [] };
}

const brief = (message: LintMessage) => ({
  ruleId: message.ruleId,
  message: message.message,
  line: message.line,
  column: message.column,
  paragraph: message.paragraph,
});

/** Lines of the text that start with a heading ordinal, Markdown `#` aside. */
const ordinalLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.replace(/^#+ /, ''))
    .filter((line) => /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\.)/.test(line));

describe('Word numbering in the fixtures', () => {
  for (const seed of SEEDS) {
    it(`${seed}: (a) the text shows the ordinals Word writes, exactly as the typed document`, async () => {
      const numbered = await read(`${seed}.numbered`);
      const typed = await read(`${seed}.typed`);
      expect(numbered.text).toBe(typed.text);
      expect(ordinalLines(numbered.text).length).toBeGreaterThanOrEqual(9);
      // The ordinals are not in the Word text: the unnumbered reading (numbering part broken) has none.
      const bare = readFileSync(`fixtures/seeds/${seed}.txt`, 'utf8');
      for (const line of ordinalLines(numbered.text)) expect(bare).toContain(line.slice(0, 12));
    });

    it(`${seed}: (b) the six statutory verdicts are those of the typed document, and so is every finding`, async () => {
      const numbered = await lint(`${seed}.numbered`);
      const typed = await lint(`${seed}.typed`);
      const verdicts = (checklist: typeof numbered.checklist) =>
        checklist.filter((item) => STATUTORY.includes(item.ruleId)).map((item) => [item.ruleId, item.status, item.messages ?? []]);
      expect(verdicts(numbered.checklist)).toHaveLength(6);
      expect(verdicts(numbered.checklist)).toEqual(verdicts(typed.checklist));
      // require-measures finds the measures (the "主要举措" section is numbered by Word).
      expect(numbered.checklist.find((item) => item.ruleId === 'require-measures')?.status).toBe('pass');
      expect(numbered.messages.map(brief)).toEqual(typed.messages.map(brief));
      expect(numbered.messages.filter((m) => m.ruleId === 'title-format' || m.ruleId === 'heading-numbering').map(brief)).toEqual(
        typed.messages.filter((m) => m.ruleId === 'title-format' || m.ruleId === 'heading-numbering').map(brief),
      );
    });

    it(`${seed}: the Title-styled paragraph is the report's title, not the first numbered heading`, async () => {
      const document = await read(`${seed}.numbered`);
      const model = buildModel(document.text, await parseDocument(document));
      const seedLines = readFileSync(`fixtures/seeds/${seed}.txt`, 'utf8').split('\n');
      const titleLine = seedLines.find((line) => /报告\s*$/.test(line))!.trim();
      expect(model.title?.text.replace(/^#\s*/, '')).toBe(titleLine);
      expect(model.sections[0]?.heading.ordinal?.span.text).toBe('一、');
    });
  }

  it('(c) heading-numbering judges the numbers Word shows: half-width brackets are reported at each heading', async () => {
    const { messages, document } = await lint('003_fb4fb1fb4ee4856e.half-width');
    const wrong = messages.filter((m) => m.ruleId === 'heading-numbering' && /写法不规范/.test(m.message));
    expect(wrong.map((m) => [m.message.slice(0, 9), m.paragraph])).toEqual([
      ['标题序号“(一)”', 6],
      ['标题序号“(二)”', 10],
      ['标题序号“(三)”', 14],
      ['标题序号“(四)”', 18],
      ['标题序号“(一)”', 27],
      ['标题序号“(二)”', 29],
      ['标题序号“(三)”', 31],
      ['标题序号“(一)”', 35],
      ['标题序号“(二)”', 37],
      ['标题序号“(三)”', 39],
    ]);
    // The range is the label Word writes: synthetic text in front of the paragraph.
    const first = wrong[0]!;
    const offset = document.text.split('\n').slice(0, first.line - 1).join('\n').length + first.column;
    expect(document.text.slice(offset, offset + 3)).toBe('(一)');
  });

  it('(c) a top level numbered "1." by Word is reported, as the same typed text is', async () => {
    const { messages, document } = await lint('003_fb4fb1fb4ee4856e.decimal');
    expect(ordinalLines(document.text).filter((line) => /^\d/.test(line))).toEqual(['1.工作开展情况', '2.存在的问题', '3.下一步工作计划']);
    const numbering = messages.filter((m) => m.ruleId === 'heading-numbering');
    expect(numbering.some((m) => m.message.includes('“2.”') && m.paragraph === 25)).toBe(true);
    expect(numbering.some((m) => m.message.includes('“3.”') && m.paragraph === 33)).toBe(true);
    // The typed text with the same numbers gets the same findings.
    const typed = await read('003_fb4fb1fb4ee4856e.typed');
    const retyped = typed.text.replace(/^# 一、/m, '# 1.').replace(/^# 二、/m, '# 2.').replace(/^# 三、/m, '# 3.');
    expect(retyped).toBe(document.text);
    const fromTyped = await lintText({ filePath: 'typed.md', text: retyped, syntax: 'markdown' }, recommendedConfig());
    expect(messages.map((m) => [m.ruleId, m.message, m.line, m.column])).toEqual(
      fromTyped.messages.map((m) => [m.ruleId, m.message, m.line, m.column]),
    );
  });

  it('(d) positions: a finding on a label names the Word paragraph of its heading; seed line N is paragraph N', async () => {
    const seed = '003_fb4fb1fb4ee4856e';
    const document = await read(`${seed}.numbered`);
    const lines = readFileSync(`fixtures/seeds/${seed}.txt`, 'utf8').split('\n');
    let checked = 0;
    let cursor = 0;
    lines.forEach((line, index) => {
      const trimmed = line.trim();
      if (trimmed.length < 6) return;
      // The typed line, its ordinal included: the ordinal is the label, which must point at the same paragraph.
      const offset = document.text.indexOf(trimmed.slice(0, 8), cursor);
      expect(offset, trimmed).toBeGreaterThanOrEqual(0);
      cursor = offset + 1;
      expect(document.locate!(offset).paragraph, trimmed).toBe(index + 1);
      expect(document.locate!(offset + 1).paragraph, trimmed).toBe(index + 1);
      checked += 1;
    });
    expect(checked).toBeGreaterThan(20);
    // The `# ` before a label and the label's end point into the heading's paragraph too.
    const heading = document.text.indexOf('# 二、存在的问题');
    expect(document.locate!(heading).paragraph).toBe(25);
    expect(document.locate!(heading + 4).paragraph).toBe(25);
  });

  it('(e) a document without a numbering part reads as before; a broken numbering part still reads, without numbers', async () => {
    const typed = await read('003_fb4fb1fb4ee4856e.typed');
    const without = await read('003_fb4fb1fb4ee4856e.no-numbering');
    expect(without.text).toBe(typed.text);
    expect(await readNumbering(readFileSync(`${DIR}/003_fb4fb1fb4ee4856e.no-numbering.docx`))).toBeUndefined();

    const broken = await read('003_fb4fb1fb4ee4856e.broken-numbering');
    expect(broken.text).toMatch(/^# 2024年法治政府建设情况报告$/m);
    expect(broken.text).toMatch(/^# 工作开展情况$/m);
    expect(ordinalLines(broken.text)).toEqual([]);
    expect(broken.locate!(broken.text.indexOf('# 工作开展情况')).paragraph).toBe(5);
    await expect(lintText(broken, recommendedConfig())).resolves.toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------------------
// The numbering model, on hand-written parts.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface LevelSpec {
  fmt: string;
  text: string;
  start?: number;
  restart?: number;
  isLgl?: boolean;
  pStyle?: string;
}

function lvl(ilvl: number, spec: LevelSpec): string {
  return (
    `<w:lvl w:ilvl="${ilvl}">` +
    (spec.start === undefined ? '<w:start w:val="1"/>' : `<w:start w:val="${spec.start}"/>`) +
    `<w:numFmt w:val="${spec.fmt}"/>` +
    (spec.restart === undefined ? '' : `<w:lvlRestart w:val="${spec.restart}"/>`) +
    (spec.pStyle === undefined ? '' : `<w:pStyle w:val="${spec.pStyle}"/>`) +
    (spec.isLgl ? '<w:isLgl/>' : '') +
    `<w:lvlText w:val="${spec.text}"/></w:lvl>`
  );
}

const CHINESE: LevelSpec[] = [
  { fmt: 'chineseCounting', text: '%1、' },
  { fmt: 'chineseCounting', text: '（%2）' },
  { fmt: 'decimal', text: '%3.' },
  { fmt: 'decimal', text: '（%4）' },
];

function abstractNum(id: number, levels: LevelSpec[], extra = ''): string {
  return `<w:abstractNum w:abstractNumId="${id}">${extra}${levels.map((spec, i) => lvl(i, spec)).join('')}</w:abstractNum>`;
}

const numbering = (...parts: string[]) => `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${parts.join('')}</w:numbering>`;
const num = (id: number, abstract: number, overrides = '') =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>${overrides}</w:num>`;
const styles = (...parts: string[]) => `<w:styles xmlns:w="${W}">${parts.join('')}</w:styles>`;

/** A paragraph: `n` = [numId, ilvl] (either may be undefined), `style` = pStyle. */
function p(text: string, options: { n?: [string | undefined, number | undefined]; style?: string; deletedMark?: boolean } = {}): string {
  const numPr = options.n
    ? `<w:numPr>${options.n[1] === undefined ? '' : `<w:ilvl w:val="${options.n[1]}"/>`}${options.n[0] === undefined ? '' : `<w:numId w:val="${options.n[0]}"/>`}</w:numPr>`
    : '';
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const mark = options.deletedMark ? '<w:rPr><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr>' : '';
  return `<w:p><w:pPr>${style}${numPr}${mark}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}
const documentXml = (...paragraphs: string[]) =>
  `<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`;

const labels = (result: NumberedParagraph[] | undefined) => result?.map((paragraph) => paragraph.label ?? '');

describe('numberParagraphs', () => {
  it('counts per list and level, restarting lower levels when a higher one advances', async () => {
    const result = await numberParagraphs({
      numbering: numbering(abstractNum(0, CHINESE), num(1, 0)),
      document: documentXml(
        p('标题', {}),
        p('主要举措', { n: ['1', 0] }),
        p('组织领导', { n: ['1', 1] }),
        p('学法', { n: ['1', 2] }),
        p('用法', { n: ['1', 2] }),
        p('具体', { n: ['1', 3] }),
        p('决策', { n: ['1', 1] }),
        p('正文', {}),
        p('依法', { n: ['1', 2] }),
        p('存在的问题', { n: ['1', 0] }),
        p('问题一', { n: ['1', 1] }),
      ),
    });
    expect(labels(result)).toEqual(['', '一、', '（一）', '1.', '2.', '（1）', '（二）', '', '1.', '二、', '（一）']);
    expect(result?.map((paragraph) => paragraph.key)).toEqual(['标题', '主要举措', '组织领导', '学法', '用法', '具体', '决策', '正文', '依法', '存在的问题', '问题一']);
  });

  it('through the paragraph style (with basedOn), the style linked by w:pStyle, and numId 0 taking a paragraph out', async () => {
    const levels = CHINESE.map((spec, i) => (i === 1 ? { ...spec, pStyle: 'Heading2' } : spec));
    const result = await numberParagraphs({
      numbering: numbering(abstractNum(3, levels), num(7, 3)),
      styles: styles(
        `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>`,
        `<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>`,
        // Linked from the list (w:lvl/w:pStyle) only, as some writers leave it.
        `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>`,
      ),
      document: documentXml(
        p('一级', { style: 'Heading1' }),
        p('二级', { style: 'Heading2' }),
        p('二级', { style: 'Heading2' }),
        p('一级', { style: 'MyHeading' }),
        p('不编号', { style: 'Heading1', n: ['0', undefined] }),
        p('二级', { style: 'Heading2' }),
        p('直接给级别', { style: 'Heading1', n: [undefined, 1] }),
      ),
    });
    expect(labels(result)).toEqual(['一、', '（一）', '（二）', '二、', '', '（一）', '（二）']);
  });

  it('honours startOverride, a w:lvl override, lvlRestart 0 and isLgl; lists on one abstractNum continue each other', async () => {
    const result = await numberParagraphs({
      numbering: numbering(
        abstractNum(0, [{ fmt: 'chineseCounting', text: '%1、' }, { fmt: 'decimal', text: '%1.%2', isLgl: true, restart: 0 }]),
        num(1, 0),
        num(2, 0), // no override: continues list 1
        num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'),
        num(4, 0, `<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl></w:lvlOverride>`),
      ),
      document: documentXml(
        p('a', { n: ['1', 0] }),
        p('b', { n: ['1', 1] }),
        p('c', { n: ['2', 0] }),
        p('d', { n: ['2', 1] }), // lvlRestart 0: level 2 goes on from 1.1
        p('e', { n: ['3', 0] }),
        p('f', { n: ['3', 0] }),
        p('g', { n: ['4', 0] }),
        p('h', { n: ['4', 0] }),
      ),
    });
    expect(labels(result)).toEqual(['一、', '1.1', '二、', '2.2', '五、', '六、', '①', '②']);
  });

  it('a bullet gets no label; a paragraph of a list that does not exist gets none; text boxes follow their paragraph', async () => {
    const result = await numberParagraphs({
      numbering: numbering(
        abstractNum(0, CHINESE),
        abstractNum(1, [{ fmt: 'bullet', text: '●' }]),
        num(1, 0),
        num(2, 1),
      ),
      document: documentXml(
        p('项目', { n: ['2', 0] }),
        p('缺失', { n: ['9', 0] }),
        // A deleted paragraph mark: its runs join the next paragraph (as mammoth reads it).
        p('删去的段落标记', { n: ['1', 0], deletedMark: true }),
        p('合并', { n: ['1', 0] }),
        `<w:p><w:r><w:t>图</w:t><w:pict><v:shape><v:textbox><w:txbxContent>${p('框内', { n: ['1', 0] })}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
        `<w:tbl><w:tr><w:tc>${p('表格', { n: ['1', 1] })}</w:tc></w:tr><w:tr><w:trPr><w:del w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:trPr><w:tc>${p('删去的行')}</w:tc></w:tr></w:tbl>`,
      ),
    });
    expect(result?.map((paragraph) => [paragraph.key, paragraph.label ?? ''])).toEqual([
      ['项目', ''],
      ['缺失', ''],
      ['删去的段落标记合并', '一、'],
      ['图', ''],
      ['框内', '二、'],
      ['表格', '（一）'],
    ]);
  });

  it('a numbering part that is not XML, or that numbers nothing, gives no labels (undefined)', async () => {
    const document = documentXml(p('一级', { n: ['1', 0] }));
    expect(await numberParagraphs({ numbering: '<w:numbering xmlns:w="' + W + '"><w:abstractNum', document })).toBeUndefined();
    expect(await numberParagraphs({ numbering: numbering(abstractNum(0, [{ fmt: 'bullet', text: '●' }]), num(1, 0)), document })).toBeUndefined();
    expect(await numberParagraphs({ numbering: numbering(abstractNum(0, CHINESE), num(1, 0)), document: '<w:document' })).toBeUndefined();
    // Well-formed but incomplete definitions: no crash, no label where it cannot be known.
    const odd = await numberParagraphs({
      numbering: numbering(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="x"/><w:lvlText w:val="%1.%2.%9"/></w:lvl></w:abstractNum>`, num(1, 0), '<w:num w:numId="2"/>'),
      document: documentXml(p('a', { n: ['1', 0] }), p('b', { n: ['1', 1] }), p('c', { n: ['2', 0] })),
    });
    // Level 1 has no lvlText (no label); level 2's w:start is not a number (0); %9 is an undefined level (0).
    expect(labels(odd)).toEqual(['', '〇.0.0', '']);
  });
});

describe('formatNumber', () => {
  it('writes the formats Chinese reports use', () => {
    const table: Array<[string, number[], string[]]> = [
      ['chineseCounting', [1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110], ['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十']],
      ['chineseCountingThousand', [3, 12, 1005], ['三', '十二', '一千零五']],
      ['chineseLegalSimplified', [1, 10, 12, 102], ['壹', '壹拾', '壹拾贰', '壹佰零贰']],
      ['ideographTraditional', [1, 4, 10, 11], ['甲', '丁', '癸', '甲']],
      ['ideographZodiac', [1, 12], ['子', '亥']],
      ['ideographDigital', [105], ['一〇五']],
      ['ideographEnclosedCircle', [1, 10, 11], ['㈠', '㈩', '11']],
      ['decimal', [7, 12], ['7', '12']],
      ['decimalZero', [7, 12], ['07', '12']],
      ['decimalFullWidth', [12], ['１２']],
      ['decimalEnclosedCircle', [1, 20, 21, 36, 50, 51], ['①', '⑳', '㉑', '㊱', '㊿', '51']],
      ['decimalEnclosedCircleChinese', [3], ['③']],
      ['decimalEnclosedParen', [1, 20], ['⑴', '⒇']],
      ['decimalEnclosedFullstop', [1, 20], ['⒈', '⒛']],
      ['upperRoman', [4, 1999], ['IV', 'MCMXCIX']],
      ['lowerLetter', [1, 26, 27], ['a', 'z', 'aa']],
      ['bullet', [1], ['']],
      ['none', [1], ['']],
      ['somethingNew', [3], ['3']],
    ];
    for (const [format, values, expected] of table) expect(values.map((value) => formatNumber(value, format)), format).toEqual(expected);
  });
});

describe('alignNumbering', () => {
  const record = (key: string, label?: string): NumberedParagraph => (label === undefined ? { key } : { key, label });
  it('pairs one to one when both readings found the same paragraphs, else by text, in order', () => {
    const numbered = [record('标题'), record('主要举措', '一、'), record(''), record('组织领导', '（一）')];
    expect(alignNumbering(['x', 'y', 'z', 'w'], numbered).map((found) => found?.label)).toEqual([undefined, '一、', undefined, '（一）']);
    // mammoth has a paragraph the numbering walk has not (and the other way round): labels stay on their text.
    expect(alignNumbering(['标题', '多出来的', '主要举措', '组织领导', '尾'], numbered).map((found) => found?.label)).toEqual([
      undefined,
      undefined,
      '一、',
      '（一）',
      undefined,
    ]);
    expect(alignNumbering(['主要举措', '组织领导'], numbered).map((found) => found?.label)).toEqual(['一、', '（一）']);
  });

  it('keys are the letters and digits of the text', () => {
    expect(paragraphKey(' 一、主要\t举措：2023年 ☐')).toBe('一主要举措2023年');
  });
});

// ---------------------------------------------------------------------------------------------------------
// The reader, on documents made here.

async function docx(paragraphs: Paragraph[]): Promise<Buffer> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'decimal',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%2' },
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

describe('docx reader with Word numbering', () => {
  it('labels stay text (a "1." label is not a Markdown list), bullets get none, empty numbered paragraphs are counted', async () => {
    const buffer = await docx([
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('某镇2023年度法治政府建设情况报告')] }), // 1
      new Paragraph({ numbering: { reference: 'decimal', level: 0 }, children: [new TextRun('2023年完成普法培训3次。')] }), // 2
      new Paragraph({ numbering: { reference: 'decimal', level: 0 }, children: [] }), // 3: counted, not written
      new Paragraph({ numbering: { reference: 'decimal', level: 0 }, children: [new TextRun({ text: '加强*组织*领导', bold: true })] }), // 4
      new Paragraph({ numbering: { reference: 'decimal', level: 1 }, children: [new TextRun('细项')] }), // 5
      new Paragraph({ bullet: { level: 0 }, children: [new TextRun('圆点项目')] }), // 6
      new Paragraph({ children: [new TextRun('正文。')] }), // 7
    ]);
    const document = await readText(buffer, '报告.docx');
    const tree = await parseDocument(document);
    const blocks = tree.children.map((node) => [node.type, 'depth' in node ? node.depth : undefined, toString(node)]);
    expect(blocks).toEqual([
      ['heading', 1, '某镇2023年度法治政府建设情况报告'],
      ['paragraph', undefined, '1. 2023年完成普法培训3次。'],
      ['paragraph', undefined, '3.加强*组织*领导'],
      ['paragraph', undefined, '①细项'],
      ['paragraph', undefined, '圆点项目'],
      ['paragraph', undefined, '正文。'],
    ]);
    expect(tree.children[2]?.type === 'paragraph' && tree.children[2].children[0]?.type).toBe('strong');
    const paragraphOf = (needle: string) => document.locate!(document.text.indexOf(needle)).paragraph;
    expect(paragraphOf('1\\. 2023')).toBe(2);
    expect(paragraphOf('3.加强')).toBe(4);
    expect(paragraphOf('①')).toBe(5);
    expect(paragraphOf('圆点')).toBe(6);
  });

  it('one Title-styled paragraph is the title (the one naming the report, not a 版头); a title broken with Shift+Enter is joined', async () => {
    const buffer = await docx([
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('某镇人民政府文件')] }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('某镇关于2023年度法治政府建设'), new TextRun({ text: '情况的报告', break: 1 })] }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('附件')] }),
    ]);
    const document = await readText(buffer, '报告.docx');
    expect(document.text).toBe('某镇人民政府文件\n\n# 某镇关于2023年度法治政府建设情况的报告\n\n附件\n');
    expect(document.locate!(document.text.indexOf('情况')).paragraph).toBe(2);
    const model = buildModel(document.text, await parseDocument(document));
    expect(model.title?.text).toBe('某镇关于2023年度法治政府建设情况的报告');
    // Without a title-like one, the first Title-styled paragraph is the title.
    const plain = await readText(await docx([new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('年度工作')] })]), 'a.docx');
    expect(plain.text).toBe('# 年度工作\n');
    expect(isTitleStyle('Title')).toBe(true);
    expect(isTitleStyle('标题')).toBe(true);
    expect(isTitleStyle('标题 1')).toBe(false);
    expect(isTitleStyle(null, 'Title')).toBe(true);
    expect(isTitleStyle('Subtitle', 'a4')).toBe(false);
  });

  it('a document whose numbering part is missing reads through mammoth alone (nothing else is read)', async () => {
    const buffer = await docx([new Paragraph({ numbering: { reference: 'decimal', level: 0 }, children: [new TextRun('加强领导')] })]);
    const zip = await JSZip.loadAsync(buffer);
    zip.remove('word/numbering.xml');
    const stripped = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await readNumbering(stripped)).toBeUndefined();
    expect((await readText(stripped, '报告.docx')).text).toBe('加强领导\n');
    expect(await readNumbering(Buffer.from('not a zip'))).toBeUndefined();
  });
});
