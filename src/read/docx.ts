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
 * footnotes and comments are not part of the text and not counted. Automatic list numbering (a 一、 typed by
 * Word's numbering rather than by the writer) is not rendered: mammoth does not give the label.
 */
import { ReadError } from '../errors.js';
import type { Locale, OriginalLocation } from '../types.js';
import { createLocator } from '../engine/position.js';
import { TextBuilder, originAt } from './builder.js';
import type { ReadDocumentResult } from './index.js';

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

/** Flattens mammoth's document tree into the body's paragraphs, in order. */
export function collectParagraphs(document: MammothNode): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  const walk = (node: MammothNode): void => {
    if (node.type === 'paragraph') {
      const level = headingLevel(node.styleName, node.styleId);
      paragraphs.push({
        number: paragraphs.length + 1,
        text: (node.children ?? []).map(runText).join(''),
        ...(level === undefined ? {} : { headingLevel: level }),
        ...(level === undefined && allBold(node) ? { bold: true as const } : {}),
      });
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(document);
  return paragraphs;
}

/** A bold paragraph longer than this is emphasis, not a heading: written as plain text. */
const MAX_BOLD_PARAGRAPH = 60;

/** Markdown text of the paragraphs (bold one-line paragraphs as `**…**`), with each code unit's paragraph number as its origin. */
export function paragraphsToMarkdown(paragraphs: readonly DocxParagraph[]): { text: string; origins: Int32Array } {
  const builder = new TextBuilder();
  for (const paragraph of paragraphs) {
    const raw = paragraph.text.replace(/\r/g, '');
    if (raw.trim() === '') continue;
    builder.startBlock();
    let body = raw;
    if (paragraph.headingLevel !== undefined) {
      // A heading is one line; its leading indentation (spaces, full-width spaces) is not part of it.
      body = raw.replace(/\n/g, ' ').replace(/^[\s\u00a0\u3000]+/, '');
      builder.synthetic(`${'#'.repeat(paragraph.headingLevel)} `);
    }
    if (paragraph.bold && body.trim().length <= MAX_BOLD_PARAGRAPH) builder.pushBold(body, () => paragraph.number);
    else builder.pushEscaped(body, () => paragraph.number);
  }
  return builder.finish();
}

export async function readDocx(
  buffer: Uint8Array,
  filePath: string,
  options: { locale?: Locale } = {},
): Promise<ReadDocumentResult> {
  const { default: mammoth } = await import('mammoth');
  let document: MammothNode | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) },
      {
        // Keep the tree, and hand mammoth an empty document: we do not need its HTML.
        transformDocument: (element: unknown) => {
          document = element as MammothNode;
          return { ...(element as object), children: [] };
        },
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
  } catch (error) {
    throw new ReadError(
      options.locale === 'en'
        ? `Cannot read ${filePath}: not a valid Word document (.docx)`
        : `无法读取 ${filePath}：不是有效的 Word 文档（.docx），请用 Word 或 WPS 重新另存为 .docx`,
      filePath,
      { cause: error },
    );
  }
  const paragraphs = document ? collectParagraphs(document) : [];
  const { text, origins } = paragraphsToMarkdown(paragraphs);
  const locator = createLocator(text);
  const locate = (offset: number): OriginalLocation => {
    const place = locator(offset);
    const found = originAt(origins, text, offset);
    return found ? { ...place, paragraph: found.origin } : place;
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
