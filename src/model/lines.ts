/**
 * Step 1 of the model: cuts the mdast blocks into source lines (Markdown syntax left out, a map back
 * to source offsets kept), and the helpers that turn a line's chars back into source spans.
 */
import type { Nodes, Root } from 'mdast';
import { isWhitespaceCode } from '../text/chars.js';
import type { TextSpan } from './types.js';

/**
 * The source offset of each character of a string that was cut out of the text in pieces: runs of consecutive
 * offsets, one entry per run (a line of plain text is one run), not one number per character — a megabyte-long line
 * would otherwise cost eight megabytes more for each copy of its map.
 */
export class OffsetMap {
  /** `runAt[k]`: the index (in the string) where run k starts; `runOffset[k]`: its source offset. */
  private constructor(
    readonly length: number,
    private readonly runAt: readonly number[],
    private readonly runOffset: readonly number[],
  ) {}

  static readonly EMPTY = new OffsetMap(0, [], []);

  /** `length` characters from source offset `offset` on. */
  static run(offset: number, length: number): OffsetMap {
    return length > 0 ? new OffsetMap(length, [0], [offset]) : OffsetMap.EMPTY;
  }

  /** The maps one after the other, as for the strings joined. */
  static concat(maps: readonly OffsetMap[]): OffsetMap {
    const runAt: number[] = [];
    const runOffset: number[] = [];
    let length = 0;
    for (const map of maps) {
      for (let k = 0; k < map.runAt.length; k += 1) {
        const at = length + (map.runAt[k] as number);
        const offset = map.runOffset[k] as number;
        // A run that continues the previous one (the next source character) joins it.
        const last = runAt.length - 1;
        if (last >= 0 && (runOffset[last] as number) + (at - (runAt[last] as number)) === offset) continue;
        runAt.push(at);
        runOffset.push(offset);
      }
      length += map.length;
    }
    return length > 0 ? new OffsetMap(length, runAt, runOffset) : OffsetMap.EMPTY;
  }

  /** The source offset of character `i`, or undefined outside [0, length). */
  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    // The last run starting at or before i (most maps have one run).
    let low = 0;
    let high = this.runAt.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.runAt[middle] as number) <= i) low = middle;
      else high = middle - 1;
    }
    return (this.runOffset[low] as number) + (i - (this.runAt[low] as number));
  }

  /** Characters [a, b) (a ≤ b, clamped to the map). */
  slice(a: number, b: number = this.length): OffsetMap {
    const from = Math.max(0, Math.min(a, this.length));
    const to = Math.max(from, Math.min(b, this.length));
    if (from === 0 && to === this.length) return this;
    const runAt: number[] = [];
    const runOffset: number[] = [];
    for (let k = 0; k < this.runAt.length; k += 1) {
      const start = this.runAt[k] as number;
      const end = k + 1 < this.runAt.length ? (this.runAt[k + 1] as number) : this.length;
      if (end <= from || start >= to) continue;
      const cut = Math.max(start, from);
      runAt.push(cut - from);
      runOffset.push((this.runOffset[k] as number) + (cut - start));
    }
    return to > from ? new OffsetMap(to - from, runAt, runOffset) : OffsetMap.EMPTY;
  }
}

