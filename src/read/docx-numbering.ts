/**
 * Word's automatic numbering: the 一、 / （一） / 1. a reader sees in front of a paragraph that Word numbers
 * itself (a multi-level list linked to 标题 1/2, or a numbered paragraph) and that is not in the text.
 * mammoth does not give it, so this module reads the parts of the .docx that define it:
 *
 *   word/numbering.xml   w:abstractNum → w:lvl (w:ilvl) with w:start, w:numFmt (chineseCounting, decimal, …),
 *                        w:lvlText ("%1、", "（%2）", "%3."), w:lvlRestart, w:isLgl, w:pStyle;
 *                        w:num (numId) → w:abstractNumId, with w:lvlOverride (w:startOverride, or a whole w:lvl);
 *                        w:abstractNum/w:numStyleLink → a numbering style whose w:numPr names the list;
 *   word/styles.xml      a paragraph style's w:pPr/w:numPr (numId, ilvl), inherited through w:basedOn;
 *   word/document.xml    each paragraph's w:pPr/w:numPr (numId, ilvl) and w:pStyle.
 *
 * Paragraphs are walked in the order mammoth reads them (tables cell by cell, text boxes after their paragraph,
 * deleted rows and the runs of a deleted paragraph mark as mammoth treats them) and counted as Word counts them:
 * one counter per list and level, a level restarting when a higher level advances (w:lvlRestart honoured). Lists
 * are the w:num; two w:num without overrides on the same w:abstractNum continue one another, as in Word, while a
 * w:num with a w:lvlOverride counts on its own from its w:startOverride. A level whose format is a bullet (or
 * `none`) counts but gives no label; a w:numId of 0 takes the paragraph out of its style's list.
 *
 * Everything here is defensive: a part that is missing or malformed yields no labels, never an error (the reader
 * then reads the document without them). Lazy: a document without a numbering part costs a look at the zip's
 * directory and its relationships; one whose lists write no number (docx writers add a bullet list to every
 * document) costs the numbering part; the styles and the document are parsed only when a list writes numbers.
 */
import { createRequire } from 'node:module';
import { DEFAULT_LIMITS } from './limits.js';
import { ZipPackage } from './zip.js';

// ---------------------------------------------------------------------------------------------------------
// A minimal view of the DOM that @xmldom/xmldom builds (declared here: its typings pull in the DOM library).

interface XmlNode {
  nodeType: number;
  localName?: string | null;
  namespaceURI?: string | null;
  nodeValue?: string | null;
  childNodes: { length: number; [index: number]: XmlNode };
  getAttributeNS?(namespace: string | null, localName: string): string | null;
  getAttribute?(name: string): string | null;
  hasAttributeNS?(namespace: string | null, localName: string): boolean;
}

interface XmlDocument {
  documentElement: XmlNode | null;
}

type DomParserClass = new (options?: {
  errorHandler?: { warning?: (message: string) => void; error?: (message: string) => void; fatalError?: (message: string) => void };
}) => { parseFromString(source: string, mimeType: string): XmlDocument };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** WordprocessingML, transitional and strict. */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const VML_NAMESPACE = 'urn:schemas-microsoft-com:vml';
const REL_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/package/2006/relationships',
]);
const NUMBERING_REL_TYPES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/numbering',
]);
const STYLES_REL_TYPES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/styles',
]);
const DOCUMENT_REL_TYPES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]);

/**
 * mammoth's own dependency @xmldom/xmldom, required from mammoth's folder: they are not reportlint's
 * dependencies, and a strict layout (pnpm) only lets mammoth see them.
 */
let fromMammoth: NodeRequire | undefined;
function requireFromMammoth(id: string): unknown {
  if (!fromMammoth) fromMammoth = createRequire(createRequire(import.meta.url).resolve('mammoth'));
  return fromMammoth(id);
}

let domParser: DomParserClass | undefined;

/** @xmldom/xmldom's DOMParser (its typings are left out: they pull in the DOM library). */
function loadDomParser(): DomParserClass {
  if (domParser) return domParser;
  const found = (requireFromMammoth('@xmldom/xmldom') as { DOMParser?: DomParserClass }).DOMParser;
  if (!found) throw new Error('@xmldom/xmldom has no DOMParser');
  domParser = found;
  return found;
}

