/**
 * A 发文字号, when present, reads 机关代字〔2024〕12号: the year in full inside 六角括号 〔〕, the serial
 * number without 第 and without leading zeros (GB/T 9704-2012 7.2.5). No finding when there is none.
 * Docs: ./doc-number-format.md
 */
import { defineRule, type TextSpan } from '../src/rule-api.js';

/** Parts of a 发文字号 as writers get it right or wrong. */
const SP = '[ \\t\\u3000]*';
const AGENCY = '[\\u4e00-\\u9fa5]{1,12}';
const OPEN = '[〔［\\[【（(〖<〈﹝]';
const CLOSE = '[〕］\\]】）)〗>〉﹞]';
const YEAR = '\\d{4}|\\d{2}';

/**
 * A 发文字号: 机关代字, a bracket of any kind (or none), a 2- or 4-digit year, an optional 字/第, the
 * serial number, 号. Groups: 1 open bracket, 2 year, 3 close bracket, 4 字第 / 第, 5 serial.
 */
// Each optional part brings its own spaces after it (never two runs of spaces side by side, which would make a long
// run of spaces quadratic or worse).
const DOC_NUMBER = new RegExp(`${AGENCY}?${SP}(?:(${OPEN})${SP})?(${YEAR})${SP}(?:(${CLOSE})${SP})?(?:(字第?|第)${SP})?(\\d{1,5})${SP}号`, 'u');

/** Header lines that are a 发文字号 (alone, or beside 签发人): here the closing bracket is required. */
const HEADER_LINE = new RegExp(
  `^${SP}${AGENCY}${SP}(?:${OPEN}${SP})?(?:${YEAR})${SP}${CLOSE}${SP}(?:(?:字第?|第)${SP})?\\d{1,5}${SP}号(?:[ \\t\\u3000]|签发人|$)`,
  'u',
);

export const rule = defineRule({
  meta: {
    id: 'doc-number-format',
    description: '发文字号应写作“机关代字〔年份〕序号号”：年份写全并用六角括号，序号不加“第”、不编虚位',
    descriptionEn: 'A document number reads 机关代字〔2024〕12号: full year in 〔〕, serial number without 第 or leading zeros',
    category: 'format',
    severity: 'error',
    fixable: true,
    messages: {
      brackets: {
        zh: '发文字号“{actual}”的年份应使用六角括号“〔〕”，不应使用“{bracket}”：应写作“{expected}”',
        en: 'The year in document number "{actual}" goes in 〔〕, not "{bracket}": write "{expected}"',
      },
      shortYear: {
        zh: '发文字号“{actual}”的年份只写了两位：年份应写全四位，如“〔2024〕”',
        en: 'Document number "{actual}" has a two-digit year: write the full year, e.g. 〔2024〕',
      },
      serialPrefix: {
        zh: '发文字号“{actual}”的序号前不应加“{prefix}”：应写作“{expected}”',
        en: 'Document number "{actual}": no "{prefix}" before the serial number; write "{expected}"',
      },
      leadingZero: {
        zh: '发文字号“{actual}”的序号编了虚位（前面补0）：应写作“{expected}”',
        en: 'Document number "{actual}" pads the serial number with zeros: write "{expected}"',
      },
    },
  },
  check(context) {
    const { model } = context;
    const candidates: TextSpan[] = model.docNumber
      ? [model.docNumber]
      : model.header.filter((line) => HEADER_LINE.test(line.text));
    for (const span of candidates) {
      const m = DOC_NUMBER.exec(span.text);
      if (!m) continue;
      const [whole, open = '', year = '', close = '', prefix = '', serial = ''] = m;
      const at = span.start + m.index;
      const actual = whole;
      const range = [at, at + whole.length] as const;
      const offsetOf = (part: string, from: number): number => at + whole.indexOf(part, from);

      const yearAt = whole.indexOf(year, whole.indexOf(open) + open.length);
      if (open !== '〔' || close !== '〕') {
        const from = open ? offsetOf(open, 0) : at + yearAt;
        const to = close ? offsetOf(close, yearAt + year.length) + close.length : at + yearAt + year.length;
        const expected = whole.slice(0, from - at) + `〔${year}〕` + whole.slice(to - at);
        context.report({
          messageId: 'brackets',
          data: { actual, bracket: `${open}${close}` || '无括号', expected },
          range,
          fix: { range: [from, to], text: `〔${year}〕` },
        });
      }
      if (year.length === 2) context.report({ messageId: 'shortYear', data: { actual }, range });
      const tail = yearAt + year.length;
      if (prefix) {
        const from = offsetOf(prefix, tail);
        const expected = whole.slice(0, from - at) + whole.slice(from - at + prefix.length);
        context.report({ messageId: 'serialPrefix', data: { actual, prefix, expected }, range, fix: { range: [from, from + prefix.length], text: '' } });
      }
      if (/^0+\d/.test(serial)) {
        const from = at + whole.lastIndexOf(serial);
        const trimmed = serial.replace(/^0+(?=\d)/, '');
        const expected = whole.slice(0, from - at) + trimmed + whole.slice(from - at + serial.length);
        context.report({ messageId: 'leadingZero', data: { actual, expected }, range, fix: { range: [from, from + serial.length], text: trimmed } });
      }
    }
  },
});