/** One source line of text content, with Markdown syntax left out and a map back to the source. */
export interface Line {
  /** Characters of the line, trimmed, Markdown syntax removed. */
  chars: string;
  /** Source offset of each character of `chars`. */
  map: OffsetMap;
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

/** The text pieces of a block's inline content in document order (an explicit stack: inline nesting can be deep). */
function inlinePieces(block: Nodes, text: string, pieces: Piece[]): void {
  const stack: Nodes[] = [block];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const pos = node.position;
    switch (node.type) {
      case 'text':
        if (pos?.start.offset !== undefined && pos.end.offset !== undefined) pieces.push([pos.start.offset, pos.end.offset]);
        continue;
      case 'inlineCode':
        if (pos?.start.offset !== undefined && pos.end.offset !== undefined) {
          const raw = text.slice(pos.start.offset, pos.end.offset);
          const open = raw.length - raw.replace(/^`+/, '').length;
          let close = 0;
          while (close < raw.length - open && raw.charCodeAt(raw.length - 1 - close) === 96) close += 1;
          pieces.push([pos.start.offset + open, pos.end.offset - close]);
        }
        continue;
      case 'break':
        pieces.push('break');
        continue;
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        continue;
      default:
        if ('children' in node) {
          const children = node.children as Nodes[];
          for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Nodes);
        }
    }
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
  // The line's characters as slices of the text (joined once), not one `+=` per character: a long line would
  // otherwise be a rope of a million one-character strings; and its map as one run per slice.
  let parts: string[] = [];
  let maps: OffsetMap[] = [];
  let first = true;
  const flush = (): void => {
    const chars = parts.length === 1 ? (parts[0] as string) : parts.join('');
    const map = maps.length === 1 ? (maps[0] as OffsetMap) : OffsetMap.concat(maps);
    let a = 0;
    let b = chars.length;
    // Inside a block quote, continuation lines keep their "> " in the text node's source range.
    while (a < b && (isWhitespaceCode(chars.charCodeAt(a)) || (quoted && chars[a] === '>'))) a += 1;
    while (b > a && isWhitespaceCode(chars.charCodeAt(b - 1))) b -= 1;
    if (b > a) {
      const lineMap = map.slice(a, b);
      const line: Line = { chars: chars.slice(a, b), map: lineMap, start: lineMap.at(0) ?? 0, end: (lineMap.at(lineMap.length - 1) ?? 0) + 1, block };
      // Only the first line of a heading is marked (a heading's later lines came from the same block).
      if (mdDepth !== undefined && first) line.mdDepth = mdDepth;
      if (strong) line.strong = true;
      out.push(line);
      first = false;
    }
    parts = [];
    maps = [];
  };
  for (const piece of pieces) {
    if (piece === 'break') {
      flush();
      continue;
    }
    let from = piece[0];
    for (let i = piece[0]; i <= piece[1]; i += 1) {
      const code = i < piece[1] ? text.charCodeAt(i) : -1;
      if (code !== -1 && code !== 10 && code !== 13) continue;
      if (i > from) {
        parts.push(text.slice(from, i));
        maps.push(OffsetMap.run(from, i - from));
      }
      from = i + 1;
      // A CR followed by LF: the LF ends the line.
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) flush();
    }
  }
  flush();
}

/** A paragraph whose only content is one bold run (`**一、主要举措**`), whitespace aside. */
function isAllStrong(children: readonly Nodes[]): boolean {
  const content = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return content.length === 1 && content[0]?.type === 'strong';
}

/** On the walk's stack: a node to visit, or the end of a block quote (when its children are done). */
const LEAVE_QUOTE = Symbol('leave quote');

export function collectLines(text: string, tree: Root): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let quoted = 0;
  // Depth first, in document order, with an explicit stack (container nesting can be as deep as the input makes it);
  // a list item's ordinal marker rides on a second stack beside its first child.
  const stack: Array<Nodes | typeof LEAVE_QUOTE> = [tree];
  const prefixes: Array<readonly [number, number] | undefined> = [undefined];
  const pushChildren = (children: readonly Nodes[], firstPrefix?: readonly [number, number]): void => {
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push(children[i] as Nodes);
      prefixes.push(i === 0 ? firstPrefix : undefined);
    }
  };
  while (stack.length > 0) {
    const node = stack.pop() as Nodes | typeof LEAVE_QUOTE;
    const prefix = prefixes.pop();
    if (node === LEAVE_QUOTE) {
      quoted -= 1;
      continue;
    }
    if (SKIPPED_BLOCKS.has(node.type)) continue;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const pieces: Piece[] = [];
      if (prefix) pieces.push(prefix);
      inlinePieces(node, text, pieces);
      const strong = node.type === 'paragraph' && isAllStrong(node.children as Nodes[]);
      piecesToLines(text, pieces, block, node.type === 'heading' ? node.depth : undefined, quoted > 0, strong, lines);
      block += 1;
      continue;
    }
    if (node.type === 'listItem') {
      // An ordered-list marker such as "1." or "2)" is the writer's ordinal: keep it in the text.
      let marker: [number, number] | undefined;
      const start = node.position?.start.offset;
      if (start !== undefined) {
        const m = /^\d{1,9}[.)]/.exec(text.slice(start, start + 12));
        if (m) marker = [start, start + m[0].length];
      }
      pushChildren(node.children as Nodes[], marker);
      continue;
    }
    if (node.type === 'blockquote') {
      quoted += 1;
      stack.push(LEAVE_QUOTE);
      prefixes.push(undefined);
    }
    if ('children' in node) pushChildren(node.children as Nodes[]);
  }
  return lines.sort((a, b) => a.start - b.start);
}

export function spanOf(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Source span of chars [a, b) of a line. */
export function lineSpan(text: string, line: Line, a = 0, b = line.chars.length): TextSpan {
  const start = line.map.at(a) ?? line.start;
  const end = b > a ? (line.map.at(b - 1) ?? line.end - 1) + 1 : start;
  return spanOf(text, start, end);
}