/** Parses XML; undefined when it is not well-formed (xmldom reports errors instead of throwing). */
function parseXml(Parser: DomParserClass, source: string): XmlNode | undefined {
  let failed = false;
  const fail = (): void => {
    failed = true;
  };
  try {
    const document = new Parser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(
      source.replace(/^\uFEFF/, ''),
      'text/xml',
    );
    const root = document.documentElement;
    if (failed || !root || root.localName === 'parsererror') return undefined;
    return root;
  } catch {
    return undefined;
  }
}

function children(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const list = node.childNodes;
  for (let index = 0; index < list.length; index += 1) {
    const child = list[index];
    if (child && child.nodeType === ELEMENT_NODE) out.push(child);
  }
  return out;
}

const isW = (node: XmlNode, name: string): boolean => node.localName === name && W_NAMESPACES.has(node.namespaceURI ?? '');
const isMc = (node: XmlNode, name: string): boolean => node.localName === name && node.namespaceURI === MC_NAMESPACE;

/** The first w:<name> child. */
function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  if (!node) return undefined;
  for (const element of children(node)) if (isW(element, name)) return element;
  return undefined;
}

/** Children with mc:AlternateContent replaced by its mc:Fallback's children (what mammoth does). */
function contentChildren(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const element of children(node)) {
    if (isMc(element, 'AlternateContent')) {
      const fallback = children(element).find((c) => isMc(c, 'Fallback'));
      if (fallback) out.push(...contentChildren(fallback));
    } else out.push(element);
  }
  return out;
}

/** A w: attribute (w:val, w:ilvl…), also accepted without its prefix. */
function attr(node: XmlNode | undefined, name: string): string | undefined {
  if (!node) return undefined;
  for (const namespace of [node.namespaceURI ?? null, ...W_NAMESPACES]) {
    if (node.hasAttributeNS?.(namespace, name)) return node.getAttributeNS?.(namespace, name) ?? undefined;
  }
  const plain = node.getAttribute?.(name);
  return plain === null || plain === undefined || plain === '' ? undefined : plain;
}

const val = (node: XmlNode | undefined): string | undefined => attr(node, 'val');

function int(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*-?\d+\s*$/.test(value)) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isSafeInteger(number) ? number : undefined;
}

/** An on/off property (w:isLgl, w:del…): present and not switched off. */
function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const value = val(node);
  return value === undefined || !['0', 'false', 'off'].includes(value.toLowerCase());
}

// ---------------------------------------------------------------------------------------------------------
// Number formats (ST_NumberFormat).

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十 (up to 9999; beyond, digit by digit); 0 alone
 * is digits[0] (〇).
 */
function chineseCounting(value: number, digits: readonly string[], units: readonly string[], dropLeadingOne: boolean): string {
  if (value === 0) return digits[0]!;
  if (value < 0 || value > 9999) return [...String(value)].map((d) => digits[Number(d)] ?? d).join('');
  const parts: string[] = [];
  const places = [Math.floor(value / 1000), Math.floor(value / 100) % 10, Math.floor(value / 10) % 10, value % 10];
  let pendingZero = false;
  let started = false;
  places.forEach((digit, index) => {
    const unit = units[3 - index] ?? '';
    if (digit === 0) {
      if (started) pendingZero = true;
      return;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    // 十一, not 一十一, when the number starts with the tens.
    if (!(dropLeadingOne && !started && index === 2 && digit === 1)) parts.push(digits[digit]!);
    parts.push(unit);
    started = true;
  });
  return parts.join('');
}

function letters(value: number, base: string): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(base.charCodeAt(0) + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, glyphs] of table) {
    while (rest >= amount) {
      out += glyphs;
      rest -= amount;
    }
  }
  return out;
}

