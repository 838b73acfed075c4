/**
 * Offsets → 1-based line and column, the one place this arithmetic happens. Columns count UTF-16
 * code units (as unified and the Language Server Protocol do). A line ends at `\r\n`, `\r` or `\n`,
 * everywhere: the plain-text parser, directives, config error messages and every reported position
 * count lines with the functions below, so a file with old Mac (CR) or Windows (CRLF) line endings
 * gets the same line numbers in each of them.
 *
 * Everything here is linear in the text (or logarithmic per lookup once the line starts are known).
 */

import type { Point, Position } from 'unist';

/**
 * A position of our own trees (plain-text lines, Markdown after ./markdown.ts) that holds its offsets as numbers and
 * makes its `start` and `end` points only when asked for them.
 */
export interface OffsetPosition extends Position {
  readonly startOffset: number;
  readonly endOffset: number;
}

/** A node's start offset, read without making a point object when its position holds the number. */
export function startOffsetOf(node: { position?: Position | undefined }): number | undefined {
  const position = node.position;
  return position === undefined ? undefined : ((position as Partial<OffsetPosition>).startOffset ?? position.start.offset);
}

/** A node's end offset, read without making a point object when its position holds the number. */
export function endOffsetOf(node: { position?: Position | undefined }): number | undefined {
  const position = node.position;
  return position === undefined ? undefined : ((position as Partial<OffsetPosition>).endOffset ?? position.end.offset);
}

/**
 * The position of a node on one line: four numbers (the line, where it starts in the text, the node's offsets), its
 * `start` and `end` points made when asked for. A file of many short lines or headings is mostly its tree, kept while
 * every rule runs; two point objects a node would be a third of it. Plain-text lines (./parse-text.ts) and Markdown
 * nodes on one line (./markdown.ts, ./simple-blocks.ts) have one.
 */
export class LinePosition implements OffsetPosition {
  constructor(
    private readonly line: number,
    private readonly lineStart: number,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}

  get start(): Point {
    return { line: this.line, column: this.startOffset - this.lineStart + 1, offset: this.startOffset };
  }

  get end(): Point {
    return { line: this.line, column: this.endOffset - this.lineStart + 1, offset: this.endOffset };
  }

  /** As a plain position when printed or serialised (JSON.stringify of a node shows its start and end). */
  toJSON(): Position {
    return { start: this.start, end: this.end };
  }
}

/**
 * A node's position as six numbers, its `start` and `end` points made when asked for: a Markdown file of many short
 * headings or paragraphs is mostly its tree, and two point objects (three numbers each) are half of every node. A node
 * on one line has a LinePosition, four numbers.
 */
export class SourcePosition implements OffsetPosition {
  constructor(
    private readonly startLine: number,
    private readonly startColumn: number,
    readonly startOffset: number,
    private readonly endLine: number,
    private readonly endColumn: number,
    readonly endOffset: number,
  ) {}

  get start(): Point {
    return { line: this.startLine, column: this.startColumn, offset: this.startOffset };
  }

  get end(): Point {
    return { line: this.endLine, column: this.endColumn, offset: this.endOffset };
  }

  /** As a plain position when printed or serialised (JSON.stringify of a node shows its start and end). */
  toJSON(): { start: Point; end: Point } {
    return { start: this.start, end: this.end };
  }
}

export interface Place {
  line: number;
  column: number;
}

export type Locator = (offset: number) => Place;

/** A line break as reportlint counts it: CRLF, CR or LF. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** True for the two characters that break lines (a CRLF is two of them, one break). */
export function isLineBreakChar(code: number): boolean {
  return code === 10 || code === 13;
}

/** The offset where each line starts: line 1 at 0, then one after every CRLF, CR or LF (4 bytes a line). */
export function lineStarts(text: string): Uint32Array {
  const length = text.length;
  let count = 1;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count += 1;
  }
  const starts = new Uint32Array(count);
  let k = 1;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts[k++] = i + 1;
  }
  return starts;
}

/** How many lines the text has (an empty text, and a text after its last line break, count as one line). */
export function lineCount(text: string): number {
  return lineIndexOf(text).lines;
}

/** The offset just after the line's last character (where its line break, or the text, ends) for the line holding `offset`. */
export function lineEndAt(text: string, offset: number): number {
  for (let i = Math.max(0, offset); i < text.length; i += 1) {
    if (isLineBreakChar(text.charCodeAt(i))) return i;
  }
  return text.length;
}

/** The offset where the line holding `offset` starts. An offset just after a line break is on the next line. */
export function lineStartAt(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length); i > 0; i -= 1) {
    if (isLineBreakChar(text.charCodeAt(i - 1))) {
      // Between the CR and the LF of a CRLF: still the line the CR ends.
      if (i < text.length && text.charCodeAt(i - 1) === 13 && text.charCodeAt(i) === 10) continue;
      return i;
    }
  }
  return 0;
}

/** The lines of the text without their line breaks. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  for (const start of lineIndexOf(text).starts) lines.push(text.slice(start, lineEndAt(text, start)));
  return lines;
}

/** Lines of one text, indexed once: where each offset's line starts and ends, and its line and column. */
export interface LineIndex {
  /** 1-based line and column (UTF-16 code units) of an offset; offsets outside the text are clamped. */
  locate: Locator;
  /** Where the line holding `offset` starts. */
  lineStart(offset: number): number;
  /** Where the line holding `offset` ends: its line break, or the end of the text. */
  lineEnd(offset: number): number;
  /** How many lines the text has. */
  lines: number;
  /** Where each line starts (see lineStarts). */
  starts: Uint32Array;
}

export function createLineIndex(text: string): LineIndex {
  const starts = lineStarts(text);
  const clamp = (offset: number) => Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, text.length));
  /** Index (0-based) of the line holding `offset`, by binary search over the line starts. */
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    // Between the CR and the LF of a CRLF, an offset belongs to the line the CR ends.
    locate: (offset) => {
      const at = clamp(offset);
      const k = lineOf(at);
      return { line: k + 1, column: at - (starts[k] ?? 0) + 1 };
    },
    lineStart: (offset) => starts[lineOf(clamp(offset))] ?? 0,
    lineEnd: (offset) => {
      const k = lineOf(clamp(offset));
      let end = k + 1 < starts.length ? (starts[k + 1] ?? text.length) : text.length;
      while (end > (starts[k] ?? 0) && isLineBreakChar(text.charCodeAt(end - 1))) end -= 1;
      return end;
    },
    lines: starts.length,
    starts,
  };
}

let cached: { text: string; index: LineIndex } | undefined;

/** createLineIndex for the text last asked about, kept: the excerpts of one result all index the same text. */
export function lineIndexOf(text: string): LineIndex {
  if (cached?.text !== text) cached = { text, index: createLineIndex(text) };
  return cached.index;
}

/** The line and column of every offset of `text` (see LineIndex.locate). */
export function createLocator(text: string): Locator {
  return createLineIndex(text).locate;
}

/** The unist point (line, column, offset) of the end of `text`. */
export function endPoint(text: string): Place & { offset: number } {
  return { ...lineIndexOf(text).locate(text.length), offset: text.length };
}
