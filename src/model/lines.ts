/**
 * Step 1 of the model: cuts the mdast blocks into source lines (Markdown syntax left out, a map back
 * to source offsets kept), and the helpers that turn a line's chars back into source spans.
 */
import type { Nodes, Root } from 'mdast';
import { isWhitespaceCode, sourceText } from '../text/chars.js';
import type { TextSpan } from './types.js';
import { endOffsetOf, startOffsetOf } from '../engine/position.js';

/**
 * The source offset of each character of a string that was cut out of the text in pieces: runs of consecutive
 * offsets, one entry per run (a line of plain text is one run), not one number per character — a megabyte-long line
 * would otherwise cost eight megabytes more for each copy of its map. A map of one run (most of them: a line, a
 * paragraph of one line) is three numbers and no array; a map of several keeps them in one exact-size array.
 */
export class OffsetMap {
  /**
   * `first`: the source offset of character 0 when the map is one run; `runs`, when it has several: for run k, the
   * index (in the string) where it starts at `2k` and its source offset at `2k + 1`.
   */
  private constructor(
    readonly length: number,
    private readonly first: number,
    private readonly runs: readonly number[] | undefined,
  ) {}

  static readonly EMPTY = new OffsetMap(0, 0, undefined);

  /** `length` characters from source offset `offset` on. */
  static run(offset: number, length: number): OffsetMap {
    return length > 0 ? new OffsetMap(length, offset, undefined) : OffsetMap.EMPTY;
  }

  /** A map from its runs (flattened, see `runs`): one run needs no array; several get an exact-size copy. */
  static of(length: number, runs: number[]): OffsetMap {
    if (length <= 0) return OffsetMap.EMPTY;
    if (runs.length === 2) return new OffsetMap(length, runs[1] as number, undefined);
    // push() leaves up to half the array unused: keep a copy of exactly the runs.
    return new OffsetMap(length, 0, runs.slice());
  }

  /** The number of runs. */
  private get runCount(): number {
    return this.runs === undefined ? (this.length > 0 ? 1 : 0) : this.runs.length >> 1;
  }

  /** Where run k starts in the string. */
  private runAt(k: number): number {
    return this.runs === undefined ? 0 : (this.runs[2 * k] as number);
  }

  /** The source offset of run k's first character. */
  private runOffset(k: number): number {
    return this.runs === undefined ? this.first : (this.runs[2 * k + 1] as number);
  }

  /** The maps one after the other, as for the strings joined. */
  static concat(maps: readonly OffsetMap[]): OffsetMap {
    const runs = new RunJoiner();
    for (const map of maps) map.appendTo(runs);
    return runs.map();
  }

  /** Adds this map's runs to `runs`, after what it holds. */
  appendTo(runs: RunJoiner): void {
    const count = this.runCount;
    for (let k = 0; k < count; k += 1) {
      const end = k + 1 < count ? this.runAt(k + 1) : this.length;
      runs.add(this.runOffset(k), end - this.runAt(k));
    }
  }

  /** The source offset of character `i`, or undefined outside [0, length). */
  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const runs = this.runs;
    if (runs === undefined) return this.first + i;
    // The last run starting at or before i.
    let low = 0;
    let high = (runs.length >> 1) - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((runs[2 * middle] as number) <= i) low = middle;
      else high = middle - 1;
    }
    return (runs[2 * low + 1] as number) + (i - (runs[2 * low] as number));
  }

  /** Characters [a, b) (a ≤ b, clamped to the map). */
  slice(a: number, b: number = this.length): OffsetMap {
    const from = Math.max(0, Math.min(a, this.length));
    const to = Math.max(from, Math.min(b, this.length));
    if (from === 0 && to === this.length) return this;
    if (to <= from) return OffsetMap.EMPTY;
    if (this.runs === undefined) return new OffsetMap(to - from, this.first + from, undefined);
    const runs: number[] = [];
    const count = this.runCount;
    for (let k = 0; k < count; k += 1) {
      const start = this.runAt(k);
      const end = k + 1 < count ? this.runAt(k + 1) : this.length;
      if (end <= from || start >= to) continue;
      const cut = Math.max(start, from);
      runs.push(cut - from, this.runOffset(k) + (cut - start));
    }
    return OffsetMap.of(to - from, runs);
  }
}

/** Runs of source characters added one after the other, for the map of the strings joined (OffsetMap.concat). */
export class RunJoiner {
  private readonly runs: number[] = [];
  private length = 0;