/** ①…⑳ ㉑…㉟ ㊱…㊿; beyond 50, the number. */
function enclosedCircle(value: number): string {
  if (value >= 1 && value <= 20) return String.fromCodePoint(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCodePoint(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCodePoint(0x32b1 + value - 36);
  return String(value);
}

const inRange = (value: number, from: number, to: number, first: number): string =>
  value >= from && value <= to ? String.fromCodePoint(first + value - from) : String(value);

/** A counter value written in a w:numFmt; unknown formats are written as decimal numbers, `bullet`/`none` as nothing. */
export function formatNumber(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'bullet':
    case 'none':
      return '';
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((d) => (/\d/.test(d) ? String.fromCharCode(0xff10 + Number(d)) : d)).join('');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(value, CN_DIGITS, ['', '十', '百', '千'], true);
    case 'chineseLegalSimplified':
      return chineseCounting(value, CN_LEGAL_DIGITS, ['', '拾', '佰', '仟'], false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(value)].map((d) => CN_DIGITS[Number(d)] ?? d).join('');
    case 'ideographTraditional':
      return value >= 1 ? '甲乙丙丁戊己庚辛壬癸'[(value - 1) % 10]! : String(value);
    case 'ideographZodiac':
      return value >= 1 ? '子丑寅卯辰巳午未申酉戌亥'[(value - 1) % 12]! : String(value);
    case 'ideographEnclosedCircle':
      return inRange(value, 1, 10, 0x3220); // ㈠…㈩
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(value);
    case 'decimalEnclosedFullstop':
      return inRange(value, 1, 20, 0x2488); // ⒈…⒛
    case 'decimalEnclosedParen':
      return inRange(value, 1, 20, 0x2474); // ⑴…⒇
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperLetter':
      return letters(value, 'A');
    case 'lowerLetter':
      return letters(value, 'a');
    default:
      return String(value);
  }
}

// ---------------------------------------------------------------------------------------------------------
// numbering.xml and styles.xml.

interface Level {
  numFmt: string;
  /** w:lvlText; undefined when the level has none (no label). */
  text?: string;
  start: number;
  /** w:lvlRestart (1-based level that restarts this one; 0: never). */
  restart?: number;
  isLgl: boolean;
  /** w:suff: tab (default), space or nothing. */
  suffix: string;
  /** w:pStyle: the paragraph style linked to this level. */
  paragraphStyle?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface NumPr {
  numId?: string;
  ilvl?: number;
}

interface Style {
  basedOn?: string;
  numPr?: NumPr;
}

interface Definitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
  styles: Map<string, Style>;
  defaultParagraphStyle?: string;
  /** w:lvl/w:pStyle → the list and level linked to a paragraph style (how mammoth finds a style's list). */
  levelByStyle: Map<string, { abstractId: string; ilvl: number }>;
}

function readLevel(element: XmlNode): Level {
  const content = contentChildren(element);
  const find = (name: string): XmlNode | undefined => content.find((c) => isW(c, name));
  const text = find('lvlText');
  const level: Level = {
    numFmt: val(find('numFmt')) ?? 'decimal',
    start: int(val(find('start'))) ?? 0,
    isLgl: isOn(find('isLgl')),
    suffix: val(find('suff')) ?? 'tab',
  };
  if (text) {
    // w:null="1": an empty level text, whatever w:val says.
    const empty = attr(text, 'null');
    level.text = empty !== undefined && ['1', 'true', 'on'].includes(empty.toLowerCase()) ? '' : (val(text) ?? '');
  }
  const restart = int(val(find('lvlRestart')));
  if (restart !== undefined) level.restart = restart;
  const paragraphStyle = val(find('pStyle'));
  if (paragraphStyle !== undefined) level.paragraphStyle = paragraphStyle;
  return level;
}

function readNumPr(pPr: XmlNode | undefined): NumPr | undefined {
  const numPr = child(pPr, 'numPr');
  if (!numPr) return undefined;
  const out: NumPr = {};
  const numId = val(child(numPr, 'numId'));
  if (numId !== undefined) out.numId = numId.trim();
  const ilvl = int(val(child(numPr, 'ilvl')));
  if (ilvl !== undefined) out.ilvl = ilvl;
  return out;
}

function readDefinitions(numberingRoot: XmlNode, stylesRoot: XmlNode | undefined): Definitions {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  const levelByStyle = new Map<string, { abstractId: string; ilvl: number }>();
  for (const element of contentChildren(numberingRoot)) {
    if (isW(element, 'abstractNum')) {
      const id = attr(element, 'abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of contentChildren(element)) {
        if (!isW(lvl, 'lvl')) continue;
        const ilvl = int(attr(lvl, 'ilvl')) ?? 0;
        if (ilvl < 0 || ilvl > 8 || levels.has(ilvl)) continue;
        const level = readLevel(lvl);
        levels.set(ilvl, level);
        if (level.paragraphStyle !== undefined && !levelByStyle.has(level.paragraphStyle)) {
          levelByStyle.set(level.paragraphStyle, { abstractId: id, ilvl });
        }
      }
      const abstract: AbstractNum = { levels };
      const link = val(child(element, 'numStyleLink'));
      if (link !== undefined) abstract.numStyleLink = link;
      abstracts.set(id, abstract);
    } else if (isW(element, 'num')) {
      const numId = attr(element, 'numId');
      const abstractId = val(child(element, 'abstractNumId'));
      if (numId === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const override of contentChildren(element)) {
        if (!isW(override, 'lvlOverride')) continue;
        const ilvl = int(attr(override, 'ilvl'));
        if (ilvl === undefined || ilvl < 0 || ilvl > 8) continue;
        const entry: { start?: number; level?: Level } = {};
        const start = int(val(child(override, 'startOverride')));
        if (start !== undefined) entry.start = start;
        const lvl = child(override, 'lvl');
        if (lvl) entry.level = readLevel(lvl);
        overrides.set(ilvl, entry);
      }
      nums.set(numId.trim(), { abstractId: abstractId.trim(), overrides });
    }
  }

  const styles = new Map<string, Style>();
  let defaultParagraphStyle: string | undefined;
  for (const element of stylesRoot ? contentChildren(stylesRoot) : []) {
    if (!isW(element, 'style')) continue;
    const id = attr(element, 'styleId');
    if (id === undefined) continue;
    const type = attr(element, 'type');
    const style: Style = {};
    const basedOn = val(child(element, 'basedOn'));
    if (basedOn !== undefined) style.basedOn = basedOn;
    const numPr = readNumPr(child(element, 'pPr'));
    if (numPr) style.numPr = numPr;
    styles.set(id, style);
    const isDefault = attr(element, 'default');
    if ((type === undefined || type === 'paragraph') && isDefault !== undefined && ['1', 'true', 'on'].includes(isDefault.toLowerCase())) {
      defaultParagraphStyle ??= id;
    }
  }
  const definitions: Definitions = { abstracts, nums, styles, levelByStyle };
  if (defaultParagraphStyle !== undefined) definitions.defaultParagraphStyle = defaultParagraphStyle;
  return definitions;
}

// ---------------------------------------------------------------------------------------------------------
// Counting.

/** The list a paragraph belongs to, resolved: its counters' key and how to read each level. */
interface ListLevel {
  key: string;
  ilvl: number;
  level: (ilvl: number) => Level | undefined;
  start: (ilvl: number) => number;
}

class Numberer {
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(private readonly definitions: Definitions) {}

  /** The numbering style's list behind a w:numStyleLink (a few hops at most). */
  private abstractOf(num: Num): { id: string; abstract: AbstractNum } | undefined {
    let id = num.abstractId;
    for (let hops = 0; hops < 5; hops += 1) {
      const abstract = this.definitions.abstracts.get(id);
      if (!abstract) return undefined;
      if (abstract.numStyleLink === undefined) return { id, abstract };
      const linkedNumId = this.styleNumPr(abstract.numStyleLink)?.numId;
      const linked = linkedNumId === undefined ? undefined : this.definitions.nums.get(linkedNumId);
      if (!linked) return { id, abstract };
      id = linked.abstractId;
    }
    return undefined;
  }

  /** The numPr a paragraph style gives, directly or through w:basedOn. */
  private styleNumPr(styleId: string | undefined): NumPr | undefined {
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id) && seen.size < 20) {
      seen.add(id);
      const style = this.definitions.styles.get(id);
      if (!style) return undefined;
      if (style.numPr) return style.numPr;
      id = style.basedOn;
    }
    return undefined;
  }

  private resolve(pPr: XmlNode | undefined): ListLevel | undefined {
    const direct = readNumPr(pPr);
    const styleId = val(child(pPr, 'pStyle')) ?? this.definitions.defaultParagraphStyle;
    const fromStyle = this.styleNumPr(styleId);
    let numId = direct?.numId ?? fromStyle?.numId;
    const linked = styleId === undefined ? undefined : this.definitions.levelByStyle.get(styleId);
    if (numId === undefined && linked) {
      for (const [id, num] of this.definitions.nums) {
        if (num.abstractId === linked.abstractId) {
          numId = id;
          break;
        }
      }
    }
    if (numId === undefined || numId === '0') return undefined;
    const num = this.definitions.nums.get(numId);
    if (!num) return undefined;
    const resolved = this.abstractOf(num);
    if (!resolved) return undefined;
    const linkedHere = linked && linked.abstractId === resolved.id ? linked.ilvl : undefined;
    const ilvl = direct?.ilvl ?? fromStyle?.ilvl ?? linkedHere ?? 0;
    if (ilvl < 0 || ilvl > 8) return undefined;
    const level = (index: number): Level | undefined => num.overrides.get(index)?.level ?? resolved.abstract.levels.get(index);
    const start = (index: number): number => num.overrides.get(index)?.start ?? level(index)?.start ?? 0;
    // A w:num with overrides is a list of its own; others on the same w:abstractNum continue each other.
    const key = num.overrides.size > 0 ? `num:${numId}` : `abstract:${resolved.id}`;
    return { key, ilvl, level, start };
  }

  /** Counts the paragraph (if it is numbered) and returns the label Word shows for it, if any. */
  next(pPr: XmlNode | undefined): { label?: string; suffix?: string } | undefined {
    const list = this.resolve(pPr);
    if (!list) return undefined;
    const definition = list.level(list.ilvl);
    if (!definition) return undefined;
    let values = this.counters.get(list.key);
    if (!values) {
      values = [];
      this.counters.set(list.key, values);
    }
    const current = values[list.ilvl];
    values[list.ilvl] = current === undefined ? list.start(list.ilvl) : current + 1;
    for (let lower = list.ilvl + 1; lower < 9; lower += 1) {
      const restart = list.level(lower)?.restart;
      // Default: restart after any higher level; w:lvlRestart n: after a level up to n (1-based); 0: never.
      if (restart === undefined ? true : list.ilvl < restart) values[lower] = undefined;
    }
    if (definition.numFmt === 'bullet' || definition.text === undefined) return {};
    let label = '';
    const text = definition.text;
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      const digit = text[index + 1];
      if (char === '%' && digit !== undefined && /[1-9]/.test(digit)) {
        const other = Number(digit) - 1;
        const value = values[other] ?? list.start(other);
        const format = definition.isLgl ? 'decimal' : (list.level(other)?.numFmt ?? 'decimal');
        label += formatNumber(value, format);
        index += 1;
      } else label += char;
    }
    if (label.trim() === '') return {};
    return { label, suffix: definition.suffix };
  }
}

