/**
 * Step 1 of the model: cuts the mdast blocks into source lines (Markdown syntax left out, a map back
 * to source offsets kept), and the helpers that turn a line's chars back into source spans.
 */
import type { Nodes, Root } from 'mdast';
import type { TextSpan } from './types.js';

/** One source line of text content, with Markdown syntax left out and a map back to the source. */
export interface Line {
  /** Characters of the line, trimmed, Markdown syntax removed. */
  chars: string;
  /** Source offset of each character of `chars`. */
  map: number[];
  start: number;
  end: number;
  /** `#` count when the line is (the first line of) a Markdown heading. */
  mdDepth?: number;
  /** The whole paragraph is bold (`**…**`; bold in Word, <strong> on a web page): how headings without ordinals are marked. */
  strong?: true;
  /** Index of the mdast block the line came from. */
  block: number;
}

type Piece = readonly [start: number, end: number] | 'break';

const SKIPPED_BLOCKS = new Set(['yaml', 'toml', 'code', 'html', 'thematicBreak', 'definition', 'footnoteDefinition']);

function inlinePieces(node: Nodes, text: string, pieces: Piece[]): void {
  const pos = node.position;
  switch (node.type) {
    case 'text':
      if (pos?.start.offset !== undefined && pos.end.offset !== undefined) pieces.push([pos.start.offset, pos.end.offset]);
      return;
    case 'inlineCode':
      if (pos?.start.offset !== undefined && pos.end.offset !== undefined) {
        const raw = text.slice(pos.start.offset, pos.end.offset);
        const open = raw.length - raw.replace(/^`+/, '').length;
        const close = raw.length - raw.replace(/`+$/, '').length;
        pieces.push([pos.start.offset + open, pos.end.offset - close]);
      }
      return;
    case 'break':
      pieces.push('break');
      return;
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) inlinePieces(child, text, pieces);
  }
}

function piecesToLines(
  text: string,
  pieces: Piece[],
  block: number,
  mdDepth: number | undefined,
  quoted: boolean,
  strong: boolean,
  out: Line[],
): void {
  let chars = '';
  let map: number[] = [];
  const flush = (): void => {
    let a = 0;
    let b = chars.length;
    // Inside a block quote, continuation lines keep their "> " in the text node's source range.
    while (a < b && (/[\s\u3000\u00a0]/.test(chars[a] ?? '') || (quoted && chars[a] === '>'))) a += 1;
    while (b > a && /[\s\u3000\u00a0]/.test(chars[b - 1] ?? '')) b -= 1;
    if (b > a) {
      const lineMap = map.slice(a, b);
      const line: Line = { chars: chars.slice(a, b), map: lineMap, start: lineMap[0] ?? 0, end: (lineMap.at(-1) ?? 0) + 1, block };
      if (mdDepth !== undefined && !out.some((l) => l.block === block)) line.mdDepth = mdDepth;
      if (strong) line.strong = true;
      out.push(line);
    }
    chars = '';
    map = [];
  };
  for (const piece of pieces) {
    if (piece === 'break') {
      flush();
      continue;
    }
    for (let i = piece[0]; i < piece[1]; i += 1) {
      const ch = text[i] ?? '';
      if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') continue;
        flush();
        continue;
      }
      chars += ch;
      map.push(i);
    }
  }
  flush();
}

/** A paragraph whose only content is one bold run (`**一、主要举措**`), whitespace aside. */
function isAllStrong(children: readonly Nodes[]): boolean {
  const content = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return content.length === 1 && content[0]?.type === 'strong';
}

export function collectLines(text: string, tree: Root): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let quoted = 0;
  const visit = (node: Nodes, prefix?: readonly [number, number]): void => {
    if (SKIPPED_BLOCKS.has(node.type)) return;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const pieces: Piece[] = [];
      if (prefix) pieces.push(prefix);
      inlinePieces(node, text, pieces);
      const strong = node.type === 'paragraph' && isAllStrong(node.children as Nodes[]);
      piecesToLines(text, pieces, block, node.type === 'heading' ? node.depth : undefined, quoted > 0, strong, lines);
      block += 1;
      return;
    }
    if (node.type === 'listItem') {
      // An ordered-list marker such as "1." or "2)" is the writer's ordinal: keep it in the text.
      let marker: [number, number] | undefined;
      const start = node.position?.start.offset;
      if (start !== undefined) {
        const m = /^\d{1,9}[.)]/.exec(text.slice(start, start + 12));
        if (m) marker = [start, start + m[0].length];
      }
      node.children.forEach((child, i) => visit(child as Nodes, i === 0 ? marker : undefined));
      return;
    }
    if (node.type === 'blockquote') quoted += 1;
    if ('children' in node) {
      for (const child of node.children as Nodes[]) visit(child);
    }
    if (node.type === 'blockquote') quoted -= 1;
  };
  visit(tree);
  return lines.sort((a, b) => a.start - b.start);
}

export function spanOf(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Source span of chars [a, b) of a line. */
export function lineSpan(text: string, line: Line, a = 0, b = line.chars.length): TextSpan {
  const start = line.map[a] ?? line.start;
  const end = b > a ? (line.map[b - 1] ?? line.end - 1) + 1 : start;
  return spanOf(text, start, end);
}
