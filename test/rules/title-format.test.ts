import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/title-format.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const REST = '\n\n2024年，我乡坚持依法行政，法治政府建设取得新成效。\n\n一、主要举措\n\n成立领导小组。\n\n郑旗乡人民政府\n2025年2月20日\n';
const titled = (title: string) => `${title}${REST}`;

runRuleTests(rule, {
  valid: [
    { name: '主体+年度+事由+报告', text: titled('郑旗乡人民政府2024年度法治政府建设情况报告') },
    { name: '“关于……的报告”', text: titled('郑旗乡人民政府关于2024年度法治政府建设情况的报告') },
    { name: '主体写在年份之后', text: titled('2024年度郑旗乡法治政府建设情况报告') },
    { name: '工作报告', text: titled('醴陵市枫林镇人民政府 关于2022年度法治政府建设工作报告') },
    { name: '联合行文，机关之间空格', text: titled('中共官田乡委员会 官田乡人民政府 关于 2023 年官田乡法治政府建设 工作情况的报告') },
    { name: '机关名称在标题上一行', text: `宝丰县赵庄镇人民政府\n\n${titled('关于2023年法治政府建设情况的报告')}` },
    { name: '标题中的书名号和引号', text: titled('郑旗乡人民政府关于2024年度落实“法治政府建设”《实施纲要》情况的报告') },
    { name: '标题后的稿本说明', text: titled('郑旗乡人民政府关于2024年度法治政府建设情况的报告（送审稿）') },
    { name: 'Markdown 标题', filePath: 'report.md', text: titled('# 岚河县司法局2023年度法治政府建设情况报告') },
    {
      name: '选项 topics 可以改为其他事由',
      text: titled('郑旗乡党委2024年度法治建设情况报告'),
      options: { topics: ['法治建设', '法治政府建设'] },
    },
  ],
  invalid: [
    {
      name: '没有报告主体',
      text: titled('关于2024年度法治政府建设情况的报告'),
      errors: [{ messageId: 'missingSubject', line: 1, column: 1 }],
    },
    {
      name: '只有年份开头',
      text: titled('2024年度法治政府建设情况报告'),
      errors: [{ messageId: 'missingSubject', line: 1, column: 1 }],
    },
    {
      name: '没有年份',
      text: titled('郑旗乡人民政府关于法治政府建设情况的报告'),
      errors: [{ messageId: 'missingYear', line: 1, column: 1 }],
    },
    {
      name: '没有写法治政府建设',
      text: titled('郑旗乡人民政府2024年度依法行政工作情况报告'),
      errors: [{ messageId: 'missingTopic', data: { topic: '法治政府建设' } }],
    },
    {
      name: '工作总结',
      text: titled('郑旗乡人民政府2024年度法治政府建设工作总结'),
      errors: [{ messageId: 'wrongDocType', data: { found: '工作总结' } }],
    },
    {
      name: '情况汇报',
      text: titled('郑旗乡人民政府关于2024年法治政府建设情况的汇报'),
      errors: [{ messageId: 'wrongDocType', data: { found: '汇报' } }],
    },
    {
      name: '“工作总结的报告”混用文种',
      text: titled('清水县人民政府关于2023年法治政府建设工作总结的报告'),
      errors: [{ messageId: 'wrongDocType', data: { found: '工作总结' } }],
    },
    {
      name: '选项 wrongDocTypes 可以增加说法',
      text: titled('郑旗乡人民政府2024年度法治政府建设情况通报'),
      options: { wrongDocTypes: ['工作总结', '总结', '汇报', '通报'] },
      errors: [{ messageId: 'wrongDocType', data: { found: '通报' } }],
    },
    {
      name: '没有文种',
      text: titled('郑旗乡人民政府2024年度法治政府建设情况'),
      errors: [{ messageId: 'missingDocType' }],
    },
    {
      name: '标题中间的逗号',
      text: titled('郑旗乡人民政府关于2024年度法治政府建设情况，及2025年工作安排的报告'),
      errors: [{ messageId: 'punctuation', line: 1, column: 24, data: { mark: '，' } }],
    },
    {
      name: '标题末尾的句号可以自动删去',
      filePath: 'report.md',
      text: titled('# 郑旗乡人民政府关于2024年度法治政府建设情况的报告。'),
      output: titled('# 郑旗乡人民政府关于2024年度法治政府建设情况的报告'),
      errors: [{ messageId: 'punctuation', line: 1, column: 29, data: { mark: '。' } }],
    },
  ],
});

describe('title-format on real reports', () => {
  it('accepts the seeds\' titles', async () => {
    for (const seed of ['000_452fc7be030a272b', '001_778d263dd7ed8752', '002_10dd5ecf361dedb7', '003_fb4fb1fb4ee4856e', '004_ce0fc0e530b0009c']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule), seed).toEqual([]);
    }
  });
  it('reports the corpus titles that name no body (002, 005, 008, 009)', async () => {
    for (const id of ['002', '005', '008', '009']) {
      const messages = await lintFile(`fixtures/corpus/reports/${id}.txt`, rule);
      expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId}`), id).toEqual(['1:1 missingSubject']);
    }
  });
});
