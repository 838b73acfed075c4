/**
 * Finding dates in Chinese text: 2024年3月15日, 2024 年 3 月 15 日 (PDF spacing), 二〇二四年三月十五日,
 * 2024-03-15, 2024.3.15, 2024/3/15. Pure functions; rules import them directly.
 * Which form is *right* for a 成文日期 is the date-format rule's business; here every form is found.
 */
import type { DateMention, DateStyle } from '../model/types.js';
import { trimEndOf } from './chars.js';
import { CN_DIGITS, chineseNumeralValue } from './ordinals.js';
import { matchesOf } from './matches.js';

const SP = '[ \\t\\u3000]*';

/** Year digits written in Chinese, including the common fake zeros O/Ｏ/0 and 零. */
const CN_YEAR_DIGIT = '[〇○零OＯo0０一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

const ARABIC = new RegExp(`(?<![\\d０-９])([12]\\d{3})${SP}年${SP}(\\d{1,2})${SP}月${SP}(\\d{1,2})${SP}日`, 'g');
/** A two-digit year: 24年3月15日 (not the end of 2024年…). */
const SHORT_YEAR = new RegExp(`(?<![\\d０-９])(\\d{2})${SP}年${SP}(\\d{1,2})${SP}月${SP}(\\d{1,2})${SP}日`, 'g');
const CHINESE = new RegExp(`(${CN_YEAR_DIGIT}{4})${SP}年${SP}(${CN_SMALL})${SP}月${SP}(${CN_SMALL})${SP}日`, 'g');
const ISO = /(?<![\d.\-/])([12]\d{3})-(\d{1,2})-(\d{1,2})(?![\d\-])/g;
const DOTTED = /(?<![\d.\-/])([12]\d{3})([./])(\d{1,2})\2(\d{1,2})(?![\d./])/g;

/** Chinese year digits: 一–九, and zero as written in real reports (〇, ○, 零, and the fake zeros O/Ｏ/o/0/０). */
const CN_YEAR_VALUE: Readonly<Record<string, number>> = {
  ...CN_DIGITS,
  ...Object.fromEntries([...'〇○零OＯo0０'].map((zero) => [zero, 0])),
};

/** Year from Chinese year digits: 二〇二四 → 2024, 二O二三 → 2023. */
function chineseYearValue(s: string): number | undefined {
  let value = 0;
  for (const ch of s) {
    const digit = CN_YEAR_VALUE[ch];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

function plausible(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Every date mentioned in `text`, in order. `offset` is the source offset of `text[0]`; spans are in
 * source offsets. Styles: 'arabic' 2024年3月15日, 'padded' 2024年03月05日, 'chinese' 二〇二四年三月十五日,
 * 'iso' 2024-03-15, 'dotted' 2024.03.15 or 2024/3/15, 'short-year' 24年3月15日 (read as 2024). Impossible dates
 * (month 13, day 32) are skipped.
 */
export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  const push = (index: number, raw: string, year: number | undefined, month: number | undefined, day: number | undefined, style: DateStyle): void => {
    if (year === undefined || month === undefined || day === undefined || !plausible(year, month, day)) return;
    found.push({ span: { text: raw, start: offset + index, end: offset + index + raw.length }, year, month, day, style });
  };
  for (const match of matchesOf(ARABIC, text)) {
    const [raw, y = '', m = '', d = ''] = match;
    const padded = (m.length === 2 && m.startsWith('0')) || (d.length === 2 && d.startsWith('0'));
    push(match.index, raw, Number(y), Number(m), Number(d), padded ? 'padded' : 'arabic');
  }
  for (const match of matchesOf(SHORT_YEAR, text)) {
    const [raw, y = '', m = '', d = ''] = match;
    push(match.index, raw, 2000 + Number(y), Number(m), Number(d), 'short-year');
  }
  for (const match of matchesOf(CHINESE, text)) {
    const [raw, y = '', m = '', d = ''] = match;
    push(match.index, raw, chineseYearValue(y), chineseNumeralValue(m), chineseNumeralValue(d), 'chinese');
  }
  for (const match of matchesOf(ISO, text)) {
    const [raw, y = '', m = '', d = ''] = match;
    push(match.index, raw, Number(y), Number(m), Number(d), 'iso');
  }
  for (const match of matchesOf(DOTTED, text)) {
    const [raw, y = '', , m = '', d = ''] = match;
    push(match.index, raw, Number(y), Number(m), Number(d), 'dotted');
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The date when `text` is nothing but a date, allowing surrounding spaces and brackets such as
 * "（2024年3月15日）"; otherwise undefined. Used for a 成文日期 on its own line.
 */
export function parseDateLine(text: string, offset = 0): DateMention | undefined {
  const trimmed = text.replace(/^[\s\u3000(（]+/, '');
  const lead = text.length - trimmed.length;
  const core = trimEndOf(trimmed, ')）。.', true);
  const dates = findDates(core, offset + lead);
  const only = dates[0];
  if (dates.length !== 1 || only === undefined) return undefined;
  return only.span.text.length === core.length ? only : undefined;
}

/** Years for findYears: a four-digit or a Chinese one (二〇二三), before 年. */
const ARABIC_YEAR = new RegExp(`(?<![\\d０-９])([12]\\d{3})${SP}年`, 'g');
const CHINESE_YEAR = new RegExp(`(${CN_YEAR_DIGIT}{4})${SP}年`, 'g');

/**
 * Years written in `text` as 2023年 / 2023 年 / 2023年度 / 二〇二三年, in order (values only).
 * Four-digit numbers not followed by 年 are not years here.
 */
export function findYears(text: string): number[] {
  const years: { index: number; year: number }[] = [];
  for (const match of matchesOf(ARABIC_YEAR, text)) {
    years.push({ index: match.index, year: Number(match[1]) });
  }
  for (const match of matchesOf(CHINESE_YEAR, text)) {
    const year = chineseYearValue(match[1] ?? '');
    if (year !== undefined && year >= 1900) years.push({ index: match.index, year });
  }
  return years.sort((a, b) => a.index - b.index).map((y) => y.year);
}
