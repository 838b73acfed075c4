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
import { charAt, charBefore, inRanges, isHan, overlapsRanges, proseSegments, urlRanges } from '../src/text/prose.js';

type MessageId = 'punctuation' | 'ellipsis' | 'dash';

/** Half-width marks and their full-width forms. */
const MARKS: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Full-width and CJK punctuation: a neighbour that makes the context Chinese. */
const CJK_MARK = /^[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…]$/u;

const isChinese = (char: string) => isHan(char) || CJK_MARK.test(char);

/** An ellipsis written as ..., ······, 。。。 or a single …; a dash written as --, －－ or a single —. */
const ELLIPSIS = /\.{3,}|。{3,}|[·・]{3,}|(?<!…)…(?!…)/gu;
const DOUBLE_HYPHEN = /(?<![-－—–])(?:--|－－|—-|-—|–{2}|—–|–—)(?![-－—–])/gu;
const SINGLE_DASH = /(?<![-－—–])—(?![-－—–])/gu;

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
    const skipped: Array<[number, number]> = [];
    for (const section of model.allSections) {
      const span = section.heading.ordinal?.span;
      if (span) skipped.push([span.start, span.end]);
    }
    for (const residue of model.residue) skipped.push([residue.span.start, residue.span.end]);

    const findings: Finding[] = [];
    // Straight quotes are paired within a paragraph of the model, whose lines PDF extraction may have broken.
    const quoteGroups = new Map<number | string, number[]>();
    const singleGroups = new Map<number | string, number[]>();
    const segments = proseSegments(context.tree, text);
    segments.forEach((segment, index) => {
      const local = segment.text;
      const base = segment.start;
      const excluded: Array<[number, number]> = urlRanges(local);
      for (const [start, end] of skipped) {
        if (start < segment.end && segment.start < end) excluded.push([start - base, end - base]);
      }
      const edges = edgesOf(text, segment.start, segment.end);
      for (const finding of scan(local, excluded, edges)) {
        findings.push({
          ...finding,
          start: base + finding.start,
          end: base + finding.end,
          fixStart: base + finding.fixStart,
          fixEnd: base + finding.fixEnd,
        });
      }
      const paragraph = model.paragraphs.findIndex((p) => p.start < segment.end && segment.start < p.end);
      const key = paragraph >= 0 ? paragraph : `segment ${index}`;
      const group = quoteGroups.get(key) ?? [];
      const singles = singleGroups.get(key) ?? [];
      for (let at = 0; at < local.length; at += 1) {
        const char = local.charAt(at);
        if ((char !== '"' && char !== "'") || inRanges(at, excluded)) continue;
        if (char === '"') group.push(base + at);
        // An apostrophe between letters (Xi'an, don't) is not a quote.
        else if (!(/[A-Za-z]/.test(local.charAt(at - 1)) && /[A-Za-z]/.test(local.charAt(at + 1)))) singles.push(base + at);
      }
      quoteGroups.set(key, group);
      singleGroups.set(key, singles);
    });
    for (const group of quoteGroups.values()) findings.push(...quoteFindings(text, group));
    for (const group of singleGroups.values()) findings.push(...quoteFindings(text, group, true));

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

/** Finds the half-width marks of one prose segment (offsets relative to `text`). */
export function scan(text: string, excluded: ReadonlyArray<readonly [number, number]>, edges: Edges = NO_EDGES): Finding[] {
  const findings: Finding[] = [];
  const taken = (start: number, end: number) =>
    findings.some((f) => start < f.end && f.start < end) || overlapsRanges(start, end, excluded);
  const at = (start: number, end: number, messageId: MessageId, expected: string, fixStart = start, fixEnd = end) => {
    findings.push({ messageId, start, end, actual: text.slice(start, end), expected, fixStart, fixEnd });
  };
  // Spaces next to a mark go with it, except at the edge of the line (indentation) or of the segment.
  const trimmed = (index: number, length: number, sides: { before: boolean; after: boolean }) => {
    const around = neighbours(text, index, length, edges);
    const fixStart = sides.before && around.before !== '' && around.before !== '\n' && around.before !== '\r' ? index - around.spaceBefore : index;
    const fixEnd = sides.after && around.after !== '' && around.after !== '\n' && around.after !== '\r' ? index + length + around.spaceAfter : index + length;
    return [fixStart, fixEnd] as const;
  };

  for (const match of text.matchAll(ELLIPSIS)) {
    const start = match.index;
    const end = start + match[0].length;
    const around = neighbours(text, start, match[0].length, edges);
    const chinese = match[0].startsWith('。') || isChinese(around.before) || isChinese(around.after);
    if (!chinese || taken(start, end)) continue;
    at(start, end, 'ellipsis', '……');
  }

  for (const match of text.matchAll(DOUBLE_HYPHEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const around = neighbours(text, start, match[0].length, edges);
    if (!(isChinese(around.before) || isChinese(around.after)) || taken(start, end)) continue;
    at(start, end, 'dash', '——');
  }

  for (const match of text.matchAll(SINGLE_DASH)) {
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

  // , ; : ? !
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const expected = MARKS[char];
    if (!expected || inRanges(index, excluded)) continue;
    const around = neighbours(text, index, 1, edges);
    if (!(isChinese(around.before) || isChinese(around.after)) || taken(index, index + 1)) continue;
    // 10:30, 1,000 and 3:2 stay: a mark between two digits is part of a number.
    if (/\d/.test(text.charAt(index - 1)) && /\d/.test(text.charAt(index + 1))) continue;
    const [fixStart, fixEnd] = trimmed(index, 1, { before: true, after: true });
    at(index, index + 1, 'punctuation', expected, fixStart, fixEnd);
  }

  // Brackets: matched as pairs (half- or full-width), so a pair is fixed as a whole.
  const stack: number[] = [];
  const pairs: Array<[number | undefined, number | undefined]> = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if ((char !== '(' && char !== ')' && char !== '（' && char !== '）') || inRanges(index, excluded)) continue;
    if (char === '(' || char === '（') stack.push(index);
    else pairs.push([stack.pop(), index]);
  }
  for (const open of stack) pairs.push([open, undefined]);
  for (const [open, close] of pairs) {
    const halfOpen = open !== undefined && text.charAt(open) === '(';
    const halfClose = close !== undefined && text.charAt(close) === ')';
    if (!halfOpen && !halfClose) continue;
    const inner = open !== undefined && close !== undefined ? text.slice(open + 1, close) : '';
    const chinese =
      (open !== undefined && (isChinese(neighbours(text, open, 1, edges).before) || isChinese(charAt(text, open + 1)))) ||
      (close !== undefined && (isChinese(neighbours(text, close, 1, edges).after) || isChinese(charBefore(text, close)))) ||
      [...inner].some(isChinese) ||
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
