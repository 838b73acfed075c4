import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/date-format.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const BODY = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。\n\n一、主要举措\n\n成立领导小组。\n\n郑旗乡人民政府\n';
const dated = (date: string) => `${BODY}${date}\n`;

runRuleTests(rule, {
  valid: [
    { name: '阿拉伯数字、年份写全、不编虚位', text: dated('2025年3月5日') },
    { name: '两位数的月和日', text: dated('2025年12月25日') },
    { name: 'PDF 提取文字中的空格不算格式错误', text: dated('2025 年 2 月 20 日') },
    { name: '没有成文日期时不报告（由别的规则负责）', text: BODY },
    { name: '正文中的日期不是成文日期', text: '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024-06-26，我乡召开专题会议。\n\n郑旗乡人民政府\n2025年1月6日\n' },
  ],
  invalid: [
    {
      name: '两位数年份：提示写全，不自动修复（世纪要由写作者核对）',
      text: dated('25年1月20日'),
      errors: [{ messageId: 'shortYear', line: 10, column: 1, data: { actual: '25年1月20日', expected: '2025年1月20日' } }],
    },
    {
      name: '汉字数字的成文日期',
      text: dated('二〇二五年三月五日'),
      output: dated('2025年3月5日'),
      errors: [{ messageId: 'chineseNumerals', line: 10, column: 1, data: { actual: '二〇二五年三月五日', expected: '2025年3月5日' } }],
    },
    {
      name: '用字母O代替〇',
      text: dated('二O二五年一月二十日'),
      output: dated('2025年1月20日'),
      errors: [{ messageId: 'chineseNumerals', line: 10, column: 1 }],
    },
    {
      name: 'ISO 格式',
      text: dated('2025-03-05'),
      output: dated('2025年3月5日'),
      errors: [{ messageId: 'numericForm', line: 10, column: 1, data: { actual: '2025-03-05', expected: '2025年3月5日' } }],
    },
    {
      name: '点分格式',
      text: dated('2025.2.18'),
      output: dated('2025年2月18日'),
      errors: [{ messageId: 'numericForm', line: 10, column: 1 }],
    },
    {
      name: '月、日编了虚位',
      text: dated('2025年03月05日'),
      output: dated('2025年3月5日'),
      errors: [{ messageId: 'padded', line: 10, column: 1, data: { actual: '2025年03月05日', expected: '2025年3月5日' } }],
    },
    {
      name: '签名右推的成文日期',
      text: `${BODY.replace('郑旗乡人民政府\n', '                    郑旗乡人民政府\n')}                      2025-02-28\n`,
      output: `${BODY.replace('郑旗乡人民政府\n', '                    郑旗乡人民政府\n')}                      2025年2月28日\n`,
      errors: [{ messageId: 'numericForm', line: 10, column: 23 }],
    },
  ],
});

describe('date-format on real reports', () => {
  it('accepts the seeds\' Arabic dates', async () => {
    for (const seed of ['000_452fc7be030a272b', '002_10dd5ecf361dedb7', '004_ce0fc0e530b0009c']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule)).toEqual([]);
    }
  });
  it('fixes 二〇二一年一月二十日 in corpus 005', async () => {
    const [message, ...rest] = await lintFile('fixtures/corpus/reports/005.txt', rule);
    expect(rest).toEqual([]);
    expect(message?.messageId).toBe('chineseNumerals');
    expect(message?.fix?.text).toBe('2021年1月20日');
  });
});