  /** `count` characters from source offset `offset` on, after those added so far. */
  add(offset: number, count: number): void {
    if (count <= 0) return;
    const runs = this.runs;
    const last = runs.length - 2;
    // A run that continues the previous one (the next source character) joins it.
    if (!(last >= 0 && (runs[last + 1] as number) + (this.length - (runs[last] as number)) === offset)) runs.push(this.length, offset);
    this.length += count;
  }

  map(): OffsetMap {
    return OffsetMap.of(this.length, this.runs);
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

/** The map of the lines' characters joined: a line of one run adds it without making its map. */
export function joinedMap(lines: readonly Line[]): OffsetMap {
  const runs = new RunJoiner();
  for (const line of lines) {
    if (line instanceof SourceLine) runs.add(line.start, line.chars.length);
    else line.map.appendTo(runs);
  }
  return runs.map();
}

/**
 * A Line of one run of source characters (most lines): three fields, its map and end made when asked for. Every line
 * of the report is kept until the model is built.
 */
class SourceLine implements Line {
  declare mdDepth?: number;
  declare strong?: true;

  constructor(
    readonly chars: string,
    readonly start: number,
    readonly block: number,
    mdDepth: number | undefined,
    strong: boolean,
  ) {
    if (mdDepth !== undefined) this.mdDepth = mdDepth;
    if (strong) this.strong = true;
  }

  get end(): number {
    return this.start + this.chars.length;
  }

  get map(): OffsetMap {
    return OffsetMap.run(this.start, this.chars.length);
  }
}

/** A Line whose characters are several runs of the source (Markdown syntax or a hard break left out between them). */
class MappedLine implements Line {
  declare mdDepth?: number;
  declare strong?: true;

  /** `start` and `end`: where the map's first character is and where its last ends. */
  constructor(
    readonly chars: string,
    readonly map: OffsetMap,
    readonly start: number,
    readonly end: number,
    readonly block: number,
    mdDepth: number | undefined,
    strong: boolean,
  ) {
    if (mdDepth !== undefined) this.mdDepth = mdDepth;
    if (strong) this.strong = true;
  }
}

/** The line of `chars` at `map`: a SourceLine when the map is one run. */
function lineOf(chars: string, map: OffsetMap, block: number, mdDepth: number | undefined, strong: boolean): Line {
  const start = map.at(0) ?? 0;
  const end = (map.at(map.length - 1) ?? 0) + 1;
  return end - start === map.length ? new SourceLine(chars, start, block, mdDepth, strong) : new MappedLine(chars, map, start, end, block, mdDepth, strong);
}

/**
 * A block's pieces, flat: each piece two numbers, its start and end offsets, and a hard line break BREAK, BREAK. One
 * array for every block, overwritten from the start (emptying an array gives its storage up, and a plain-text report
 * is a block and a piece per line).
 */
class Pieces {
  private readonly values: number[] = [];
  /** How many of `values` hold this block's pieces. */
  count = 0;

  /**
   * The value of the last text node pushed: when the block is that one piece, a line cut from all of it may be the
   * same characters, and then shares the string instead of slicing a copy (see LineCutter.flush).
   */
  value: string | undefined = undefined;

  /** Begins the next block's pieces, keeping the array's storage. */
  clear(): void {
    this.count = 0;
    this.value = undefined;
  }

  push(start: number, end: number): void {
    this.values[this.count++] = start;
    this.values[this.count++] = end;
  }

  at(index: number): number {
    return this.values[index]!;
  }
}
const BREAK = -1;

const SKIPPED_BLOCKS = new Set(['yaml', 'toml', 'code', 'html', 'thematicBreak', 'definition', 'footnoteDefinition']);

/** The text pieces of a block's inline content in document order (an explicit stack: inline nesting can be deep). */
function inlinePieces(block: Nodes, text: string, pieces: Pieces, stack: Nodes[]): void {
  // `stack` is reused from block to block: only its first `top` entries are this block's.
  let top = 0;
  stack[top++] = block;
  while (top > 0) {
    const node = stack[--top]!;
    switch (node.type) {
      case 'text': {
        const start = startOffsetOf(node);
        const end = endOffsetOf(node);
        if (start !== undefined && end !== undefined) {
          pieces.push(start, end);
          pieces.value = node.value;
        }
        continue;
      }
      case 'inlineCode': {
        const start = startOffsetOf(node);
        const end = endOffsetOf(node);
        if (start !== undefined && end !== undefined) {
          const raw = text.slice(start, end);
          const open = raw.length - raw.replace(/^`+/, '').length;
          let close = 0;
          while (close < raw.length - open && raw.charCodeAt(raw.length - 1 - close) === 96) close += 1;
          pieces.push(start + open, end - close);
        }
        continue;
      }
      case 'break':
        pieces.push(BREAK, BREAK);
        continue;
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        continue;
      default:
        if ('children' in node) {
          const children = node.children as Nodes[];
          for (let i = children.length - 1; i >= 0; i -= 1) stack[top++] = children[i] as Nodes;
        }
    }
  }
}

/**
 * Where a line's characters s[from, to) begin without what is left out before them: whitespace, and inside a block
 * quote the "> " continuation lines keep in their text node.
 */
function lineStartIn(s: string, from: number, to: number, quoted: boolean): number {
  let a = from;
  while (a < to && (isWhitespaceCode(s.charCodeAt(a)) || (quoted && s.charCodeAt(a) === 0x3e))) a += 1;
  return a;
}

/** Where a line's characters s[from, to) end without the whitespace after them. */
function lineEndIn(s: string, from: number, to: number): number {
  let b = to;
  while (b > from && isWhitespaceCode(s.charCodeAt(b - 1))) b -= 1;
  return b;
}

/**
 * Cuts blocks' pieces into Lines, one block after another: one object for the whole tree, its state begun again for
 * each block (no closures made per block: a plain-text report is a block per line).
 *
 * A line's characters are slices of the text (joined once), not one `+=` per character: a long line would otherwise
 * be a rope of a million one-character strings; and its map is one run per slice. Most lines are one run of the
 * source: it is trimmed there and sliced once, and the arrays, the pieces' strings and maps are made only for a
 * second run.
 */
class LineCutter {
  private block = 0;
  private mdDepth: number | undefined;
  private quoted = false;
  private strong = false;
  /** The first line of a heading is marked with its depth (a heading's later lines came from the same block). */
  private first = true;
  private oneFrom = -1;
  private oneTo = -1;
  private parts: string[] | undefined;
  private maps: OffsetMap[] | undefined;
  /** The block's one text node's value and where it starts in the source, when the block is that node alone (flush). */
  private value: string | undefined = undefined;
  private valueStart = -1;

  constructor(
    private readonly text: string,
    private readonly out: Line[],
  ) {}

  /** The lines of one block's pieces. */
  cut(pieces: Pieces, block: number, mdDepth: number | undefined, quoted: boolean, strong: boolean): void {
    // One piece from one text node: its value, and where it is, for flush.
    const single = pieces.count === 2 && pieces.value !== undefined;
    this.value = single ? pieces.value : undefined;
    this.valueStart = single ? pieces.at(0) : -1;
    this.block = block;
    this.mdDepth = mdDepth;
    this.quoted = quoted;
    this.strong = strong;
    this.first = true;
    const text = this.text;
    for (let p = 0; p < pieces.count; p += 2) {
      const pieceStart = pieces.at(p);
      const pieceEnd = pieces.at(p + 1);
      if (pieceStart === BREAK) {
        this.flush();
        continue;
      }
      let from = pieceStart;
      for (let i = pieceStart; i <= pieceEnd; i += 1) {
        const code = i < pieceEnd ? text.charCodeAt(i) : -1;
        if (code !== -1 && code !== 10 && code !== 13) continue;
        if (i > from) this.add(from, i);
        from = i + 1;
        // A CR followed by LF: the LF ends the line.
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.flush();
      }
    }
    this.flush();
  }

  private add(from: number, to: number): void {
    const text = this.text;
    if (this.oneFrom === -1) {
      this.oneFrom = from;
      this.oneTo = to;
    } else if (this.parts === undefined || this.maps === undefined) {
      this.parts = [text.slice(this.oneFrom, this.oneTo), text.slice(from, to)];
      this.maps = [OffsetMap.run(this.oneFrom, this.oneTo - this.oneFrom), OffsetMap.run(from, to - from)];
    } else {
      this.parts.push(text.slice(from, to));
      this.maps.push(OffsetMap.run(from, to - from));
    }
  }

  private flush(): void {
    const { text, quoted, parts, maps } = this;
    let line: Line | undefined;
    const depth = this.mdDepth !== undefined && this.first ? this.mdDepth : undefined;
    if (parts !== undefined && maps !== undefined) {
      const chars = parts.join('');
      const a = lineStartIn(chars, 0, chars.length, quoted);
      const b = lineEndIn(chars, a, chars.length);
      if (b > a) line = lineOf(chars.slice(a, b), OffsetMap.concat(maps).slice(a, b), this.block, depth, this.strong);
    } else if (this.oneFrom !== -1) {
      const a = lineStartIn(text, this.oneFrom, this.oneTo, quoted);
      const b = lineEndIn(text, a, this.oneTo);
      // The text node's value itself when the line is all of it (a plain-text line, most Markdown lines): the tree
      // keeps the value while the rules run, and a copy would be kept too until the model is built.
      if (b > a) line = new SourceLine(sourceText(text, a, b, a === this.valueStart ? this.value : undefined), a, this.block, depth, this.strong);
    }
    if (line) {
      this.out.push(line);
      this.first = false;
    }
    this.oneFrom = -1;
    this.oneTo = -1;
    this.parts = undefined;
    this.maps = undefined;
  }
}

/** A paragraph whose only content is one bold run (`**一、主要举措**`), whitespace aside. */
function isAllStrong(children: readonly Nodes[]): boolean {
  let content = 0;
  let strong = false;
  for (const c of children) {
    if (c.type === 'text' && c.value.trim() === '') continue;
    content += 1;
    strong = c.type === 'strong';
  }
  return content === 1 && strong;
}

/** On the walk's stack: a node to visit, or the end of a block quote (when its children are done). */
const LEAVE_QUOTE = Symbol('leave quote');

export function collectLines(text: string, tree: Root): Line[] {
  const lines: Line[] = [];
  const pieces = new Pieces();
  const cutter = new LineCutter(text, lines);
  // inlinePieces's stack, one for every block.
  const inlineStack: Nodes[] = [];
  let block = 0;
  let quoted = 0;
  // Depth first, in document order, with an explicit stack (container nesting can be as deep as the input makes it);
  // a list item's ordinal marker rides on a second stack beside its first child. The root's children are taken one
  // at a time, not all pushed: a report of 100,000 lines would hold stacks of 100,000 for the whole walk.
  const stack: Array<Nodes | typeof LEAVE_QUOTE> = [];
  const prefixes: Array<readonly [number, number] | undefined> = [];
  const pushChildren = (children: readonly Nodes[], firstPrefix?: readonly [number, number]): void => {
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push(children[i] as Nodes);
      prefixes.push(i === 0 ? firstPrefix : undefined);
    }
  };
  for (let next = 0; next < tree.children.length || stack.length > 0; ) {
    if (stack.length === 0) {
      stack.push(tree.children[next++] as Nodes);
      prefixes.push(undefined);
    }
    const node = stack.pop() as Nodes | typeof LEAVE_QUOTE;
    const prefix = prefixes.pop();
    if (node === LEAVE_QUOTE) {
      quoted -= 1;
      continue;
    }
    if (SKIPPED_BLOCKS.has(node.type)) continue;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      // One Pieces for every block, begun again for each (the cutter is done with them when it returns).
      pieces.clear();
      if (prefix) pieces.push(prefix[0], prefix[1]);
      inlinePieces(node, text, pieces, inlineStack);
      const strong = node.type === 'paragraph' && isAllStrong(node.children as Nodes[]);
      cutter.cut(pieces, block, node.type === 'heading' ? node.depth : undefined, quoted > 0, strong);
      block += 1;
      continue;
    }
    if (node.type === 'listItem') {
      // An ordered-list marker such as "1." or "2)" is the writer's ordinal: keep it in the text.
      let marker: [number, number] | undefined;
      const start = startOffsetOf(node);
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

/**
 * Source span of chars [a, b) of a line. A whole line of one run of the source (a heading line, most of them) shares
 * the line's characters: the model keeps every heading's span while the rules run.
 */
export function lineSpan(text: string, line: Line, a = 0, b = line.chars.length): TextSpan {
  const start = lineStart(line, a);
  const end = lineEnd(line, a, b, start);
  if (a === 0 && b === line.chars.length && end - start === b) return { text: line.chars, start, end };
  return spanOf(text, start, end);
}

/** The source offset where chars [a, …) of a line begin. */
export function lineStart(line: Line, a: number): number {
  if (line instanceof SourceLine) return a >= 0 && a < line.chars.length ? line.start + a : line.start;
  return line.map.at(a) ?? line.start;
}

/** The source offset where chars [a, b) of a line end, `start` being lineStart(line, a). */
export function lineEnd(line: Line, a: number, b: number, start: number): number {
  if (b <= a) return start;
  if (line instanceof SourceLine) return b - 1 >= 0 && b - 1 < line.chars.length ? line.start + b : line.end;
  return (line.map.at(b - 1) ?? line.end - 1) + 1;
}
