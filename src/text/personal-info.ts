/**
 * Personal numbers in a report — 居民身份证号码, mobile numbers, bank card numbers — found by their form and their check
 * digits, and masked. One definition, used twice:
 *
 * - the rule `no-personal-info` reports what `findPersonalInfo` finds (rules/no-personal-info.ts);
 * - every place reportlint echoes text from a report (messages, excerpts, checklist evidence, the unit a summary
 *   shows, the --fix-dry-run diff) passes it through a masker (`personalInfoMasker`), so no output repeats such a
 *   number in full. The masker knows the numbers found in the whole report, so it also masks a piece of one that an
 *   excerpt or a shortened quote cut (`…身份证号43028119850612`), where the form alone would no longer be recognised.
 *
 * Masking keeps the length: each hidden digit becomes `*` in place (separators, +86 and the shown digits stay), so
 * masked text has the offsets of the original. Shown: an ID number's first 6 and last 4 characters (the region and
 * the check digits, not the birth date), a mobile number's first 7 digits, a card's first and last 4 digits — the
 * forms the rule's messages give (`110105********002X`, `1381234****`, `6222***********0128`).
 */
import { overlapsRanges, urlRanges } from './prose.js';
import { matchesOf } from './matches.js';

export type PersonalInfoKind = 'idNumber' | 'mobile' | 'bankCard';

export interface PersonalInfo {
  kind: PersonalInfoKind;
  /** Offsets in the text searched, end-exclusive. */
  start: number;
  end: number;
  /** The number's digits without separators (an ID number's X upper-cased; a mobile number without +86/0086). */
  digits: string;
  /** How messages show it: `digits` with the hidden part as `*`. */
  masked: string;
}

/** After a number, these make it an amount or a count, not a phone or card number. */
const UNIT_AFTER = /^\s*[元万亿千百十人件次个项户家名起份场期%％年月日号条辆台吨米笔册卷张]/u;
/** Before a number, these make it a code that is public anyway. */
const CODE_BEFORE = /(信用代码|机构代码|税号|文号|案号|编号|批准号|登记号|许可证号)[:：\s]*$/u;

const ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/gu;
const MOBILE = /(?<![0-9A-Za-z+])(?:(?:\+86|0086)[\s-]?)?1[3-9]\d(?:\d{8}|-\d{4}-\d{4}| \d{4} \d{4})(?![0-9A-Za-z])/gu;
const CARD = /(?<![0-9A-Za-z])[3-6]\d{3}(?:\d{12,15}|(?: \d{4}){3}(?: \d{1,3})?|(?:-\d{4}){3}(?:-\d{1,3})?)(?![0-9A-Za-z])/gu;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** How many characters of each kind are shown at the start and at the end. */
const SHOWN: Readonly<Record<PersonalInfoKind, { head: number; tail: number }>> = {
  idNumber: { head: 6, tail: 4 },
  mobile: { head: 7, tail: 0 },
  bankCard: { head: 4, tail: 4 },
};

/** GB 11643-1999 check character and a real calendar date. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

/** The Luhn (mod 10) check used by bank card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Keeps `head` and `tail` characters and masks the rest with *. */
export function mask(value: string, head: number, tail: number): string {
  const hidden = Math.max(0, value.length - head - tail);
  return value.slice(0, head) + '*'.repeat(hidden) + (tail > 0 ? value.slice(value.length - tail) : '');
}

/**
 * The personal numbers in `text`, in order: what `no-personal-info` reports. Numbers inside a web address (page or
 * article ids), followed by a unit (an amount, a count) or preceded by the name of a public code (信用代码, 文号, 编号…)
 * are not personal.
 */
export function findPersonalInfo(text: string): readonly PersonalInfo[] {
  // The rule and the masking of the result both ask about the whole report, one after the other: scanned once.
  if (text === lastScan.text) return lastScan.found;
  const found = scanPersonalInfo(text);
  if (text.length >= MEMO_MIN) lastScan = { text, found };
  return found;
}

/** Texts shorter than this (a message, an excerpt) are scanned each time: only a report's text is worth keeping. */
const MEMO_MIN = 1000;
let lastScan: { text: string; found: readonly PersonalInfo[] } = { text: '', found: [] };

