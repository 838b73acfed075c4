import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/no-request-in-report.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。\n\n一、主要举措\n\n';
const CLOSING = '\n郑旗乡人民政府\n2025年2月20日\n';
const report = (body: string) => `${TITLE}${body}${CLOSING}`;

runRuleTests(rule, {
  valid: [
    { name: '普通的报告', text: report('成立领导小组，定期研究部署。\n\n特此报告。\n') },
    { name: '描述请示报告制度', text: report('落实重大决策出台前向镇党委请示和向镇人大报告制度。\n') },
    { name: '描述报批程序', text: report('重大行政决策经集体讨论后报请县政府批准实施，并依法申请审批。\n') },
    { name: '审批制度改革', text: report('深化审批制度改革，全年审批建设项目178个，法院判决驳回原告诉讼请求。\n') },
    { name: '以上报告，请审阅（不是请示事项）', text: report('全年开展普法活动12场。\n\n以上报告，请审阅。\n') },
    {
      name: '请示文种本身可以请求批复',
      text: '郑旗乡人民政府关于增设司法所编制的请示\n\n县委编办：\n\n我乡司法所仅有1人。\n\n妥否，请批示。\n\n郑旗乡人民政府\n2025年2月20日\n',
    },
  ],
  invalid: [
    {
      name: '妥否，请批示',
      text: report('全年开展普法活动12场。\n\n妥否，请批示。\n'),
      errors: [{ messageId: 'request', line: 9, column: 1, data: { phrase: '妥否，请批示' } }],
    },
    {
      name: '当否，请指示（半角逗号）',
      text: report('全年开展普法活动12场。当否,请指示。\n'),
      errors: [{ messageId: 'request', line: 7, column: 13, data: { phrase: '当否,请指示' } }],
    },
    {
      name: '请予批复',
      text: report('我乡拟调整法治工作机构设置，请予批复。\n'),
      errors: [{ messageId: 'request', line: 7, column: 15, data: { phrase: '请予批复' } }],
    },
    {
      name: '恳请上级给予支持',
      text: report('司法所力量薄弱，恳请县委、县政府给予编制支持。\n'),
      errors: [{ messageId: 'request', line: 7, column: 9 }],
    },
    {
      name: '特此请示',
      text: report('全年开展普法活动12场。\n\n特此请示。\n'),
      errors: [{ messageId: 'request', line: 9, column: 1, data: { phrase: '特此请示' } }],
    },
    {
      name: '选项 extraPhrases',
      text: report('全年开展普法活动12场。\n\n以上报告，请审议。\n'),
      options: { extraPhrases: ['请审议'] },
      errors: [{ messageId: 'request', line: 9, column: 6 }],
    },
  ],
});

describe('no-request-in-report on real reports', () => {
  it('seed 004 describes 请示 procedures and asks for nothing', async () => {
    expect(await lintFile('fixtures/seeds/004_ce0fc0e530b0009c.txt', rule)).toEqual([]);
  });
});