// ---------------------------------------------------------------------------------------------------------
// document.xml, walked as mammoth reads it.

/** What the numbering gives one paragraph (in mammoth's order), with its text's key for matching. */
export interface NumberedParagraph {
  /** The paragraph's letters and digits: matches mammoth's paragraph to this one. */
  key: string;
  /** The label Word writes in front of the paragraph ("一、", "（二）", "3."); absent when it has none. */
  label?: string;
  /** w:suff of the level: `tab` (default), `space` or `nothing`. */
  suffix?: string;
}

/** The letters and digits of a paragraph's text: what both readings of a paragraph agree on. */
export function paragraphKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Containers whose children mammoth reads as block content. */
const W_CONTAINERS = new Set(['body', 'tbl', 'tc', 'sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag', 'txbxContent', 'pict']);
const VML_CONTAINERS = new Set(['shape', 'textbox', 'group', 'rect', 'roundrect']);

function walkDocument(body: XmlNode, numberer: Numberer): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  let deleted: XmlNode[] = [];

  /** Text of a paragraph's runs (w:t), skipping deleted runs; text boxes (w:pict) are collected to follow it. */
  const collect = (nodes: readonly XmlNode[], pieces: string[], boxes: XmlNode[]): void => {
    for (const node of nodes) {
      if (isW(node, 't')) {
        pieces.push(textOf(node));
        continue;
      }
      if (isW(node, 'del') || isW(node, 'moveFrom') || isW(node, 'pPr') || isW(node, 'rPr') || isW(node, 'instrText')) continue;
      if (isW(node, 'pict')) {
        boxes.push(node);
        continue;
      }
      collect(contentChildren(node), pieces, boxes);
    }
  };

  const paragraph = (element: XmlNode): void => {
    const pPr = child(element, 'pPr');
    const own = contentChildren(element);
    if (isOn(child(child(pPr, 'rPr'), 'del'))) {
      // A deleted paragraph mark: mammoth carries the runs into the next paragraph.
      deleted.push(...own);
      return;
    }
    const nodes = deleted.length > 0 ? [...deleted, ...own] : own;
    deleted = [];
    const pieces: string[] = [];
    const boxes: XmlNode[] = [];
    collect(nodes, pieces, boxes);
    const numbered = numberer.next(pPr);
    const record: NumberedParagraph = { key: paragraphKey(pieces.join('')) };
    if (numbered?.label !== undefined) record.label = numbered.label;
    if (numbered?.suffix !== undefined && numbered.label !== undefined) record.suffix = numbered.suffix;
    out.push(record);
    for (const box of boxes) block(box);
  };

  const block = (node: XmlNode): void => {
    for (const element of contentChildren(node)) {
      if (isW(element, 'p')) paragraph(element);
      else if (isW(element, 'tr')) {
        if (!child(child(element, 'trPr'), 'del')) block(element);
      } else if (isW(element, 'sdt')) {
        const content = child(element, 'sdtContent');
        if (content) block(content);
      } else if (
        (W_NAMESPACES.has(element.namespaceURI ?? '') && W_CONTAINERS.has(element.localName ?? '')) ||
        (element.namespaceURI === VML_NAMESPACE && VML_CONTAINERS.has(element.localName ?? ''))
      ) {
        block(element);
      }
    }
  };

  block(body);
  return out;
}

