/**
 * Where the prose of a report is: the text nodes of the mdast tree (for plain text, one per non-blank
 * line), never code, inline code, HTML, front matter, link targets or images; and the URLs and e-mail
 * addresses inside that prose, which rules must leave alone.
 */
import type { Root } from 'mdast';
import { SKIP, walk } from '../engine/walk.js';
import { matchesOf } from './matches.js';
import { endOffsetOf, startOffsetOf } from '../engine/position.js';
import { sourceText } from './chars.js';

export interface ProseSegment {
  /** Offsets of the text node in the source (end-exclusive). */
  start: number;
  end: number;
  /** `source.slice(start, end)`: the text as written (Markdown escapes included), so offsets map 1:1. */
  text: string;
}

const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference']);

/**
 * The text nodes of `tree` as source slices, in document order. Made once per tree and source, and shared (frozen)
 * by the rules that ask: a plain-text report has one per line, and each rule making its own was most of their
 * memory on a file of 100,000 short lines (issue 11).
 */
export function proseSegments(tree: Root, source: string): readonly ProseSegment[] {
  const known = segmentsOf.get(tree);
  if (known?.source === source) return known.segments;
  const segments = Object.freeze(findSegments(tree, source));
  segmentsOf.set(tree, { source, segments });
  return segments;
}
const segmentsOf = new WeakMap<Root, { source: string; segments: readonly ProseSegment[] }>();

function findSegments(tree: Root, source: string): ProseSegment[] {
  const segments: ProseSegment[] = [];
  walk(tree, (node) => {
    if (NOT_PROSE.has(node.type)) return SKIP;
    if (node.type !== 'text') return undefined;
    const start = startOffsetOf(node);
    const end = endOffsetOf(node);
    if (start === undefined || end === undefined || end <= start) return undefined;
    // The node's own value when it is the source's text there (a plain-text line, most Markdown text): a report of
    // many short lines would otherwise hold every line's text twice while its rules run.
    segments.push(Object.freeze({ start, end, text: sourceText(source, start, end, node.value) }));
    return undefined;
  });
  return segments.sort((a, b) => a.start - b.start);
}

const URL_OR_EMAIL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'，。；、）】》\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** [start, end) ranges of URLs and e-mail addresses in `text`, relative to `text`. */
export function urlRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Most text has no address: not even a matcher is made for it (this runs once per line of a report, per rule).
  if (!text.includes('@') && !text.includes('//') && !/www\./i.test(text)) return ranges;
  for (const match of matchesOf(URL_OR_EMAIL, text)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** True when offset `at` lies inside one of the half-open `ranges`. */
export function inRanges(at: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([start, end]) => at >= start && at < end);
}

/**
 * Half-open ranges indexed once, for asking many times whether a range overlaps one of them (or a point lies in one):
 * sorted and merged where they overlap, then a binary search per question — a pass over every range for every match
 * would be quadratic in a report with many URLs or residue lines.
 */
export interface RangeIndex {
  overlaps(start: number, end: number): boolean;
  contains(at: number): boolean;
}

const NO_RANGES: RangeIndex = { overlaps: () => false, contains: () => false };

export function rangeIndex(ranges: ReadonlyArray<readonly [number, number]>): RangeIndex {
  if (ranges.length === 0) return NO_RANGES;
  const merged: Array<[number, number]> = [];
  for (const [from, to] of [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1);
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  /** The last merged range starting before `limit`, or undefined. */
  const before = (limit: number): [number, number] | undefined => {
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((merged[middle]?.[0] ?? 0) < limit) low = middle + 1;
      else high = middle;
    }
    return merged[low - 1];
  };
  return {
    overlaps: (start, end) => {
      const range = before(end);
      return range !== undefined && start < range[1];
    },
    contains: (at) => {
      const range = before(at + 1);
      return range !== undefined && at < range[1];
    },
  };
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
