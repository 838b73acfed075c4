import { describe, expect, it } from 'vitest';
import { findDates, findYears, parseDateLine } from '../../src/text/dates.js';

describe('findDates', () => {
  it.each([
    ['2024年3月15日', 2024, 3, 15, 'arabic'],
    ['2024 年 3 月 15 日', 2024, 3, 15, 'arabic'],
    ['2024年03月05日', 2024, 3, 5, 'padded'],
    ['二〇二四年三月十五日', 2024, 3, 15, 'chinese'],
    ['二O二三年十二月三十一日', 2023, 12, 31, 'chinese'],
    ['二〇二一年一月二十日', 2021, 1, 20, 'chinese'],
    ['2024-03-15', 2024, 3, 15, 'iso'],
    ['2024-1-5', 2024, 1, 5, 'iso'],
    ['2024.03.15', 2024, 3, 15, 'dotted'],
    ['2024/3/15', 2024, 3, 15, 'dotted'],
  ] as const)('%s', (text, year, month, day, style) => {
    const [date, ...rest] = findDates(`于${text}印发`, 10);
    expect(rest).toEqual([]);
    expect(date).toEqual({ span: { text, start: 11, end: 11 + text.length }, year, month, day, style });
  });

  it('finds several dates in order, with source offsets', () => {
    const dates = findDates('发布时间：2023-02-28，成文于2023年2月20日。');
    expect(dates.map((d) => [d.span.text, d.span.start])).toEqual([
      ['2023-02-28', 5],
      ['2023年2月20日', 19],
    ]);
  });

  it.each(['2024年13月1日', '2024年2月32日', '2021-2025年', '4·15', '12.4国家宪法日', '1.3万余条', '2024年3月'])('finds no date in %j', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe('parseDateLine', () => {
  it.each(['2023年2月20日', '  2023年2月28日  ', '（2024年1月5日）', '二〇二四年二月二日', '2024-01-30'])('a date line: %j', (line) => {
    expect(parseDateLine(line)).toBeDefined();
  });
  it.each(['2023年2月28日印发', '发布时间:2023-02-28', '2023年6月26日，召开会议。', '醴陵市枫林镇人民政府 2023年2月28日'])('not a date line: %j', (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
  it('keeps source offsets', () => {
    expect(parseDateLine('   2024年1月5日', 7)?.span).toEqual({ text: '2024年1月5日', start: 10, end: 19 });
  });
});

describe('findYears', () => {
  it('reads Arabic, spaced and Chinese years', () => {
    expect(findYears('郑旗乡 2022 年度报告，二〇二三年计划，2024年度')).toEqual([2022, 2023, 2024]);
  });
  it('ignores four-digit numbers that are not years', () => {
    expect(findYears('公示1200条，2860万元')).toEqual([]);
  });
});
