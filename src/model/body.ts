/**
 * Step 5 of the model: joins the body lines back into paragraphs, recognises headings (by ordinal,
 * as Markdown headings, as plain lines, run in) and nests the sections by level.
 */
import { endsSentence, hasWords, isWhitespaceCode, stripSpaces, stripSpacesHead, stripSpacesUpTo, trimEndOf } from '../text/chars.js';
import { parseOrdinal } from '../text/ordinals.js';
import type { Heading, Ordinal, OrdinalLevel, Paragraph, Section, SectionRole, TextSpan } from './types.js';
import { joinedMap, lineEnd, lineSpan, lineStart, OffsetMap, spanOf, type Line } from './lines.js';
import { group, PLAN_NOUNS, PLAN_TIME, PROBLEM_NOUNS } from './concepts.js';
import { headingRoles, roleOfHeading } from './roles.js';

/** A heading line: ordinal + short text with no sentence break inside. */
const MAX_HEADING_LINE = 60;
/** A bold line without ordinal is a heading up to this length. */
const MAX_BOLD_HEADING = 40;
/** Sentence ends that close a run-in heading ("（一）强化组织领导。根据…"). */
const RUN_IN_END = /[。！？!?；;]/;
/**
 * A short label closed by a colon also ends a run-in heading ("二、存在的问题：执法人员…。"): the text after it is the
 * part's first paragraph. Not a clause with a comma before the colon ("执法能力不强，主要表现在：…"). Up to 30
 * characters: the statutory part names are that long ("党政主要负责人履行推进法治建设第一责任人职责情况", 24).
 */
const RUN_IN_LABEL = /^[^，,。！？!?；;：:]{1,30}[：:]/;

/** True when a line after its ordinal is a label and a colon with words after it: a run-in heading, not a heading line. */
function labelBeforeText(rest: string): boolean {
  const label = RUN_IN_LABEL.exec(rest);
  return label !== null && hasWords(rest.slice(label[0].length));
}

/**
 * A heading line, or lines that make one paragraph. A class with every field set when made: a report of 100,000
 * short lines has as many blocks, all kept until the body is built, and an object literal gaining fields later
 * keeps them in a second object.
 */
class Block {
  /** A whole-line heading: nothing may be joined to it. */
  headingLine: boolean;
  /** A heading line that has lost its ordinal: the level of its siblings. */
  lostLevel: OrdinalLevel | undefined = undefined;
  /** A bold line without ordinal taken as a heading: its level is decided by where it stands. */
  bold = false;
  /** All the lines, once there is more than one (most blocks are one line: no array for them). */
  private lines: Line[] | undefined = undefined;

  constructor(
    readonly first: Line,
    readonly ordinal: Ordinal | undefined,
    headingLine: boolean,
    readonly mdDepth: number | undefined = undefined,
    /** A 第一部分-style part heading: the level above 一、. */
    readonly part = false,
  ) {
    this.headingLine = headingLine;
  }

  /** How many lines the block has. */
  get count(): number {
    return this.lines === undefined ? 1 : this.lines.length;
  }

  get last(): Line {
    return this.lines?.at(-1) ?? this.first;
  }

  /** Joins the next line to the block. */
  add(line: Line): void {
    if (this.lines === undefined) this.lines = [this.first, line];
    else this.lines.push(line);
  }

  /** The block's characters, its lines joined, and where each is in the source: a block of one line is that line. */
  joined(): { chars: string; map: OffsetMap } {
    const lines = this.lines;
    if (lines === undefined) return { chars: this.first.chars, map: this.first.map };
    return { chars: lines.map((line) => line.chars).join(''), map: joinedMap(lines) };
  }
}

/** How far a line is indented in the source: the whitespace between the line's start and its first character. */
function indentOf(text: string, line: Line | undefined): number {
  if (!line) return 0;
  let i = line.start;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i -= 1;
  // The whitespace characters there (all in the BMP: a code unit each), counted without copying them.
  let count = 0;
  for (let at = i; at < line.start; at += 1) if (isWhitespaceCode(text.charCodeAt(at))) count += 1;
  return count;
}

