import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/no-template-placeholders.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n';
const body = (line: string) => `${TITLE}${line}\n`;

runRuleTests(rule, {
  valid: [
    { name: '实际内容', text: body('2024年，郑旗乡开展法治宣传活动12次，受理案件35件。') },
    { name: '乘号和英文单词中的 x', text: body('新建3×5米宣传栏2块，升级Linux系统，使用X光机1台。') },
    { name: '匿名化的人名', text: body('依法对当事人王XX的违法行为作出处罚。') },
    { name: '网页残留的【大 中 小】由 no-web-residue 负责', text: `${TITLE}发布时间：2023-02-28　字体：【大 中 小】\n\n全年开展培训3次。\n` },
    { name: '“*号”是星号本身', text: body('表中带*号的为重点任务。') },
    { name: '普通的方头括号', text: body('开展【法治讲堂】活动6期。') },
    { name: '代码中的 XX', filePath: 'report.md', text: '# 报告\n\n文件名写作`XX县.docx`。\n' },
  ],
  invalid: [
    {
      name: 'XX县、××镇',
      text: body('XX县××镇2024年开展法治宣传活动。'),
      errors: [
        { messageId: 'placeholder', line: 3, column: 1, data: { text: 'XX县' } },
        { messageId: 'placeholder', line: 3, column: 4, data: { text: '××镇' } },
      ],
    },
    {
      name: '20XX年和 X月X日',
      text: body('20XX年X月X日召开专题会议。'),
      errors: [
        { messageId: 'placeholder', column: 1, data: { text: '20XX年' } },
        { messageId: 'placeholder', column: 6, data: { text: 'X月' } },
        { messageId: 'placeholder', column: 8, data: { text: 'X日' } },
      ],
    },
    {
      name: '*次、*件、〔2024〕XX号',
      text: body('全年开展法治宣传*次，受理案件*件，依据X政发〔2024〕XX号。'),
      errors: [
        { messageId: 'placeholder', data: { text: '*次' } },
        { messageId: 'placeholder', data: { text: '*件' } },
        { messageId: 'placeholder', data: { text: 'XX号' } },
      ],
    },
    {
      name: '【填写…】',
      text: body('本年度共办理行政复议案件【填写数量】件。'),
      errors: [{ messageId: 'placeholder', column: 13, data: { text: '【填写数量】' } }],
    },
    {
      name: '（此处…）',
      text: body('（此处简要列举典型案例）全年化解矛盾纠纷。'),
      errors: [{ messageId: 'placeholder', column: 1 }],
    },
    {
      name: '待填写的空白',
      text: body('本报告于____年__月__日经党委会审议通过。'),
      errors: [{ messageId: 'blank', data: { text: '____' } }],
    },
  ],
});

describe('no-template-placeholders on real reports', () => {
  it('reports nothing on the seeds', async () => {
    for (const seed of ['000_452fc7be030a272b', '001_778d263dd7ed8752', '002_10dd5ecf361dedb7', '003_fb4fb1fb4ee4856e', '004_ce0fc0e530b0009c']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule)).toEqual([]);
    }
  });
});
