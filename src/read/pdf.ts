/**
 * PDF → plain text of its text layer, through pdfjs-dist (legacy build, loaded only when a PDF is read; in Node
 * pdfjs runs its worker code in the same thread, no worker file to configure).
 *
 * 1. Text items of each page are grouped into lines by their baseline (y), ordered by x; a visible gap between
 *    two items becomes one space.
 * 2. Page furniture is dropped: page numbers at the top or bottom of a page (— 3 —, -3-, 第3页, 第3页 共9页,
 *    3/9, a bare number) and running headers/footers (the same text, digits aside, as the first or last line of at
 *    least half the pages).
 * 3. Lines broken by the layout are joined back into paragraphs. Only a line that reaches the right margin can
 *    continue, and never into an indented line. Then the document's own signals decide, in this order: when its
 *    paragraphs are set apart by extra space, a normal line gap continues (within a page); when they start with
 *    a first-line indent, an unindented next line continues; otherwise the line continues unless it ends with
 *    。；：！？ (or ;:!?…, or a closing quote after them) — across pages too. Consecutive full lines in a larger
 *    type (a centred title over two lines) are joined.
 * 4. One paragraph per line of text (syntax 'text'). `locate` gives the line and column in that text, the page,
 *    and the line on the page (counting the page's text lines, running header and page number excluded).
 * A PDF with (almost) no text is a scan: ReadError, exit 2. So is one whose text comes out as private-use or
 * replacement characters (fonts without a Unicode map): linting garbage would be an empty pass in disguise.
 *
 * Hostile PDFs (issue 11): pdfjs only parses here — no eval (fonts are not compiled to functions), no font loading, no
 * system fonts, no XFA, no scripting (pdfjs never runs a PDF's JavaScript outside its viewer's sandbox, which is not
 * loaded) — and the page count is checked against `limits.maxPdfPages` before a page is read. An encrypted PDF and
 * a malformed one are each a ReadError saying so.
 */
import { ReadError } from '../errors.js';
import { t, type MessageKey } from '../messages/index.js';
import type { Locale, OriginalLocation } from '../types.js';
import { createLocator } from '../engine/position.js';
import { TextBuilder, originAt } from './builder.js';
import type { ReadDocumentResult, ReadProgress } from './index.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { pdfAssetOptions } from './pdf-assets.js';

/** One text item as pdfjs gives it (the fields we use). */
interface PdfItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface PdfLine {
  page: number;
  text: string;
  /** Left and right edge, baseline, font size (PDF units, y grows upwards). */
  x: number;
  right: number;
  y: number;
  size: number;
}

/** A line of the body text, after page furniture is dropped. */
export interface BodyLine extends PdfLine {
  /** 1-based line number on its page. */
  pageLine: number;
}

/** Groups a page's items into lines (step 1). */
export function itemsToLines(items: readonly PdfItem[], page: number): PdfLine[] {
  const usable = items
    .filter((item) => item.str !== '' && Array.isArray(item.transform))
    .map((item) => {
      const size = Math.abs(item.height) || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 10;
      return { str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, size };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Array<typeof usable> = [];
  for (const item of usable) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) * 0.4) group.push(item);
    else groups.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end: number | undefined;
    for (const item of group) {
      if (end !== undefined && item.x - end > item.size * 0.5 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end ?? -Infinity, item.x + item.width);
    }
    // pdfjs turns the layout's CJK/Latin autospacing gap into a space ("关于 2022 年度"): not part of the text.
    const trimmed = text
      .replace(/\s+$/, '')
      .replace(/([\u3400-\u9fff\u3000-\u303f\uff00-\uffef]) (?=[A-Za-z0-9])/g, '$1')
      .replace(/([A-Za-z0-9]) (?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])/g, '$1');
    if (trimmed.trim() === '') continue;
    const first = group[0]!;
    // Leading spaces (a signature pushed right with spaces) move where the text really starts.
    const lead = /^\s*/.exec(text)![0].length;
    const x = lead > 0 && first.str.length > 0 ? first.x + (first.width / first.str.length) * Math.min(lead, first.str.length) : first.x;
    lines.push({
      page,
      text: trimmed,
      x,
      right: end ?? first.x,
      y: first.y,
      size: Math.max(...group.map((item) => item.size)),
    });
  }
  return lines;
}

