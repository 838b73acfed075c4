import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/report-year-consistency.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

interface Parts {
  title?: string;
  preamble?: string;
  measures?: string;
  plan?: string;
  planBody?: string;
  date?: string;
}

const report = (p: Parts = {}) =>
  [
    p.title ?? '郑旗乡人民政府2024年度法治政府建设情况报告',
    p.preamble ?? '2024年，我乡坚持依法行政，现将有关情况报告如下：',
    p.measures ?? '一、2024年度主要举措和成效',
    '全年开展普法活动12场。',
    '二、存在的问题',
    '法治宣传覆盖面窄。',
    p.plan ?? '三、2025年工作打算',
    p.planBody ?? '2025年，我乡将继续推进法治政府建设。',
    '郑旗乡人民政府',
    p.date ?? '2025年2月20日',
  ].join('\n\n') + '\n';

runRuleTests(rule, {
  valid: [
    { name: '标题、正文、工作打算、成文日期一致', text: report() },
    {
      name: '文件名中的年份区间不是报告年度',
      text: report({ preamble: '根据《法治政府建设实施纲要（2021-2025年）》，现将我乡2024年度法治政府建设情况报告如下：' }),
    },
    { name: '工作打算没有写年份', text: report({ plan: '三、下一步工作打算', planBody: '我乡将继续推进法治政府建设。' }) },
    { name: '工作打算段首是日期而不是年份', text: report({ plan: '三、下一步工作打算', planBody: '2024年6月起，我乡已着手修订制度，下一步将全面推开。' }) },
    { name: '次年年初成文', text: report({ date: '2025年1月6日' }) },
    { name: '设定的报告年度与标题一致', text: report(), settings: { reportYear: 2024 } },
    { name: '成文日期为汉字数字时按其数值比较', text: report({ date: '二〇二五年一月二十日' }) },
  ],
  invalid: [
    {
      name: '正文开头的年份与标题不一致',
      text: report({ preamble: '2023年，我乡坚持依法行政，现将有关情况报告如下：' }),
      errors: [{ messageId: 'bodyYear', line: 3, column: 1, data: { actual: 2023, expected: 2024 } }],
    },
    {
      name: '“现将……情况报告如下”中的年份与标题不一致',
      text: report({ preamble: '一年来，我乡坚持依法行政。现将我乡2023年度法治政府建设情况报告如下：' }),
      errors: [{ messageId: 'bodyYear', line: 3, column: 18 }],
    },
    {
      name: '主要举措部分标题中的年份与标题不一致',
      text: report({ measures: '一、2023年度主要举措和成效' }),
      errors: [{ messageId: 'bodyYear', line: 5, column: 3 }],
    },
    {
      name: '工作打算写成了报告当年',
      text: report({ plan: '三、2024年工作打算', planBody: '我乡将继续推进法治政府建设。' }),
      errors: [{ messageId: 'planYear', line: 13, column: 3, data: { actual: 2024, expected: 2025, reportYear: 2024 } }],
    },
    {
      name: '工作打算段首年份有误',
      text: report({ plan: '三、下一步工作打算', planBody: '2026年，我乡将继续推进法治政府建设。' }),
      errors: [{ messageId: 'planYear', line: 15, column: 1, data: { actual: 2026, expected: 2025, reportYear: 2024 } }],
    },
    {
      name: '成文日期在报告年度之内',
      text: report({ date: '2024年12月20日' }),
      errors: [{ messageId: 'dateTooEarly', line: 19, column: 1, data: { actual: '2024年12月20日', reportYear: 2024, nextYear: 2025 } }],
    },
    {
      name: '报告年度来自配置时，提示说的是配置而不是标题',
      text: report({ title: '郑旗乡人民政府法治政府建设情况报告', preamble: '2023年，我乡坚持依法行政，现将有关情况报告如下：', measures: '一、主要举措和成效' }),
      settings: { reportYear: 2024 },
      errors: [{ messageId: 'bodyYearConfigured', line: 3, column: 1, data: { actual: 2023, expected: 2024 } }],
    },
    {
      name: '标题没有年份时，报告年度来自正文开头',
      text: report({ title: '郑旗乡人民政府法治政府建设情况报告', preamble: '2024年，我乡坚持依法行政。', measures: '一、2023年度主要举措和成效' }),
      errors: [{ messageId: 'bodyYearUntitled', line: 5, column: 3, data: { actual: 2023, expected: 2024 } }],
    },
    {
      name: '标题年份与设定的报告年度不一致',
      text: report({ title: '郑旗乡人民政府2023年度法治政府建设情况报告' }),
      settings: { reportYear: 2024 },
      errors: [{ messageId: 'titleYear', line: 1, column: 8, data: { actual: 2023, expected: 2024 } }],
    },
  ],
});

describe('report-year-consistency on the seeds', () => {
  it('seed 002: a 2023 report dated 2023年11月22日 is dated before the year ended', async () => {
    const messages = await lintFile('fixtures/seeds/002_10dd5ecf361dedb7.txt', rule);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['59:1 dateTooEarly']);
  });
  it('seeds 000 and 004 (dated in February of the next year) pass', async () => {
    expect(await lintFile('fixtures/seeds/000_452fc7be030a272b.txt', rule)).toEqual([]);
    expect(await lintFile('fixtures/seeds/004_ce0fc0e530b0009c.txt', rule)).toEqual([]);
  });
});