function textOf(node: XmlNode): string {
  let text = '';
  const list = node.childNodes;
  for (let index = 0; index < list.length; index += 1) {
    const item = list[index];
    if (item && (item.nodeType === TEXT_NODE || item.nodeType === CDATA_NODE)) text += item.nodeValue ?? '';
  }
  return text;
}

/** The XML of the parts numbering needs (styles optional); the styles and the document may be read on demand. */
export interface NumberingParts {
  numbering: string;
  styles?: string | (() => Promise<string | undefined>);
  document: string | (() => Promise<string | undefined>);
}

const get = async (part: string | (() => Promise<string | undefined>) | undefined): Promise<string | undefined> =>
  typeof part === 'function' ? part() : part;

/** True when some list has a level that writes a number (a docx writer adds a bullet list to every document). */
function writesNumbers(numberingRoot: XmlNode): boolean {
  const { abstracts, nums } = readDefinitions(numberingRoot, undefined);
  const numbered = (level: Level | undefined): boolean => level !== undefined && level.numFmt !== 'bullet' && level.numFmt !== 'none';
  if (nums.size === 0) return false;
  return (
    [...abstracts.values()].some((abstract) => [...abstract.levels.values()].some(numbered)) ||
    [...nums.values()].some((num) => [...num.overrides.values()].some((override) => numbered(override.level)))
  );
}

