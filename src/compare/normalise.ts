/**
 * What two paragraphs are compared on (no-copied-text, issue 13): their Han characters only, with the things a writer
 * changes when copying made equal — place and unit names (赵庄镇 → 官田乡), numbers and years (2023年…12次 →
 * 2024年…15次) — and the stock formulas every report quotes (./stock-phrases.ts) and titles in 《》 taken out.
 * Both sides of a comparison go through the same steps, so the changes made are the same on both.
 */
import { STOCK_PHRASES } from './stock-phrases.js';

/** Stands for a place or unit name (the two characters before 镇, 乡, 街道…). */
export const NAME_MARK = '甲';
/** Stands for a number, Arabic or Chinese, of any length. */
export const NUMBER_MARK = '乙';

const TITLES = /《[^《》\n]{0,60}》/g;
const PLACE = /[\u4e00-\u9fa5]{2}(?:镇|乡|街道|县|区|市|村|社区|旗)/g;
/**
 * What each UTF-16 code unit is in a number: 0 none, 1 a digit (0-9, ０-９), 2 a Chinese numeral. A run of either
 * kind is one number, and a run of digits beside a run of numerals is two (12万 → 乙乙).
 */
const NUMBER_KIND = new Uint8Array(0x10000);
for (const digits of ['0123456789', '０１２３４５６７８９']) for (const digit of digits) NUMBER_KIND[digit.charCodeAt(0)] = 1;
for (const numeral of '〇○零一二三四五六七八九十百千万亿两') NUMBER_KIND[numeral.charCodeAt(0)] = 2;
/** Everything but Han characters and digits (a number's point or % go, its digits become one NUMBER_MARK). */
const NOT_HAN_OR_DIGIT = /[^\u4e00-\u9fa50-9０-９]+/g;

/** Every stock phrase in one pattern of literal alternatives, longest first so a formula inside a longer one does not break the longer one up. */
const PHRASES = new RegExp([...STOCK_PHRASES].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * The comparable form of a paragraph. Spaces and punctuation go first, so that "习近平 法治思想" and a formula broken
 * by a page-break line still match the list; the formulas go before numbers are marked (党的二十大, 八五普法).
 */
export function normalise(text: string): string {
  const kept = text.replace(TITLES, '').replace(NOT_HAN_OR_DIGIT, '');
  return markNumbers(kept.replace(PHRASES, '')).replace(PLACE, NAME_MARK);
}

/**
 * Each run of digits and each run of Chinese numerals made one NUMBER_MARK. A loop, not a RegExp: numerals such as 一
 * are in most sentences (统一, 进一步), and a replace calling back for each cost more than the rest of normalising.
 */
export function markNumbers(text: string): string {
  let marked = '';
  let copiedTo = 0;
  for (let i = 0; i < text.length; ) {
    const kind = NUMBER_KIND[text.charCodeAt(i)]!;
    if (kind === 0) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && NUMBER_KIND[text.charCodeAt(end)] === kind) end += 1;
    marked += text.slice(copiedTo, i) + NUMBER_MARK;
    copiedTo = end;
    i = end;
  }
  return copiedTo === 0 ? text : marked + text.slice(copiedTo);
}

/** How many Han characters a text has: a paragraph's size as the rule's `minLength` counts it. */
export function hanLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fa5) count += 1;
  }
  return count;
}
