/**
 * Plain text → mdast. Real reports arrive as text with one paragraph per line (Word and web copies)
 * or with lines broken by PDF extraction, so every non-blank line becomes its own `paragraph`;
 * the report model joins broken lines back together. Positions point into the original text.
 * Lines are counted by src/engine/position.ts (CRLF, CR and LF alike); one pass, linear in the text.
 */
import type { Paragraph, Root } from 'mdast';
import { endPoint, isLineBreakChar, LinePosition, lineIndexOf } from './position.js';

/** Whitespace trimmed from a plain-text line, as String.prototype.trim does. */
const isSpace = (ch: string): boolean => ch.trim() === '';

export function parsePlainText(text: string): Root {
  return {
    type: 'root',
    children: plainParagraphs(text, 0, text.length),
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) },
  };
}

/**
 * One `paragraph` (holding one `text` node) per non-blank line that starts in [from, to) of `text`, with
 * positions in `text`. `from` should be the start of a line. `starts` are the text's line starts (pass them when
 * calling this more than once on one text, so each call costs only its own lines).
 */
export function plainParagraphs(text: string, from: number, to: number, starts: ArrayLike<number> = lineIndexOf(text).starts): Paragraph[] {
  const children: Paragraph[] = [];
  // The first line at or after `from` (binary search).
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  for (let k = low; k < starts.length && (starts[k] ?? 0) < to; k += 1) {
    const lineStart = starts[k] ?? 0;
    let lineEnd = k + 1 < starts.length ? (starts[k + 1] ?? 0) : text.length;
    while (lineEnd > lineStart && isLineBreakChar(text.charCodeAt(lineEnd - 1))) lineEnd -= 1;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && isSpace(text[a] ?? '')) a += 1;
    while (b > a && isSpace(text[b - 1] ?? '')) b -= 1;
    if (b <= a) continue;
    // One position object for the paragraph and its text (they cover the same characters): a file of many short
    // lines is mostly these nodes.
    const position = new LinePosition(k + 1, lineStart, a, b);
    children.push({ type: 'paragraph', children: [{ type: 'text', value: text.slice(a, b), position }], position });
  }
  return children;
}

