/**
 * fullwidth-punctuation — GB/T 15834-2011: Chinese text takes full-width marks (，；：？！（）“”), the
 * 省略号 is …… and the 破折号 is ——.
 *
 * Only prose is checked (text nodes; never code, HTML, front matter, link targets, URLs or e-mail
 * addresses), and a half-width mark is flagged only when it touches Chinese (a Han character or a
 * full-width mark, spaces skipped): numbers (3.5%, 1,000, 10:32) and Latin text stay as they are.
 * Heading ordinals such as (一) are left to heading-numbering, web-page residue to no-web-residue.
 *
 * A single — between two Chinese words is taken for the 一字线 连接号 (街道—社区—楼栋, 2023—2025年),
 * which GB/T 15834 4.13 allows; it is flagged as a 破折号 only where it cannot be a 连接号: next to
 * a full-width mark or set off by spaces.
 */
import { defineRule } from '../src/rule-api.js';
import { charAt, charBefore, isHan, proseSegments, urlRanges } from '../src/text/prose.js';
import { matchesOf } from '../src/text/matches.js';

type MessageId = 'punctuation' | 'ellipsis' | 'dash';

/** Half-width marks and their full-width forms. */
const MARKS: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** The brackets the bracket pass looks for, found by the regex engine rather than a loop over every character. */
const BRACKETS = /[()（）]/g;
const STRAIGHT_QUOTES = /["']/g;

/**
 * Whether a segment holds anything this rule could report: a half-width mark, bracket or quote, or the marks of an
 * ellipsis or dash. Most lines of a report hold none (full-width marks only) and are passed over whole: this runs for
 * every line.
 */
const MAYBE_FINDING = /[,;:?!()"'.·・…\-－—–]|。。。/u;

/** Offsets of the matches of a global `pattern` in `text`. */
function offsetsOf(pattern: RegExp, text: string): number[] {
  const offsets: number[] = [];
  for (const match of matchesOf(pattern, text)) offsets.push(match.index);
  return offsets;
}

/** Full-width and CJK punctuation: a neighbour that makes the context Chinese. */
const CJK_MARK = /^[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…]$/u;

const isChinese = (char: string) => isHan(char) || CJK_MARK.test(char);

/** An ellipsis written as ..., ······, 。。。 or a single …; a dash written as --, －－ or a single —. */
const ELLIPSIS = /\.{3,}|。{3,}|[·・]{3,}|(?<!…)…(?!…)/gu;
const DOUBLE_HYPHEN = /(?<![-－—–])(?:--|－－|—-|-—|–{2}|—–|–—)(?![-－—–])/gu;
// What each match needs at least (a line without '。。。' is not searched for one).
const ELLIPSIS_MARKS = ['...', '。。。', '·', '・', '…'];
const HYPHEN_MARKS = ['-', '－', '—', '–'];
const SINGLE_DASH = /(?<![-－—–])—(?![-－—–])/gu;

/** Per character of a segment: in an excluded range (URL, heading ordinal, residue), or in a finding already made. */
const EXCLUDED = 1;
const TAKEN = 2;

/** A mask of `length` characters with the excluded ranges marked. */
function blockedMask(length: number, excluded: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const mask = new Uint8Array(length);
  for (const [start, end] of excluded) mask.fill(EXCLUDED, Math.max(0, start), Math.min(length, end));
  return mask;
}

/** A range of the text: a span of the model. */
interface Range {
  readonly start: number;
  readonly end: number;
}

/** For ranges sorted by start: the ones overlapping [start, end), found by binary search and a short walk. */
function rangesOverlapping(sorted: readonly Range[]): (start: number, end: number) => Range[] {
  // maxEnd[i]: the largest end among sorted[0..i], so the walk back stops where no earlier range can reach.
  const maxEnd = new Float64Array(sorted.length);
  let running = -Infinity;
  sorted.forEach((range, i) => {
    maxEnd[i] = running = Math.max(running, range.end);
  });
  return (start, end) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle]?.start ?? 0) < end) low = middle + 1;
      else high = middle;
    }
    const found: Range[] = [];
    for (let i = low - 1; i >= 0 && (maxEnd[i] ?? -Infinity) > start; i -= 1) {
      const range = sorted[i] as Range;
      if (range.end > start) found.push(range);
    }
    return found.reverse();
  };
}

/** The index of the first paragraph (paragraphs in document order, not overlapping) overlapping [start, end), or -1. */
function paragraphFinder(paragraphs: ReadonlyArray<{ start: number; end: number }>): (start: number, end: number) => number {
  return (start, end) => {
    let low = 0;
    let high = paragraphs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((paragraphs[middle]?.end ?? 0) <= start) low = middle + 1;
      else high = middle;
    }
    const p = paragraphs[low];
    return p !== undefined && p.start < end && start < p.end ? low : -1;
  };
}

