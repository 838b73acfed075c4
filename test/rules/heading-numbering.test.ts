import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/heading-numbering.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。现将有关情况报告如下：\n\n';
const CLOSING = '\n郑旗乡人民政府\n2025年2月20日\n';
const report = (body: string) => `${TITLE}${body}${CLOSING}`;

runRuleTests(rule, {
  valid: [
    {
      name: '四级序号齐全、依次编号',
      text: report(
        '一、主要举措和成效\n\n（一）强化组织领导。成立领导小组。\n\n1.健全机制。定期研究部署。\n\n（1）制定方案。印发工作方案。\n\n（2）明确分工。细化任务清单。\n\n2.压实责任。签订责任书。\n\n（二）推进依法决策。落实合法性审查。\n\n二、存在的问题\n\n法治宣传覆盖面窄。\n',
      ),
    },
    {
      name: '序号在每个上级标题下重新编号',
      text: report('一、主要举措\n\n（一）甲项工作。内容。\n\n（二）乙项工作。内容。\n\n二、下一步工作打算\n\n（一）丙项工作。内容。\n\n（二）丁项工作。内容。\n'),
    },
    {
      name: '按顺序越级使用：一、之下直接用1.',
      text: report('一、存在的问题\n\n1.法治意识不强。部分干部学法不够。\n\n2.执法力量不足。人员偏少。\n'),
    },
    {
      name: 'Markdown 标题中的序号',
      filePath: 'report.md',
      text: `# 郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。\n\n## 一、主要举措\n\n### （一）强化组织领导\n\n成立领导小组。\n\n### （二）推进依法决策\n\n落实合法性审查。\n${CLOSING}`,
    },
    {
      name: '第一个有序号的标题之前的无序号标题不算缺号',
      filePath: 'report.md',
      text: `# 郑旗乡人民政府2024年度法治政府建设情况报告\n\n## 一、主要举措\n\n### 工作概况\n\n全年开展普法活动12场。\n\n### （一）强化组织领导\n\n成立领导小组。\n\n### （二）推进依法决策\n\n落实合法性审查。\n${CLOSING}`,
    },
    {
      name: '段内的一是、二是不是标题',
      text: report('一、主要举措\n\n一是健全机制。二是压实责任。三是强化考核。\n'),
    },
  ],
  invalid: [
    {
      name: '半角括号(一)改为全角，并去掉其后的空格',
      text: report('一、主要举措\n\n(一) 强化组织领导。成立领导小组。\n\n（二）推进依法决策。落实合法性审查。\n'),
      output: report('一、主要举措\n\n（一）强化组织领导。成立领导小组。\n\n（二）推进依法决策。落实合法性审查。\n'),
      errors: [{ messageId: 'wrongForm', line: 7, column: 1, data: { actual: '(一)', expected: '（一）', level: 2, levelName: '二' } }],
    },
    {
      name: 'Markdown 标题中的半角括号',
      filePath: 'report.md',
      text: `# 郑旗乡人民政府2024年度法治政府建设情况报告\n\n## 一、主要举措\n\n### (一)强化组织领导\n\n成立领导小组。\n${CLOSING}`,
      output: `# 郑旗乡人民政府2024年度法治政府建设情况报告\n\n## 一、主要举措\n\n### （一）强化组织领导\n\n成立领导小组。\n${CLOSING}`,
      errors: [{ messageId: 'wrongForm', line: 5, column: 5 }],
    },
    {
      name: '一. 改为一、',
      text: report('一.主要举措\n\n成立领导小组。\n\n二、存在的问题\n\n覆盖面窄。\n'),
      output: report('一、主要举措\n\n成立领导小组。\n\n二、存在的问题\n\n覆盖面窄。\n'),
      errors: [{ messageId: 'wrongForm', line: 5, column: 1, data: { actual: '一.', expected: '一、', level: 1, levelName: '一' } }],
    },
    {
      name: '（一）、 去掉括号后的顿号',
      text: report('一、主要举措\n\n（一）、强化组织领导。成立领导小组。\n\n（二）推进依法决策。落实审查。\n'),
      output: report('一、主要举措\n\n（一）强化组织领导。成立领导小组。\n\n（二）推进依法决策。落实审查。\n'),
      errors: [{ messageId: 'wrongForm', line: 7, column: 1, data: { actual: '（一）、', expected: '（一）', level: 2, levelName: '二' } }],
    },
    {
      name: '1、 改为1.',
      text: report('一、存在的问题\n\n1、法治意识不强。学法不够。\n\n2、执法力量不足。人员偏少。\n'),
      output: report('一、存在的问题\n\n1.法治意识不强。学法不够。\n\n2.执法力量不足。人员偏少。\n'),
      errors: [
        { messageId: 'wrongForm', line: 7, column: 1, data: { actual: '1、', expected: '1.', level: 3, levelName: '三' } },
        { messageId: 'wrongForm', line: 9, column: 1, data: { actual: '2、', expected: '2.', level: 3, levelName: '三' } },
      ],
    },
    {
      name: '1） 可能是1.也可能是（1），只报告不修复',
      text: report('一、存在的问题\n\n1）法治意识不强。学法不够。\n'),
      errors: [{ messageId: 'wrongForm', line: 7, column: 1 }],
    },
    {
      name: '一级序号跳号',
      text: report('一、主要举措\n\n成立领导小组。\n\n三、存在的问题\n\n覆盖面窄。\n'),
      errors: [{ messageId: 'skipped', line: 9, column: 1, data: { actual: '三、', expected: '二、' } }],
    },
    {
      name: '二级序号重复',
      text: report('一、主要举措\n\n（一）强化组织领导。成立领导小组。\n\n（一）推进依法决策。落实审查。\n\n（二）加强普法。开展宣传。\n'),
      errors: [{ messageId: 'repeated', line: 9, column: 1, data: { actual: '（一）', expected: '（二）' } }],
    },
    {
      name: '上级标题下的序号没有从头开始',
      text: report('一、主要举措\n\n（一）强化组织领导。成立领导小组。\n\n二、下一步工作打算\n\n（二）加强普法。开展宣传。\n'),
      errors: [{ messageId: 'skipped', line: 11, column: 1, data: { actual: '（二）', expected: '（一）' } }],
    },
    {
      name: '同级标题中有一个丢了序号：报告它，其后的序号不再算跳号',
      text: report(
        '一、主要举措\n\n（一）强化组织领导，夯实工作基础\n\n成立领导小组。\n\n（二）推进依法决策，提高决策水平\n\n落实合法性审查。\n\n加强普法宣传，营造法治氛围。\n\n开展宣传活动。\n\n（四）化解矛盾纠纷，维护社会稳定\n\n调解纠纷36件。\n',
      ),
      errors: [{ messageId: 'missingOrdinal', line: 15, column: 1, data: { title: '加强普法宣传，营造法治氛围', expected: '（三）' } }],
    },
    {
      name: '写法和顺序同时有误：分别报告，只修复写法',
      text: report('一、主要举措\n\n(一)强化组织领导。成立领导小组。\n\n(三)加强普法。开展宣传。\n'),
      output: report('一、主要举措\n\n（一）强化组织领导。成立领导小组。\n\n（三）加强普法。开展宣传。\n'),
      errors: [
        { messageId: 'wrongForm', line: 7, column: 1 },
        { messageId: 'skipped', line: 9, column: 1, data: { actual: '(三)', expected: '（二）' } },
        { messageId: 'wrongForm', line: 9, column: 1 },
      ],
    },
  ],
});

describe('heading-numbering on the seeds', () => {
  it('seed 000 (PDF text mixing (一) and （四）): flags each half-width (一), leaves （四） alone', async () => {
    const messages = await lintFile('fixtures/seeds/000_452fc7be030a272b.txt', rule);
    expect(messages.every((m) => m.messageId === 'wrongForm')).toBe(true);
    expect(messages.map((m) => m.line)).toEqual([9, 11, 13, 37, 39, 41, 43]);
    expect(messages.every((m) => m.fix?.text.startsWith('（'))).toBe(true);
  });
  it('seed 003 (a section that lost its ordinal): reports the missing （五）', async () => {
    const messages = await lintFile('fixtures/seeds/003_fb4fb1fb4ee4856e.txt', rule);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['22:1 missingOrdinal']);
    expect(messages[0]?.message).toContain('（五）');
  });
});