const PAGE_NUMBER =
  /^(?:[-—–－~～_\s]*\d{1,4}[-—–－~～_\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** Is this a page number line? */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

const furnitureKey = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Drops page numbers and running headers/footers (step 2), numbering the remaining lines on each page. */
export function dropFurniture(pages: readonly PdfLine[][], pageHeights: readonly number[]): BodyLine[][] {
  const counts = { top: new Map<string, number>(), bottom: new Map<string, number>() };
  // Look at the two outermost lines at each end: a header can sit above a page number, and vice versa.
  for (const lines of pages) {
    const keysTop = new Set(lines.slice(0, 2).map((line) => furnitureKey(line.text)));
    const keysBottom = new Set(lines.slice(-2).map((line) => furnitureKey(line.text)));
    for (const key of keysTop) counts.top.set(key, (counts.top.get(key) ?? 0) + 1);
    for (const key of keysBottom) counts.bottom.set(key, (counts.bottom.get(key) ?? 0) + 1);
  }
  const repeated = (map: Map<string, number>, key: string) =>
    pages.length >= 2 && (map.get(key) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));

  return pages.map((lines, pageIndex) => {
    const height = pageHeights[pageIndex] ?? 842;
    const furniture = (line: PdfLine, top: boolean) => {
      const nearEdge = top ? line.y > height * 0.8 : line.y < height * 0.2;
      if (nearEdge && isPageNumber(line.text)) return true;
      return repeated(top ? counts.top : counts.bottom, furnitureKey(line.text));
    };
    // Peel furniture off each end: the outermost line, then the next one only if the outermost was furniture.
    let first = 0;
    let last = lines.length - 1;
    while (first <= last && first < 2 && furniture(lines[first]!, true)) first += 1;
    while (last >= first && last > lines.length - 3 && furniture(lines[last]!, false)) last -= 1;
    // Object.assign, not { ...line, pageLine }: one hidden class for all the lines, not one each.
    return lines.slice(first, last + 1).map((line, index) => Object.assign({}, line, { pageLine: index + 1 }));
  });
}

const SENTENCE_END = /[。；：！？;:!?…][”’」』）)]*$/;

