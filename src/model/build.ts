/**
 * Builds the report model (src/model/types.ts) from the linted text and its mdast.
 *
 * The model is built from *lines*, not from mdast paragraphs, because real reports do not respect
 * Markdown's idea of a paragraph: PDF text breaks lines mid-sentence (with or without blank lines
 * between them), Word and web copies put one paragraph per line, and Markdown files often write
 * headings as plain lines. Steps:
 *
 * 1. lines — every block of the tree (headings, paragraphs, list items, table cells; never yaml,
 *    code or html) is cut into source lines; Markdown syntax (#, **, link brackets) is left out of
 *    the line's characters, which keep a map back to source offsets.
 * 2. residue — web-page chrome (breadcrumbs, 发布时间/访问量/字体, 打印本页/关闭窗口/分享到) and PDF
 *    page numbers (— 3 —) are set aside.
 * 3. header and title — lines above the title are the header (版头, 发文字号, issuer); a 主送 line may
 *    follow the title.
 * 4. closing — the run of short lines at the end: signatures, 成文日期, 抄送, 印发, 共印N份.
 * 5. body — the lines between are joined back into paragraphs (a line that does not end a sentence
 *    continues on the next one), headings are recognised by their ordinal (一、 （一） 1. （1） and
 *    the usual mistakes), as Markdown headings, as plain lines or run into a paragraph's first
 *    sentence, and the sections are nested by ordinal level.
 */
import type { Nodes, Root } from 'mdast';
import { endsSentence, stripSpaces } from '../text/chars.js';
import { findDates, findYears, parseDateLine } from '../text/dates.js';
import { parseOrdinal } from '../text/ordinals.js';
import type {
  ClosingBlock,
  DateMention,
  Heading,
  Ordinal,
  OrdinalLevel,
  Paragraph,
  ReportModel,
  Residue,
  ResidueKind,
  Section,
  SectionRole,
  TextSpan,
} from './types.js';
import { roleOfHeading } from './roles.js';

/** One source line of text content, with Markdown syntax left out and a map back to the source. */
interface Line {
  /** Characters of the line, trimmed, Markdown syntax removed. */
  chars: string;
  /** Source offset of each character of `chars`. */
  map: number[];
  start: number;
  end: number;
  /** `#` count when the line is (the first line of) a Markdown heading. */
  mdDepth?: number;
  /** Index of the mdast block the line came from. */
  block: number;
}

// ---------------------------------------------------------------------------------------------
// 1. Lines
// ---------------------------------------------------------------------------------------------

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

