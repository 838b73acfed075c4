/**
 * Markdown → mdast in time linear in the text, whatever the text.
 *
 * remark-parse (micromark) is super-linear on some inputs, measured on this project's 2-core machine: nested
 * containers on one line (5,000 `>` or `- - - …`: seconds for kilobytes), lists whose items hold nested lists (a
 * list of 4,000 such items: 8 s; 1,000 list items each nested one deeper: 36 s), and paragraphs with thousands of
 * emphasis or bracket markers (8,000 `**a**` in one paragraph: 14 s). Its memory grows with the whole document too, so
 * a large file spends most of its time collecting garbage. So the text is never handed to it whole:
 *
 * 1. One pass over the lines cuts it into chunks at places where a new top-level block begins whatever came before
 *    (a line at column 0 after a blank line or after an ATX heading; a column-0 list item, ATX heading or `1.` item),
 *    never inside front matter, a fenced code block or an HTML block that may still be open. Parsing the chunks one
 *    by one gives the blocks parsing the whole would, except that a long list becomes several lists (which the report
 *    model, built from lines, does not see), a reference link does not find a definition in another chunk, and a
 *    paragraph longer than FORCE_LINES lines or FORCE_CHARS characters is cut into paragraphs (no report has one).
 * 2. A chunk that is still a risk — containers nested deeper than MAX_NESTING on a line, more than MAX_NESTED_ITEMS
 *    nested list items, more than MAX_INLINE_MARKERS emphasis/link/code markers — is not given to remark at all: its
 *    lines become plain-text paragraphs (as in a .txt report), and the caller says so in a message. Every rule still
 *    runs on them; their Markdown syntax is read as text.
 * 3. A chunk that is a heading or paragraph without syntax (./simple-blocks.ts: most of a report) is made directly.
 *    The others are parsed in groups of a few kilobytes, and every position is moved back to where the chunk lies in
 *    the text, so positions stay exact.
 *
 * Everything here is iterative and linear in the text; remark's own cost is bounded per group.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { plainParagraphs } from './parse-text.js';
import { endPoint, LinePosition, lineIndexOf, SourcePosition } from './position.js';
import { simpleBlock } from './simple-blocks.js';
import { walk } from './walk.js';

/** Containers (block quotes, list items) nested on one line beyond which a chunk is read as plain text. */
export const MAX_NESTING = 100;
/** Nested list items (a list item inside another container) in one chunk beyond which it is read as plain text. */
export const MAX_NESTED_ITEMS = 200;
/**
 * Emphasis, link, code, HTML, entity and escape markers (`*` `_` `[` `]` `` ` `` `<` `!` `&` `\`) in one chunk beyond
 * which it is read as plain text.
 */
export const MAX_INLINE_MARKERS = 500;
/** Chunks are parsed together up to about this many characters (remark's cost per call, against its cost per size). */
const GROUP_CHARS = 4096;
/**
 * A chunk longer than this (lines or characters) is cut before a line that can only continue a paragraph or begin
 * one (one starting with a letter or a Chinese character, indented less than 4), even though inline Markdown (**, `)
 * running across that line is then read as text: no report has such a paragraph, and remark must never get a
 * megabyte-long one.
 */
const FORCE_LINES = 200;
const FORCE_CHARS = 16_384;

export type PlainReason = 'nesting' | 'nestedItems' | 'markers';

/** Lines read as plain text, and why: the deepest nesting, or how many nested items or markers the chunk had. */
export interface PlainRegion {
  start: number;
  end: number;
  reason: PlainReason;
  amount: number;
}

export interface SafeParse {
  tree: Root;
  plain: PlainRegion[];
}

/**
 * remark: `atTextStart` when the slice begins the text, the one place front matter may stand. Elsewhere it must be
 * parsed without the front-matter extension: a chunk beginning with `---` would else be read as the start of front
 * matter, and remark-frontmatter then makes a paragraph of a quote after it.
 */
export type Parser = (text: string, atTextStart: boolean) => Root;

interface Chunk {
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** Begun by a forced cut (FORCE_LINES, FORCE_CHARS): the paragraph before it ends there, however it is parsed. */
  forced?: true;
  risk?: { reason: PlainReason; amount: number };
}

