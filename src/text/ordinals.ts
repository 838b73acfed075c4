/**
 * Ordinal markers of the 公文 hierarchy (GB/T 9704: 一、 → （一） → 1. → （1）) and the common
 * ways writers get them wrong, plus the 一是…二是… enumerations written inside paragraphs.
 * Pure functions; rules import them directly.
 */
import type { Ordinal, OrdinalLevel, OrdinalStyle } from '../model/types.js';
import { trimEndOf } from './chars.js';

/** Chinese numeral digits used in ordinals (〇 and 两 are not used in ordinals). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A Chinese number from 一 to 九十九, as written in ordinals. */
const CN_NUMBER = '[一二三四五六七八九十]{1,3}';

/**
 * Value of a Chinese numeral from 一 to 九十九 (一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23).
 * Returns undefined for anything else.
 */
export function chineseNumeralValue(numeral: string): number | undefined {
  if (numeral.length === 0 || numeral.length > 3) return undefined;
  const tenAt = numeral.indexOf('十');
  if (tenAt === -1) {
    return numeral.length === 1 ? CN_DIGITS[numeral] : undefined;
  }
  if (numeral.indexOf('十', tenAt + 1) !== -1) return undefined;
  const before = numeral.slice(0, tenAt);
  const after = numeral.slice(tenAt + 1);
  const tens = before === '' ? 1 : before.length === 1 ? CN_DIGITS[before] : undefined;
  const ones = after === '' ? 0 : after.length === 1 ? CN_DIGITS[after] : undefined;
  if (tens === undefined || ones === undefined) return undefined;
  return tens * 10 + ones;
}

/** The Chinese numeral for 1–99 as written in ordinals (12 → 十二, 20 → 二十). */
export function toChineseNumeral(value: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return digits[ones] ?? '';
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${digits[ones] ?? ''}`;
}

/** The hierarchy level each style stands for. */
export const ORDINAL_STYLE_LEVEL: Readonly<Record<OrdinalStyle, OrdinalLevel>> = {
  'cn-dun': 1,
  'cn-dot': 1,
  'cn-comma': 1,
  'cn-paren': 2,
  'cn-paren-half': 2,
  'cn-paren-dun': 2,
  'arabic-dot': 3,
  'arabic-dun': 3,
  'arabic-comma': 3,
  'arabic-rparen': 3,
  'arabic-paren': 4,
  'arabic-paren-half': 4,
};

/** The standard style of each level: 一、 （一） 1. （1）. */
export const STANDARD_STYLE: Readonly<Record<OrdinalLevel, OrdinalStyle>> = {
  1: 'cn-dun',
  2: 'cn-paren',
  3: 'arabic-dot',
  4: 'arabic-paren',
};

/** True for the four GB/T 9704 forms: 一、 （一） 1. （1）. */
export function isStandardStyle(style: OrdinalStyle): boolean {
  return STANDARD_STYLE[ORDINAL_STYLE_LEVEL[style]] === style;
}

/** Writes the standard marker for a level and value: (1, 3) → 三、, (2, 3) → （三）, (3, 3) → 3., (4, 3) → （3）. */
export function formatOrdinal(level: OrdinalLevel, value: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(value)}、`;
    case 2:
      return `（${toChineseNumeral(value)}）`;
    case 3:
      return `${value}.`;
    case 4:
      return `（${value}）`;
  }
}

// Order matters: the more specific patterns first. Each captures the number in group 1.
// The Arabic forms refuse a digit or a full stop right after the marker, so 2023.5、3.5万 and
// years (four digits) are not ordinals.
const PATTERNS: ReadonlyArray<readonly [RegExp, OrdinalStyle | 'paren']> = [
  [new RegExp(`^[(（](${CN_NUMBER})[)）]、`), 'cn-paren-dun'],
  [new RegExp(`^[(（](${CN_NUMBER})[)）]`), 'paren'],
  [/^[(（](\d{1,2})[)）]/, 'paren'],
  [new RegExp(`^(${CN_NUMBER})、`), 'cn-dun'],
  [new RegExp(`^(${CN_NUMBER})[.．](?![.．\\d])`), 'cn-dot'],
  [new RegExp(`^(${CN_NUMBER})[，,](?!\\s*[一二三四五六七八九十]{1,3}[，,、])`), 'cn-comma'],
  [/^(\d{1,2})[.．](?![.．\d])/, 'arabic-dot'],
  [/^(\d{1,2})、/, 'arabic-dun'],
  [/^(\d{1,2})[，,](?!\d)/, 'arabic-comma'],
  [/^(\d{1,2})[)）]/, 'arabic-rparen'],
];

