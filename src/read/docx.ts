/**
 * Word (.docx) → Markdown text, through mammoth (loaded only when a .docx is read).
 *
 * mammoth reads the document into its own tree (paragraphs with their style names, runs, tables); we take
 * that tree through its `transformDocument` hook and write the text ourselves, so that every Word paragraph
 * is accounted for:
 *   - paragraphs in the 标题 1/2/3 or Heading 1/2/3 styles (up to 6) become `#`…`###` headings;
 *   - every other paragraph is one Markdown paragraph (Markdown markup characters escaped), blank line between;
 *   - paragraphs in tables are read cell by cell, row by row, like the body;
 *   - a line break inside a paragraph (Shift+Enter) stays a line break; tabs stay tabs.
 * Paragraph numbers (第N段) count every w:p of the body in document order, empty ones and those in table
 * cells included — what Word's "go to paragraph" and a reader counting Enter keys see. Headers, footers,
 * footnotes and comments are not part of the text and not counted.
 *
 * Word's automatic numbering (a 一、 written by a multi-level list linked to 标题 1, not typed) is not in the text
 * and mammoth does not give it: when the document has a numbering part, read/docx-numbering.ts counts the lists
 * as Word does and the label ("一、", "（二）", "3.") is written in front of the paragraph as synthetic text (no
 * origin: its position borrows the paragraph's first character, so 第N段 still names the right paragraph). A
 * bullet gets no label. The paragraph in the Title style (标题) that names the report (else the first one, a 版头
 * “××文件” aside) is written as a `#` heading: the model takes a level-1 heading without ordinal near the top as the
 * report's title.
 *
 * The bytes are opened by read/zip.ts, not by mammoth's JSZip: the package's declared sizes are checked before anything
 * is inflated (a zip bomb, a lying header, a DOCTYPE, an old .doc renamed are each refused with their own message), and
 * mammoth reads its parts through that package (src/read/limits.ts: maxDocxExpandedMB, maxDocxRatio).
 */
import { ReadError } from '../errors.js';
import { t, type MessageKey } from '../messages/index.js';
import type { Locale, OriginalLocation } from '../types.js';
import { createLocator } from '../engine/position.js';
import { TextBuilder, originAt } from './builder.js';
import type { ReadDocumentResult } from './index.js';
import type { NumberedParagraph } from './docx-numbering.js';
import { DEFAULT_LIMITS, megabytes, type ReadLimits } from './limits.js';
import { ZipError, ZipPackage, type ZipProblem } from './zip.js';

interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  breakType?: string;
  checked?: boolean;
  isBold?: boolean;
}

const HEADING_STYLE = /^(?:heading|标题)\s*([1-6])$/i;

const TITLE_STYLE = /^(?:title|标题)$/i;

/** True for Word's Title style (named Title, or 标题 by WPS and a Chinese Word; id Title). */
export function isTitleStyle(styleName: string | null | undefined, styleId?: string | null): boolean {
  return TITLE_STYLE.test(styleName?.trim() ?? '') || /^title$/i.test(styleId?.trim() ?? '');
}

/** Word heading level of a paragraph style, from its name (标题 1, Heading 1, heading 1) or id. */
export function headingLevel(styleName: string | null | undefined, styleId?: string | null): number | undefined {
  for (const style of [styleName, styleId]) {
    const match = HEADING_STYLE.exec(style?.trim() ?? '');
    if (match) return Number(match[1]);
  }
  return undefined;
}

function runText(node: MammothNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return node.breakType === 'line' ? '\n' : '';
    case 'checkbox':
      return node.checked ? '☑' : '☐';
    case 'noteReference':
    case 'commentReference':
    case 'image':
    case 'bookmarkStart':
      return '';
    default:
      return (node.children ?? []).map(runText).join('');
  }
}

export interface DocxParagraph {
  /** 1-based, counting every w:p in the body. */
  number: number;
  text: string;
  headingLevel?: number;
  /** Every run with text is bold (how writers mark a heading without Word's heading styles). */
  bold?: true;
  /** The paragraph in the Title style that is the report's title (one at most). */
  title?: true;
  /** The label Word's numbering writes in front of the paragraph ("一、", "（二）"): not in the document's text. */
  label?: string;
  /** w:suff of the label's level (tab, space, nothing). */
  labelSuffix?: string;
}

/** True when every run of the paragraph that holds visible text is bold. */
function allBold(node: MammothNode): boolean {
  let runs = 0;
  let bold = 0;
  const walk = (n: MammothNode): void => {
    if (n.type === 'run') {
      if (runText(n).trim() === '') return;
      runs += 1;
      if (n.isBold) bold += 1;
      return;
    }
    for (const child of n.children ?? []) walk(child);
  };
  walk(node);
  return runs > 0 && bold === runs;
}

/** A report title's last word (the 文种, or 情况 when 报告 is left out). */
const TITLE_END = /(报告|总结|汇报|情况)$/;