/** Parses `text` with `parse` (remark) chunk by chunk; see the module comment. */
export function parseMarkdownSafely(text: string, parse: Parser): SafeParse {
  const starts = lineIndexOf(text).starts;
  const chunks = chunksOf(text, starts);
  const children: RootContent[] = [];
  const plain: PlainRegion[] = [];
  let group: Chunk[] = [];
  const flushGroup = (): void => {
    if (group.length === 0) return;
    const first = group[0] as Chunk;
    const last = group.at(-1) as Chunk;
    // Blank lines at the end make no node, and remark is slow on them (a million blank lines take it seconds).
    const end = endBeforeBlanks(text, first.start, last.end);
    if (end > first.start) for (const node of parseAt(text, first.start, end, first.line, parse)) children.push(node);
    group = [];
  };
  for (const chunk of chunks) {
    if (chunk.risk) {
      flushGroup();
      for (const paragraph of plainParagraphs(text, chunk.start, chunk.end, starts)) children.push(paragraph);
      const previous = plain.at(-1);
      if (previous && previous.reason === chunk.risk.reason && previous.end === chunk.start) {
        previous.end = chunk.end;
        previous.amount = Math.max(previous.amount, chunk.risk.amount);
      } else plain.push({ start: chunk.start, end: chunk.end, ...chunk.risk });
      continue;
    }
    // Parsed apart from the chunks before it even when remark could take them together, so that a paragraph is cut
    // at a forced cut whichever way its pieces are parsed.
    if (chunk.forced) flushGroup();
    // A heading or paragraph without syntax (most blocks of a report) is made without remark.
    const simple = simpleBlock(text, chunk.start, endBeforeBlanks(text, chunk.start, chunk.end), chunk.line + 1);
    if (simple) {
      flushGroup();
      children.push(simple);
      continue;
    }
    if (group.length > 0 && chunk.end - (group[0] as Chunk).start > GROUP_CHARS) flushGroup();
    group.push(chunk);
  }
  flushGroup();
  const tree: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  return { tree, plain };
}

/** Parses text[start, end) (which begins a line, line `line` 0-based) and moves every position to where it lies in `text`. */
function parseAt(text: string, start: number, end: number, line: number, parse: Parser): RootContent[] {
  const slice = text.slice(start, end);
  // micromark drops a byte order mark at the start of what it parses and counts offsets after it. The text's own BOM
  // (at offset 0) is dropped so, and positions shift by one; anywhere else a BOM is a character like any other, so a
  // BOM of our own goes before it to be dropped instead.
  const ownBom = start === 0 && slice.charCodeAt(0) === 0xfeff;
  const tree = parse(ownBom ? slice : `\ufeff${slice}`, start === 0);
  const shift = start + (ownBom ? 1 : 0);
  const move = shift !== 0 || line !== 0;
  walk(tree, (node: Nodes) => {
    // mdast-util-from-markdown grows every children array by push(), which leaves room for 17 nodes in each: a
    // heading or paragraph of one text node keeps an exact-size copy instead (the tree lives as long as the lint).
    if ('children' in node && node !== tree && node.children.length > 0) (node as { children: Nodes[] }).children = node.children.slice() as Nodes[];
    const position = node.position;
    if (!position) return;
    const { start: from, end: to } = position;
    if (from.offset !== undefined && to.offset !== undefined) {
      // Numbers, not two point objects: the tree is kept while every rule runs (see SourcePosition). Four for a node
      // on one line whose columns follow its offsets (a tab's columns do not), else six.
      const startColumn = from.column + (ownBom && from.line === 1 ? 1 : 0);
      const endColumn = to.column + (ownBom && to.line === 1 ? 1 : 0);
      const startOffset = from.offset + shift;
      const endOffset = to.offset + shift;
      node.position =
        from.line === to.line && endColumn - startColumn === endOffset - startOffset
          ? new LinePosition(from.line + line, startOffset - startColumn + 1, startOffset, endOffset)
          : new SourcePosition(from.line + line, startColumn, startOffset, to.line + line, endColumn, endOffset);
      return;
    }
    if (!move) return;
    for (const point of [from, to]) {
      if (ownBom && point.line === 1) point.column += 1;
      if (point.offset !== undefined) point.offset += shift;
      point.line += line;
    }
  });
  return tree.children;
}

const SPACE = 32;
const TAB = 9;