/** A heading line without ordinal in plain text is at most this long. */
const MAX_PLAIN_HEADING = 30;
// Made once: a RegExp literal in a function is a new object each time it runs, and these run for every short line.
const NOT_IN_PLAIN_HEADING = /[。！？!?；;：:“”"《》（）()]/;
const ENDS_WITH_HAN = /[\u4e00-\u9fff]$/;
const NOT_IN_KEYWORD_HEADING = /[。，,；;：:！!？?“”"《》]/;
const ENDS_WITH_CLAUSE_MARK = /[，,；;：:]$/;
const FINAL_FULL_STOP = /。$/;
const FINAL_STOP = /[。.]$/;
const COMMA = /[，,]/;
const CLAUSE_MARK = /[。；;，,！!？?]/;
const CLOSING_WORDS = /^(特此|以上|现将|综上)/;
const OPENS_SHI = /^[一二三四五六七八九十]是/;
const OPENS_ARABIC = /^\d{1,2}[.．、]/;
const OPENS_PAREN = /^[（(]\d{1,2}[）)]/;
const OPENS_FIRST = /^(首先|第一，)/;
const LEADING_HASHES = /^#+\s*/;
const SPACE_RUNS = /[\s\u3000]+/g;
/** A heading title's runs of spaces: dropped at its start, kept inside ("2024年 法治"). */
const spacesAfterStart = (spaces: string, at: number): string => (at === 0 ? '' : spaces);

/**
 * In a report that numbers no part, a short line standing alone — no sentence punctuation, not a lead-in
 * ending in ：— followed by a paragraph is a heading written without ordinal ("服务市场主体，营商环境持续优化").
 */
function isPlainHeading(block: Block, next: Block | undefined): boolean {
  if (block.headingLine || block.ordinal || block.count !== 1 || !next || next.headingLine) return false;
  const t = stripSpacesUpTo(block.first.chars, MAX_PLAIN_HEADING);
  return t !== undefined && t.length >= 4 && t.length <= MAX_PLAIN_HEADING && !NOT_IN_PLAIN_HEADING.test(t) && ENDS_WITH_HAN.test(t);
}

/** "第一部分 主要举措和成效", "第二部分：…": a part above the 一、 sections (long reports, provincial templates). */
const PART_MARKER = /^第[一二三四五六七八九十]{1,3}部分[\s\u3000:：、，,.．]*/;

/**
 * A short line without ordinal and without punctuation that names a statutory part ("存在的问题",
 * "下一步工作打算", "主要举措和成效") is that part's heading, written without its ordinal.
 */
/** A title ending in 。 without ordinal is at most this long ("存在的问题。", "下一步工作打算。"). */
const SHORT_TITLE = 12;
/**
 * Such a title also ends with what a part is named by (问题, 打算, 成效, 情况…): a short sentence that names a part in
 * passing ("全年工作成效明显。", "县长带头依法行政。") ends otherwise.
 */
const PART_NAME_END = new RegExp(`${group([...PROBLEM_NOUNS, ...PLAN_NOUNS, '成效', '成绩', '情况', '职责', '原因'])}。$`);

function isKeywordHeading(chars: string, reportYear: number | undefined): boolean {
  const t = stripSpacesUpTo(chars, 24);
  if (t === undefined || t.length < 4 || t.length > 24 || NOT_IN_KEYWORD_HEADING.test(t.slice(0, -1)) || ENDS_WITH_CLAUSE_MARK.test(t)) return false;
  // A longer line that ends a sentence is a sentence ("乡党委书记认真履行…第一责任人职责。"), not a title.
  if (t.endsWith('。') && (t.length > SHORT_TITLE || !PART_NAME_END.test(t))) return false;
  return roleOfHeading(t.replace(FINAL_FULL_STOP, ''), reportYear) !== undefined;
}

/** A clause of a parallel heading ("完善决策机制，提高依法决策水平"): short, no digits, no quotes of documents. */
const HEADING_CLAUSE = /^[^\d０-９《》“”"：:；;。]{3,16}$/;

/** How a block's text opens an enumeration: 一是…, 1.…, （1）…, 首先…; undefined when it does not. */
function enumerationOpener(block: Block | undefined): string | undefined {
  // Its opening is enough (the longest opener looked for is 第一，).
  const text = stripSpacesHead(block?.first.chars ?? '', 4);
  if (OPENS_SHI.test(text)) return 'shi';
  if (OPENS_ARABIC.test(text)) return 'arabic';
  if (OPENS_PAREN.test(text)) return 'paren';
  if (OPENS_FIRST.test(text)) return 'first';
  return undefined;
}

/**
 * A line standing alone between two paragraphs that reads like its sibling headings but has no
 * ordinal ("有效化解社会矛盾纠纷，着力解决治安突出问题。" after （一）…（四）) is a heading that lost
 * its ordinal. It must match the siblings' shape — two parallel clauses when they have two, one
 * short phrase when they have one — and there must be a gap for it: the next sibling skips one number
 * (（二）… line …（四）), or the text after it opens as the text after each sibling does (一是…). A short
 * concluding sentence after a sibling's text has neither, and stays a paragraph. Returns the siblings'
 * level, else undefined.
 */
/** What lostOrdinalLevel needs to know about the headings before a block: its would-be siblings, summarised. */
interface SiblingRun {
  /** The level of the nearest heading with an ordinal before the block. */
  level: OrdinalLevel;
  /** How many headings of that level since the last one of a higher level (the siblings). */
  count: number;
  /** The ordinal value of the nearest sibling. */
  last: number;
  /** The siblings' number of clauses when they all have the same, else undefined. */
  shape: number | undefined;
  /** How the text after every sibling opens, when the same after each; null when it differs. */
  opener: string | undefined | null;
}

/** How many clauses a heading's first sentence (after its ordinal) has: its commas and one, counted in place. */
function headingShape(b: Block): number {
  const line = b.first.chars;
  let clauses = 1;
  for (let i = b.ordinal ? b.ordinal.span.text.length : 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    // 。！？!? end the sentence; ，, part its clauses.
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f) break;
    if (code === 0xff0c || code === 0x2c) clauses += 1;
  }
  return clauses;
}

/**
 * The sibling run before each block, kept as the blocks are passed in order: a run is never changed once made (a
 * heading replaces its level's run with a new one), and only the runs open at the block being looked at are kept, not
 * one per heading of the report until the body is built.
 */
class SiblingRuns {
  private readonly runs = new Map<OrdinalLevel, Readonly<SiblingRun>>();
  private nearest: OrdinalLevel | undefined = undefined;

  /** The run of the nearest heading with an ordinal before the next block to pass. */
  get before(): Readonly<SiblingRun> | undefined {
    return this.nearest === undefined ? undefined : this.runs.get(this.nearest);
  }

  /** Passes block i: a heading with an ordinal starts or continues its level's run and ends the runs below it. */
  pass(blocks: readonly Block[], i: number): void {
    const block = blocks[i];
    const o = block?.ordinal;
    if (!block || !o) return;
    // The runs of the levels below end here (counted, not spread from the map's keys: this runs for every heading).
    for (let level = o.level + 1; level <= 4; level += 1) this.runs.delete(level as OrdinalLevel);
    const shape = headingShape(block);
    const opener = enumerationOpener(blocks[i + 1]);
    const own = this.runs.get(o.level);
    if (!own) this.runs.set(o.level, { level: o.level, count: 1, last: o.value, shape, opener });
    else {
      this.runs.set(o.level, {
        level: own.level,
        count: own.count + 1,
        last: o.value,
        shape: own.shape !== shape ? undefined : own.shape,
        opener: own.opener !== opener ? null : own.opener,
      });
    }
    this.nearest = o.level;
  }
}

/**
 * For each level, the next heading at that level or above after each block (one pass backwards, so the whole body
 * costs linear time however many headings and paragraphs it has): nextAtMost[level - 1][i] is the index of the first
 * block after i with an ordinal of that level or above, or -1.
 */
function nextHeadingsAtMost(blocks: readonly Block[]): Int32Array[] {
  const nextAtMost = [1, 2, 3, 4].map(() => new Int32Array(blocks.length).fill(-1));
  for (let i = blocks.length - 2; i >= 0; i -= 1) {
    const o = blocks[i + 1]?.ordinal;
    for (let k = 0; k < nextAtMost.length; k += 1) {
      const next = nextAtMost[k]!;
      next[i] = o && o.level <= k + 1 ? i + 1 : (next[i + 1] ?? -1);
    }
  }
  return nextAtMost;
}

function lostOrdinalLevel(
  blocks: readonly Block[],
  i: number,
  run: Readonly<SiblingRun> | undefined,
  nextAtMost: readonly Int32Array[],
): OrdinalLevel | undefined {
  const block = blocks[i];
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  if (!block || !prev || !next || block.ordinal || block.mdDepth !== undefined || block.count !== 1) return undefined;
  if (prev.headingLine || prev.ordinal || next.headingLine || next.ordinal) return undefined;
  // Siblings: the headings since the last heading of a higher level.
  if (!run || run.level < 2 || run.count < 2) return undefined;
  const { level } = run;
  // Evidence that a heading is missing here: the next sibling skips exactly one number, or the text after
  // the line opens as the text after each sibling does.
  const following = nextAtMost[level - 1]?.[i] ?? -1;
  const o = following === -1 ? undefined : blocks[following]?.ordinal;
  const skipsOne = o !== undefined && o.level === level && o.value === run.last + 2;
  const opener = enumerationOpener(next);
  const opensAlike = opener !== undefined && run.opener === opener;
  if (!skipsOne && !opensAlike) return undefined;
  const shape = run.shape;
  if (shape === undefined || shape > 2) return undefined;
  // At most two clauses of 16 characters, a comma and a final 。: a longer line is not stripped to find that out.
  const stripped = stripSpacesUpTo(block.first.chars, 2 * 16 + 2);
  if (stripped === undefined) return undefined;
  const text = stripped.replace(FINAL_STOP, '');
  if (CLOSING_WORDS.test(text)) return undefined;
  const own = text.split(COMMA);
  if (own.length !== shape || !own.every((c) => HEADING_CLAUSE.test(c))) return undefined;
  return level;
}

function makeParagraph(chars: string, map: OffsetMap): Paragraph | undefined {
  // Trim, keeping the map aligned.
  let a = 0;
  let b = chars.length;
  while (a < b && isWhitespaceCode(chars.charCodeAt(a))) a += 1;
  while (b > a && isWhitespaceCode(chars.charCodeAt(b - 1))) b -= 1;
  if (b <= a) return undefined;
  const offsets = map.slice(a, b);
  return new BodyParagraph(chars.slice(a, b), offsets);
}

/**
 * A Paragraph of the body: its map kept, toOffset a method of the class (not a closure and its context for each
 * paragraph: a report of 100,000 short paragraphs keeps every one of them for as long as its rules run).
 */
class BodyParagraph implements Paragraph {
  readonly start: number;
  readonly end: number;
  declare role?: SectionRole;
  constructor(
    readonly plain: string,
    private readonly offsets: OffsetMap,
  ) {
    this.start = offsets.at(0) ?? 0;
    this.end = (offsets.at(offsets.length - 1) ?? 0) + 1;
  }

  toOffset(plainIndex: number): number {
    if (plainIndex <= 0) return this.start;
    if (plainIndex >= this.offsets.length) return this.end;
    return this.offsets.at(plainIndex) ?? this.end;
  }
}

/**
 * A heading line's Heading, made with every field it has at once: a field added to an object literal later is kept
 * in a second object, and a report of 50,000 headings keeps every one while its rules run.
 */
function lineHeading(span: TextSpan, title: string, ordinal: Ordinal | undefined, markdownDepth: number | undefined): Heading {
  if (markdownDepth === undefined) return ordinal ? { span, title, runIn: false, ordinal } : { span, title, runIn: false };
  return ordinal ? { span, title, runIn: false, ordinal, markdownDepth } : { span, title, runIn: false, markdownDepth };
}

function headingTitle(chars: string): string {
  const title = chars
    .trim()
    .replace(LEADING_HASHES, '')
    .replace(SPACE_RUNS, spacesAfterStart);
  return trimEndOf(title, '。：:；;，,.．!！?？', true).trim();
}

/** Strips leading whitespace after an ordinal marker: returns the index of the text after it. */
function skipSpaces(chars: string, from: number): number {
  let i = from;
  while (i < chars.length && isWhitespaceCode(chars.charCodeAt(i))) i += 1;
  return i;
}

/**
 * A heading's own role wins at the top level, for the specific parts (第一责任人, 问题, 安排) inside a
 * measures or untyped part, and for the problems and plans halves of each other ("（二）下一步打算" under
 * "四、存在问题及今后打算"); otherwise a sub-section belongs to its parent's part.
 */
function sectionRole(own: SectionRole | undefined, parent: SectionRole | undefined): SectionRole {
  if (parent === undefined || parent === 'other') return own ?? 'other';
  if (own !== undefined && own !== 'measures' && parent === 'measures') return own;
  if ((own === 'plan' && parent === 'problems') || (own === 'problems' && parent === 'plan')) return own;
  return parent;
}

/** The opening of a paragraph that starts the plans: "下一步，我们将…", "2025年，我局将…", "针对上述问题，…". */
function planOpening(reportYear: number | undefined): RegExp {
  const nextYear = reportYear === undefined ? '[12]\\d{3}年度?' : `${reportYear + 1}年度?`;
  return new RegExp(
    `^(?:[一二三四五六七八九十\\d]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)])?(?:${group(PLAN_TIME)}|${nextYear}|针对(?:上述|以上|这些|存在的|前述)|为此|对此|下一步)`,
  );
}

/**
 * In a part that holds problems and plans, everything from the first paragraph or sub-section that opens a
 * plan belongs to the plans: paragraphs get role 'plan', sub-sections that only inherited 'problems' too.
 */
function splitCombined(section: Section, opening: RegExp): void {
  let inPlan = false;
  for (const p of section.body) {
    if (!inPlan && opening.test(stripSpacesHead(p.plain, 40))) inPlan = true;
    if (inPlan) p.role = 'plan';
  }
  const toPlan = (top: Section): void => {
    const stack = [top];
    for (let s = stack.pop(); s !== undefined; s = stack.pop()) {
      if (s.role !== 'problems') continue;
      s.role = 'plan';
      for (const child of s.children) stack.push(child);
    }
  };
  for (const child of section.children) {
    if (!inPlan && (child.role === 'plan' || opening.test(stripSpaces(child.heading.title)))) inPlan = true;
    if (inPlan && child.role === 'problems' && roleOfHeading(child.heading.title) === undefined) toPlan(child);
  }
}

/**
 * `list` with `item` added: the shared empty array is replaced by an array of one, made exactly that size (most
 * sections have one paragraph or none, and a heading of a long list of them none).
 */
function withItem<T>(list: T[], item: T, empty: readonly T[]): T[] {
  if (list === empty) return [item];
  list.push(item);
  return list;
}

/**
 * The body and children of every section that has none, until it has one (withItem): frozen, as the model is not
 * changed once built.
 */
const NO_PARAGRAPHS: readonly Paragraph[] = Object.freeze([]);
const NO_SECTIONS: readonly Section[] = Object.freeze([]);

export interface ParsedBody {
  sections: Section[];
  allSections: Section[];
  preamble: Paragraph[];
  paragraphs: Paragraph[];
}

export function parseBody(text: string, lines: Line[], reportYear: number | undefined): ParsedBody {
  // 5a. Group lines into blocks: a heading line stands alone; other lines join the previous block
  // while it does not end a sentence.
  const blocks: Block[] = [];
  const mdHeadingDepths = lines.filter((l) => l.mdDepth !== undefined).map((l) => l.mdDepth ?? 0);
  // Bold lines are headings without ordinals only in a report that numbers no top-level part: where 一、
  // is used, a bold line without one is emphasis (or a lost ordinal, found below).
  // Each line's ordinal, parsed once for both questions.
  const ordinals = lines.map((l) => parseOrdinal(l.chars, l.start));
  const numbersParts = ordinals.some((o) => o?.level === 1);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const ordinal = ordinals[index];
    // parseOrdinal counts chars, the source may have Markdown syntax between: fix the span from the map.
    if (ordinal) {
      const start = lineStart(line, 0);
      const end = lineEnd(line, 0, ordinal.span.text.length, start);
      // Most lines are one run of the source, where parseOrdinal's span is already right: no second copy of it.
      if (start !== ordinal.span.start || end !== ordinal.span.end) ordinal.span = spanOf(text, start, end);
    }
    const open = blocks.at(-1);
    // A line indented deeper than the one before starts a paragraph (the two-character 公文 indent), even
    // when the line before does not end a sentence: that line was a heading written without ordinal.
    const startsParagraph = indentOf(text, line) >= 2 && indentOf(text, line) > indentOf(text, open?.last);
    const openJoinable = open !== undefined && !open.headingLine && !startsParagraph && !endsSentence(open.last.chars);
    if (line.mdDepth !== undefined) {
      // "## 第一部分 主要举措和成效" is a part above the 一、 sections, as in plain text.
      const mdPart = !ordinal && PART_MARKER.test(line.chars);
      blocks.push(new Block(line, ordinal, true, line.mdDepth, mdPart));
      continue;
    }
    const weakOrdinal = ordinal && (ordinal.style.startsWith('arabic') || ordinal.style.endsWith('comma'));
    if (ordinal && !(openJoinable && weakOrdinal)) {
      const rest = line.chars.slice(skipSpaces(line.chars, ordinal.span.text.length));
      const inner = rest.slice(0, -1);
      const headingLine = rest.length <= MAX_HEADING_LINE && !RUN_IN_END.test(inner) && !labelBeforeText(rest);
      blocks.push(new Block(line, ordinal, headingLine));
      continue;
    }
    const part = PART_MARKER.exec(line.chars);
    // A part's title is a phrase: a sentence that starts with 第一部分 ("第一部分工作已完成，…") is text.
    if (part && line.chars.length <= MAX_HEADING_LINE && !CLAUSE_MARK.test(line.chars)) {
      blocks.push(new Block(line, undefined, true, undefined, true));
      continue;
    }
    if (open && openJoinable) {
      open.add(line);
      continue;
    }
    if (isKeywordHeading(line.chars, reportYear)) {
      const block = new Block(line, undefined, true);
      block.lostLevel = 1;
      blocks.push(block);
      continue;
    }
    if (line.strong && !numbersParts && !ordinal && stripSpaces(line.chars).length <= MAX_BOLD_HEADING && !RUN_IN_END.test(line.chars.slice(0, -1))) {
      const block = new Block(line, undefined, true);
      block.bold = true;
      blocks.push(block);
      continue;
    }
    blocks.push(new Block(line, undefined, false));
  }

  const nextAtMost = nextHeadingsAtMost(blocks);
  const runs = new SiblingRuns();
  blocks.forEach((block, i) => {
    const level = lostOrdinalLevel(blocks, i, runs.before, nextAtMost);
    if (level !== undefined) {
      block.headingLine = true;
      block.lostLevel = level;
    } else if (!numbersParts && isPlainHeading(block, blocks[i + 1])) {
      block.headingLine = true;
      block.bold = true;
    }
    runs.pass(blocks, i);
  });

  // 5b. Turn blocks into headings and paragraphs, and nest the sections.
  const baseDepth = mdHeadingDepths.reduce((min, depth) => Math.min(min, depth), mdHeadingDepths[0] ?? 1);
  const sections: Section[] = [];
  const allSections: Section[] = [];
  const preamble: Paragraph[] = [];
  const paragraphs: Paragraph[] = [];
  // The open sections, innermost last, and the level each was opened at (two arrays: no object per heading).
  const stack: Section[] = [];
  const stackLevels: number[] = [];

  // The level of a part heading without ordinal that has nothing under it yet.
  let emptyPart: number | undefined;
  const addParagraph = (p: Paragraph | undefined): void => {
    if (!p) return;
    emptyPart = undefined;
    paragraphs.push(p);
    const top = stack.at(-1);
    if (top) top.body = withItem(top.body, p, NO_PARAGRAPHS);
    else preamble.push(p);
  };

  const openSection = (heading: Heading, level: number): void => {
    while (stack.length > 0 && (stackLevels.at(-1) ?? 0) >= level) {
      stack.pop();
      stackLevels.pop();
    }
    const parent = stack.at(-1);
    const ownRoles = headingRoles(heading.title, reportYear);
    const role = sectionRole(ownRoles[0], parent?.role);
    const section: Section = {
      heading,
      depth: stack.length + 1,
      role,
      body: NO_PARAGRAPHS as Paragraph[],
      children: NO_SECTIONS as Section[],
      start: heading.span.start,
      end: heading.span.end,
    };
    if (ownRoles.length === 2 && role === 'problems') section.combined = true;
    if (parent) parent.children = withItem(parent.children, section, NO_SECTIONS);
    else sections.push(section);
    allSections.push(section);
    stack.push(section);
    stackLevels.push(level);
  };

  for (const block of blocks) {
    const first = block.first;
    if (block.headingLine) {
      const span = lineSpan(text, first);
      const afterOrdinal = block.ordinal
        ? skipSpaces(first.chars, block.ordinal.span.text.length)
        : block.part
          ? (PART_MARKER.exec(first.chars)?.[0].length ?? 0)
          : 0;
      const heading = lineHeading(span, headingTitle(first.chars.slice(afterOrdinal)), block.ordinal, block.mdDepth);
      // A bold heading without ordinal is a sub-heading inside an open part, else a part.
      const boldLevel = block.bold ? (stack.length > 0 ? 2 : 1) : undefined;
      let level = block.part
        ? 0
        : (block.ordinal?.level ?? block.lostLevel ?? boldLevel ?? Math.min(4, Math.max(1, (block.mdDepth ?? baseDepth) - baseDepth + 1)));
      // A part heading without ordinal with nothing under it, then another heading without ordinal: the
      // second is the part's first sub-heading ("主要工作及成效" / "局主要负责同志抓法治建设情况"), not a sibling.
      const unnumbered = !block.ordinal && block.mdDepth === undefined && !block.part;
      if (unnumbered && emptyPart !== undefined && level <= emptyPart) level = emptyPart + 1;
      openSection(heading, level);
      emptyPart = unnumbered && level <= 1 ? level : undefined;
      continue;
    }
    const { chars, map } = block.joined();
    if (block.ordinal) {
      // Run-in heading: the first sentence is the heading, the rest the first paragraph.
      const from = skipSpaces(chars, block.ordinal.span.text.length);
      const rest = chars.slice(from);
      const m = RUN_IN_END.exec(rest);
      // A label holds no sentence end, so a label closed by a colon always comes before the first one.
      const label = RUN_IN_LABEL.exec(rest);
      let headEnd: number;
      if (label) headEnd = from + label[0].length;
      else if (m) headEnd = from + m.index + 1;
      else {
        const comma = COMMA.exec(rest);
        headEnd = comma ? from + comma.index : chars.length;
      }
      const hs = map.at(0) ?? first.start;
      const he = (map.at(headEnd - 1) ?? hs) + 1;
      const heading: Heading = {
        span: spanOf(text, hs, he),
        ordinal: block.ordinal,
        title: headingTitle(chars.slice(from, headEnd)),
        runIn: true,
      };
      openSection(heading, block.ordinal.level);
      // A numbered heading: the part before it is no longer empty, even when nothing follows its first sentence.
      emptyPart = undefined;
      addParagraph(makeParagraph(chars.slice(headEnd), map.slice(headEnd)));
      continue;
    }
    addParagraph(makeParagraph(chars, map));
  }

  // Section ends: the end of the last paragraph or child. A child comes after its parent in allSections, so going
  // backwards every child is finished before its parent.
  for (let k = allSections.length - 1; k >= 0; k -= 1) {
    const section = allSections[k] as Section;
    let end = section.heading.span.end;
    for (const p of section.body) end = Math.max(end, p.end);
    for (const child of section.children) end = Math.max(end, child.end);
    section.end = end;
    // An array grown by push() holds room for 17 entries or more: every section is kept while the rules run, so one
    // of two or more keeps an exact-size copy (one of one entry was made exact by withItem).
    if (section.body.length > 1) section.body = section.body.slice();
    if (section.children.length > 1) section.children = section.children.slice();
  }
  const opening = planOpening(reportYear);
  for (const s of allSections) if (s.combined) splitCombined(s, opening);
  return { sections, allSections, preamble, paragraphs };
}