/**
 * Reads an ordinal marker at the very start of `line` (no leading space allowed: trim first).
 * `offset` is the source offset of `line[0]`; the returned span is in source offsets.
 *
 * Recognised: 一、 一. 一， （一） (一) （一) （一）、 1. 1． 1、 1， （1） (1) 1） 1).
 * Returns undefined when the line does not start with an ordinal (一是, 2023年, 3.5万 are not ordinals).
 */
export function parseOrdinal(line: string, offset = 0): Ordinal | undefined {
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const marker = match[0];
    const digits = match[1] ?? '';
    const first = digits.charCodeAt(0);
    const arabic = first >= 0x30 && first <= 0x39;
    const value = arabic ? Number(digits) : chineseNumeralValue(digits);
    if (value === undefined || value < 1) continue;
    let style: OrdinalStyle;
    if (kind === 'paren') {
      const full = marker.startsWith('（') && marker.endsWith('）');
      if (arabic) style = full ? 'arabic-paren' : 'arabic-paren-half';
      else style = full ? 'cn-paren' : 'cn-paren-half';
    } else {
      style = kind;
    }
    return {
      span: { text: sharedMarker(marker), start: offset, end: offset + marker.length },
      level: ORDINAL_STYLE_LEVEL[style],
      value,
      style,
    };
  }
  return undefined;
}

/** The markers met so far, each kept once (bounded: a marker is a few characters, but the input is anyone's). */
const markers = new Map<string, string>();
const MARKERS_MAX = 1000;

/**
 * The one copy of a marker string: a report of 50,000 headings has a few dozen different markers, and each heading's
 * ordinal is kept while the rules run.
 */
function sharedMarker(marker: string): string {
  const known = markers.get(marker);
  if (known !== undefined) return known;
  if (markers.size < MARKERS_MAX) markers.set(marker, marker);
  return marker;
}

/** One item of an in-paragraph enumeration such as 一是…二是… or 其一…其二…. */
export interface Enumerator {
  /** The marker as written ("一是", "其二", "第三，"), as an index range into the searched text. */
  text: string;
  index: number;
  end: number;
  value: number;
  /** 'shi' 一是, 'qi' 其一, 'di' 第一（，|、）, 'circled' ①. */
  kind: 'shi' | 'qi' | 'di' | 'circled';
}

const ENUMERATOR = new RegExp(
  `(${CN_NUMBER})是(?=[^否非的])|其(${CN_NUMBER})(?=[，,、：:是])|第(${CN_NUMBER})(?=[，,、：:])|([①-⑳])`,
  'g',
);

/**
 * Finds the sub-points written inside a paragraph: 一是…二是…三是…, 其一…其二…, 第一，…第二，…, ①②③.
 * Only markers at the start of the text or after a sentence or clause break (。；;，,：:) count,
 * so 统一是 or 唯一是 do not. Returns them in order; the caller decides whether the sequence is complete.
 */
export function findEnumerators(text: string): Enumerator[] {
  const found: Enumerator[] = [];
  ENUMERATOR.lastIndex = 0;
  for (let match = ENUMERATOR.exec(text); match; match = ENUMERATOR.exec(text)) {
    const before = trimEndOf(text.slice(0, match.index), '“"\'‘', true);
    const prev = before.at(-1);
    if (prev !== undefined && !/[。；;，,：:！!？?）)】\n]/.test(prev)) continue;
    let value: number | undefined;
    let kind: Enumerator['kind'];
    if (match[1] !== undefined) {
      value = chineseNumeralValue(match[1]);
      kind = 'shi';
    } else if (match[2] !== undefined) {
      value = chineseNumeralValue(match[2]);
      kind = 'qi';
    } else if (match[3] !== undefined) {
      value = chineseNumeralValue(match[3]);
      kind = 'di';
    } else {
      value = (match[4] ?? '①').charCodeAt(0) - 0x2460 + 1;
      kind = 'circled';
    }
    if (value === undefined) continue;
    found.push({ text: match[0], index: match.index, end: match.index + match[0].length, value, kind });
  }
  return found;
}