/**
 * The paragraphs of the document body in mammoth's order, each with the label Word's numbering gives it.
 * Undefined when a part is not well-formed XML or no list writes a number (then the styles and the document are
 * not read at all).
 */
export async function numberParagraphs(parts: NumberingParts): Promise<NumberedParagraph[] | undefined> {
  const Parser = loadDomParser();
  const numberingRoot = parseXml(Parser, parts.numbering);
  if (!numberingRoot || !writesNumbers(numberingRoot)) return undefined;
  const stylesXml = await get(parts.styles);
  const stylesRoot = stylesXml === undefined ? undefined : parseXml(Parser, stylesXml);
  const documentXml = await get(parts.document);
  const documentRoot = documentXml === undefined ? undefined : parseXml(Parser, documentXml);
  const body = documentRoot ? child(documentRoot, 'body') : undefined;
  if (!body) return undefined;
  return walkDocument(body, new Numberer(readDefinitions(numberingRoot, stylesRoot)));
}

// ---------------------------------------------------------------------------------------------------------
// The .docx package.

/** Resolves a relationship target against the folder of the part that owns it. */
function joinPart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = base === '' ? [] : base.split('/');
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

async function relationshipTarget(
  Parser: DomParserClass,
  zip: ZipPackage,
  relsPath: string,
  base: string,
  types: ReadonlySet<string>,
): Promise<string | undefined> {
  if (!zip.has(relsPath)) return undefined;
  const root = parseXml(Parser, zip.text(relsPath));
  if (!root) return undefined;
  for (const element of children(root)) {
    if (element.localName !== 'Relationship' || !REL_NAMESPACES.has(element.namespaceURI ?? '')) continue;
    const type = element.getAttribute?.('Type') ?? '';
    const target = element.getAttribute?.('Target');
    if (!types.has(type) || !target || element.getAttribute?.('TargetMode') === 'External') continue;
    const path = joinPart(base, target);
    if (zip.has(path)) return path;
  }
  return undefined;
}

