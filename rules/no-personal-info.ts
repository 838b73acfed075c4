/**
 * no-personal-info — the annual report is published (督察工作规定 第二十四条), so it must not carry a
 * person's 居民身份证号码, mobile number or bank card number. Each is recognised by its form and its
 * check digits, so an ordinary number rarely matches:
 * - 居民身份证号码: 18 characters, a valid birth date, and the GB 11643-1999 check character;
 * - mobile numbers: 11 digits starting 13–19 (optionally +86, 3-4-4 grouping), not followed by a unit;
 * - bank card numbers: 16–19 digits starting 3–6 (optionally grouped by 4) that pass the Luhn check.
 * The message names the kind of data and shows it masked, never in full (the report itself may be
 * shared). Numbers inside web addresses are left alone.
 */
import { defineRule } from '../src/rule-api.js';
import { overlapsRanges, urlRanges } from '../src/text/prose.js';

type MessageId = 'idNumber' | 'mobile' | 'bankCard';

/** After a number, these make it an amount or a count, not a phone or card number. */
const UNIT_AFTER = /^\s*[元万亿千百十人件次个项户家名起份场期%％年月日号条辆台吨米笔册卷张]/u;
/** Before a number, these make it a code that is public anyway. */
const CODE_BEFORE = /(信用代码|机构代码|税号|文号|案号|编号|批准号|登记号|许可证号)[:：\s]*$/u;

const ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/gu;
const MOBILE = /(?<![0-9A-Za-z+])(?:(?:\+86|0086)[\s-]?)?1[3-9]\d(?:\d{8}|-\d{4}-\d{4}| \d{4} \d{4})(?![0-9A-Za-z])/gu;
const CARD = /(?<![0-9A-Za-z])[3-6]\d{3}(?:\d{12,15}|(?: \d{4}){3}(?: \d{1,3})?|(?:-\d{4}){3}(?:-\d{1,3})?)(?![0-9A-Za-z])/gu;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

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

export const rule = defineRule<MessageId>({
  meta: {
    id: 'no-personal-info',
    description: '公开发布的报告中不应出现身份证号码、手机号码、银行卡号等个人信息',
    descriptionEn: 'No personal data (ID card, mobile or bank card numbers) in a report that will be published',
    category: 'hygiene',
    severity: 'error',
    messages: {
      idNumber: {
        zh: '报告中有居民身份证号码（{masked}）：报告将公开发布，请删除或作脱敏处理',
        en: 'Resident ID card number ({masked}) in the report: it will be published; remove it or mask it',
      },
      mobile: {
        zh: '报告中有手机号码（{masked}）：报告将公开发布，请删除或改用单位办公电话',
        en: 'Mobile phone number ({masked}) in the report: it will be published; remove it or give an office number',
      },
      bankCard: {
        zh: '报告中有银行卡号（{masked}）：报告将公开发布，请删除或作脱敏处理',
        en: 'Bank card number ({masked}) in the report: it will be published; remove it or mask it',
      },
    },
  },
  check(context) {
    const { text } = context;
    // Numbers inside a web address are page or article ids, not someone's number.
    const taken: Array<[number, number]> = urlRanges(text);
    const free = (start: number, end: number) => !overlapsRanges(start, end, taken);
    const plausible = (start: number, end: number) =>
      !UNIT_AFTER.test(text.slice(end, end + 3)) && !CODE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    const found: Array<{ start: number; end: number; messageId: MessageId; masked: string }> = [];

    for (const match of text.matchAll(ID_NUMBER)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!isValidIdNumber(match[0]) || !free(start, end) || !plausible(start, end)) continue;
      taken.push([start, end]);
      found.push({ start, end, messageId: 'idNumber', masked: mask(match[0].toUpperCase(), 6, 4) });
    }
    for (const match of text.matchAll(CARD)) {
      const start = match.index;
      const end = start + match[0].length;
      const digits = match[0].replace(/\D/g, '');
      if (digits.length < 16 || digits.length > 19 || !passesLuhn(digits) || !free(start, end) || !plausible(start, end)) continue;
      taken.push([start, end]);
      found.push({ start, end, messageId: 'bankCard', masked: mask(digits, 4, 4) });
    }
    for (const match of text.matchAll(MOBILE)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!free(start, end) || !plausible(start, end)) continue;
      const digits = match[0].replace(/\D/g, '').slice(-11);
      taken.push([start, end]);
      found.push({ start, end, messageId: 'mobile', masked: mask(digits, 7, 0) });
    }

    found.sort((a, b) => a.start - b.start);
    for (const { start, end, messageId, masked } of found) context.report({ messageId, data: { masked }, range: [start, end], excerpt: masked });
  },
});