/** Space, tab or a line break: what a blank line is made of. */
const isBlankCode = (code: number): boolean => code === SPACE || code === TAB || code === 10 || code === 13;

/** Where text[start, end) ends without the blank lines (and spaces) at its end. */
function endBeforeBlanks(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && isBlankCode(text.charCodeAt(at - 1))) at -= 1;
  return at;
}

/** Indentation in columns (a tab to the next multiple of 4) and the index of the first other character. */
function indentation(text: string, from: number, to: number): { columns: number; at: number } {
  let columns = 0;
  let at = from;
  while (at < to) {
    const code = text.charCodeAt(at);
    if (code === SPACE) columns += 1;
    else if (code === TAB) columns += 4 - (columns % 4);
    else break;
    at += 1;
  }
  return { columns, at };
}

/** The length of a list marker at `at` (`-`, `+`, `*`, or 1–9 digits and `.` or `)`) followed by a space, tab or the line's end; 0 if none. */
function listMarker(text: string, at: number, to: number): number {
  const code = text.charCodeAt(at);
  let length = 0;
  if (code === 45 || code === 43 || code === 42) length = 1;
  else {
    while (length < 9 && at + length < to && isDigit(text.charCodeAt(at + length))) length += 1;
    if (length === 0 || at + length >= to) return 0;
    const delimiter = text.charCodeAt(at + length);
    if (delimiter !== 46 && delimiter !== 41) return 0;
    length += 1;
  }
  if (at + length === to) return length;
  const after = text.charCodeAt(at + length);
  return after === SPACE || after === TAB ? length : 0;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The containers a line opens or continues, as its prefix of `>` and list markers (with the indentation) shows. */
function nesting(text: string, from: number, to: number): { depth: number; items: number; columns: number } {
  let depth = 0;
  let items = 0;
  let columns = 0;
  let at = from;
  for (;;) {
    const indent = indentation(text, at, to);
    // After a marker, its one space belongs to it; more is indentation (a deeper list item).
    columns += Math.max(0, indent.columns - (depth > 0 ? 1 : 0));
    at = indent.at;
    if (at >= to) break;
    if (text.charCodeAt(at) === 62 /* > */) {
      depth += 1;
      at += 1;
      continue;
    }
    const marker = listMarker(text, at, to);
    if (marker === 0) break;
    depth += 1;
    items += 1;
    at += marker;
  }
  // A list item indented under another is one level deeper per two columns or so (the shortest list indent).
  return { depth: depth > 0 ? depth + Math.floor(columns / 2) : 0, items, columns };
}

const MARKER_CODES = new Set([42, 95, 91, 93, 96, 60, 33, 38, 92]); // * _ [ ] ` < ! & \

/**
 * What may still be open at the top level, keeping a chunk from ending: a fence, an HTML block, front matter. An HTML
 * block that ends at a blank line (CommonMark's kinds 6 and 7: `<div>`, any tag alone on its line) has `end: 'blank'`;
 * a line that might open one is taken for one, since not cutting a chunk is always exact.
 */
type Open = ({ kind: 'fence'; char: number; length: number } | { kind: 'html'; end: RegExp | 'blank' } | { kind: 'front'; marker: string }) & {
  /** Opened at column 0, so surely at the top level. */
  column0: boolean;
} | undefined;

const HTML_BLOCKS: ReadonlyArray<{ start: RegExp; end: RegExp }> = [
  { start: /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^<!--/, end: /-->/ },
  { start: /^<\?/, end: /\?>/ },
  { start: /^<![A-Za-z]/, end: />/ },
  { start: /^<!\[CDATA\[/, end: /\]\]>/ },
];

/** An opening or closing tag's start: what may begin an HTML block that ends at a blank line. */
const MAYBE_HTML_TAG = /^<\/?[A-Za-z]/;

/** The chunks of the text (see the module comment), each with the risk that keeps it from remark, if any. */
function chunksOf(text: string, starts: ArrayLike<number>): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Open;
  let chunk: Chunk = { start: 0, end: text.length, line: 0 };
  let depth = 0;
  let nestedItems = 0;
  let markers = 0;
  let previousBlank = false;
  let previousOrdered = false;
  let previousHeading = false;
  const close = (end: number): void => {
    chunk.end = end;
    if (depth > MAX_NESTING) chunk.risk = { reason: 'nesting', amount: depth };
    else if (nestedItems > MAX_NESTED_ITEMS) chunk.risk = { reason: 'nestedItems', amount: nestedItems };
    else if (markers > MAX_INLINE_MARKERS) chunk.risk = { reason: 'markers', amount: markers };
    chunks.push(chunk);
  };
  for (let k = 0; k < starts.length; k += 1) {
    const from = starts[k] as number;
    let to = k + 1 < starts.length ? (starts[k + 1] as number) : text.length;
    while (to > from && (text.charCodeAt(to - 1) === 10 || text.charCodeAt(to - 1) === 13)) to -= 1;
    const indent = indentation(text, from, to);
    const blank = indent.at === to;
    const line = text.slice(indent.at, Math.min(to, indent.at + 12));
    const topLevel = indent.columns === 0 && k > 0 && (previousHeading || startsTopLevelBlock(text, indent.at, to, previousBlank, previousOrdered));
    const forced = !topLevel && indent.columns <= 3 && (k - chunk.line >= FORCE_LINES || from - chunk.start >= FORCE_CHARS) && continuesOnly(text.charCodeAt(indent.at));
    if (!blank && open === undefined && (topLevel || forced)) {
      close(from);
      chunk = forced ? { start: from, end: text.length, line: k, forced: true } : { start: from, end: text.length, line: k };
      depth = 0;
      nestedItems = 0;
      markers = 0;
    }
    // The top-level constructs that may hold blank lines and column-0 lines.
    const wasOpen = open;
    if (open === undefined && !blank && indent.columns <= 3) open = opening(text, indent.at, to, k, line);
    else if (open !== undefined && closes(open, text, indent, to, line)) open = undefined;
    // Inside a fence, HTML block or front matter that surely stands at the top level (opened at column 0), remark
    // parses no Markdown: nothing there counts. One indented 1–3 columns may belong to a list item and end with it.
    // A block only guessed to be HTML (ended by a blank line) may be Markdown after all: its lines still count.
    const raw = wasOpen !== undefined && wasOpen.column0 && open !== undefined && !(open.kind === 'html' && open.end === 'blank');
    if (!raw) {
      const shape = nesting(text, from, to);
      depth = Math.max(depth, shape.depth);
      if (shape.items > 1 || (shape.items === 1 && shape.columns > 0)) nestedItems += 1;
      for (let i = indent.at; i < to; i += 1) {
        const code = text.charCodeAt(i);
        if (code < 128 && MARKER_CODES.has(code)) markers += 1;
      }
    }
    previousBlank = blank;
    previousOrdered = !blank && indent.columns === 0 && listMarker(text, indent.at, to) > 0 && isDigit(text.charCodeAt(indent.at));
    // An ATX heading is one line, and a column-0 one stands at the top level: the next line begins a block of its own,
    // so a heading and the paragraph under it are two chunks, each simple enough to be made without remark.
    previousHeading = !blank && !raw && open === undefined && indent.columns === 0 && atxHeading(text, indent.at, to);
  }
  close(text.length);
  return chunks;
}

