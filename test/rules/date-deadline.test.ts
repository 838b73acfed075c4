import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/date-deadline.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const BODY = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。\n\n一、主要举措\n\n成立领导小组。\n\n郑旗乡人民政府\n';
const dated = (date: string) => `${BODY}${date}\n`;

runRuleTests(rule, {
  valid: [
    { name: '次年2月成文', text: dated('2025年2月20日') },
    { name: '正好3月1日', text: dated('2025年3月1日') },
    { name: '省级：4月1日前', text: dated('2025年3月28日'), options: { level: 'province' } },
    { name: 'settings.level 给出省级', text: dated('2025年4月1日'), settings: { level: 'province' } },
    { name: 'settings.level 写作“省级”', text: dated('2025年3月28日'), settings: { level: '省级' } },
    { name: '自定义时限', text: dated('2025年3月10日'), options: { deadline: '03-15' } },
    { name: '报告年度内成文的由 report-year-consistency 报告', text: dated('2024年11月22日') },
    { name: '没有成文日期', text: BODY },
    { name: '其他写法的日期按数值比较', text: dated('2025-02-28') },
  ],
  invalid: [
    {
      name: '晚于次年3月1日',
      text: dated('2025年3月2日'),
      errors: [{ messageId: 'late', line: 10, column: 1, data: { actual: '2025年3月2日', deadline: '2025年3月1日', levelName: '本单位', reportYear: 2024 } }],
    },
    {
      name: '省级晚于4月1日',
      text: dated('2025年4月2日'),
      options: { level: 'province' },
      errors: [{ messageId: 'late', line: 10, column: 1, data: { actual: '2025年4月2日', deadline: '2025年4月1日', levelName: '省级', reportYear: 2024 } }],
    },
    {
      name: '选项优先于 settings.level',
      text: dated('2025年3月20日'),
      options: { level: 'township' },
      settings: { level: 'province' },
      errors: [{ messageId: 'late', data: { actual: '2025年3月20日', deadline: '2025年3月1日', levelName: '乡镇（街道）', reportYear: 2024 } }],
    },
    {
      name: 'settings.level 的别名 street',
      text: dated('2025年3月20日'),
      settings: { level: 'street' },
      errors: [{ messageId: 'late', data: { actual: '2025年3月20日', deadline: '2025年3月1日', levelName: '乡镇（街道）', reportYear: 2024 } }],
    },
    {
      name: '自定义时限：示范地区1月底',
      text: dated('2025年2月20日'),
      options: { deadline: '01-31' },
      errors: [{ messageId: 'late', data: { actual: '2025年2月20日', deadline: '2025年1月31日', levelName: '本单位', reportYear: 2024 } }],
    },
    {
      name: '隔年才成文',
      text: dated('二〇二六年一月五日'),
      errors: [{ messageId: 'late', line: 10, column: 1 }],
    },
    {
      name: 'settings.reportYear 优先于标题年份',
      text: dated('2025年2月20日'),
      settings: { reportYear: 2023 },
      errors: [{ messageId: 'late', data: { actual: '2025年2月20日', deadline: '2024年3月1日', levelName: '本单位', reportYear: 2023 } }],
    },
  ],
});

describe('date-deadline on real reports', () => {
  it('passes every dated seed and corpus report', async () => {
    const files = [
      'fixtures/seeds/000_452fc7be030a272b.txt',
      'fixtures/seeds/002_10dd5ecf361dedb7.txt',
      'fixtures/seeds/004_ce0fc0e530b0009c.txt',
      'fixtures/corpus/reports/005.txt',
      'fixtures/corpus/reports/009.txt',
    ];
    for (const file of files) expect(await lintFile(file, rule), file).toEqual([]);
  });
});