function piecesToLines(text: string, pieces: Piece[], block: number, mdDepth: number | undefined, quoted: boolean, out: Line[]): void {
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

function collectLines(text: string, tree: Root): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let quoted = 0;
  const visit = (node: Nodes, prefix?: readonly [number, number]): void => {
    if (SKIPPED_BLOCKS.has(node.type)) return;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const pieces: Piece[] = [];
      if (prefix) pieces.push(prefix);
      inlinePieces(node, text, pieces);
      piecesToLines(text, pieces, block, node.type === 'heading' ? node.depth : undefined, quoted > 0, lines);
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

// ---------------------------------------------------------------------------------------------
// 2. Residue
// ---------------------------------------------------------------------------------------------

/** Breadcrumb lines of government web pages. */
const BREADCRUMB = /^(您(当前)?的?(所在)?位置|当前位置|所在位置|现在的位置)\s*[:：]|^首页\s*[>＞»›/]/;
/** Keys of a web page's metadata line. Two keys, or one key at the start of a short line, make it residue. */
const META_KEY =
  '发布时间|发布日期|更新时间|信息来源|来源|访问量|浏览次数|浏览量|点击数|点击率|阅读数|字体|字号|作者|责任编辑|编辑|' +
  // 政府信息公开 metadata tables: their 成文日期 is the page's, not a date after the body.
  '索引号|主题分类|信息分类|体裁分类|发布机构|发文机关|公开方式|公开范围|公开时限|成文日期|生效日期|有效性|文号|' +
  // Site footers.
  '主办单位|承办单位|网站标识码|网站地图';
const PAGE_META_KEYS = new RegExp(
  `(${META_KEY})\\s*[:：]|字体\\s*[\\[［【(（]|【\\s*字体|【\\s*字号|[\\[［【(（]\\s*大\\s*中\\s*小\\s*[\\]］】)）]|ICP备|版权所有|技术支持[:：]`,
  'g',
);
const META_LINE_START = new RegExp(`^(${META_KEY})\\s*[:：]`);
/** Page actions at the end (or the top) of a web page. */
const PAGE_ACTION = /打印本页|关闭窗口|分享到|【\s*打印\s*】|【\s*关闭\s*】|\[\s*打印\s*\]|\[\s*关闭\s*\]|返回顶部|收藏本页|上一篇[:：]|下一篇[:：]|扫一扫在手机|相关链接[:：]?$|^【\s*大\s*中\s*小\s*】$/;
/** PDF page-number lines: — 3 —, - 3 -, 第3页, 第 3 页 共 8 页, 3/8. */
const PAGE_NUMBER = /^[—－\-–─]{1,3}\s*\d{1,3}\s*[—－\-–─]{1,3}$|^第\s*\d{1,3}\s*页(\s*[,，]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$|^[·•]?\s*\d{1,3}\s*[·•]?$/;

/** Classifies a line as web or PDF residue, or returns undefined for report text. */
export function residueKind(chars: string): ResidueKind | undefined {
  const t = chars.trim();
  if (PAGE_NUMBER.test(t)) return 'page-number';
  if (BREADCRUMB.test(t)) return 'breadcrumb';
  if (PAGE_ACTION.test(t) && t.length <= 60 && !/[。]/.test(t)) return 'page-action';
  const keys = t.match(PAGE_META_KEYS) ?? [];
  if (keys.length >= 2 && !/[。；]/.test(t)) return 'page-meta';
  if (/ICP备|版权所有|网站标识码/.test(t) && t.length <= 120) return 'page-meta';
  if (keys.length === 1 && t.length <= 40 && META_LINE_START.test(t) && !/[。；]/.test(t)) {
    return 'page-meta';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Helpers on lines
// ---------------------------------------------------------------------------------------------

function spanOf(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Source span of chars [a, b) of a line. */
function lineSpan(text: string, line: Line, a = 0, b = line.chars.length): TextSpan {
  const start = line.map[a] ?? line.start;
  const end = b > a ? (line.map[b - 1] ?? line.end - 1) + 1 : start;
  return spanOf(text, start, end);
}

/** Suffixes of the names of issuing bodies (机关): 人民政府, 委员会, 局, 办事处… */
export const ORGAN_SUFFIX =
  /(人民政府|政府|委员会|党委|党工委|工委|党组|办事处|管委会|管理委员会|管理局|局|厅|办公室|办|人民法院|人民检察院|院|所|中心|站|委|队|社区|居委会|村委会)$/;

/** True when the whole line is the name of one issuing body, or several separated by spaces/、. */
export function isOrganLine(chars: string): boolean {
  const t = stripSpaces(chars).replace(/[（(](盖章|印章|章)[)）]$/, '');
  if (t.length < 3 || t.length > 40) return false;
  if (/[。，,；;：:！？!?“”"]/.test(t)) return false;
  if (parseOrdinal(t)) return false;
  return ORGAN_SUFFIX.test(t);
}

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}\s*[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*第?\s*\d{1,4}\s*号/;
const CC_LINE = /^(抄\s*送|抄\s*报|报\s*送|分\s*送)\s*[:：]/;
const IMPRINT_LINE = /印\s*发\s*$/;
const PRINT_COUNT = /^[（(]?共印\s*\d+\s*份[)）]?$/;
const PUBLIC_NOTE = /^[（(](此件|本件)[^）)]{0,20}[)）]$/;
const CONTACT = /^(联系人|联系电话|电话|传真|邮编|地址)\s*[:：]/;

function isClosingLine(chars: string): boolean {
  const t = chars.trim();
  if (parseDateLine(t)) return true;
  if (isOrganLine(t)) return true;
  if (CC_LINE.test(t) || PRINT_COUNT.test(t) || PUBLIC_NOTE.test(t) || CONTACT.test(t)) return true;
  if (IMPRINT_LINE.test(t) && t.length <= 60) return true;
  if (organThenDate(t)) return true;
  return false;
}

/** "XX人民政府    2024年1月5日" on one line: the index where the date starts, else undefined. */
function organThenDate(chars: string): number | undefined {
  const dates = findDates(chars);
  const last = dates.at(-1);
  if (!last || dates.length !== 1) return undefined;
  const rest = chars.slice(last.span.end).trim();
  if (rest !== '') return undefined;
  const before = chars.slice(0, last.span.start);
  if (!isOrganLine(before)) return undefined;
  return last.span.start;
}

// ---------------------------------------------------------------------------------------------
// 3. Title and header
// ---------------------------------------------------------------------------------------------

const TITLE_WORDS = /(报告|总结|汇报|情况|报 告)$/;

function looksLikeTitle(line: Line): boolean {
  const t = stripSpaces(line.chars);
  if (t.length < 4 || t.length > 90) return false;
  if (parseOrdinal(t)) return false;
  if (endsSentence(t)) return false;
  if (/^(现将|根据|按照|为了|今年|一年来)/.test(t)) return false;
  return TITLE_WORDS.test(t) || (/法治/.test(t) && /(报告|总结)/.test(t));
}

interface TitleResult {
  titleStart?: number; // line index
  titleEnd?: number; // inclusive line index
}

function findTitle(lines: Line[], residue: Set<number>): TitleResult {
  // The first 12 lines of report text (web-page residue above the title does not count).
  const content: number[] = [];
  for (let i = 0; i < lines.length && content.length < 12; i += 1) if (!residue.has(i)) content.push(i);
  // A level-1 Markdown heading near the top is the title.
  for (const i of content.slice(0, 6)) {
    const line = lines[i];
    if (line?.mdDepth === 1 && !parseOrdinal(line.chars)) return { titleStart: i, titleEnd: i };
  }
  for (let k = 0; k < content.length; k += 1) {
    const i = content[k] ?? 0;
    const line = lines[i];
    if (!line) continue;
    if (looksLikeTitle(line)) {
      let start = i;
      // A title broken over two lines: "XX关于2023年度法治政府建设" + "情况的报告".
      const prevIndex = content[k - 1];
      const prev = prevIndex === undefined ? undefined : lines[prevIndex];
      if (prev && prevIndex !== undefined && stripSpaces(line.chars).length <= 12 && !endsSentence(prev.chars) && !isOrganLine(prev.chars) && !DOC_NUMBER.test(prev.chars) && /关于|法治|\d{4}|年/.test(prev.chars)) {
        start = prevIndex;
      }
      return { titleStart: start, titleEnd: i };
    }
    // Stop looking once the body has clearly begun.
    if (parseOrdinal(line.chars) || (endsSentence(line.chars) && stripSpaces(line.chars).length > 40)) break;
  }
  // No title-like line: take the first short line that is not a header line.
  for (const i of content.slice(0, 4)) {
    const line = lines[i];
    if (!line) continue;
    const t = stripSpaces(line.chars);
    if (t.length <= 50 && !endsSentence(t) && !parseOrdinal(t) && !DOC_NUMBER.test(t) && !isOrganLine(t) && !/文件$/.test(t)) {
      return { titleStart: i, titleEnd: i };
    }
    if (parseOrdinal(t) || t.length > 50) break;
  }
  return {};
}

/** The issuing body at the start of a title: "XX人民政府关于…", "XX司法局2023年度…". */
function issuerInTitle(text: string, title: TextSpan): TextSpan | undefined {
  const t = title.text;
  const cut = (() => {
    const about = t.indexOf('关于');
    if (about > 0) return about;
    const year = /[12]\d{3}\s*年|[〇○零一二三四五六七八九]{4}年/.exec(t);
    return year && year.index > 0 ? year.index : -1;
  })();
  if (cut <= 0) {
    // "2023年度岚山县司法局法治政府建设情况报告": the body after the year, before 法治/关于.
    const m = /^[12]\d{3}\s*年度?\s*(.+?)\s*(关于|法治|依法)/d.exec(t);
    const name = m?.[1];
    const at = m?.indices?.[1];
    if (!name || !at || !isOrganLine(name)) return undefined;
    return spanOf(text, title.start + at[0], title.start + at[1]);
  }
  const prefix = t.slice(0, cut).replace(/[\s\u3000]+$/, '');
  const lead = prefix.length - prefix.trimStart().length;
  if (!isOrganLine(prefix)) return undefined;
  return spanOf(text, title.start + lead, title.start + prefix.length);
}

// ---------------------------------------------------------------------------------------------
// 5. Body: blocks, headings, paragraphs
// ---------------------------------------------------------------------------------------------

/** A heading line: ordinal + short text with no sentence break inside. */
const MAX_HEADING_LINE = 60;
/** Sentence ends that close a run-in heading ("（一）强化组织领导。根据…"). */
const RUN_IN_END = /[。！？!?；;]/;

interface Block {
  lines: Line[];
  ordinal?: Ordinal;
  mdDepth?: number;
  /** A whole-line heading: nothing may be joined to it. */
  headingLine: boolean;
  /** A heading line that has lost its ordinal: the level of its siblings. */
  lostLevel?: OrdinalLevel;
}

/**
 * A short line without ordinal and without punctuation that names a statutory part ("存在的问题",
 * "下一步工作打算", "主要举措和成效") is that part's heading, written without its ordinal.
 */
function isKeywordHeading(chars: string, reportYear: number | undefined): boolean {
  const t = chars.replace(/[\s\u3000]+/g, '');
  if (t.length < 4 || t.length > 24 || /[。，,；;：:！!？?“”"《》]/.test(t.slice(0, -1)) || /[，,；;：:]$/.test(t)) return false;
  return roleOfHeading(t.replace(/。$/, ''), reportYear) !== undefined;
}

/** A clause of a parallel heading ("完善决策机制，提高依法决策水平"): short, no digits, no quotes of documents. */
const HEADING_CLAUSE = /^[^\d０-９《》“”"：:；;。]{3,16}$/;

/**
 * A line standing alone between two paragraphs that reads like its sibling headings but has no
 * ordinal ("有效化解社会矛盾纠纷，着力解决治安突出问题。" after （一）…（四）) is a heading that lost
 * its ordinal. It must match the siblings' shape: two parallel clauses when they have two, one
 * short phrase when they have one. Returns the siblings' level, else undefined.
 */
function lostOrdinalLevel(blocks: readonly Block[], i: number): OrdinalLevel | undefined {
  const block = blocks[i];
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  if (!block || !prev || !next || block.ordinal || block.mdDepth !== undefined || block.lines.length !== 1) return undefined;
  if (prev.headingLine || prev.ordinal || next.headingLine || next.ordinal) return undefined;
  const text = (block.lines[0]?.chars ?? '').replace(/[\s\u3000]+/g, '').replace(/[。.]$/, '');
  if (/^(特此|以上|现将|综上)/.test(text)) return undefined;
  // Siblings: the headings since the last heading of a higher level.
  const siblings: Block[] = [];
  let level: OrdinalLevel | undefined;
  for (let k = i - 1; k >= 0; k -= 1) {
    const b = blocks[k];
    if (!b?.ordinal) continue;
    if (level === undefined) level = b.ordinal.level;
    if (b.ordinal.level < level) break;
    if (b.ordinal.level === level) siblings.push(b);
  }
  if (level === undefined || level < 2 || siblings.length < 2) return undefined;
  const clauses = (b: Block): string[] => {
    const line = b.lines[0]?.chars ?? '';
    const from = b.ordinal ? b.ordinal.span.text.length : 0;
    const head = line.slice(from).split(/[。！？!?]/)[0] ?? '';
    return head.replace(/[\s\u3000]+/g, '').split(/[，,]/);
  };
  const shape = clauses(siblings[0] as Block).length;
  if (shape > 2 || !siblings.every((b) => clauses(b).length === shape)) return undefined;
  const own = text.split(/[，,]/);
  if (own.length !== shape || !own.every((c) => HEADING_CLAUSE.test(c))) return undefined;
  return level;
}

function makeParagraph(chars: string, map: number[]): Paragraph | undefined {
  // Trim, keeping the map aligned.
  let a = 0;
  let b = chars.length;
  while (a < b && /[\s\u3000\u00a0]/.test(chars[a] ?? '')) a += 1;
  while (b > a && /[\s\u3000\u00a0]/.test(chars[b - 1] ?? '')) b -= 1;
  if (b <= a) return undefined;
  const plain = chars.slice(a, b);
  const offsets = map.slice(a, b);
  const start = offsets[0] ?? 0;
  const end = (offsets.at(-1) ?? 0) + 1;
  return {
    start,
    end,
    plain,
    toOffset(plainIndex: number): number {
      if (plainIndex <= 0) return start;
      if (plainIndex >= offsets.length) return end;
      return offsets[plainIndex] ?? end;
    },
  };
}

function headingTitle(chars: string): string {
  return chars
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/[\s\u3000]+/g, (m, i: number) => (i === 0 ? '' : m))
    .replace(/[。：:；;，,.．!！?？\s\u3000]+$/, '')
    .trim();
}

/** Strips leading whitespace after an ordinal marker: returns the index of the text after it. */
function skipSpaces(chars: string, from: number): number {
  let i = from;
  while (i < chars.length && /[\s\u3000]/.test(chars[i] ?? '')) i += 1;
  return i;
}

/**
 * A heading's own role wins at the top level and for the specific parts (第一责任人, 问题, 安排) inside
 * a measures or untyped part; otherwise a sub-section belongs to its parent's part.
 */
function sectionRole(own: SectionRole | undefined, parent: SectionRole | undefined): SectionRole {
  if (parent === undefined || parent === 'other') return own ?? 'other';
  if (own !== undefined && own !== 'measures' && parent === 'measures') return own;
  return parent;
}

interface ParsedBody {
  sections: Section[];
  allSections: Section[];
  preamble: Paragraph[];
  paragraphs: Paragraph[];
}

function joinLines(lines: Line[]): { chars: string; map: number[] } {
  let chars = '';
  const map: number[] = [];
  for (const line of lines) {
    chars += line.chars;
    map.push(...line.map);
  }
  return { chars, map };
}

function parseBody(text: string, lines: Line[], reportYear: number | undefined): ParsedBody {
  // 5a. Group lines into blocks: a heading line stands alone; other lines join the previous block
  // while it does not end a sentence.
  const blocks: Block[] = [];
  const mdHeadingDepths = lines.filter((l) => l.mdDepth !== undefined).map((l) => l.mdDepth ?? 0);
  for (const line of lines) {
    const ordinal = parseOrdinal(line.chars, line.start);
    // parseOrdinal counts chars, the source may have Markdown syntax between: fix the span from the map.
    if (ordinal) {
      const len = ordinal.span.text.length;
      ordinal.span = lineSpan(text, line, 0, len);
    }
    const open = blocks.at(-1);
    const openJoinable = open !== undefined && !open.headingLine && !endsSentence(open.lines.at(-1)?.chars ?? '');
    if (line.mdDepth !== undefined) {
      blocks.push({ lines: [line], ordinal, mdDepth: line.mdDepth, headingLine: true });
      continue;
    }
    const weakOrdinal = ordinal && (ordinal.style.startsWith('arabic') || ordinal.style.endsWith('comma'));
    if (ordinal && !(openJoinable && weakOrdinal)) {
      const rest = line.chars.slice(skipSpaces(line.chars, ordinal.span.text.length));
      const inner = rest.slice(0, -1);
      const headingLine = rest.length <= MAX_HEADING_LINE && !RUN_IN_END.test(inner);
      blocks.push({ lines: [line], ordinal, headingLine });
      continue;
    }
    if (open && openJoinable) {
      open.lines.push(line);
      continue;
    }
    if (isKeywordHeading(line.chars, reportYear)) {
      blocks.push({ lines: [line], headingLine: true, lostLevel: 1 });
      continue;
    }
    blocks.push({ lines: [line], headingLine: false });
  }

  blocks.forEach((block, i) => {
    const level = lostOrdinalLevel(blocks, i);
    if (level !== undefined) {
      block.headingLine = true;
      block.lostLevel = level;
    }
  });

  // 5b. Turn blocks into headings and paragraphs, and nest the sections.
  const baseDepth = mdHeadingDepths.length > 0 ? Math.min(...mdHeadingDepths) : 1;
  const sections: Section[] = [];
  const allSections: Section[] = [];
  const preamble: Paragraph[] = [];
  const paragraphs: Paragraph[] = [];
  const stack: { section: Section; level: number }[] = [];

  const addParagraph = (p: Paragraph | undefined): void => {
    if (!p) return;
    paragraphs.push(p);
    const top = stack.at(-1);
    if (top) top.section.body.push(p);
    else preamble.push(p);
  };

  const openSection = (heading: Heading, level: number): void => {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    const parent = stack.at(-1)?.section;
    const ownRole = roleOfHeading(heading.title, reportYear);
    const role = sectionRole(ownRole, parent?.role);
    const section: Section = {
      heading,
      depth: stack.length + 1,
      role,
      body: [],
      children: [],
      start: heading.span.start,
      end: heading.span.end,
    };
    if (parent) parent.children.push(section);
    else sections.push(section);
    allSections.push(section);
    stack.push({ section, level });
  };

  for (const block of blocks) {
    const { chars, map } = joinLines(block.lines);
    const first = block.lines[0];
    if (!first) continue;
    if (block.headingLine) {
      const span = lineSpan(text, first);
      const afterOrdinal = block.ordinal ? skipSpaces(first.chars, block.ordinal.span.text.length) : 0;
      const heading: Heading = {
        span,
        title: headingTitle(first.chars.slice(afterOrdinal)),
        runIn: false,
      };
      if (block.ordinal) heading.ordinal = block.ordinal;
      if (block.mdDepth !== undefined) heading.markdownDepth = block.mdDepth;
      const level = block.ordinal?.level ?? block.lostLevel ?? Math.min(4, Math.max(1, (block.mdDepth ?? baseDepth) - baseDepth + 1));
      openSection(heading, level);
      continue;
    }
    if (block.ordinal) {
      // Run-in heading: the first sentence is the heading, the rest the first paragraph.
      const from = skipSpaces(chars, block.ordinal.span.text.length);
      const m = RUN_IN_END.exec(chars.slice(from));
      let headEnd: number;
      if (m) headEnd = from + m.index + 1;
      else {
        const comma = /[，,]/.exec(chars.slice(from));
        headEnd = comma ? from + comma.index : chars.length;
      }
      const hs = map[0] ?? first.start;
      const he = (map[headEnd - 1] ?? hs) + 1;
      const heading: Heading = {
        span: spanOf(text, hs, he),
        ordinal: block.ordinal,
        title: headingTitle(chars.slice(from, headEnd)),
        runIn: true,
      };
      openSection(heading, block.ordinal.level);
      addParagraph(makeParagraph(chars.slice(headEnd), map.slice(headEnd)));
      continue;
    }
    addParagraph(makeParagraph(chars, map));
  }

  // Section ends: the end of the last paragraph or child.
  const finish = (section: Section): number => {
    let end = section.heading.span.end;
    for (const p of section.body) end = Math.max(end, p.end);
    for (const child of section.children) end = Math.max(end, finish(child));
    section.end = end;
    return end;
  };
  for (const s of sections) finish(s);
  return { sections, allSections, preamble, paragraphs };
}

// ---------------------------------------------------------------------------------------------
// 4. Closing block
// ---------------------------------------------------------------------------------------------

function buildClosing(text: string, lines: Line[]): ClosingBlock | undefined {
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return undefined;
  const closing: ClosingBlock = { start: first.start, end: last.end, signatures: [] };
  let after = false; // after 抄送 or 印发: organ lines are the printing office, not signatures
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const t = line.chars;
    if (CC_LINE.test(t)) {
      closing.cc = lineSpan(text, line);
      after = true;
      continue;
    }
    if (IMPRINT_LINE.test(t)) {
      closing.imprint = lineSpan(text, line);
      const d = findDates(t)[0];
      if (d) closing.imprintDate = shiftDate(text, d, line);
      after = true;
      continue;
    }
    // A printing office on its own line right before the 印发 line belongs to the imprint.
    const next = lines[i + 1];
    if (isOrganLine(t) && next && IMPRINT_LINE.test(next.chars) && (closing.signatures.length > 0 || closing.date)) {
      after = true;
      continue;
    }
    const date = parseDateLine(t);
    if (date) {
      if (!after && !closing.date) closing.date = shiftDate(text, date, line);
      continue;
    }
    const split = organThenDate(t);
    if (split !== undefined && !after) {
      for (const [a, b] of organParts(t.slice(0, split).trimEnd())) closing.signatures.push(lineSpan(text, line, a, b));
      const d = findDates(t.slice(split))[0];
      if (d && !closing.date) closing.date = shiftDate(text, { ...d, span: { ...d.span, start: d.span.start + split, end: d.span.end + split } }, line);
      continue;
    }
    if (!after && isOrganLine(t)) {
      for (const [a, b] of organParts(t)) closing.signatures.push(lineSpan(text, line, a, b));
    }
  }
  return closing;
}

/**
 * Two issuing bodies signed on one line, set apart by spaces ("中共××乡委员会    ××乡人民政府"):
 * the char ranges of each name; one range when the line names one body.
 */
function organParts(chars: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  for (const m of chars.matchAll(/\S+/g)) parts.push([m.index, m.index + m[0].length]);
  if (parts.length > 1 && parts.every(([a, b]) => isOrganLine(chars.slice(a, b)))) return parts;
  return [[0, chars.length]];
}

/** 附件：… / 附件1 / 附件一 at the start of a line. */
const ATTACHMENT = /^附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?/;

/**
 * Index of the first attachment line that follows a signature or date line (the attachments of a
 * 公文 come after its 成文日期); all.length when there is none. An 附件 line before the signature is
 * the 附件说明 and stays in the body.
 */
function findAttachments(all: readonly Line[], residue: ReadonlySet<number>, from: number): number {
  for (let i = from + 1; i < all.length; i += 1) {
    const line = all[i];
    if (!line || residue.has(i) || !ATTACHMENT.test(line.chars)) continue;
    let j = i - 1;
    while (j >= from && residue.has(j)) j -= 1;
    const prev = all[j];
    if (prev && (parseDateLine(prev.chars) || isOrganLine(prev.chars) || organThenDate(prev.chars) !== undefined)) return i;
  }
  return all.length;
}

/** Maps a date found in `line.chars` (offsets relative to chars) to source offsets. */
function shiftDate(text: string, date: DateMention, line: Line): DateMention {
  const start = line.map[date.span.start] ?? line.start;
  const end = (line.map[date.span.end - 1] ?? start) + 1;
  return { ...date, span: spanOf(text, start, end) };
}

// ---------------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------------

/**
 * Builds the report model of `text`. `tree` is its mdast (for plain text, one paragraph per
 * non-blank line). Never throws on odd input: an empty text gives an empty model.
 */
export function buildModel(text: string, tree: Root): ReportModel {
  const all = collectLines(text, tree);
  const residue: Residue[] = [];
  const residueIdx = new Set<number>();
  all.forEach((line, i) => {
    const kind = residueKind(line.chars);
    if (kind) {
      residue.push({ span: lineSpan(text, line), kind });
      residueIdx.add(i);
    }
  });

  const model: ReportModel = {
    text,
    header: [],
    preamble: [],
    sections: [],
    allSections: [],
    paragraphs: [],
    body: { start: 0, end: 0 },
    residue,
  };

  // 3. Title and header.
  const { titleStart, titleEnd } = findTitle(all, residueIdx);
  let bodyFrom = 0;
  if (titleStart !== undefined && titleEnd !== undefined) {
    const a = all[titleStart];
    const b = all[titleEnd];
    if (a && b) model.title = spanOf(text, a.start, b.end);
    for (let i = 0; i < titleStart; i += 1) {
      const line = all[i];
      if (line && !residueIdx.has(i)) model.header.push(lineSpan(text, line));
    }
    bodyFrom = titleEnd + 1;
  }
  for (let i = 0; i < (titleStart ?? 0); i += 1) {
    const line = all[i];
    if (!line || residueIdx.has(i)) continue;
    const m = DOC_NUMBER.exec(line.chars);
    if (m && !model.docNumber) model.docNumber = lineSpan(text, line, m.index, m.index + m[0].length);
    const name = line.chars.replace(/文件$/, '');
    if (!model.headerIssuer && isOrganLine(name)) model.headerIssuer = lineSpan(text, line, 0, name.trimEnd().length);
  }
  if (!model.headerIssuer && model.title) {
    const fromTitle = issuerInTitle(text, model.title);
    if (fromTitle) model.headerIssuer = fromTitle;
  }

  // 主送: the first line after the title, short and ending with a colon.
  const firstBody = (() => {
    for (let i = bodyFrom; i < all.length; i += 1) if (!residueIdx.has(i)) return i;
    return all.length;
  })();
  const maybeAddressee = all[firstBody];
  if (maybeAddressee && model.title) {
    const t = stripSpaces(maybeAddressee.chars);
    if (/[:：]$/.test(t) && t.length <= 60 && !/如下|[。，,]/.test(t) && !parseOrdinal(t)) {
      model.addressee = lineSpan(text, maybeAddressee);
      bodyFrom = firstBody + 1;
    }
  }

  // 4. Closing: the run of closing lines at the end — or before attachments that follow the signature
  // ("附件：…" after the date), whose 版记 (抄送, 印发) may still come last.
  const attachmentsFrom = findAttachments(all, residueIdx, bodyFrom);
  const closingRun = (from: number, downTo: number): number => {
    let start = from + 1;
    for (let i = from; i >= downTo; i -= 1) {
      if (residueIdx.has(i)) continue;
      const line = all[i];
      if (!line || !isClosingLine(line.chars)) break;
      start = i;
    }
    return start;
  };
  const closingFrom = closingRun(attachmentsFrom - 1, bodyFrom);
  const trailerFrom = attachmentsFrom < all.length ? closingRun(all.length - 1, attachmentsFrom) : all.length;
  const keep = (from: number, to: number): Line[] => all.slice(from, to).filter((_, k) => !residueIdx.has(from + k));
  const closingLines = [...keep(closingFrom, attachmentsFrom), ...keep(trailerFrom, all.length)];
  model.closing = buildClosing(text, closingLines);

  // 5. Body.
  const bodyLines = all.slice(bodyFrom, closingFrom).filter((_, k) => !residueIdx.has(bodyFrom + k));
  const titleYear = model.title ? findYears(model.title.text)[0] : undefined;
  const firstYear = findYears(bodyLines.slice(0, 3).map((l) => l.chars).join(''))[0];
  const year = titleYear ?? firstYear;
  if (year !== undefined) model.year = year;
  const body = parseBody(text, bodyLines, year);
  model.sections = body.sections;
  model.allSections = body.allSections;
  model.preamble = body.preamble;
  model.paragraphs = body.paragraphs;
  const firstLine = bodyLines[0];
  const lastLine = bodyLines.at(-1);
  model.body = {
    start: firstLine?.start ?? model.title?.end ?? 0,
    end: lastLine?.end ?? model.title?.end ?? 0,
  };

  return model;
}