interface Finding {
  messageId: MessageId;
  /** Where the wrong mark is (absolute offsets). */
  start: number;
  end: number;
  actual: string;
  expected: string;
  /** The edit (absolute offsets); may include spaces around the mark. */
  fixStart: number;
  fixEnd: number;
}

export const rule = defineRule<MessageId>({
  meta: {
    id: 'fullwidth-punctuation',
    description: '中文文字中使用全角标点，省略号用“……”，破折号用“——”',
    descriptionEn: 'Use full-width punctuation in Chinese text, …… for the ellipsis and —— for the dash',
    category: 'punctuation',
    severity: 'error',
    fixable: true,
    messages: {
      punctuation: {
        zh: '中文中使用了半角标点“{actual}”：请改为全角“{expected}”（GB/T 15834）',
        en: 'Half-width "{actual}" in Chinese text: use the full-width "{expected}" (GB/T 15834)',
      },
      ellipsis: {
        zh: '省略号写成了“{actual}”：请改为“……”（两个“…”，GB/T 15834）',
        en: 'Ellipsis written as "{actual}": use "……" (two "…", GB/T 15834)',
      },
      dash: {
        zh: '破折号写成了“{actual}”：请改为“——”（两个“—”，GB/T 15834）',
        en: 'Dash written as "{actual}": use "——" (two "—", GB/T 15834)',
      },
    },
  },
  check(context) {
    const { model, text } = context;
    // Heading ordinals belong to heading-numbering; residue to no-web-residue.
    // The model's own spans, not a [start, end] copy of each: a report of 50,000 headings has as many ordinals.
    const skipped: Range[] = [];
    for (const section of model.allSections) {
      const span = section.heading.ordinal?.span;
      if (span) skipped.push(span);
    }
    for (const residue of model.residue) skipped.push(residue.span);
    skipped.sort((a, b) => a.start - b.start);
    const skippedIn = rangesOverlapping(skipped);
    const paragraphAt = paragraphFinder(model.paragraphs);

    const findings: Finding[] = [];
    // Straight quotes are paired within a paragraph of the model, whose lines PDF extraction may have broken.
    const quoteGroups = new Map<number | string, number[]>();
    const singleGroups = new Map<number | string, number[]>();
    const segments = proseSegments(context.tree, text);
    segments.forEach((segment, index) => {
      const local = segment.text;
      if (!MAYBE_FINDING.test(local)) return;
      const base = segment.start;
      const excluded: Array<[number, number]> = urlRanges(local);
      for (const { start, end } of skippedIn(segment.start, segment.end)) excluded.push([start - base, end - base]);
      const blocked = blockedMask(local.length, excluded);
      const edges = edgesOf(text, segment.start, segment.end);
      for (const finding of scan(local, excluded, edges, blocked)) {
        findings.push({
          ...finding,
          start: base + finding.start,
          end: base + finding.end,
          fixStart: base + finding.fixStart,
          fixEnd: base + finding.fixEnd,
        });
      }
      // Quotes are grouped per paragraph; a segment without one adds nothing to its group.
      if (!local.includes('"') && !local.includes("'")) return;
      const paragraph = paragraphAt(segment.start, segment.end);
      const key = paragraph >= 0 ? paragraph : `segment ${index}`;
      const group = quoteGroups.get(key) ?? [];
      const singles = singleGroups.get(key) ?? [];
      for (const at of offsetsOf(STRAIGHT_QUOTES, local)) {
        const char = local.charAt(at);
        if ((blocked[at] ?? 0) & EXCLUDED) continue;
        if (char === '"') group.push(base + at);
        // An apostrophe between letters (Xi'an, don't) is not a quote.
        else if (!(/[A-Za-z]/.test(local.charAt(at - 1)) && /[A-Za-z]/.test(local.charAt(at + 1)))) singles.push(base + at);
      }
      quoteGroups.set(key, group);
      singleGroups.set(key, singles);
    });
    for (const group of quoteGroups.values()) for (const finding of quoteFindings(text, group)) findings.push(finding);
    for (const group of singleGroups.values()) for (const finding of quoteFindings(text, group, true)) findings.push(finding);

    findings.sort((a, b) => a.start - b.start);
    for (const finding of findings) {
      context.report({
        messageId: finding.messageId,
        data: { actual: finding.actual, expected: finding.expected },
        range: [finding.start, finding.end],
        fix: { range: [finding.fixStart, finding.fixEnd], text: finding.expected },
      });
    }
  },
});