/** The paths of the main document, its numbering and its styles part (found as mammoth finds them). */
async function partPaths(zip: ZipPackage): Promise<{ document: string; numbering?: string; styles?: string } | undefined> {
  const Parser = loadDomParser();
  const document = (await relationshipTarget(Parser, zip, '_rels/.rels', '', DOCUMENT_REL_TYPES)) ?? 'word/document.xml';
  if (!zip.has(document)) return undefined;
  const slash = document.lastIndexOf('/');
  const folder = slash === -1 ? '' : document.slice(0, slash);
  const rels = `${folder === '' ? '' : `${folder}/`}_rels/${document.slice(slash + 1)}.rels`;
  const numbering = (await relationshipTarget(Parser, zip, rels, folder, NUMBERING_REL_TYPES)) ??
    (zip.has('word/numbering.xml') ? 'word/numbering.xml' : undefined);
  const styles = (await relationshipTarget(Parser, zip, rels, folder, STYLES_REL_TYPES)) ??
    (zip.has('word/styles.xml') ? 'word/styles.xml' : undefined);
  const out: { document: string; numbering?: string; styles?: string } = { document };
  if (numbering !== undefined) out.numbering = numbering;
  if (styles !== undefined) out.styles = styles;
  return out;
}

/** The package (read/zip.ts: sizes checked, parts inflated with a cap); bytes are opened with the default limits. */
function openZip(source: Uint8Array | ZipPackage): ZipPackage | undefined {
  if (source instanceof ZipPackage) return source;
  try {
    return ZipPackage.open(source, { maxExpanded: DEFAULT_LIMITS.maxDocxExpanded, maxRatio: DEFAULT_LIMITS.maxDocxRatio });
  } catch {
    return undefined;
  }
}

/**
 * The numbered paragraphs of a .docx, or undefined when it has no numbering part (the common case for a
 * document never given a list: nothing else is read) or the numbering cannot be read.
 */
export async function readNumbering(source: Uint8Array | ZipPackage): Promise<NumberedParagraph[] | undefined> {
  try {
    const zip = openZip(source);
    if (!zip) return undefined;
    const paths = await partPaths(zip);
    if (!paths?.numbering) return undefined;
    const numbering = zip.text(paths.numbering);
    const { styles } = paths;
    const parts: NumberingParts = { numbering, document: async () => zip.text(paths.document) };
    if (styles !== undefined) parts.styles = async () => zip.text(styles);
    return await numberParagraphs(parts);
  } catch {
    return undefined;
  }
}

/**
 * The same package without its numbering part, for a document whose numbering.xml mammoth cannot read (it
 * then refuses the whole document). Undefined when there is no numbering part.
 */
export async function withoutNumberingPart(zip: ZipPackage): Promise<ZipPackage | undefined> {
  try {
    const paths = await partPaths(zip);
    if (!paths?.numbering) return undefined;
    return zip.without(paths.numbering);
  } catch {
    return undefined;
  }
}

/**
 * Pairs mammoth's paragraphs (by their keys) with the numbered ones: one to one when both readings found the
 * same number of paragraphs, else in order, by matching text, so that a paragraph one reading has and the
 * other has not does not shift every label after it.
 */
export function alignNumbering(keys: readonly string[], numbered: readonly NumberedParagraph[]): Array<NumberedParagraph | undefined> {
  if (keys.length === numbered.length) return [...numbered];
  const out: Array<NumberedParagraph | undefined> = new Array<NumberedParagraph | undefined>(keys.length).fill(undefined);
  const LOOKAHEAD = 40;
  let next = 0;
  keys.forEach((key, index) => {
    if (next < numbered.length && numbered[next]!.key === key) {
      out[index] = numbered[next];
      next += 1;
      return;
    }
    if (key === '') return;
    for (let k = next + 1; k < Math.min(numbered.length, next + 1 + LOOKAHEAD); k += 1) {
      if (numbered[k]!.key === key) {
        out[index] = numbered[k];
        next = k + 1;
        return;
      }
    }
  });
  return out;
}
