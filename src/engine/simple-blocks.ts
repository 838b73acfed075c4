/**
 * The mdast of a Markdown block with no syntax in it but an ATX heading's #s — "## 一、总体情况", a line of plain
 * report text, or several such lines making one paragraph — made directly, as remark would make it, without remark.
 * micromark allocates some hundreds of times a line's size to parse it (a file of 50,000 such headings: 1.5 GB of
 * garbage), and most lines of a report are such lines. Anything else (inline markers, entities, escapes, indentation,
 * list or quote markers, tabs, trailing spaces, a closing # sequence) is left to remark: the test is narrow on purpose,
 * and test/engine/simple-blocks.test.ts checks it against remark on generated lines.
 */
import type { Heading, Paragraph } from 'mdast';
import { LinePosition, SourcePosition } from './position.js';

/**
 * Characters that may start or be Markdown syntax anywhere in a line (emphasis, code, links, images, HTML, autolinks,
 * entities, escapes, GFM-like pipes and tildes, the # of headings), or that micromark changes (NUL, tab, carriage
 * return, BOM): a line holding one is left to remark.
 */
function isSyntaxCode(code: number): boolean {
  switch (code) {
    case 0x00: // NUL becomes U+FFFD
    case 0x09: // tab: columns
    case 0x0a:
    case 0x0d:
    case 0x21: // !
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x3c: // <
    case 0x3e: // >
    case 0x5b: // [
    case 0x5c: // \
    case 0x5d: // ]
    case 0x5f: // _
    case 0x60: // `
    case 0x7c: // |
    case 0x7e: // ~
    case 0xfeff:
      return true;
    default:
      return false;
  }
}

/**
 * Whether a block starting at `at` may be something else than a paragraph though its characters are harmless inside a
 * line: a list marker or thematic break (- +), a setext underline (=), indentation (a space), or an ordered-list
 * marker: digits, then . or ), then a space or the line's end ("1. 第一", "3."; "3.做好" and "2023年" are text).
 */
function startsOtherBlock(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0x2d || code === 0x2b || code === 0x3d || code === 0x20) return true;
  let digits = at;
  while (digits < end && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits += 1;
  if (digits === at || (text.charCodeAt(digits) !== 0x2e && text.charCodeAt(digits) !== 0x29)) return false;
  const after = text.charCodeAt(digits + 1);
  return digits + 1 >= end || after === 0x20 || after === 0x0a;
}

/**
 * The heading or paragraph remark makes of text[start, end) — one line, at column 1 of line `line` (1-based) — or
 * undefined when the line is not one this module makes (see the module comment).
 */
export function simpleBlock(text: string, start: number, end: number, line: number): Heading | Paragraph | undefined {
  if (end <= start) return undefined;
  let depth = 0;
  while (depth < 7 && start + depth < end && text.charCodeAt(start + depth) === 0x23) depth += 1;
  // "## " then the content: one space, and content that starts with neither a space nor more syntax.
  const contentStart = depth > 0 ? start + depth + 1 : start;
  if (depth > 6 || (depth > 0 && text.charCodeAt(start + depth) !== 0x20)) return undefined;
  if (contentStart >= end || startsOtherBlock(text, contentStart, end)) return undefined;
  // No trailing space (hard breaks, trimmed ends): the content ends where the line does.
  const last = text.charCodeAt(end - 1);
  if (last === 0x20) return undefined;
  // A paragraph may go on over more lines (soft breaks, kept as \n in its text) when each line is as plain as the
  // first: no space around the break, and nothing that could start another block (a list item, a setext underline).
  let endLine = line;
  let lastLineStart = start;
  for (let i = contentStart; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a && depth === 0 && i > contentStart && i + 1 < end) {
      const found = text.indexOf('\n', i + 1);
      const lineEnd = found < 0 || found > end ? end : found;
      if (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i + 1) === 0x0a || startsOtherBlock(text, i + 1, lineEnd)) return undefined;
      endLine += 1;
      lastLineStart = i + 1;
      continue;
    }
    if (isSyntaxCode(code)) return undefined;
  }
  const value = text.slice(contentStart, end);
  // The block's line starts at `start` (column 1): a node on that one line needs no end line or column of its own.
  const textPosition =
    endLine === line ? new LinePosition(line, start, contentStart, end) : new SourcePosition(line, contentStart - start + 1, contentStart, endLine, end - lastLineStart + 1, end);
  const children = [{ type: 'text' as const, value, position: textPosition }];
  if (depth === 0) return { type: 'paragraph', children, position: textPosition };
  return { type: 'heading', depth: depth as Heading['depth'], children, position: new LinePosition(line, start, start, end) };
}