/**
 * Straight quotes at the given offsets of `text` (one paragraph), paired in order: a pair that touches
 * Chinese becomes “…” (‘…’ for single quotes). A lone double quote opens when Chinese follows it and no
 * word precedes it; single quotes are changed only in pairs around Chinese text.
 */
export function quoteFindings(text: string, quotes: readonly number[], single = false): Finding[] {
  const findings: Finding[] = [];
  const [left, right] = single ? ['‘', '’'] : ['“', '”'];
  const add = (at: number, expected: string) =>
    findings.push({ messageId: 'punctuation', start: at, end: at + 1, actual: text.charAt(at), expected, fixStart: at, fixEnd: at + 1 });
  const chineseAround = (at: number) => {
    const around = neighbours(text, at, 1);
    return isChinese(around.before) || isChinese(around.after);
  };
  for (let i = 0; i < quotes.length; i += 2) {
    const open = quotes[i]!;
    const close = quotes[i + 1];
    if (close === undefined) {
      if (single || !chineseAround(open)) continue;
      const opening = isChinese(charAt(text, open + 1)) && !isHan(charBefore(text, open));
      add(open, opening ? left : right);
      continue;
    }
    const inner = text.slice(open + 1, close);
    const hanInside = [...inner].some(isHan);
    if (single ? !hanInside : !(chineseAround(open) || chineseAround(close) || hanInside)) continue;
    add(open, left);
    add(close, right);
  }
  return findings;
}

/** What stands just outside a prose segment (Markdown emphasis marks looked through), on the same line. */
interface Edges {
  before: string;
  after: string;
}

const NO_EDGES: Edges = { before: '', after: '' };

/**
 * The characters next to [start, end) in `source`, skipping spaces and Markdown emphasis marks (in plain
 * text a segment is a whole line, so only the line break or indentation stands next to it).
 */