/**
 * Whether a line at column 0 begins a top-level block whatever the lines before it: after a blank line (no paragraph
 * is open then, and no container takes a column-0 line); a bullet item or an ordered item numbered 1 (both may
 * interrupt a paragraph); an ordered item right after another column-0 ordered item; an ATX heading.
 */
function startsTopLevelBlock(text: string, at: number, to: number, previousBlank: boolean, previousOrdered: boolean): boolean {
  if (previousBlank) return true;
  const code = text.charCodeAt(at);
  if (code === 35 /* # */) return atxHeading(text, at, to);
  const marker = listMarker(text, at, to);
  // An item with content (an empty one cannot interrupt a paragraph; `text` + `-` is a heading underline).
  if (marker === 0 || indentation(text, at + marker, to).at === to) return false;
  if (!isDigit(code)) return true;
  return (marker === 2 && code === 49 /* 1 */) || previousOrdered;
}

/** Whether the line from `at` is an ATX heading: 1–6 #s, then a space, a tab or the line's end. */
function atxHeading(text: string, at: number, to: number): boolean {
  let hashes = 0;
  while (hashes < 7 && text.charCodeAt(at + hashes) === 35) hashes += 1;
  if (hashes === 0 || hashes > 6) return false;
  const after = text.charCodeAt(at + hashes);
  return at + hashes === to || after === SPACE || after === TAB;
}