/** Joins lines into paragraphs (step 3). Returns groups of lines, one group per paragraph. */
export function joinLines(pages: readonly BodyLine[][]): BodyLine[][] {
  const all = pages.flat();
  if (all.length === 0) return [];
  // The text block's edges, from typical values (robust to centred titles, signatures and hanging punctuation).
  // Left: a low percentile of where lines start (the mode would be the indent in a text of one-line paragraphs).
  const lefts = all.map((line) => line.x).sort((a, b) => a - b);
  const left = lefts[Math.floor((lefts.length - 1) * 0.1)]!;
  const size = mode(all.map((line) => Math.round(line.size)));
  // Right: the furthest a body-size line reaches, not counting a final punctuation mark that hangs into the margin.
  const bodyRights = all
    .filter((line) => Math.abs(line.size - size) <= Math.max(1, size * 0.15))
    .map((line) => line.right - (/[，。、；：！？,.;:!?”’）)》」』]$/.test(line.text) ? line.size : 0));
  // reduce, not Math.max(...): spreading the lines of a book-sized PDF as arguments overflows the stack.
  const widest = (values: number[]) => values.reduce((max, value) => Math.max(max, value), -Infinity);
  const right = bodyRights.length > 0 ? widest(bodyRights) : widest(all.map((line) => line.right));
  const fills = (line: BodyLine, next: BodyLine | undefined) => {
    if (line.right >= right - line.size * 1.6) return true;
    // Line breaking keeps some runs whole: an opening quote or bracket with what follows, a number or a Latin word
    // ("(2021-2025", "“12345”"). When the next line starts with such a run too wide for the space left, this line
    // was full.
    const run = next ? /^[“‘《（(〔【「『]*[\x21-\x7e]*[”’》）)〕】」』]?/.exec(next.text.trim())?.[0] ?? '' : '';
    if (run === '') return false;
    const ascii = run.replace(/[^\x21-\x7e]/g, '').length;
    // An opening mark clings to the character after it: both moved down.
    const clinging = ascii === 0 ? line.size : 0;
    const width = (run.length - ascii) * line.size + ascii * line.size * 0.55 + clinging;
    return line.right + width > right - line.size * 0.5;
  };
  const indented = (line: BodyLine) => line.x >= left + size * 0.4;
  /** Lines in a larger type than the body (titles) wrap centred: indent tells nothing there. */
  const large = (line: BodyLine) => line.size > size * 1.15;

  const gap = (line: BodyLine, next: BodyLine) => (line.page === next.page ? line.y - next.y : undefined);
  const pitch = mode(
    all.slice(1).flatMap((line, index) => {
      const value = gap(all[index]!, line);
      return value === undefined || value <= 0 ? [] : [Math.round(value)];
    }),
  );
  const spaced = (line: BodyLine, next: BodyLine) => {
    const value = gap(line, next);
    // The normal gap grows with the type size (a title in larger type has a wider line pitch).
    const expected = pitch * Math.max(1, Math.max(line.size, next.size) / size);
    return value !== undefined && value > Math.max(expected * 1.12, expected + 2);
  };

  // Which signals does this document give? Look at the sure paragraph ends (lines that stop short).
  let starts = 0;
  let indentedStarts = 0;
  let spacedStarts = 0;
  let samePageStarts = 0;
  for (let index = 1; index < all.length; index += 1) {
    const previous = all[index - 1]!;
    const line = all[index]!;
    if (fills(previous, line)) continue;
    starts += 1;
    if (indented(line) && line.x < left + size * 4) indentedStarts += 1;
    if (previous.page === line.page) {
      samePageStarts += 1;
      if (spaced(previous, line)) spacedStarts += 1;
    }
  }
  /** Paragraphs start with a first-line indent. */
  const useIndent = starts >= 3 && indentedStarts / starts >= 0.6;
  /** Paragraphs are set apart by extra space. */
  const useSpacing = samePageStarts >= 3 && spacedStarts / samePageStarts >= 0.6;

  const continues = (line: BodyLine, next: BodyLine | undefined): boolean => {
    if (next === undefined || !fills(line, next)) return false;
    if (Math.abs(next.size - line.size) >= Math.max(1, line.size * 0.15)) return false;
    if (large(line) && large(next)) return !spaced(line, next);
    if (indented(next)) return false;
    // An empty line's worth of space ends a paragraph whatever the document's habits.
    const value = gap(line, next);
    if (value !== undefined && value > pitch * 1.6 * Math.max(1, Math.max(line.size, next.size) / size)) return false;
    if (useSpacing && line.page === next.page) return !spaced(line, next);
    if (useIndent) return true;
    return !SENTENCE_END.test(line.text);
  };

  const paragraphs: BodyLine[][] = [];
  let current: BodyLine[] = [];
  all.forEach((line, index) => {
    current.push(line);
    if (!continues(line, all[index + 1])) {
      paragraphs.push(current);
      current = [];
    }
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > (counts.get(best) ?? 0) || (count === counts.get(best) && value < best)) best = value;
  }
  return best;
}

/** Text of a paragraph's lines: CJK lines join directly, Latin words get a space between them. */
function joinText(lines: readonly BodyLine[]): Array<{ text: string; line: BodyLine }> {
  return lines.map((line, index) => {
    let text = line.text.replace(/^\s+/, '');
    const previous = lines[index - 1];
    if (previous && /[A-Za-z0-9,.;]$/.test(previous.text) && /^[A-Za-z0-9]/.test(text)) text = ` ${text}`;
    return { text, line };
  });
}

/**
 * Whether the text layer can be linted: 'scan' when there is (almost) no text — fewer than 5 characters a page —
 * and 'garbled' when over 30% of it is private-use or replacement characters (fonts without a Unicode map).
 */