function edgesOf(source: string, start: number, end: number): Edges {
  const skip = (char: string) => char === ' ' || char === '\t' || char === '*' || char === '_' || char === '~';
  let from = start;
  while (from > 0 && skip(source.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < source.length && skip(source.charAt(to))) to += 1;
  return { before: charBefore(source, from), after: charAt(source, to) };
}

/** Whether the nearest character before `index` (spaces and tabs skipped; at the segment's start, edges.before) is Chinese. */
function chineseLeftOf(text: string, index: number, edges: Edges): boolean {
  let from = index;
  while (from > 0 && (text.charCodeAt(from - 1) === 32 || text.charCodeAt(from - 1) === 9)) from -= 1;
  if (from === 0) return isChinese(edges.before);
  // ASCII is never Chinese: no string is made for it.
  return text.charCodeAt(from - 1) >= 0x80 && isChinese(charBefore(text, from));
}

/** Whether the nearest character from `end` on (spaces and tabs skipped; at the segment's end, edges.after) is Chinese. */
function chineseRightOf(text: string, end: number, edges: Edges): boolean {
  let to = end;
  while (to < text.length && (text.charCodeAt(to) === 32 || text.charCodeAt(to) === 9)) to += 1;
  if (to === text.length) return isChinese(edges.after);
  return text.charCodeAt(to) >= 0x80 && isChinese(charAt(text, to));
}

/**
 * Nearest non-space character before `index` and after `index + length`, on the same line; at the edge
 * of the segment, what stands outside it.
 */
function neighbours(
  text: string,
  index: number,
  length: number,
  edges: Edges = NO_EDGES,
): { before: string; after: string; spaceBefore: number; spaceAfter: number } {
  let from = index;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from -= 1;
  let to = index + length;
  while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to += 1;
  return {
    before: from === 0 ? edges.before : charBefore(text, from),
    after: to === text.length ? edges.after : charAt(text, to),
    spaceBefore: index - from,
    spaceAfter: to - index - length,
  };
}

/*
 * A bracket's neighbours, looked for past the brackets next to it: a run of brackets such as ）)))) or ((（ is judged by
 * what stands around the run. Were the next bracket the neighbour, fixing one ) to ） would make the next ) touch
 * Chinese, and each --fix pass would convert one more.
 */
const isBracketCode = (code: number) => code === 0x28 || code === 0x29 || code === 0xff08 || code === 0xff09;
const isBracketOrSpaceCode = (code: number) => isBracketCode(code) || code === 32 || code === 9;

/**
 * For each index of `text`, the nearest index at or after it (`after`, text.length if none) and at or before it
 * (`before`, -1 if none) whose character `skipped` does not pass over: made once per segment, so a run of 300,000
 * brackets costs one pass, not one per bracket.
 */
function nearestKept(text: string, skipped: (code: number) => boolean): { after: Int32Array; before: Int32Array } {
  const after = new Int32Array(text.length + 1);
  const before = new Int32Array(text.length);
  after[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i -= 1) after[i] = skipped(text.charCodeAt(i)) ? (after[i + 1] ?? text.length) : i;
  for (let i = 0; i < text.length; i += 1) before[i] = skipped(text.charCodeAt(i)) ? (i > 0 ? (before[i - 1] ?? -1) : -1) : i;
  return { after, before };
}

/** What stands around the brackets of one segment. */
class BracketNeighbours {
  private readonly solid: { after: Int32Array; before: Int32Array };
  private readonly nonBracket: { after: Int32Array; before: Int32Array };

  constructor(
    private readonly text: string,
    private readonly edges: Edges,
  ) {
    this.solid = nearestKept(text, isBracketOrSpaceCode);
    this.nonBracket = nearestKept(text, isBracketCode);
  }

  /** The nearest character before `index` that is neither a space nor a bracket; at the segment's start, edges.before. */
  outsideBefore(index: number): string {
    const at = index > 0 ? (this.solid.before[index - 1] ?? -1) : -1;
    return at < 0 ? this.edges.before : charBefore(this.text, at + 1);
  }

  /** The nearest character after `index` that is neither a space nor a bracket; at the segment's end, edges.after. */
  outsideAfter(index: number): string {
    const at = this.solid.after[index + 1] ?? this.text.length;
    return at >= this.text.length ? this.edges.after : charAt(this.text, at);
  }

  /** The first character after the opening bracket at `index` that is not a bracket ('' at the segment's end). */
  insideAfter(index: number): string {
    return charAt(this.text, this.nonBracket.after[index + 1] ?? this.text.length);
  }

  /** The last character before the closing bracket at `index` that is not a bracket ('' at the segment's start). */
  insideBefore(index: number): string {
    const at = index > 0 ? (this.nonBracket.before[index - 1] ?? -1) : -1;
    return at < 0 ? '' : charBefore(this.text, at + 1);
  }
}

/**
 * Finds the half-width marks of one prose segment (offsets relative to `text`). `blocked` marks, per character, the
 * excluded ranges; findings mark theirs as they are made, so whether a range is taken costs its own length (a pass over
 * every finding for every mark would be quadratic in a long paragraph).
 */
export function scan(
  text: string,
  excluded: ReadonlyArray<readonly [number, number]>,
  edges: Edges = NO_EDGES,
  blocked: Uint8Array = blockedMask(text.length, excluded),
): Finding[] {
  const findings: Finding[] = [];
  const taken = (start: number, end: number) => {
    for (let i = Math.max(0, start); i < end && i < text.length; i += 1) if (blocked[i] !== 0) return true;
    return false;
  };
  const at = (start: number, end: number, messageId: MessageId, expected: string, fixStart = start, fixEnd = end) => {
    findings.push({ messageId, start, end, actual: text.slice(start, end), expected, fixStart, fixEnd });
    blocked.fill(TAKEN, start, end);
  };
  // Spaces next to a mark go with it, except at the edge of the line (indentation) or of the segment.
  const trimmed = (index: number, length: number, sides: { before: boolean; after: boolean }) => {
    const around = neighbours(text, index, length, edges);
    const fixStart = sides.before && around.before !== '' && around.before !== '\n' && around.before !== '\r' ? index - around.spaceBefore : index;
    const fixEnd = sides.after && around.after !== '' && around.after !== '\n' && around.after !== '\r' ? index + length + around.spaceAfter : index + length;
    return [fixStart, fixEnd] as const;
  };

  // Each search only where its marks occur (a line without them makes no matcher: this runs for every line).
  const has = (marks: readonly string[]) => marks.some((mark) => text.includes(mark));
  for (const match of has(ELLIPSIS_MARKS) ? matchesOf(ELLIPSIS, text) : []) {
    const start = match.index;
    const end = start + match[0].length;
    const around = neighbours(text, start, match[0].length, edges);
    const chinese = match[0].startsWith('。') || isChinese(around.before) || isChinese(around.after);
    if (!chinese || taken(start, end)) continue;
    at(start, end, 'ellipsis', '……');
  }

  for (const match of has(HYPHEN_MARKS) ? matchesOf(DOUBLE_HYPHEN, text) : []) {
    const start = match.index;
    const end = start + match[0].length;
    const around = neighbours(text, start, match[0].length, edges);
    if (!(isChinese(around.before) || isChinese(around.after)) || taken(start, end)) continue;
    at(start, end, 'dash', '——');
  }

  for (const match of text.includes('—') ? matchesOf(SINGLE_DASH, text) : []) {
    const start = match.index;
    const before = charBefore(text, start);
    const after = charAt(text, start + 1);
    const around = neighbours(text, start, 1, edges);
    // A 连接号 joins two words or numbers directly; a 破折号 may stand next to a mark or between spaces.
    const nextToMark = (CJK_MARK.test(before) && before !== '…') || (CJK_MARK.test(after) && after !== '…');
    const spaced = around.spaceBefore > 0 && around.spaceAfter > 0 && isHan(around.before) && isHan(around.after);
    if (!(nextToMark || spaced) || !(isChinese(around.before) || isChinese(around.after)) || taken(start, start + 1)) continue;
    const [fixStart, fixEnd] = spaced ? trimmed(start, 1, { before: true, after: true }) : [start, start + 1];
    at(start, start + 1, 'dash', '——', fixStart, fixEnd);
  }

  // , ; : ? ! — by character code, and nothing made for a mark between Latin letters or digits: a line of 300,000
  // "a," makes no garbage (issue 11: memory bounded on any input).
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x2c && code !== 0x3b && code !== 0x3a && code !== 0x3f && code !== 0x21) continue;
    const expected = MARKS[text.charAt(index)]!;
    if ((blocked[index] ?? 0) & EXCLUDED) continue;
    if (!(chineseLeftOf(text, index, edges) || chineseRightOf(text, index + 1, edges)) || taken(index, index + 1)) continue;
    // 10:30, 1,000 and 3:2 stay: a mark between two digits is part of a number.
    if (/\d/.test(text.charAt(index - 1)) && /\d/.test(text.charAt(index + 1))) continue;
    const [fixStart, fixEnd] = trimmed(index, 1, { before: true, after: true });
    at(index, index + 1, 'punctuation', expected, fixStart, fixEnd);
  }

  // Brackets: matched as pairs (half- or full-width), so a pair is fixed as a whole.
  const stack: number[] = [];
  const pairs: Array<[number | undefined, number | undefined]> = [];
  // Most segments have no bracket: nothing is searched or made for them.
  const hasBracket = text.includes('(') || text.includes(')') || text.includes('（') || text.includes('）');
  for (const index of hasBracket ? offsetsOf(BRACKETS, text) : []) {
    const char = text.charAt(index);
    if ((blocked[index] ?? 0) & EXCLUDED) continue;
    if (char === '(' || char === '（') stack.push(index);
    else pairs.push([stack.pop(), index]);
  }
  for (const open of stack) pairs.push([open, undefined]);
  if (pairs.length === 0) return findings.sort((a, b) => a.start - b.start);
  // chineseBefore[i]: how many characters before index i are Chinese, so each pair's inside costs nothing to ask about
  // (nested brackets would make looking at each inside quadratic). Only for a segment that has brackets.
  const chineseBefore = new Int32Array(text.length + 1);
  for (let index = 0; index < text.length; index += 1) {
    // By code point: an astral Han character counts once, at its first half.
    chineseBefore[index + 1] = (chineseBefore[index] ?? 0) + (isChinese(charAt(text, index)) ? 1 : 0);
  }
  const around = new BracketNeighbours(text, edges);
  for (const [open, close] of pairs) {
    const halfOpen = open !== undefined && text.charAt(open) === '(';
    const halfClose = close !== undefined && text.charAt(close) === ')';
    if (!halfOpen && !halfClose) continue;
    const innerChinese = open !== undefined && close !== undefined && (chineseBefore[close] ?? 0) - (chineseBefore[open + 1] ?? 0) > 0;
    const chinese =
      (open !== undefined && (isChinese(around.outsideBefore(open)) || isChinese(around.insideAfter(open)))) ||
      (close !== undefined && (isChinese(around.outsideAfter(close)) || isChinese(around.insideBefore(close)))) ||
      innerChinese ||
      (open !== undefined && close !== undefined && halfOpen !== halfClose);
    if (!chinese) continue;
    if (halfOpen && !taken(open, open + 1)) {
      const [fixStart, fixEnd] = trimmed(open, 1, { before: true, after: false });
      at(open, open + 1, 'punctuation', '（', fixStart, fixEnd);
    }
    if (halfClose && !taken(close, close + 1)) {
      const [fixStart, fixEnd] = trimmed(close, 1, { before: false, after: true });
      at(close, close + 1, 'punctuation', '）', fixStart, fixEnd);
    }
  }

  return findings.sort((a, b) => a.start - b.start);
}
