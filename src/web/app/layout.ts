/**
 * Lays out a report's text for the text view: lines, and within each line the pieces covered by the same set of
 * marked ranges (findings, evidence). Pure, so the awkward cases are unit-tested: ranges that overlap or are equal
 * (three findings on one heading), ranges across lines, and zero-length ranges (a missing date at the end of the text)
 * that have no characters to colour and become a point marker instead.
 */
import { isLineBreakChar, lineStarts } from '../../engine/position.js';

export interface MarkedRange {
  /** 0-based, end-exclusive offsets into the text. */
  start: number;
  end: number;
}

export type Piece =
  /** Characters `[start, end)` of one line, inside the marks listed (indices into the ranges), outermost first. */
  | { kind: 'text'; start: number; end: number; marks: number[] }
  /** A range with no visible characters, shown as a marker before the character at `at`. */
  | { kind: 'point'; at: number; mark: number };

export interface Line {
  /** 1-based, as the CLI counts lines. */
  number: number;
  /** Offsets of the line's first character and of its end (its line break, or the text's end). */
  start: number;
  end: number;
  pieces: Piece[];
}

interface Clamped {
  index: number;
  start: number;
  end: number;
}

export function layoutText(text: string, ranges: readonly MarkedRange[]): Line[] {
  const length = text.length;
  const clamp = (offset: number) => Math.min(Math.max(Number.isFinite(offset) ? Math.trunc(offset) : 0, 0), length);
  const clamped: Clamped[] = ranges.map((range, index) => {
    const a = clamp(range.start);
    const b = clamp(range.end);
    return { index, start: Math.min(a, b), end: Math.max(a, b) };
  });
  // Outer ranges first: earlier start, then longer, then the earlier range; nesting is the same in every piece.
  const outerFirst = (a: Clamped, b: Clamped) => a.start - b.start || b.end - a.end || a.index - b.index;
  const spans = clamped.filter((range) => range.end > range.start).sort(outerFirst);

  // The engine's lines (src/engine/position.ts): \r\n, \r and \n each end one, so line N here is the CLI's line N.
  const starts = lineStarts(text);
  const lines: Line[] = Array.from(starts, (start, k) => {
    let end = k + 1 < starts.length ? starts[k + 1]! : length;
    while (end > start && isLineBreakChar(text.charCodeAt(end - 1))) end -= 1;
    return { number: k + 1, start, end, pieces: [] };
  });

  // Where zero-length ranges sit: a piece boundary, so that their marker lands between the right characters.
  const pointOffsets = [...new Set(clamped.filter((range) => range.end === range.start).map((range) => range.start))];

  const shown = new Set<number>();
  let next = 0;
  let active: Clamped[] = [];
  for (const line of lines) {
    while (next < spans.length && spans[next]!.start < line.end) active.push(spans[next++]!);
    active = active.filter((range) => range.end > line.start);
    const here = active.filter((range) => range.start < line.end);
    const cuts = new Set<number>([line.start, line.end]);
    for (const range of here) {
      if (range.start > line.start) cuts.add(range.start);
      if (range.end < line.end) cuts.add(range.end);
    }
    for (const offset of pointOffsets) if (offset > line.start && offset < line.end) cuts.add(offset);
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1]!;
      const marks = here.filter((range) => range.start <= a && range.end >= b).map((range) => range.index);
      for (const mark of marks) shown.add(mark);
      line.pieces.push({ kind: 'text', start: a, end: b, marks });
    }
  }

  // Zero-length ranges, and ranges that cover only line breaks: a point where they start.
  const points = clamped.filter((range) => !shown.has(range.index)).sort((a, b) => a.start - b.start || a.index - b.index);
  for (const point of points) {
    const line = lineAt(lines, point.start);
    const piece: Piece = { kind: 'point', at: point.start, mark: point.index };
    // Before the first piece that starts at or after the point, after earlier points at the same place.
    const position = line.pieces.findIndex((other) => (other.kind === 'text' ? other.start >= point.start : other.at > point.start));
    if (position === -1) line.pieces.push(piece);
    else line.pieces.splice(position, 0, piece);
  }
  return lines;
}

/** The line holding `offset` (an offset at a line's `\n` belongs to that line). */
function lineAt(lines: readonly Line[], offset: number): Line {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return lines[low]!;
}

/**
 * The Markdown the Word and web-page readers write around the report's own text (src/read/builder.ts): `# ` before a
 * heading, `**…**` around a bold paragraph, a backslash before punctuation that would be markup. The writer never
 * typed them, so the text view hides them; they stay in the text, so every offset still points where it did.
 */
export function readerMarkup(text: string): MarkedRange[] {
  const ranges: MarkedRange[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const heading = /^#{1,6} /.exec(line);
    if (heading) ranges.push({ start: lineStart, end: lineStart + heading[0].length });
    const body = line.replace(/\r$/, '');
    if (body.length > 4 && body.startsWith('**') && body.endsWith('**')) {
      ranges.push({ start: lineStart, end: lineStart + 2 }, { start: lineStart + body.length - 2, end: lineStart + body.length });
    }
    // A backslash escapes the punctuation after it, a backslash included (a doubled one shows one).
    for (let at = body.indexOf('\\'); at !== -1; at = body.indexOf('\\', at + 2)) {
      if (/[!-/:-@[-`{-~]/.test(body[at + 1] ?? '')) ranges.push({ start: lineStart + at, end: lineStart + at + 1 });
      else at -= 1;
    }
    lineStart += line.length + 1;
  }
  return ranges;
}
