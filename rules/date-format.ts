/**
 * The 成文日期 is written in Arabic numerals with the full year and no zero padding: 2024年3月5日
 * (GB/T 9704-2012 7.3.5.4, in force since 2012-07-01; GB/T 15835-2011).
 * Docs: ./date-format.md
 */
import { defineRule } from '../src/rule-api.js';

export const rule = defineRule({
  meta: {
    id: 'date-format',
    description: '成文日期应使用阿拉伯数字，年份写全，月、日不编虚位，如“2024年3月5日”',
    descriptionEn: 'The date of the document uses Arabic numerals, a full year and no zero padding, e.g. 2024年3月5日',
    category: 'format',
    severity: 'error',
    fixable: true,
    messages: {
      chineseNumerals: {
        zh: '成文日期“{actual}”使用了汉字数字：自2012年7月1日起成文日期用阿拉伯数字书写，应为“{expected}”',
        en: 'The date "{actual}" is written in Chinese numerals: since 1 July 2012 it is written in Arabic numerals, "{expected}"',
      },
      padded: {
        zh: '成文日期“{actual}”的月、日编了虚位（前面补0）：应写作“{expected}”',
        en: 'The date "{actual}" pads the month or day with a zero: write "{expected}"',
      },
      shortYear: {
        zh: '成文日期“{actual}”的年份只写了两位：年份应写全四位，如“{expected}”，请核对后改正',
        en: 'The date "{actual}" has a two-digit year: write the full year, e.g. "{expected}" (check it)',
      },
      numericForm: {
        zh: '成文日期“{actual}”用了“-”“.”或“/”分隔：应写明年、月、日，写作“{expected}”',
        en: 'The date "{actual}" uses "-", "." or "/" separators: write the year, month and day out as "{expected}"',
      },
    },
  },
  check(context) {
    const date = context.model.closing?.date;
    if (!date) return;
    const messageId =
      date.style === 'chinese'
        ? 'chineseNumerals'
        : date.style === 'padded'
          ? 'padded'
          : date.style === 'iso' || date.style === 'dotted'
            ? 'numericForm'
            : date.style === 'short-year'
              ? 'shortYear'
              : undefined;
    if (!messageId) return;
    const expected = `${date.year}年${date.month}月${date.day}日`;
    const range = [date.span.start, date.span.end] as const;
    // The century of a two-digit year is a guess: the writer checks it, --fix does not write it.
    const fix = messageId === 'shortYear' ? {} : { fix: { range, text: expected } };
    context.report({ messageId, data: { actual: date.span.text, expected }, range, ...fix });
  },
});
