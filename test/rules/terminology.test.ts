import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/terminology.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n';
const body = (line: string) => `${TITLE}${line}\n`;

runRuleTests(rule, {
  valid: [
    { name: '规范用语', text: body('深入学习贯彻习近平法治思想，党政主要负责人切实履行推进法治建设第一责任人职责。') },
    { name: '“法制”在法制审核、法制机构、法制宣传中没有错', text: body('落实重大执法决定法制审核制度，健全法制机构，加强法制宣传教育。') },
    { name: '执法全过程记录和执法记录仪', text: body('推行执法全过程记录制度，配备执法记录仪20台，实行全程音像记录。') },
    { name: '依法治国和依法执政都可以', text: body('坚持依法治国、依法执政、依法行政共同推进。') },
    { name: '代码中的词不检查', filePath: 'report.md', text: '# 报告\n\n字段名为`法制政府`。\n' },
    { name: '用空字符串关闭一条内置词条', text: body('推进法治审核工作。'), options: { terms: { 法治审核: '' } } },
  ],
  invalid: [
    {
      name: '法制政府',
      text: body('扎实推进法制政府建设。'),
      output: body('扎实推进法治政府建设。'),
      errors: [{ messageId: 'wrongTerm', line: 3, column: 5, data: { wrong: '法制政府', right: '法治政府' } }],
    },
    {
      name: '习近平法制思想',
      text: body('深入学习贯彻习近平法制思想。'),
      output: body('深入学习贯彻习近平法治思想。'),
      errors: [{ messageId: 'wrongTerm', data: { wrong: '习近平法制思想', right: '习近平法治思想' } }],
    },
    {
      name: '第责任人（漏字）',
      text: body('切实履行推进法治建设第责任人职责。'),
      output: body('切实履行推进法治建设第一责任人职责。'),
      errors: [{ messageId: 'wrongTerm', column: 11, data: { wrong: '第责任人', right: '第一责任人' } }],
    },
    {
      name: '三项制度的名称',
      text: body('落实重大执法决定法治审核制度，推行执法全程记录制度。'),
      output: body('落实重大执法决定法制审核制度，推行执法全过程记录制度。'),
      errors: [
        { messageId: 'wrongTerm', data: { wrong: '法治审核', right: '法制审核' } },
        { messageId: 'wrongTerm', data: { wrong: '执法全程记录制度', right: '执法全过程记录制度' } },
      ],
    },
    {
      name: 'PDF 断行处的错误用语（不自动修复）',
      text: `${TITLE}一、主要举措\n要由本机关法治\n审核机构进行审核。\n`,
      errors: [{ messageId: 'wrongTerm', line: 4, column: 6 }],
    },
    {
      name: '用 terms 选项补充词条',
      text: body('推进依法治县委员会工作。'),
      options: { terms: { 依法治县委员会: '全面依法治县委员会' } },
      output: body('推进全面依法治县委员会工作。'),
      errors: [{ messageId: 'wrongTerm', data: { wrong: '依法治县委员会', right: '全面依法治县委员会' } }],
    },
  ],
});

describe('terminology on real reports', () => {
  it('finds 第责任人 in seed 001', async () => {
    const messages = await lintFile('fixtures/seeds/001_778d263dd7ed8752.txt', rule);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(['7:56 用语不规范：“第责任人”应为“第一责任人”']);
  });

  it('reports nothing on seeds 003 and 004', async () => {
    for (const seed of ['003_fb4fb1fb4ee4856e', '004_ce0fc0e530b0009c']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule)).toEqual([]);
    }
  });
});