/**
 * The paragraph (index) in the Title style that is the report's title: the first one that names the report, else
 * the first one with text; a 版头 set in the Title style ("××人民政府文件") is not a title.
 */
function titleParagraph(paragraphs: readonly DocxParagraph[], titleStyled: readonly boolean[]): number | undefined {
  const candidates = paragraphs
    .map((paragraph, index) => ({ index, text: paragraph.text.replace(/\s+/g, '') }))
    .filter(({ index, text }) => titleStyled[index] && text !== '' && !/文件$/.test(text));
  return (candidates.find(({ text }) => TITLE_END.test(text)) ?? candidates[0])?.index;
}

/** Flattens mammoth's document tree into the body's paragraphs, in order. */
export function collectParagraphs(document: MammothNode): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  const titleStyled: boolean[] = [];
  const bold: boolean[] = [];
  const walk = (node: MammothNode): void => {
    if (node.type === 'paragraph') {
      const level = headingLevel(node.styleName, node.styleId);
      paragraphs.push({
        number: paragraphs.length + 1,
        text: (node.children ?? []).map(runText).join(''),
        ...(level === undefined ? {} : { headingLevel: level }),
      });
      titleStyled.push(level === undefined && isTitleStyle(node.styleName, node.styleId));
      bold.push(level === undefined && allBold(node));
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(document);
  const title = titleParagraph(paragraphs, titleStyled);
  paragraphs.forEach((paragraph, index) => {
    if (index === title) paragraph.title = true;
    else if (bold[index]) paragraph.bold = true;
  });
  return paragraphs;
}

/** A bold paragraph longer than this is emphasis, not a heading: written as plain text. */
const MAX_BOLD_PARAGRAPH = 60;

/** The builder's origin for a character that stands for nothing in the document (see TextBuilder.synthetic). */
const SYNTHETIC = -1;

/**
 * What goes between a numbering label and the paragraph's text: nothing (the tab or space Word puts there is
 * layout), except a space where "1." would otherwise run into a digit or a Latin letter ("1. 2023年…").
 */
function labelSeparator(label: string, suffix: string | undefined, text: string): string {
  return suffix !== 'nothing' && /[\x21-\x7e]$/.test(label) && /^[0-9A-Za-z]/.test(text) ? ' ' : '';
}

/**
 * Markdown text of the paragraphs (bold one-line paragraphs as `**…**`, headings as `#`, the Title-style title as
 * `# `), with each code unit's paragraph number as its origin; a numbering label is written before the text, with
 * no origin.
 */
export function paragraphsToMarkdown(paragraphs: readonly DocxParagraph[]): { text: string; origins: Int32Array } {
  const builder = new TextBuilder();
  for (const paragraph of paragraphs) {
    const raw = paragraph.text.replace(/\r/g, '');
    // An empty paragraph is not written, even when Word shows a number on it (the number is still counted).
    if (raw.trim() === '') continue;
    builder.startBlock();
    let body = raw;
    if (paragraph.headingLevel !== undefined || paragraph.title) {
      // A heading is one line; its leading indentation (spaces, full-width spaces) is not part of it. A title
      // broken with Shift+Enter is joined as it reads ("XX关于2023年度法治政府建设" + "情况的报告").
      body = raw.replace(/\n/g, paragraph.title ? '' : ' ').replace(/^[\s\u00a0\u3000]+/, '');
      builder.synthetic(paragraph.title ? '# ' : `${'#'.repeat(paragraph.headingLevel ?? 1)} `);
    } else if (paragraph.label !== undefined) {
      // The space between Word's number and the text is Word's (w:suff), not the writer's.
      body = raw.replace(/^[\s\u00a0\u3000]+/, '');
    }
    const label = paragraph.label === undefined ? '' : paragraph.label + labelSeparator(paragraph.label, paragraph.labelSuffix, body);
    // Every character of the paragraph comes from it; the label's come from nowhere.
    const origin = (index: number): number => (index < label.length ? SYNTHETIC : paragraph.number);
    const line = label + body;
    if (paragraph.bold && line.trim().length <= MAX_BOLD_PARAGRAPH) builder.pushBold(line, origin);
    else builder.pushEscaped(line, origin);
  }
  return builder.finish();
}

/** Runs mammoth on the package and keeps its document tree (mammoth's own HTML is not needed). */
async function mammothTree(zip: ZipPackage): Promise<MammothNode | undefined> {
  const { default: mammoth } = await import('mammoth');
  let document: MammothNode | undefined;
  await mammoth.convertToHtml(
    // mammoth's `file` input: an opened zip (exists/read); ours inflates each part with a cap.
    { file: zip.forMammoth() } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
    {
      // Keep the tree, and hand mammoth an empty document: we do not need its HTML.
      transformDocument: (element: unknown) => {
        document = element as MammothNode;
        return { ...(element as object), children: [] };
      },
    } as Parameters<typeof mammoth.convertToHtml>[1],
  );
  return document;
}

/** Writes the labels of Word's numbering onto the paragraphs mammoth read (`matched[i]`: what numbering gives paragraph i). */
function applyNumbering(paragraphs: DocxParagraph[], matched: ReadonlyArray<NumberedParagraph | undefined>): void {
  matched.forEach((found, index) => {
    const paragraph = paragraphs[index];
    if (!paragraph || found?.label === undefined) return;
    paragraph.label = found.label;
    if (found.suffix !== undefined) paragraph.labelSuffix = found.suffix;
  });
}

/** The message key for each reason read/zip.ts refuses a package. */
const ZIP_PROBLEMS: Readonly<Record<ZipProblem, MessageKey>> = {
  notZip: 'read.docxNotZip',
  ole: 'read.docxOle',
  truncated: 'read.docxTruncated',
  corrupt: 'read.notWord',
  encrypted: 'read.docxEncrypted',
  tooLarge: 'read.docxTooLarge',
  ratio: 'read.docxRatio',
  sizeMismatch: 'read.docxSizeMismatch',
  doctype: 'read.docxDoctype',
  tooDeep: 'read.docxTooDeep',
};

/** A stack overflow: mammoth (and the walk below) recurse once per level of the document's XML. */
const isTooDeep = (error: unknown): boolean => error instanceof RangeError && /call stack/i.test(error.message);

export async function readDocx(
  buffer: Uint8Array,
  filePath: string,
  options: { locale?: Locale; limits?: Partial<ReadLimits> } = {},
): Promise<ReadDocumentResult> {
  const locale = options.locale ?? 'zh';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const failed = (key: MessageKey, error: unknown, data: Record<string, string | number> = {}): ReadError =>
    new ReadError(t('read.failed', locale, { file: filePath, reason: t(key, locale, data) }), filePath, { cause: error });
  const refused = (error: unknown): ReadError => {
    if (isTooDeep(error)) return failed('read.docxTooDeep', error);
    if (!(error instanceof ZipError)) return failed('read.notWord', error);
    return failed(ZIP_PROBLEMS[error.problem], error, {
      part: error.detail.part ?? '',
      size: megabytes(error.detail.size ?? 0),
      ratio: Math.round(error.detail.ratio ?? 0),
      limit: error.problem === 'ratio' ? limits.maxDocxRatio : megabytes(limits.maxDocxExpanded),
    });
  };
  let zip: ZipPackage;
  try {
    zip = ZipPackage.open(buffer, { maxExpanded: limits.maxDocxExpanded, maxRatio: limits.maxDocxRatio });
  } catch (error) {
    throw refused(error);
  }
  // Word's numbering is read alongside mammoth (from the same package; nothing beyond the numbering part when no
  // list writes a number, nothing at all when there is no numbering part).
  const numbering = import('./docx-numbering.js').then(async (module) => ({ module, numbered: await module.readNumbering(zip) }));
  let document: MammothNode | undefined;
  let numberingReadable = true;
  try {
    document = await mammothTree(zip);
  } catch (error) {
    // A hostile package (a part that lies about its size, a DOCTYPE) or a document nested too deep is refused as it is.
    if (error instanceof ZipError || isTooDeep(error)) throw refused(error);
    // mammoth gives up on the whole document when its numbering part is broken: read it again without that
    // part (the headings then have no Word numbers, as mammoth alone would give them).
    const { withoutNumberingPart } = (await numbering).module;
    const repaired = await withoutNumberingPart(zip);
    if (!repaired) throw refused(error);
    try {
      document = await mammothTree(repaired);
      numberingReadable = false;
    } catch {
      throw refused(error);
    }
  }
  let paragraphs: DocxParagraph[];
  try {
    paragraphs = document ? collectParagraphs(document) : [];
  } catch (error) {
    throw refused(error);
  }
  const { module, numbered } = await numbering;
  if (numberingReadable && numbered && paragraphs.length > 0) {
    const keys = paragraphs.map((paragraph) => module.paragraphKey(paragraph.text));
    applyNumbering(paragraphs, module.alignNumbering(keys, numbered));
  }
  const { text, origins } = paragraphsToMarkdown(paragraphs);
  const locator = createLocator(text);
  const locate = (offset: number): OriginalLocation => {
    const place = locator(offset);
    const found = originAt(origins, text, offset);
    // Object.assign, not { ...place, paragraph }: an object spread and then given a new field gets a hidden class of its
    // own in this V8, one per message.
    return found ? Object.assign({}, place, { paragraph: found.origin }) : place;
  };
  return {
    filePath,
    text,
    syntax: 'markdown',
    locate,
    sourceFormat: 'docx',
    encoding: 'docx',
    bom: false,
    writable: false,
  };
}
