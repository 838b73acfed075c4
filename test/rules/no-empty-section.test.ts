import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/no-empty-section.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。\n\n';
const CLOSING = '\n郑旗乡人民政府\n2025年2月20日\n';
const report = (body: string) => `${TITLE}${body}${CLOSING}`;

runRuleTests(rule, {
  valid: [
    { name: '每个标题下都有正文', text: report('一、主要举措\n\n成立领导小组。\n\n二、存在的问题\n\n覆盖面窄。\n') },
    { name: '只有下级标题的上级标题', text: report('一、主要举措\n\n（一）强化组织领导。成立领导小组。\n\n（二）推进依法决策。落实合法性审查。\n') },
    { name: '标题与正文在同一段', text: report('一、主要举措\n\n（一）强化组织领导。成立领导小组，定期研究部署。\n') },
    {
      name: '一句话写完的条目本身就是内容',
      text: report('一、存在的问题\n\n1.部分干部法治意识还不够强，遇到问题习惯按老经验处理。\n\n2.综合行政执法队伍力量不足，执法人员多为兼职。\n'),
    },
    {
      name: '一句短句写完的条目说明了状况，也是内容',
      text: report('一、主要举措\n\n成立领导小组。\n\n二、存在的问题\n\n1.法治宣传覆盖面还不够广。\n\n2.执法力量不足。\n\n3.普法形式比较单一。\n\n4.案卷质量有待提高。\n'),
    },
  ],
  invalid: [
    {
      name: '标题后紧跟下一个同级标题',
      text: report('一、主要举措\n\n成立领导小组。\n\n二、存在的问题\n\n三、下一步工作打算\n\n继续推进。\n'),
      errors: [{ messageId: 'empty', line: 9, column: 1, data: { title: '存在的问题' } }],
    },
    {
      name: '最后一部分只有标题',
      text: report('一、主要举措\n\n成立领导小组。\n\n二、下一步工作打算\n'),
      errors: [{ messageId: 'empty', line: 9, column: 1 }],
    },
    {
      name: '只有一个短句的小标题',
      text: report('一、主要举措\n\n（一）强化组织领导。\n\n（二）推进依法决策。落实合法性审查。\n'),
      errors: [{ messageId: 'empty', line: 7, column: 1, data: { title: '强化组织领导' } }],
    },
    {
      name: '以句号结尾的短标题“存在的不足。”仍是标题（“不足”在这里是名词）',
      text: report('一、主要举措\n\n成立领导小组。\n\n二、问题和打算\n\n（一）存在的不足。\n\n（二）不足之处。\n\n（三）下一步打算。继续推进。\n'),
      errors: [
        { messageId: 'empty', line: 11, column: 1, data: { title: '存在的不足' } },
        { messageId: 'empty', line: 13, column: 1, data: { title: '不足之处' } },
      ],
    },
    {
      name: 'Markdown 标题下没有内容',
      filePath: 'report.md',
      text: `# 郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。\n\n## 一、主要举措\n\n成立领导小组。\n\n## 二、存在的问题\n\n## 三、下一步工作打算\n\n继续推进。\n${CLOSING}`,
      errors: [{ messageId: 'empty', line: 9, column: 4 }],
    },
  ],
});

describe('no-empty-section on real reports', () => {
  it('reports nothing on the seeds', async () => {
    for (const seed of ['000_452fc7be030a272b', '001_778d263dd7ed8752', '002_10dd5ecf361dedb7', '003_fb4fb1fb4ee4856e', '004_ce0fc0e530b0009c']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule), seed).toEqual([]);
    }
  });
});
