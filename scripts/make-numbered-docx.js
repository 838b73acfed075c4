#!/usr/bin/env node
/**
 * Writes Word documents whose heading ordinals are produced by Word's own multi-level list numbering (not
 * typed), for test/read/docx-numbering.test.ts (issue 9, point 2). From seed reports 001 and 003:
 *
 *   fixtures/read/numbered/<seed>.numbered.docx   一、 lines in 标题 1 (Heading 1) and short （一） lines in 标题 2, both
 *                                                 styles linked to one list (the style's w:numPr, as Word links
 *                                                 headings to a multi-level list); long （一） paragraphs (run-in
 *                                                 headings) numbered directly (the paragraph's own w:numPr, level 2
 *                                                 of the same list). The list: chineseCounting "%1、", chineseCounting
 *                                                 "（%2）", decimal "%3.", decimal "（%4）". The ordinals are taken out of
 *                                                 the text: Word writes them. The title is in Word's Title style (标题).
 *   fixtures/read/numbered/<seed>.typed.docx      the same document with the ordinals typed and no list: what the
 *                                                 numbered one must read as
 *   fixtures/read/numbered/003_….decimal.docx     numbered, but the top level is decimal "%1." (a wrong form that
 *                                                 heading-numbering must report)
 *   fixtures/read/numbered/003_….half-width.docx  numbered, but the second level is "(%2)" with half-width brackets
 *   fixtures/read/numbered/003_….no-numbering.docx the typed document with no numbering part at all
 *   fixtures/read/numbered/003_….broken-numbering.docx the numbered document with word/numbering.xml cut in the
 *                                                 middle (not well-formed XML)
 *
 * Every seed line is one Word paragraph (blank lines are empty paragraphs), so Word paragraph N (第N段) is seed
 * line N, in every variant.
 *
 * jszip and @xmldom/xmldom come with mammoth. Usage: npm run fixtures:numbered. The generated files are committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { AlignmentType, Document, HeadingLevel, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun } from 'docx';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.join(root, 'fixtures', 'seeds');
const outDir = path.join(root, 'fixtures', 'read', 'numbered');
const SEEDS = ['001_778d263dd7ed8752', '003_fb4fb1fb4ee4856e'];

const FONT = 'Noto Serif CJK SC';
const font = { eastAsia: FONT, ascii: FONT, hAnsi: FONT };

const CN = '[一二三四五六七八九十]+';
const LEVEL1 = new RegExp(`^(${CN})、`);
const LEVEL2 = new RegExp(`^（(${CN})）`);
/** The report title: the first line that names the report. */
const isTitle = (line) => /报告\s*$/.test(line.trim()) && line.trim().length <= 60;
/** A （一） line short enough to be a heading of its own (标题 2); longer ones are run-in paragraphs. */
const isShortHeading = (line) => line.trim().length <= 30;

const LIST = 'report-headings';

function listLevels({ top, second = '（%2）' }) {
  const suffix = LevelSuffix.NOTHING;
  return [
    { level: 0, start: 1, suffix, ...top },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: second, start: 1, suffix },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.', start: 1, suffix },
    { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', start: 1, suffix },
  ];
}

/**
 * `numbered`: false (typed ordinals, no list) or the list: { top: the top level's { format, text }, second: the
 * second level's text }. Checks as it goes that the
 * numbers Word will write are the typed ones, so the two variants must read alike.
 */