export function textLayerProblem(pages: readonly PdfLine[][]): 'scan' | 'garbled' | undefined {
  const text = pages
    .flat()
    .map((line) => line.text)
    .join('')
    .replace(/\s/g, '');
  if (text.length < Math.max(5, pages.length * 5)) return 'scan';
  const unreadable = text.match(/[\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
  return unreadable > text.length * 0.3 ? 'garbled' : undefined;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * What pdfjs is told besides the data and the asset folders: parse, never run. `isEvalSupported: false` keeps font
 * programs from being compiled with `new Function` (CVE-2024-4367); `disableFontFace` and `useSystemFonts: false` keep
 * fonts from being loaded at all; `enableXfa: false` leaves XFA forms (and their scripts) unread.
 */
export const PDF_SAFE_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  isOffscreenCanvasSupported: false,
  verbosity: 0,
} as const;

/** Thrown inside the reading loop to leave it with a message of its own. */
class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export async function readPdf(
  buffer: Uint8Array,
  filePath: string,
  options: { locale?: Locale; limits?: Partial<ReadLimits>; onProgress?: ReadProgress } = {},
): Promise<ReadDocumentResult> {
  const locale = options.locale ?? 'zh';
  const maxPages = options.limits?.maxPdfPages ?? DEFAULT_LIMITS.maxPdfPages;
  const failed = (key: MessageKey, data: Record<string, string | number> = {}) =>
    t('read.failed', locale, { file: filePath, reason: t(key, locale, data) });
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pages: PdfLine[][] = [];
  const heights: number[] = [];
  let loadingTask: ReturnType<PdfJs['getDocument']> | undefined;
  try {
    loadingTask = pdfjs.getDocument({
      // pdfjs detaches the buffer it is given: hand it a copy.
      data: new Uint8Array(buffer),
      ...PDF_SAFE_OPTIONS,
      ...pdfAssetOptions(),
    });
    const document = await loadingTask.promise;
    // Before any page is read: a PDF of thousands of pages is not a report, and would take minutes.
    if (document.numPages > maxPages) throw new Refusal(failed('read.pdfTooManyPages', { pages: document.numPages, limit: maxPages }));
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      heights.push(page.getViewport({ scale: 1 }).height);
      const content = await page.getTextContent();
      pages.push(itemsToLines(content.items as PdfItem[], number));
      page.cleanup();
      options.onProgress?.(number, document.numPages);
    }
  } catch (error) {
    if (error instanceof Refusal) throw new ReadError(error.reason, filePath);
    const name = (error as { name?: string } | undefined)?.name;
    const message = failed(name === 'PasswordException' ? 'read.pdfEncrypted' : 'read.pdfInvalid');
    throw new ReadError(message, filePath, { cause: error });
  } finally {
    await loadingTask?.destroy();
  }

  const problem = textLayerProblem(pages);
  if (problem === 'scan') {
    throw new ReadError(failed('read.pdfScan'), filePath);
  }
  if (problem === 'garbled') {
    throw new ReadError(failed('read.pdfGarbled'), filePath);
  }

  const body = dropFurniture(pages, heights);
  const paragraphs = joinLines(body);
  const lines = body.flat();
  const index = new Map(lines.map((line, position) => [line, position]));
  const builder = new TextBuilder();
  paragraphs.forEach((paragraph, position) => {
    if (position > 0) builder.synthetic('\n');
    for (const piece of joinText(paragraph)) builder.push(piece.text, index.get(piece.line)!);
  });
  const { text, origins } = builder.finish();
  const locator = createLocator(text);
  const locate = (offset: number): OriginalLocation => {
    const place = locator(offset);
    const found = originAt(origins, text, offset);
    const line = found ? lines[found.origin] : undefined;
    // Object.assign, not { ...place, page, pageLine }: an object spread and then given new fields gets a hidden class of
    // its own in this V8, one per message.
    return line ? Object.assign({}, place, { page: line.page, pageLine: line.pageLine }) : place;
  };
  return {
    filePath,
    text,
    syntax: 'text',
    locate,
    sourceFormat: 'pdf',
    encoding: 'pdf',
    bom: false,
    writable: false,
  };
}
