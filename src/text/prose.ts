/**
 * Where the prose of a report is: the text nodes of the mdast tree (for plain text, one per non-blank
 * line), never code, inline code, HTML, front matter, link targets or images; and the URLs and e-mail
 * addresses inside that prose, which rules must leave alone.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export interface ProseSegment {
  /** Offsets of the text node in the source (end-exclusive). */
  start: number;
  end: number;
  /** `source.slice(start, end)`: the text as written (Markdown escapes included), so offsets map 1:1. */
  text: string;
}

const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference']);

/** The text nodes of `tree` as source slices, in document order. */
export function proseSegments(tree: Root, source: string): ProseSegment[] {
  const segments: ProseSegment[] = [];
  visit(tree, (node) => {
    if (NOT_PROSE.has(node.type)) return SKIP;
    if (node.type !== 'text') return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= start) return undefined;
    segments.push({ start, end, text: source.slice(start, end) });
    return undefined;
  });
  return segments.sort((a, b) => a.start - b.start);
}

const URL_OR_EMAIL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'，。；、）】》\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** [start, end) ranges of URLs and e-mail addresses in `text`, relative to `text`. */
export function urlRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(URL_OR_EMAIL)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** True when offset `at` lies inside one of the half-open `ranges`. */
export function inRanges(at: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([start, end]) => at >= start && at < end);
}

/** True when [start, end) overlaps one of the half-open `ranges`. */
export function overlapsRanges(start: number, end: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([from, to]) => start < to && from < end);
}

const HAN = /\p{Script=Han}/u;

/** The code point ending just before `index` (handles surrogate pairs), or '' at the start. */
export function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text.charAt(index - 1);
}

/** The code point starting at `index`, or '' at the end. */
export function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

export function isHan(char: string): boolean {
  return char !== '' && HAN.test(char);
}