function documentFor(lines, numbered) {
  const titleIndex = lines.findIndex(isTitle);
  const counters = [0, 0];
  const paragraphs = lines.map((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') return new Paragraph({ children: [] });
    if (index === titleIndex) {
      return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: trimmed, font })] });
    }
    const one = LEVEL1.exec(trimmed);
    const two = one ? undefined : LEVEL2.exec(trimmed);
    if (one && trimmed.length <= 60) {
      counters[0] += 1;
      counters[1] = 0;
      expectNumber(one[1], counters[0], line);
      const text = numbered ? trimmed.slice(one[0].length) : trimmed;
      return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text, font })] });
    }
    if (two) {
      counters[1] += 1;
      expectNumber(two[1], counters[1], line);
      const text = numbered ? trimmed.slice(two[0].length) : trimmed;
      if (isShortHeading(trimmed)) return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text, font })] });
      return new Paragraph({
        // The paragraph's own w:numPr; `custom` keeps the docx writer from adding a ListParagraph style.
        ...(numbered ? { numbering: { reference: LIST, level: 1, custom: true } } : {}),
        children: [new TextRun({ text, font })],
      });
    }
    return new Paragraph({ children: [new TextRun({ text: line, font })] });
  });
  const headingStyle = (id, name, level) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: { eastAsia: 'Noto Sans CJK SC', ascii: 'Noto Sans CJK SC', hAnsi: 'Noto Sans CJK SC' }, size: 32, bold: level === 0, color: '000000' },
    // The heading style is linked to the list: its w:pPr holds the w:numPr (as Word writes a multi-level list
    // linked to 标题 1/2).
    paragraph: { spacing: { before: 120, after: 120 }, ...(numbered ? { numbering: { reference: LIST, level } } : {}) },
  });
  return new Document({
    creator: 'reportlint fixtures',
    ...(numbered ? { numbering: { config: [{ reference: LIST, levels: listLevels(numbered) }] } } : {}),
    styles: {
      paragraphStyles: [
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font, size: 44, bold: true },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        headingStyle('Heading1', 'heading 1', 0),
        headingStyle('Heading2', 'heading 2', 1),
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        children: paragraphs,
      },
    ],
  });
}

const CN_VALUES = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function expectNumber(numeral, value, line) {
  if (CN_VALUES[numeral] !== value) throw new Error(`the seed's ordinal is not what Word would number (${value}): ${line}`);
}

/** Removes the elements of an XML part that `drop` selects (with the XML parser mammoth brings). */
async function editXml(zip, part, drop) {
  const document = new DOMParser().parseFromString(await zip.file(part).async('string'), 'text/xml');
  const root = document.documentElement;
  for (const element of Array.from(root.childNodes)) if (element.nodeType === 1 && drop(element)) root.removeChild(element);
  zip.file(part, new XMLSerializer().serializeToString(document));
}

/** The package without its numbering part (and the relationship and content type that name it). */
async function withoutNumbering(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  zip.remove('word/numbering.xml');
  await editXml(zip, 'word/_rels/document.xml.rels', (element) => element.getAttribute('Target') === 'numbering.xml');
  await editXml(zip, '[Content_Types].xml', (element) => element.getAttribute('PartName') === '/word/numbering.xml');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The package with word/numbering.xml cut off in the middle of an element. */
async function withBrokenNumbering(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const numbering = await zip.file('word/numbering.xml').async('string');
  const cut = numbering.indexOf('<w:lvl ', numbering.indexOf('chineseCounting') - 200);
  zip.file('word/numbering.xml', numbering.slice(0, cut + 10));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const list = { top: { format: LevelFormat.CHINESE_COUNTING, text: '%1、' } };
  for (const seed of SEEDS) {
    const text = readFileSync(path.join(seedsDir, `${seed}.txt`), 'utf8');
    const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    const numbered = await Packer.toBuffer(documentFor(lines, list));
    const typed = await Packer.toBuffer(documentFor(lines, false));
    writeFileSync(path.join(outDir, `${seed}.numbered.docx`), numbered);
    writeFileSync(path.join(outDir, `${seed}.typed.docx`), typed);
    console.log(`wrote ${seed}.{numbered,typed}.docx`);
    if (seed.startsWith('003')) {
      writeFileSync(
        path.join(outDir, `${seed}.decimal.docx`),
        await Packer.toBuffer(documentFor(lines, { top: { format: LevelFormat.DECIMAL, text: '%1.' } })),
      );
      writeFileSync(
        path.join(outDir, `${seed}.half-width.docx`),
        await Packer.toBuffer(documentFor(lines, { ...list, second: '(%2)' })),
      );
      writeFileSync(path.join(outDir, `${seed}.no-numbering.docx`), await withoutNumbering(typed));
      writeFileSync(path.join(outDir, `${seed}.broken-numbering.docx`), await withBrokenNumbering(numbered));
      console.log(`wrote ${seed}.{decimal,half-width,no-numbering,broken-numbering}.docx`);
    }
  }
}

await main();