/** A character a line can start with and mean nothing but text: not Markdown syntax, not a digit (an ordered item). */
function continuesOnly(code: number): boolean {
  if (code >= 128) return true;
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A fence, HTML block or front matter opened by this line (indented at most 3 columns), if any. */
function opening(text: string, at: number, to: number, lineIndex: number, head: string): Open {
  const column0 = at === 0 || text.charCodeAt(at - 1) === 10 || text.charCodeAt(at - 1) === 13;
  if (lineIndex === 0 && at === 0) {
    const whole = text.slice(0, to).trimEnd();
    // Front matter only when a closing line follows (remark-frontmatter reads `---` alone as a thematic break).
    if ((whole === '---' || whole === '+++') && hasClosingLine(text, to, whole)) return { kind: 'front', marker: whole, column0 };
  }
  const code = text.charCodeAt(at);
  if (code === 96 || code === 126) {
    let length = 0;
    while (at + length < to && text.charCodeAt(at + length) === code) length += 1;
    // A backtick fence's info string has no backtick.
    if (length >= 3 && !(code === 96 && text.slice(at + length, to).includes('`'))) return { kind: 'fence', char: code, length, column0 };
    return undefined;
  }
  if (code !== 60) return undefined;
  for (const block of HTML_BLOCKS) {
    if (!block.start.test(head)) continue;
    // Closed on the line that opens it: nothing stays open.
    return block.end.test(text.slice(at + 2, to)) ? undefined : { kind: 'html', end: block.end, column0 };
  }
  return MAYBE_HTML_TAG.test(head) ? { kind: 'html', end: 'blank', column0 } : undefined;
}

/** Whether a line holding only `marker` (trailing spaces allowed) follows offset `from`. */
function hasClosingLine(text: string, from: number, marker: string): boolean {
  for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 10 && before !== 13) continue;
    let end = at + marker.length;
    while (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB) end += 1;
    if (end === text.length || text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13) return true;
  }
  return false;
}

/** Whether this line closes what is open. */
function closes(open: NonNullable<Open>, text: string, indent: { columns: number; at: number }, to: number, head: string): boolean {
  if (open.kind === 'front') return text.slice(indent.at, to).trimEnd() === open.marker && indent.columns === 0;
  if (open.kind === 'html') return open.end === 'blank' ? indent.at === to : open.end.test(text.slice(indent.at, to));
  if (indent.columns > 3 || !head.startsWith(String.fromCharCode(open.char).repeat(3))) return false;
  let length = 0;
  while (indent.at + length < to && text.charCodeAt(indent.at + length) === open.char) length += 1;
  return length >= open.length && text.slice(indent.at + length, to).trim() === '';
}

const LIMITS: Readonly<Record<PlainReason, number>> = { nesting: MAX_NESTING, nestedItems: MAX_NESTED_ITEMS, markers: MAX_INLINE_MARKERS };

/** What to tell the writer about the plain regions: one note per reason, at the first region, with how many there were. */
export interface PlainNote {
  reason: PlainReason;
  /** The first line of the first region. */
  range: [number, number];
  data: { amount: number; limit: number; from: number; to: number; count: number };
}

/** The notes for `regions` of `text` (line numbers from `lineOf`, 1-based; `lineEnd` gives the end of an offset's line). */
export function plainNotes(
  text: string,
  regions: readonly PlainRegion[],
  lineOf: (offset: number) => number,
  lineEnd: (offset: number) => number,
): PlainNote[] {
  const notes = new Map<PlainReason, PlainNote>();
  for (const region of regions) {
    const note = notes.get(region.reason);
    if (note) {
      note.data.count += 1;
      note.data.amount = Math.max(note.data.amount, region.amount);
      continue;
    }
    // A region ends with its line breaks and blank lines: its last line is that of its last other character.
    let end = region.end;
    while (end > region.start + 1 && text.charCodeAt(end - 1) <= 32) end -= 1;
    const last = lineOf(end - 1);
    notes.set(region.reason, {
      reason: region.reason,
      range: [region.start, lineEnd(region.start)],
      data: { amount: region.amount, limit: LIMITS[region.reason], from: lineOf(region.start), to: last, count: 1 },
    });
  }
  return [...notes.values()];
}