function scanPersonalInfo(text: string): PersonalInfo[] {
  const taken: Array<[number, number]> = urlRanges(text);
  const free = (start: number, end: number) => !overlapsRanges(start, end, taken);
  const plausible = (start: number, end: number) =>
    !UNIT_AFTER.test(text.slice(end, end + 3)) && !CODE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  const found: PersonalInfo[] = [];
  const add = (kind: PersonalInfoKind, start: number, end: number, digits: string) => {
    taken.push([start, end]);
    const { head, tail } = SHOWN[kind];
    found.push({ kind, start, end, digits, masked: mask(digits, head, tail) });
  };

  for (const match of matchesOf(ID_NUMBER, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isValidIdNumber(match[0]) || !free(start, end) || !plausible(start, end)) continue;
    add('idNumber', start, end, match[0].toUpperCase());
  }
  for (const match of matchesOf(CARD, text)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < 16 || digits.length > 19 || !passesLuhn(digits) || !free(start, end) || !plausible(start, end)) continue;
    add('bankCard', start, end, digits);
  }
  for (const match of matchesOf(MOBILE, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end) || !plausible(start, end)) continue;
    add('mobile', start, end, match[0].replace(/\D/g, '').slice(-11));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Which of a number's digits are hidden (`digits.length` flags). */
function hiddenDigits(kind: PersonalInfoKind, length: number): boolean[] {
  const { head, tail } = SHOWN[kind];
  return Array.from({ length }, (_, index) => index >= head && index < length - tail);
}

/** `text` with the characters at `positions` replaced by `*` (same length). */
function starred(text: string, positions: ReadonlySet<number>): string {
  if (positions.size === 0) return text;
  let out = '';
  for (let index = 0; index < text.length; index += 1) out += positions.has(index) ? '*' : text[index];
  return out;
}

/** 0–9, X or x: a character of an ID number. */
const isDigitOrX = (code: number): boolean => (code >= 0x30 && code <= 0x39) || code === 0x58 || code === 0x78;

/** Adds to `hide` the positions in `text` of the hidden digits of each number found in it. */
function hideFound(text: string, found: readonly PersonalInfo[], hide: Set<number>): void {
  for (const info of found) {
    // The digit characters of the match, in order; a mobile number's +86/0086 comes before its 11 digits.
    const positions: number[] = [];
    for (let index = info.start; index < info.end; index += 1) if (isDigitOrX(text.charCodeAt(index))) positions.push(index);
    const hidden = hiddenDigits(info.kind, info.digits.length);
    const offset = positions.length - info.digits.length;
    hidden.forEach((flag, index) => {
      if (flag) hide.add(positions[offset + index]!);
    });
  }
}

/** `text` with every personal number in it masked in place (same length): what the form alone recognises. */
export function maskPersonalInfo(text: string): string {
  const hide = new Set<number>();
  hideFound(text, findPersonalInfo(text), hide);
  return starred(text, hide);
}

/** How many ASCII digits (what the patterns' \d matches) `text` has, counting up to `enough`. */
function digitCount(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) count += 1;
  }
  return count;
}

/** A run of digits, possibly grouped by single spaces or hyphens (as numbers are written and as excerpts fold them). */
const DIGIT_RUN = /\d(?:[ -]?\d)*/g;
/** A piece of a known number this long or longer is masked wherever it is echoed; shorter ones show too little. */
const MIN_PIECE = 5;

/**
 * A function that masks the personal numbers in a string echoed from `source` (a report's text): those the form
 * recognises in the string itself, and every run of 5 or more digits that is a whole known number of `source` or a
 * piece of one (an excerpt or a shortened quote may cut a number), whose digits at the hidden places become `*`.
 */
export function personalInfoMasker(source: string): (text: string) => string {
  const known = findPersonalInfo(source).map((info) => ({ digits: info.digits, hidden: hiddenDigits(info.kind, info.digits.length) }));
  // Every number the form recognises has 11 digits or more (a mobile number); a known number is masked in pieces of
  // MIN_PIECE digits. A text with fewer digits than that has nothing to mask, and most messages have a few or none.
  const fewest = known.length > 0 ? MIN_PIECE : 11;
  return (text) => {
    if (digitCount(text, fewest) < fewest) return text;
    const hide = new Set<number>();
    hideFound(text, findPersonalInfo(text), hide);
    if (known.length > 0) {
      for (const run of matchesOf(DIGIT_RUN, text)) {
        const positions: number[] = [];
        for (let index = run.index; index < run.index + run[0].length; index += 1) if (text[index] !== ' ' && text[index] !== '-') positions.push(index);
        if (positions.length < MIN_PIECE) continue;
        const digits = positions.map((index) => text[index]).join('');
        for (const number of known) {
          const body = number.digits.replace(/X$/, '');
          // The run is (a piece of) the number…
          for (let at = body.indexOf(digits); at !== -1; at = body.indexOf(digits, at + 1)) {
            positions.forEach((position, index) => {
              if (number.hidden[at + index]) hide.add(position);
            });
          }
          // …or holds it (a number written without a break after another digit string).
          if (digits.length > body.length) {
            for (let at = digits.indexOf(body); at !== -1; at = digits.indexOf(body, at + 1)) {
              for (let index = 0; index < body.length; index += 1) if (number.hidden[index]) hide.add(positions[at + index]!);
            }
          }
        }
      }
    }
    return starred(text, hide);
  };
}
